import { describe, expect, it, vi } from "vitest";
import { countGraphemes, stripControlCharacters, truncateGraphemes } from "./text";
import hostile from "../../../tests/fixtures/hostile-text.json";

describe("grapheme counting", () => {
  it("counts what a person sees", () => {
    expect(countGraphemes("👩‍❤️‍👨")).toBe(1);
    expect(countGraphemes("👍🏽")).toBe(1);
    expect(countGraphemes("🇺🇦🇯🇵")).toBe(2);
    expect(countGraphemes("e\u0301")).toBe(1);
    expect(countGraphemes("")).toBe(0);
  });

  it("cuts on cluster boundaries, never inside an emoji", () => {
    expect(truncateGraphemes("ab👩‍❤️‍👨cd", 3)).toBe("ab👩‍❤️‍👨");
    expect(truncateGraphemes("hello", 0)).toBe("");
  });

  it("cuts a 1 MB paste quickly, in proportion to the limit", () => {
    // The work, not the wall clock (timings belong in bench/): the segmenter only ever sees a
    // slice in proportion to the limit, never the whole paste.
    const huge = "🙂a".repeat(350_000);
    const seen: number[] = [];
    const segment = Intl.Segmenter.prototype.segment;
    const spy = vi.spyOn(Intl.Segmenter.prototype, "segment").mockImplementation(function (this: Intl.Segmenter, text: string) {
      seen.push(text.length);
      return segment.call(this, text);
    });
    const cut = truncateGraphemes(huge, 500);
    spy.mockRestore();
    expect(countGraphemes(cut)).toBe(500);
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(500 * 64);
  });

  it("handles every hostile fixture without throwing", () => {
    const all = [...hostile.markup, ...hostile.unicode, ...Object.values(hostile.sizes)];
    for (const s of all) {
      expect(() => truncateGraphemes(s, 10)).not.toThrow();
      expect(countGraphemes(truncateGraphemes(s, 10))).toBeLessThanOrEqual(10);
    }
  });

  it("strips NUL and BOM but keeps newlines and tabs", () => {
    expect(stripControlCharacters("\u0000a\tb\nc\uFEFF")).toBe("a\tb\nc");
  });
});
