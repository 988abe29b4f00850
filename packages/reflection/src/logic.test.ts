import { describe, expect, it } from "vitest";
import {
  buildShare,
  checkAnswer,
  clampLean,
  leanZone,
  parseReflectionDraft,
  parseReflectionSet,
  parseReflectionSets,
  parseReflectionShare,
  shareToText,
  type ReflectionSet,
} from "./logic";

const set: ReflectionSet = {
  id: "mine",
  title: "My set",
  steps: [
    { id: "a", kind: "text", prompt: "First?" },
    { id: "b", kind: "choice", prompt: "Pick", options: [{ id: "x", label: "Ex" }, { id: "y", label: "Why" }] },
    { id: "c", kind: "lean", prompt: "Lean?" },
  ],
};

describe("host sets", () => {
  it("keeps valid sets and says what was wrong with each bad one", () => {
    const { sets, errors } = parseReflectionSets([
      { id: "ok", title: "Fine", steps: [{ id: "s1", kind: "text", prompt: "Hi?", help: "h", hints: ["one", 3, ""] }] },
      { id: "bad kind", title: "x", steps: [] },
      { id: "nosteps", title: "Empty", steps: [{ id: "s", kind: "dance", prompt: "?" }] },
      null,
      { id: "ok", title: "Twin", steps: [{ id: "s", kind: "text", prompt: "?" }] },
    ]);
    expect(sets.map((s) => s.id)).toEqual(["ok"]);
    expect(sets[0]!.steps[0]).toEqual({ id: "s1", kind: "text", prompt: "Hi?", help: "h", hints: ["one"] });
    expect(errors).toEqual([
      "sets[1].id must be letters, digits, - or _",
      "sets[2] (nosteps).steps[0].kind must be text, choice or lean",
      "sets[2] (nosteps) has no valid step",
      "sets[3] is not an object",
      'sets[4].id "ok" is used twice',
    ]);
  });

  it("drops a bad step and keeps the set", () => {
    const parsed = parseReflectionSet({ id: "s", title: "T", steps: [{ id: "a", kind: "choice", prompt: "?", options: ["only"] }, { id: "b", kind: "lean", prompt: "L" }] });
    expect(parsed.ok && parsed.value.steps.map((s) => s.id)).toEqual(["b"]);
    expect(parsed.problems).toEqual(["set (s).steps[0].options needs at least two distinct options"]);
  });

  it("reports a built-in id taken by a host set, and a list that is not a list", () => {
    expect(parseReflectionSets([{ id: "pull", title: "x", steps: [{ id: "a", kind: "text", prompt: "?" }] }], ["pull"]).errors).toEqual(['sets[0].id "pull" is used twice']);
    expect(parseReflectionSets({}).errors).toEqual(["sets must be a list"]);
  });

  it("accepts options as plain strings", () => {
    const parsed = parseReflectionSet({ id: "s", title: "T", steps: [{ id: "a", kind: "choice", prompt: "?", options: ["Yes", "No", "Yes"] }] });
    expect(parsed.ok && parsed.value.steps[0]!.options).toEqual([{ id: "Yes", label: "Yes" }, { id: "No", label: "No" }]);
  });
});

describe("answers", () => {
  it("clamps a lean to the spectrum's 0–100 and rejects what is not an answer", () => {
    expect(checkAnswer({ kind: "lean" }, 140)).toBe(100);
    expect(checkAnswer({ kind: "lean" }, -3.4)).toBe(0);
    expect(checkAnswer({ kind: "lean" }, Number.NaN)).toBeUndefined();
    expect(checkAnswer({ kind: "choice", options: set.steps[1]!.options }, "z")).toBeUndefined();
    expect(checkAnswer({ kind: "choice", options: set.steps[1]!.options }, "y")).toBe("y");
    expect(checkAnswer({ kind: "text" }, "x".repeat(5000))).toHaveLength(4000);
    expect(clampLean(49.6)).toBe(50);
  });

  it("names a lean's zone without naming a person", () => {
    expect([0, 25, 50, 75, 100].map(leanZone)).toEqual(["space-strong", "space", "middle", "closeness", "closeness-strong"]);
  });
});

describe("the share", () => {
  it("holds exactly the answered steps that are switched on, in order", () => {
    const share = buildShare(set, {
      c: { value: 72, shared: true },
      a: { value: "  words  ", shared: true },
      b: { value: "y", shared: false },
    });
    expect(share).toEqual({
      version: 1,
      setId: "mine",
      title: "My set",
      answers: [
        { stepId: "a", kind: "text", prompt: "First?", value: "words" },
        { stepId: "c", kind: "lean", prompt: "Lean?", value: 72 },
      ],
    });
    expect(parseReflectionShare(JSON.parse(JSON.stringify(share)))).toEqual({ ok: true, value: share });
  });

  it("leaves out blank answers even when switched on, and shows a choice's words", () => {
    const share = buildShare(set, { a: { value: "   ", shared: true }, b: { value: "x", shared: true } });
    expect(share.answers).toEqual([{ stepId: "b", kind: "choice", prompt: "Pick", value: "x", label: "Ex" }]);
    expect(shareToText(share, String)).toBe("My set\n\nPick\nEx");
  });

  it("writes a lean as words in the text", () => {
    const share = buildShare(set, { c: { value: 10, shared: true } });
    expect(shareToText(share, (v) => `lean ${v}`)).toBe("My set\n\nLean?\nlean 10");
  });

  it("rejects shares that are not shares and drops answers that do not hold", () => {
    expect(parseReflectionShare(null)).toEqual({ ok: false, error: "a share must be an object" });
    expect(parseReflectionShare({ version: 2, setId: "a", title: "t", answers: [] }).ok).toBe(false);
    expect(parseReflectionShare({ version: 1, setId: "a", title: "t" })).toEqual({ ok: false, error: "a share needs a list of answers" });
    const parsed = parseReflectionShare({
      version: 1,
      setId: "a",
      title: "t",
      answers: [{ stepId: "x", kind: "lean", prompt: "p", value: 900 }, { stepId: "y", kind: "text", prompt: "p", value: 5 }, { stepId: "x", kind: "text", prompt: "p", value: "dup" }, "junk"],
    });
    expect(parsed.ok && parsed.value.answers).toEqual([{ stepId: "x", kind: "lean", prompt: "p", value: 100 }]);
  });
});

describe("drafts", () => {
  it("keeps what holds and drops what does not", () => {
    const parsed = parseReflectionDraft({
      version: 1,
      active: "pull",
      positions: { pull: 2, bad: -1, "no way": 1 },
      answers: { pull: { lean: { value: 300, shared: "yes" }, reach: { value: "hi", shared: true }, junk: { value: {} } } },
      sent: ["pull", 4],
    });
    expect(parsed).toEqual({
      ok: true,
      value: { version: 1, active: "pull", positions: { pull: 2 }, answers: { pull: { lean: { value: 100, shared: false }, reach: { value: "hi", shared: true } } }, sent: ["pull"] },
    });
    expect(parseReflectionDraft({ version: 1 }).ok).toBe(false);
    expect(parseReflectionDraft("{").ok).toBe(false);
  });
});
