import { create } from "storybook/theming";

/** Attune's Storybook: the warm light palette of the widgets' default theme, no remote assets. */
export const attuneTheme = create({
  base: "light",
  brandTitle: "Attune · widgets for space and closeness",
  brandUrl: "./",
  brandTarget: "_self",
  colorPrimary: "#574a91",
  colorSecondary: "#574a91",
  appBg: "#f6f2ec",
  appContentBg: "#fdfbf7",
  appPreviewBg: "#fdfbf7",
  appBorderColor: "#e4ddd4",
  appBorderRadius: 12,
  textColor: "#2a2622",
  textMutedColor: "#6a625b",
  textInverseColor: "#fdfbf7",
  barBg: "#fdfbf7",
  barTextColor: "#6a625b",
  barSelectedColor: "#574a91",
  barHoverColor: "#574a91",
  inputBg: "#ffffff",
  inputBorder: "#cfc6bb",
  inputTextColor: "#2a2622",
  inputBorderRadius: 8,
  fontBase: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
  fontCode: 'ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace',
});
