import { describe, expect, it, vi } from "vitest";
import { countGraphemes, memoryStorageAdapter, type StorageAdapter } from "@attune/core";
import hostile from "./__fixtures__/hostile-text.json";
import times from "./__fixtures__/time-edge-cases.json";
import {
  BUILT_IN_TEMPLATES,
  buildCard,
  cardHints,
  clearAllDrafts,
  fillTemplate,
  isDraft,
  limitText,
  normalizeCard,
  onDraftsCleared,
  parseReassuranceCard,
  pauseMismatch,
  joinReturnAt,
  resolveReturnTime,
  splitReturnAt,
  templateSlots,
  todayIn,
  type ComposerDraft,
} from "./compose";
import { reassuranceComposerMessages as en } from "./messages";
import { ar } from "./locales/ar";
import { es } from "./locales/es";

const draft: ComposerDraft = {
  templateId: "spaceRecharge",
  kind: "space",
  text: "hello",
  edited: false,
  name: " Sam ",
  durationMinutes: 45,
  activity: "",
  returnAt: "2026-11-21T20:00",
  style: "warm",
};
const at8 = { at: "2026-11-21T19:00:00.000Z", timeZone: "Europe/Berlin" };

describe("templates and slots", () => {
  it("every built-in template exists in every locale and uses only known slots", () => {
    const groups = new Set(BUILT_IN_TEMPLATES.map(([, g]) => g));
    expect([...groups].sort()).toEqual(["checkin", "closeness", "repair", "space"]);
    for (const [id] of BUILT_IN_TEMPLATES) {
      for (const bundle of [en, es, ar] as Array<Record<string, unknown>>) {
        const text = bundle[`reassuranceComposer.template.${id}`] as string;
        expect(typeof bundle[`reassuranceComposer.template.${id}.label`]).toBe("string");
        expect(text.replace(/\{(name|duration|activity|returnTime)\}/g, "")).not.toMatch(/[{}]/);
        // A translation keeps the English slots, so the same inputs fill it.
        expect(templateSlots(text).sort()).toEqual(templateSlots(en[`reassuranceComposer.template.${id}` as keyof typeof en] as string).sort());
      }
    }
  });

  it("lists each slot once, in order of first use", () => {
    expect(templateSlots("{name}, back at {returnTime}. {name}! {unknown}")).toEqual(["name", "returnTime"]);
    expect(templateSlots("no slots")).toEqual([]);
  });

  it("fills slots and shows the empty marker for a blank value", () => {
    expect(fillTemplate("Back at {returnTime}, {name}.", { returnTime: "8:00 PM", name: "  " }, "…")).toBe("Back at 8:00 PM, …");
  });

  it("never doubles a full stop after a slot: the empty mark or a value ending in one takes the template's", () => {
    expect(fillTemplate("I'll be back {returnTime}.", {}, "…")).toBe("I'll be back …");
    expect(fillTemplate("Back at {returnTime}.", { returnTime: "9 a.m." }, "…")).toBe("Back at 9 a.m.");
    expect(fillTemplate("Back at {returnTime}. See you.", { returnTime: "9 PM" }, "…")).toBe("Back at 9 PM. See you.");
    expect(fillTemplate("{name}, I'm here.", { name: "Sam" }, "…")).toBe("Sam, I'm here.");
  });

  it("inserts hostile slot values literally, without re-reading placeholders in them", () => {
    const out = fillTemplate("Hi {name} at {returnTime}", { name: "{returnTime}<script>", returnTime: "$&" }, "…");
    expect(out).toBe("Hi {returnTime}<script> at $&");
  });
});

