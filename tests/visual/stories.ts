import { composeStories } from "@storybook/react-vite";
import type { ComponentType } from "react";

// Every story file, loaded once. Keys look like "../../stories/breathing/breathing-guide.stories.tsx".
const modules = import.meta.glob<Record<string, unknown>>("../../stories/**/*.stories.tsx", { eager: true });

export interface Globals {
  theme?: "light" | "dark" | "brand";
  dir?: "auto" | "ltr" | "rtl";
  locale?: "en" | "es" | "ar";
  motion?: "user" | "always" | "never";
}

export interface LoadedStory {
  /** Story file path under stories/, without ".stories.tsx". */
  file: string;
  /** Export name. */
  name: string;
  Story: ComponentType<Record<string, unknown>> & { tags?: string[] };
}

/** Every story of every file, composed with the preview and the given globals. */
export function loadStories(globals: Globals = {}): LoadedStory[] {
  const out: LoadedStory[] = [];
  for (const [path, mod] of Object.entries(modules)) {
    const file = path.replace("../../stories/", "").replace(".stories.tsx", "");
    const composed = composeStories(mod as Parameters<typeof composeStories>[0], {
      initialGlobals: { theme: "light", locale: "en", dir: "auto", motion: "always", ...globals },
    });
    for (const [name, Story] of Object.entries(composed)) out.push({ file, name, Story: Story as LoadedStory["Story"] });
  }
  return out;
}

/** One story by file and export name. */
export function loadStory(file: string, name: string, globals: Globals = {}): LoadedStory {
  const found = loadStories(globals).find((s) => s.file === file && s.name === name);
  if (!found) throw new Error(`No story ${name} in stories/${file}.stories.tsx`);
  return found;
}
