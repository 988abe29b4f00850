import { describe, expect, it } from "vitest";
import { bothShared, canShareHalf, compareLoops, emptyHalf, parseLoopEntry, parseLoopHalf, toLoopEntry, LOOP_SUGGESTIONS, type LoopHalf } from "./logic";
import { loopMapMessages } from "./messages";
import { es } from "./locales/es";
import { ar } from "./locales/ar";

const half = (over: Partial<LoopHalf> = {}): LoopHalf => ({
  ...emptyHalf(Date.UTC(2026, 10, 1)),
  feel: { suggestion: "crowded", text: "" },
  move: { suggestion: "leaveRoom", text: "" },
  ...over,
});

describe("parseLoopHalf", () => {
  it("accepts a half and keeps both a suggestion and own words", () => {
    const r = parseLoopHalf({ ...half(), longing: { suggestion: "breathe", text: "room to think" }, shared: true });
    expect(r).toMatchObject({ ok: true, problems: [] });
    if (r.ok) {
      expect(r.value.longing).toEqual({ suggestion: "breathe", text: "room to think" });
      expect(r.value.shared).toBe(true);
    }
  });

  it("rejects what is not a half", () => {
    expect(parseLoopHalf(null)).toEqual({ ok: false, error: "not an object" });
    expect(parseLoopHalf([])).toEqual({ ok: false, error: "not an object" });
    expect(parseLoopHalf({ ...half(), version: 2 })).toEqual({ ok: false, error: "unknown version" });
  });

  it("empties a bad answer with a problem and keeps the rest", () => {
    const r = parseLoopHalf({ ...half(), move: { suggestion: "<script>", text: 3 }, date: "yesterday", shared: "yes" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems).toEqual(["date: not an instant", "move: invalid"]);
    expect(r.value.move).toEqual({ text: "" });
    expect(r.value.feel).toEqual({ suggestion: "crowded", text: "" });
    expect(r.value.shared).toBe(false);
    expect(r.value.date).toBe(0);
  });

  it("cuts very long text", () => {
    const r = parseLoopHalf({ ...half(), feel: { text: "x".repeat(500) } });
    expect(r.ok && r.value.feel.text.length).toBe(140);
  });
});

describe("parseLoopEntry", () => {
  it("round-trips an entry with both halves", () => {
    const entry = toLoopEntry(half(), half({ feel: { suggestion: "far", text: "" } }), Date.UTC(2026, 10, 2));
    expect(parseLoopEntry(JSON.parse(JSON.stringify(entry)))).toEqual({ ok: true, value: entry, problems: [] });
  });

  it("drops a bad partner half with a problem and fails without a date or my half", () => {
    const r = parseLoopEntry({ version: 1, date: 5, mine: half(), partner: "nope" });
    expect(r).toMatchObject({ ok: true, problems: ["partner: not an object"] });
    expect(r.ok && r.value.partner).toBeUndefined();
    expect(parseLoopEntry({ version: 1, date: Number.NaN, mine: half() })).toEqual({ ok: false, error: "date: not an instant" });
    expect(parseLoopEntry({ version: 1, date: 5, mine: 1 })).toEqual({ ok: false, error: "mine: not an object" });
  });
});

describe("reveal and sharing", () => {
  it("a half can be shared once it says how I feel and what I do", () => {
    expect(canShareHalf(emptyHalf())).toBe(false);
    expect(canShareHalf(half({ move: { text: "  " } }))).toBe(false);
    expect(canShareHalf(half())).toBe(true);
  });

  it("the loop shows only when both halves are shared", () => {
    expect(bothShared(half({ shared: true }), undefined)).toBe(false);
    expect(bothShared(half({ shared: true }), half())).toBe(false);
    expect(bothShared(half(), half({ shared: true }))).toBe(false);
    expect(bothShared(half({ shared: true }), half({ shared: true }))).toBe(true);
  });
});

describe("compareLoops", () => {
  it("lists what changed for each partner, and nothing when nothing did", () => {
    const before = toLoopEntry(half(), half(), 1);
    expect(compareLoops(before, half(), half())).toEqual([]);
    const changes = compareLoops(before, half({ move: { text: "go for a walk" } }), half({ step: { suggestion: "sayBack", text: "" } }));
    expect(changes).toEqual([
      { who: "mine", field: "move", before: { suggestion: "leaveRoom", text: "" }, after: { text: "go for a walk" } },
      { who: "partner", field: "step", before: { text: "" }, after: { suggestion: "sayBack", text: "" } },
    ]);
  });
});

describe("catalogues", () => {
  it("every suggestion has words in every language", () => {
    for (const [field, keys] of Object.entries(LOOP_SUGGESTIONS)) {
      for (const key of keys) {
        const k = `loopMap.${field}.${key}` as keyof typeof loopMapMessages;
        expect(loopMapMessages[k], k).toBeTruthy();
        expect(es[k], k).toBeTruthy();
        expect(ar[k], k).toBeTruthy();
      }
    }
  });
});