describe("grapheme limits", () => {
  it("counts and cuts by what a person sees", () => {
    expect(countGraphemes("👩‍❤️‍👨👍🏽")).toBe(2);
    expect(limitText("👩‍❤️‍👨👍🏽🇺🇦", 2)).toBe("👩‍❤️‍👨👍🏽");
    expect(limitText("e\u0301e\u0301e\u0301", 2)).toBe("e\u0301e\u0301");
  });

  it("drops invisible control characters but keeps tabs and newlines", () => {
    expect(limitText("\u0000null byte", 100)).toBe("null byte");
    expect(limitText("\uFEFFBOM", 100)).toBe("BOM");
    expect(limitText("tab\tand\nnewline", 100)).toBe("tab\tand\nnewline");
  });

  it("keeps every hostile string within the limit and otherwise unchanged", () => {
    for (const s of [...hostile.markup, ...hostile.unicode]) {
      const out = limitText(s, 280);
      expect(countGraphemes(out)).toBeLessThanOrEqual(280);
      if (!/[\u0000\uFEFF]/.test(s)) expect(out).toBe(s);
    }
    expect(countGraphemes(limitText(hostile.sizes.long_word, 50))).toBe(50);
  });

  it("cuts a 1 MB paste with work bounded by the limit, not by the paste", () => {
    // The expensive step is grapheme segmentation: count what reaches it instead of timing it
    // (bench/ measures the time). No cluster is longer than 64 code units, so 280 × 64 is the cap.
    const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
    try {
      const segmented = (text: string) => {
        segment.mockClear();
        const out = limitText(text, 280);
        expect(countGraphemes(out)).toBe(280);
        return segment.mock.calls.map(([t]) => t.length);
      };
      const oneMb = segmented("ab😀".repeat(350_000));
      const fourMb = segmented("ab😀".repeat(1_400_000));
      expect(oneMb.length).toBeGreaterThan(0);
      expect(Math.max(...oneMb)).toBeLessThanOrEqual(280 * 64);
      // Four times the paste, the same work.
      expect(fourMb).toEqual(oneMb);
    } finally {
      segment.mockRestore();
    }
  });
});

describe("return time", () => {
  it("splits a draft's returnAt into the date and time field's texts and joins them back, losing nothing typed", () => {
    expect(splitReturnAt("")).toEqual({ date: "", time: "" });
    expect(splitReturnAt("2026-11-21T20:00")).toEqual({ date: "2026-11-21", time: "20:00" });
    expect(splitReturnAt("2026-11-21 20:00:30")).toEqual({ date: "2026-11-21", time: "20:00:30" });
    // Not a time a time box can show: it stays in the date text, as written.
    expect(splitReturnAt("tomorrow T25:99")).toEqual({ date: "tomorrow T25:99", time: "" });
    expect(joinReturnAt({ date: "", time: "" })).toBe("");
    expect(joinReturnAt({ date: "2026-11-21", time: "" })).toBe("2026-11-21T");
    const typed = ["", "2026-11-2", "2026-02-30", "T12:00", "2026-01-01T12", "next Friday T", "٢٠٢٦-١١-٢١", "<b>x</b> 20:00", "2026-11-21T20:00"];
    for (const date of typed) {
      for (const time of ["", "00:00", "20:30", "23:59:59"]) {
        if (!date && !time) continue;
        expect(splitReturnAt(joinReturnAt({ date, time })), `${date} | ${time}`).toEqual({ date, time });
      }
    }
  });

  it("today in a zone is where the picker opens; an unknown zone reads as UTC", () => {
    const at = Date.UTC(2026, 10, 21, 23, 30);
    expect(todayIn("UTC", at)).toBe("2026-11-21");
    expect(todayIn("Asia/Tokyo", at)).toBe("2026-11-22");
    expect(todayIn("Pacific/Honolulu", at)).toBe("2026-11-21");
    expect(todayIn("Mars/Olympus", at)).toBe("2026-11-21");
  });

  it("reads a wall-clock time in its zone as an instant", () => {
    expect(resolveReturnTime("2026-11-21T20:00", "Europe/Berlin")).toEqual({ time: at8 });
    expect(resolveReturnTime("2026-11-21T20:00", "Asia/Kathmandu").time?.at).toBe("2026-11-21T14:15:00.000Z");
  });

  it("moves a time in a spring-forward gap later, and takes the first of a repeated hour", () => {
    const gap = times.transitions.find((x) => x.zone === "America/New_York" && x.kind === "gap")!;
    expect(resolveReturnTime(`${gap.localDate}T02:30`, gap.zone).time?.at).toBe("2026-03-08T07:30:00.000Z");
    const overlap = times.transitions.find((x) => x.zone === "America/New_York" && x.kind === "overlap")!;
    expect(resolveReturnTime(`${overlap.localDate}T01:30`, overlap.zone).time?.at).toBe("2026-11-01T05:30:00.000Z");
  });

  it("gives no time for an empty value and an error for a bad time or zone, never a throw", () => {
    expect(resolveReturnTime("", "Mars/Olympus")).toEqual({ time: null });
    for (const zone of times.invalid) expect(resolveReturnTime("2026-11-21T20:00", zone)).toEqual({ time: null, error: "zone" });
    for (const bad of ["2026-02-30T10:00", "tomorrow", "2026-11-21T25:00"]) {
      expect(resolveReturnTime(bad, "UTC")).toEqual({ time: null, error: "time" });
    }
  });
});

