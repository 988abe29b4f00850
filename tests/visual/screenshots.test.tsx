// Screenshot tests: the main story of every widget in light, dark and the sample brand, at a
// phone's width (375 px) and a laptop's (1024 px), and right to left, compared with the
// committed baselines in tests/visual/baselines. A changed pixel beyond the threshold set in
// vitest.config.ts fails the run. Update the baselines with `pnpm test:visual:update`.
import * as React from "react";
import { render } from "@testing-library/react";
import { page } from "vitest/browser";
import { describe, expect, it } from "vitest";
import { loadStory } from "./stories";

/**
 * The pictures: [story file under stories/, export name, optional args, short name].
 * A new widget is one line here (its main story); every line makes seven screenshots.
 */
export const SHOTS: Array<[file: string, story: string, args?: Record<string, unknown>, name?: string]> = [
  ["reassurance-composer/reassurance-composer", "SpaceTemplate"],
  ["ritual-planner/ritual-planner", "Agenda"],
  ["ritual-planner/ritual-planner", "WeekView"],
  ["breathing/breathing-guide", "Resonance"],
  ["breathing/breathing-guide", "Box", { visual: "rings" }, "Rings"],
  ["breathing/breathing-guide", "FourSevenEight", { visual: "bar" }, "Bar"],
  ["needs-spectrum/needs-spectrum", "NowAndWhatIdLike"],
  ["needs-spectrum/needs-spectrum", "Profile"],
  ["needs-spectrum/needs-spectrum", "History"],
  ["reflection/reflection", "Summary"],
  ["village-audit/village-audit", "FilledIn"],
  ["curiosity-deck/curiosity-deck", "Default"],
  ["guided-practice/guided-practice", "HoldingBoth"],
  ["loop-map/loop-map", "BothShared"],
  ["body-check-in/body-check-in", "FilledIn"],
];

const VARIANTS = [
  { theme: "light", width: 375, dir: "auto" },
  { theme: "light", width: 1024, dir: "auto" },
  { theme: "dark", width: 375, dir: "auto" },
  { theme: "dark", width: 1024, dir: "auto" },
  { theme: "brand", width: 375, dir: "auto" },
  { theme: "brand", width: 1024, dir: "auto" },
  { theme: "light", width: 375, dir: "rtl" },
] as const;

const slug = (s: string) => s.replace(/[^a-z0-9]+/gi, "-").replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();

describe.each(SHOTS)("%s %s", (file, story, args, short) => {
  const widget = file.split("/")[0]!;
  it.each(VARIANTS)("$theme, $width px, direction $dir", async (variant) => {
    const { dir } = variant;
    await page.viewport(variant.width, 2000);
    const { Story } = loadStory(file, story, { theme: variant.theme, dir });
    const { container } = render(<Story {...(args ?? {})} />);
    const canvas = container.querySelector<HTMLElement>(".sb-attune-canvas")!;
    expect(canvas).not.toBeNull();
    await document.fonts.ready;
    const name = [widget, slug(short ?? story), variant.theme, `${variant.width}`, dir === "rtl" ? "rtl" : ""].filter(Boolean).join("-");
    await expect.element(page.elementLocator(canvas)).toMatchScreenshot(name, {
      // Two identical captures in a row make a stable one; a busy machine needs longer.
      timeout: 20_000,
      screenshotOptions: { animations: "disabled", caret: "hide" },
    });
  });
});
