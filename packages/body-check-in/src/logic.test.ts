import { describe, expect, it } from "vitest";
import {
  BODY_PLACES,
  buildSentence,
  compareCheckIns,
  intensityBand,
  parseCheckIn,
  returnTime,
  strongest,
  togglePlace,
  type BodyCheckInEntry,
  type SentenceWords,
} from "./logic";
import { bodyCheckInMessages as m } from "./messages";

const fill = (s: string, p: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k]));
const words: SentenceWords = {
  sensation: (s) => m[`bodyCheckIn.sense.${s}`],
  where: (p) => m[`bodyCheckIn.where.${p}`],
  mark: (what, where) => fill(m["bodyCheckIn.s.mark"], { what, where }),
  something: m["bodyCheckIn.s.something"],
  noticing: (marks) => fill(m["bodyCheckIn.s.noticing"], { marks }),
  about: (value) => fill(m["bodyCheckIn.s.about"], { value }),
  feeling: (feeling) => fill(m["bodyCheckIn.s.feeling"], { feeling }),
  need: (need, minutes) => fill(m[`bodyCheckIn.s.${need}`], { minutes }),
  locale: "en",
};

describe("parseCheckIn", () => {
  it("accepts a full check-in and keeps it", () => {
    const entry: BodyCheckInEntry = {
      version: 1,
      date: Date.UTC(2026, 11, 1),
      marks: [{ place: "chest", sensations: ["tight", "hot"], own: "like a fist", intensity: 7 }],
      feeling: "scared",
      need: "pause",
      minutes: 30,
      returnAt: { at: "2026-12-01T20:30:00.000Z", timeZone: "Europe/Berlin" },
    };
    expect(parseCheckIn(JSON.parse(JSON.stringify(entry)))).toEqual({ ok: true, value: entry, problems: [] });
  });

  it("rejects what is not a check-in", () => {
    expect(parseCheckIn(null).ok).toBe(false);
    expect(parseCheckIn({ version: 2, marks: [] })).toEqual({ ok: false, error: "version" });
    expect(parseCheckIn({ version: 1, marks: "chest" })).toEqual({ ok: false, error: "marks" });
  });

  it("drops a bad mark with a problem naming it and keeps the valid rest", () => {
    const r = parseCheckIn({
      version: 1,
      date: Number.NaN,
      marks: [{ place: "chest", sensations: ["tight", "evil"], intensity: 42 }, { place: "elbow" }, { place: "chest", sensations: [] }, null],
      need: "therapy",
      minutes: 5,
      returnAt: { at: "soon", timeZone: "Mars/Base" },
    });
    if (!r.ok) throw new Error("expected ok");
    expect(r.value).toEqual({ version: 1, marks: [{ place: "chest", sensations: ["tight"], intensity: 10 }] });
    expect(r.problems).toEqual([
      "date",
      "mark 0 sensations",
      "mark 1",
      "mark 2",
      "mark 3",
      "need",
      "minutes",
      "returnAt",
    ]);
  });
});

describe("sentence and change", () => {
  it("builds one plain sentence from the choices", () => {
    const entry: BodyCheckInEntry = {
      version: 1,
      marks: [
        { place: "face", sensations: ["hot"], intensity: 5 },
        { place: "chest", sensations: ["tight"], intensity: 7 },
      ],
      need: "pause",
      minutes: 20,
    };
    expect(buildSentence(entry, words)).toBe("I'm noticing heat in my face and jaw and tightness in my chest, about 7 of 10. I'd like 20 minutes before we keep talking.");
  });

  it("says 'something' for a place without words, adds own words and the feeling, and no number when none was given", () => {
    const entry: BodyCheckInEntry = { version: 1, marks: [{ place: "stomach", sensations: [] }, { place: "allOver", sensations: ["calm"], own: "a hum" }], feeling: "tender" };
    expect(buildSentence(entry, words)).toBe("I'm noticing something in my stomach and calm and a hum all over. I feel tender.");
    expect(buildSentence({ version: 1, marks: [] }, words)).toBe("");
  });

  it("compares two check-ins overall and place by place", () => {
    const before: BodyCheckInEntry = { version: 1, marks: [{ place: "chest", sensations: [], intensity: 7 }, { place: "face", sensations: [], intensity: 4 }] };
    const now: BodyCheckInEntry = { version: 1, marks: [{ place: "chest", sensations: [], intensity: 3 }, { place: "legs", sensations: [], intensity: 2 }] };
    expect(strongest(before)).toBe(7);
    expect(compareCheckIns(before, now)).toEqual([
      { place: "overall", before: 7, now: 3 },
      { place: "chest", before: 7, now: 3 },
    ]);
  });

  it("keeps places in head-to-feet order and toggles them off again", () => {
    let e: BodyCheckInEntry = { version: 1, marks: [] };
    e = togglePlace(togglePlace(togglePlace(e, "legs"), "head"), "chest");
    expect(e.marks.map((x) => x.place)).toEqual(["head", "chest", "legs"]);
    expect(togglePlace(e, "chest").marks.map((x) => x.place)).toEqual(["head", "legs"]);
    expect(BODY_PLACES.at(-1)).toBe("allOver");
  });

  it("gives words for numbers and a zoned return time", () => {
    expect([0, 2, 5, 7, 10].map(intensityBand)).toEqual(["none", "mild", "moderate", "strong", "veryStrong"]);
    expect(returnTime(Date.UTC(2026, 11, 1, 20), 20, "Asia/Tokyo")).toEqual({ at: "2026-12-01T20:20:00.000Z", timeZone: "Asia/Tokyo" });
  });
});