describe("hints", () => {
  it("are the same three for both kinds, met only when the person ticks them (or a time is chosen)", () => {
    expect(cardHints([], null)).toEqual([
      { id: "need", met: false },
      { id: "bond", met: false },
      { id: "time", met: false },
    ]);
    expect(cardHints(["need", "bond"], null).map((h) => h.met)).toEqual([true, true, false]);
    expect(cardHints([], at8).map((h) => h.met)).toEqual([false, false, true]);
    expect(cardHints(["time"], null)[2]!.met).toBe(true);
  });
});

describe("a pause to settle", () => {
  it("points out a return time that does not match the chosen duration", () => {
    const now = Date.parse("2026-11-21T18:00:00.000Z");
    expect(pauseMismatch(at8, 60, now)).toBe(false); // 19:00 UTC is an hour on
    expect(pauseMismatch(at8, 30, now)).toBe(true);
    expect(pauseMismatch(at8, 240, now)).toBe(true);
    expect(pauseMismatch(null, 30, now)).toBe(false);
  });
});

describe("card data", () => {
  it("holds only the filled parts the text used, the return time and the locale", () => {
    const card = buildCard(draft, ["duration", "name", "returnTime"], at8, "en-GB");
    expect(card).toEqual({
      version: 1,
      kind: "space",
      templateId: "spaceRecharge",
      text: "hello",
      parts: { name: "Sam", durationMinutes: 45 },
      returnTime: at8,
      locale: "en-GB",
      style: "warm",
    });
    expect(buildCard({ ...draft, name: "" }, ["name"], null, "en").parts).toEqual({});
  });

  it("normalizes card data from elsewhere instead of crashing", () => {
    expect(normalizeCard(null)).toBeNull();
    expect(normalizeCard({ text: 42 })).toBeNull();
    const odd = normalizeCard({ text: "<b>hi</b>\u0000", kind: "evil", style: "x", returnTime: { at: "nope", timeZone: "UTC" }, extra: 1 });
    expect(odd).toEqual({ version: 1, kind: "space", templateId: "", text: "<b>hi</b>", parts: {}, returnTime: null, locale: "en", style: "calm" });
    expect(normalizeCard({ version: 2, kind: "space", text: "x" })).toBeNull();
    expect(normalizeCard({ text: "x", returnTime: { at: at8.at, timeZone: "Mars/Olympus" } })!.returnTime).toBeNull();
  });
});

describe("parseReassuranceCard", () => {
  it("accepts a sent card and says what is wrong with anything else", () => {
    const card = buildCard(draft, ["duration"], at8, "en", "space");
    expect(parseReassuranceCard(JSON.parse(JSON.stringify(card)))).toEqual({ ok: true, value: card });
    for (const bad of [null, 42, "x", [], { kind: "space" }, { kind: "maybe", text: "x" }, { version: 9, kind: "space", text: "x" }]) {
      const r = parseReassuranceCard(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/card/i);
    }
    const r = parseReassuranceCard({ kind: "closeness", text: "hi", group: "nonsense", parts: { name: 5, durationMinutes: NaN } });
    expect(r).toEqual({ ok: true, value: { version: 1, kind: "closeness", templateId: "blank-closeness", text: "hi", parts: {}, returnTime: null, locale: "en", style: "calm" } });
  });
});

describe("drafts", () => {
  it("accepts only drafts of the right shape", () => {
    expect(isDraft(draft)).toBe(true);
    expect(isDraft({ ...draft, kind: "other" })).toBe(false);
    expect(isDraft({ ...draft, durationMinutes: Number.NaN })).toBe(false);
    expect(isDraft("x")).toBe(false);
  });

  it("clearAllDrafts removes only this widget's keys and tells mounted composers", async () => {
    const storage = memoryStorageAdapter({
      "attune:reassurance-composer:a": "{}",
      "attune:reassurance-composer:b": "{}",
      "attune:ritual-planner:a": "{}",
      other: "x",
    });
    let told = 0;
    const off = onDraftsCleared(() => told++);
    await expect(clearAllDrafts(storage)).resolves.toBe(true);
    off();
    expect(told).toBe(1);
    expect(await storage.keys!()).toEqual(["attune:ritual-planner:a", "other"]);
  });

  it("clearAllDrafts reports failure without throwing", async () => {
    const broken: StorageAdapter = {
      getItem: () => null,
      setItem: () => {},
      removeItem: () => {
        throw new Error("denied");
      },
      keys: () => ["attune:reassurance-composer:a"],
    };
    await expect(clearAllDrafts(broken)).resolves.toBe(false);
  });
});
