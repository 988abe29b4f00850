import type { StorybookConfig } from "@storybook/react-vite";
import { sourceAliases } from "../scripts/aliases";

const config: StorybookConfig = {
  framework: { name: "@storybook/react-vite", options: {} },
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: "react-docgen-typescript" },
  async viteFinal(config) {
    const existing = config.resolve?.alias;
    const list = Array.isArray(existing) ? existing : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement }));
    config.resolve = { ...config.resolve, alias: [...sourceAliases, ...list] };
    return config;
  },
};

export default config;
