// "Animates only with transform and opacity": every stylesheet Attune ships is read here, and
// every transition and keyframe rule may move only those two properties (compositor-only, no
// layout or paint per frame). A transition on box-shadow or background-color fails this test.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { motionProblems } from "./motion-css";

const root = join(__dirname, "..", "..", "packages");
const sheets = readdirSync(root)
  .map((p) => join(root, p, "src", "styles.css"))
  .filter((f) => existsSync(f));

describe("stylesheets animate only transform and opacity", () => {
  it("finds every package's stylesheet", () => {
    expect(sheets.length).toBeGreaterThanOrEqual(11);
  });

  it.each(sheets.map((f) => [f.slice(root.length + 1), f]))("%s", (_name, file) => {
    expect(motionProblems(readFileSync(file, "utf8"))).toEqual([]);
  });
});

describe("motionProblems (the checker itself)", () => {
  it("accepts transform and opacity transitions, none, and transform/opacity keyframes", () => {
    const css = `
      .a { transition: transform 1s ease, opacity var(--d) var(--e); }
      .b { transition: none; transition-property: opacity; }
      @keyframes k { from { opacity: 0; transform: scale(.9) } to { opacity: 1; transform: none } }
    `;
    expect(motionProblems(css)).toEqual([]);
  });

  it("reports transitions of layout or paint properties, 'all', and keyframes that move them", () => {
    const css = `
      .a { transition: box-shadow 1s; }
      .b { transition: background-color var(--d) var(--e), opacity 1s; }
      .c { transition: all 200ms; }
      .d { transition-property: width; }
      @keyframes grow { from { width: 0 } to { width: 10px } }
    `;
    expect(motionProblems(css)).toEqual([
      "transition of box-shadow",
      "transition of background-color",
      "transition of all",
      "transition of width",
      "keyframes grow animate width",
    ]);
  });
});
