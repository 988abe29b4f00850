import { addons } from "storybook/manager-api";
import { attuneTheme } from "./theme";

addons.setConfig({
  theme: attuneTheme,
  sidebar: { showRoots: true },
});
