import { describe, expect, it } from "vitest";
import {
  DEPTHS,
  MAX_HISTORY,
  THEMES,
  combineQuestions,
  createDeckState,
  createSentQuestion,
  currentId,
  drawNext,
  eligibleIds,
  goBack,
  hashSeed,
  mulberry32,
  parseDeckState,
  parseQuestions,
  parseSentQuestion,
  roundProgress,
  seededShuffle,
  setMark,
  toggleTheme,
  type DeckState,
  type Question,
} from "./logic";
import { questions as en } from "./questions/en";
import { questions as es } from "./questions/es";
import { questions as ar } from "./questions/ar";

const drawMany = (state: DeckState, qs: readonly Question[], n: number, depths?: Parameters<typeof drawNext>[2]) => {
  const ids: string[] = [];
  let s = state;
  for (let i = 0; i < n; i++) {
    s = drawNext(s, qs, depths);
    ids.push(currentId(s)!);
  }
  return { ids, state: s };
};

describe("built-in questions", () => {
  it("has at least 80 questions in every language, the same ids, themes and depths", () => {
    expect(en.length).toBeGreaterThanOrEqual(80);
    for (const set of [es, ar]) {
      expect(set.map((q) => [q.id, q.theme, q.depth])).toEqual(en.map((q) => [q.id, q.theme, q.depth]));
    }
  });

  it("spreads over every theme and depth", () => {
    for (const theme of THEMES) {
      const inTheme = en.filter((q) => q.theme === theme);
      expect(inTheme.length, theme).toBeGreaterThanOrEqual(10);
      for (const depth of DEPTHS) expect(inTheme.some((q) => q.depth === depth), `${theme} ${depth}`).toBe(true);
    }
  });

  it("is valid, unique and translated (no English left in Spanish or Arabic)", () => {
    for (const set of [en, es, ar]) {
      const { questions, issues } = parseQuestions(set);
      expect(issues).toEqual([]);
      expect(questions).toHaveLength(set.length);
      expect(new Set(set.map((q) => q.text)).size).toBe(set.length);
      for (const q of set) expect(q.text.trim()).not.toBe("");
    }
    en.forEach((q, i) => {
      expect(es[i]!.text).not.toBe(q.text);
      expect(ar[i]!.text).toMatch(/[\u0600-\u06ff]/);
      expect(ar[i]!.text).not.toMatch(/[a-z]{3}/i);
    });
  });
});

describe("parseQuestions", () => {
  it("keeps the valid entries and names each bad one", () => {
    const { questions, issues } = parseQuestions({
      questions: [
        { id: "a", theme: "play", depth: "light", text: "  Hello?  " },
        { id: "b", theme: "cooking", depth: "light", text: "x" },
        { id: "c", theme: "play", depth: "shallow", text: "x" },
        { id: "d", theme: "play", depth: "light", text: "" },
        null,
        { id: "a", theme: "us", depth: "deeper", text: "dup" },
        { theme: "us", depth: "deeper", text: "no id" },
        { id: "e", theme: "us", depth: "deepest", text: "x".repeat(500) },
      ],
    });
    expect(questions.map((q) => q.id)).toEqual(["a", "e"]);
    expect(questions[0]!.text).toBe("Hello?");
    expect(questions[1]!.text).toHaveLength(400);
    expect(issues.map((i) => i.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(issues[0]!.message).toMatch(/theme/);
    expect(issues[1]!.message).toMatch(/depth/);
    expect(issues[4]!.message).toMatch(/twice/);
  });

  it("reports a value that is not a list", () => {
    expect(parseQuestions("nope")).toEqual({ questions: [], issues: [{ index: -1, message: expect.any(String) }] });
  });
});

describe("combineQuestions", () => {
  it("adds host questions and replaces by id", () => {
    const base: Question[] = [
      { id: "a", theme: "play", depth: "light", text: "A" },
      { id: "b", theme: "play", depth: "light", text: "B" },
    ];
    const extra: Question[] = [
      { id: "b", theme: "us", depth: "deeper", text: "B2" },
      { id: "c", theme: "us", depth: "light", text: "C" },
    ];
    expect(combineQuestions(base, extra).map((q) => q.text)).toEqual(["A", "B2", "C"]);
  });
});

describe("seeded shuffle", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(seededShuffle(items, "tea at nine")).toEqual(seededShuffle(items, "tea at nine"));
    expect(seededShuffle(items, "tea at nine")).not.toEqual(seededShuffle(items, "tea at ten"));
    expect([...seededShuffle(items, "x")].sort((a, b) => a - b)).toEqual(items);
  });

  it("uses the same numbers on every platform (pinned values)", () => {
    expect(hashSeed("")).toBe(hashSeed(""));
    const r = mulberry32(1);
    expect([r(), r(), r()].map((n) => n.toFixed(6))).toEqual(["0.627074", "0.002736", "0.527447"]);
  });
});

