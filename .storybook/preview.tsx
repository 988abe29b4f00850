import type { Decorator, Preview } from "@storybook/react-vite";
import * as React from "react";
import { AttuneProvider, type ReducedMotionPolicy } from "@attune/core";
import { ar } from "@attune/react/locales/ar";
import { es } from "@attune/react/locales/es";
import "@attune/react/styles.css";
import "./preview.css";

const bundles = { en: undefined, ar, es } as const;

const withAttune: Decorator = (Story, context) => {
  const { theme, locale, dir, motion } = context.globals as Record<string, string>;
  const lang = (locale ?? "en") as keyof typeof bundles;
  const themeName = theme === "brand" ? "brand" : theme;
  return (
    <AttuneProvider
      theme={themeName}
      locale={lang}
      messages={bundles[lang]}
      dir={dir === "auto" || !dir ? undefined : (dir as "ltr" | "rtl")}
      reducedMotion={(motion ?? "user") as ReducedMotionPolicy}
    >
      <div className="sb-attune-canvas" data-theme={theme}>
        <Story />
      </div>
    </AttuneProvider>
  );
};

const testTheme = (import.meta.env.VITE_ATTUNE_TEST_THEME as string | undefined) ?? "light";
// (In the Storybook UI the toolbar sets the theme; under test each project pins one.)

const preview: Preview = {
  decorators: [withAttune],
  tags: ["autodocs", "test"],
  initialGlobals: { theme: testTheme, locale: "en", dir: "auto", motion: "user" },
  globalTypes: {
    theme: {
      description: "Colour theme",
      toolbar: {
        title: "Theme",
        icon: "paintbrush",
        items: [
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
          { value: "brand", title: "Sample brand" },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Locale",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: [
          { value: "en", title: "English" },
          { value: "es", title: "Español" },
          { value: "ar", title: "العربية (RTL)" },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: "Text direction",
      toolbar: {
        title: "Direction",
        icon: "transfer",
        items: [
          { value: "auto", title: "From locale" },
          { value: "ltr", title: "Left to right" },
          { value: "rtl", title: "Right to left" },
        ],
        dynamicTitle: true,
      },
    },
    motion: {
      description: "Reduced motion policy",
      toolbar: {
        title: "Motion",
        icon: "play",
        items: [
          { value: "user", title: "Follow OS" },
          { value: "always", title: "Reduce" },
          { value: "never", title: "Full motion" },
        ],
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    layout: "padded",
    controls: { expanded: true },
    a11y: {
      test: "error",
      options: {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      },
    },
    docs: { toc: true },
    options: {
      // The docs first, then the widgets, then the building blocks.
      storySort: {
        order: ["Introduction", "Docs", ["Getting started", "Theming", "*"], "Gallery", "Widgets", "Breathing", "*", "Core"],
      },
    },
  },
};

export default preview;
