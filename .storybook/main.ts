import type { StorybookConfig } from "@storybook/react-vite";
import { sourceAliases } from "../scripts/aliases";

const config: StorybookConfig = {
  framework: { name: "@storybook/react-vite", options: {} },
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist in the sidebar or the menu: the Introduction page is the start.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // The committed screenshot baselines double as the Introduction's pictures.
  staticDirs: [{ from: "../tests/visual/baselines", to: "/screenshots" }],
  typescript: {
    reactDocgen: "react-docgen-typescript",
    reactDocgenTypescriptOptions: {
      // Props declared in Attune's own packages (also when a widget's props extend a type
      // imported from another @attune package), not the hundreds inherited from React's DOM types.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName) || /@attune\//.test(prop.parent.fileName),
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
    },
  },
  async viteFinal(config) {
    const existing = config.resolve?.alias;
    const list = Array.isArray(existing) ? existing : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }));
    config.resolve = { ...config.resolve, alias: [...sourceAliases, ...list] };
    return config;
  },
};

export default config;