describe("drawing", () => {
  it("never repeats a card before every eligible card was seen, then starts a new round", () => {
    const start = createDeckState("our seed");
    const { ids, state } = drawMany(start, en, en.length);
    expect(new Set(ids).size).toBe(en.length);
    expect(roundProgress(state, en)).toEqual({ seen: en.length, total: en.length });
    const after = drawNext(state, en);
    expect(after.round).toBe(1);
    expect(after.seen).toHaveLength(1);
    expect(currentId(after)).not.toBe(currentId(state));
  });

  it("two partners with one seed see the same sequence, whatever order their question lists are in", () => {
    const me = drawMany(createDeckState("rainy sunday"), en, 100).ids;
    const partner = drawMany(createDeckState("rainy sunday"), [...es].reverse(), 100).ids;
    expect(partner).toEqual(me);
    const stranger = drawMany(createDeckState("another seed"), en, 100).ids;
    expect(stranger).not.toEqual(me);
  });

  it("keeps to the chosen themes and the host's depths, and skips 'not for us'", () => {
    let s = toggleTheme(createDeckState("s"), "play");
    s = toggleTheme(s, "memories");
    expect(s.themes).toEqual(["memories", "play"]);
    const { ids } = drawMany(s, en, 14, ["light", "deeper"]);
    const byId = new Map(en.map((q) => [q.id, q]));
    for (const id of ids) {
      expect(["play", "memories"]).toContain(byId.get(id)!.theme);
      expect(byId.get(id)!.depth).not.toBe("deepest");
    }
    const skipped = setMark(s, "play-1", "skip");
    expect(eligibleIds(en, skipped)).not.toContain("play-1");
    expect(setMark(skipped, "play-1", undefined).marks).toEqual({});
  });

  it("goes back through history and forward again without drawing new cards", () => {
    const { state, ids } = drawMany(createDeckState("s"), en, 3);
    const back2 = goBack(goBack(state));
    expect(currentId(back2)).toBe(ids[0]);
    expect(goBack(back2)).toBe(back2);
    const fwd = drawNext(back2, en);
    expect(currentId(fwd)).toBe(ids[1]);
    expect(fwd.seen).toEqual(state.seen);
  });

  it("keeps the history bounded", () => {
    const { state } = drawMany(createDeckState("s"), en, MAX_HISTORY + 10);
    expect(state.history).toHaveLength(MAX_HISTORY);
    expect(state.position).toBe(MAX_HISTORY - 1);
    expect(parseDeckState(JSON.parse(JSON.stringify(state))).ok).toBe(true);
  });

  it("does nothing when no question fits", () => {
    const s = createDeckState("s");
    expect(drawNext(s, [])).toBe(s);
  });
});

describe("parseDeckState", () => {
  it("round-trips JSON", () => {
    const { state } = drawMany(setMark(createDeckState("s", ["us"]), "us-1", "later"), en, 4);
    expect(parseDeckState(JSON.parse(JSON.stringify(state)))).toEqual({ ok: true, value: state });
  });

  it.each([
    [null, /object/],
    [{ ...createDeckState(), version: 2 }, /version/],
    [{ ...createDeckState(), seed: 5 }, /seed/],
    [{ ...createDeckState(), themes: ["cooking"] }, /themes/],
    [{ ...createDeckState(), round: -1 }, /round/],
    [{ ...createDeckState(), seen: [1] }, /seen/],
    [{ ...createDeckState(), history: ["a"], position: 1 }, /position/],
    // A valid position with no history (stored garbage) is named, never thrown.
    [{ ...createDeckState(), history: undefined, position: 0 }, /history/],
    [{ ...createDeckState(), history: "a", position: 0 }, /history/],
    [{ ...createDeckState(), marks: { a: "loved" } }, /marks/],
  ])("rejects %j", (value, error) => {
    const r = parseDeckState(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });
});

describe("sent question", () => {
  it("builds and validates the shape partners exchange", () => {
    const sent = createSentQuestion(en[0]!, "  I'd love to hear about this tonight \u0007 ", 1_700_000_000_000);
    expect(sent).toEqual({
      version: 1,
      questionId: en[0]!.id,
      theme: en[0]!.theme,
      depth: en[0]!.depth,
      text: en[0]!.text,
      note: "I'd love to hear about this tonight",
      sentAt: 1_700_000_000_000,
    });
    expect(parseSentQuestion(JSON.parse(JSON.stringify(sent)))).toEqual({ ok: true, value: sent });
    expect(createSentQuestion(en[0]!, "x".repeat(500), 0).note).toHaveLength(200);
  });

  it("rejects bad shapes with a reason", () => {
    const good = createSentQuestion(en[0]!, "", 0);
    for (const [bad, reason] of [
      [{ ...good, version: 0 }, /version/],
      [{ ...good, theme: "x" }, /theme/],
      [{ ...good, note: 3 }, /note/],
      [{ ...good, sentAt: "now" }, /sentAt/],
      ["text", /object/],
    ] as const) {
      const r = parseSentQuestion(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(reason);
    }
  });
});
