import { describe, expect, it } from "vitest";
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
  resolveReturnTime,
  templateSlots,
  type ComposerDraft,
} from "./compose";
import { reassuranceComposerMessages as en } from "./messages";
import { ar } from "./locales/ar";
import { es } from "./locales/es";

const words = {
  need: en["reassuranceComposer.words.need"] as string,
  bond: en["reassuranceComposer.words.bond"] as string,
  wish: en["reassuranceComposer.words.wish"] as string,
  offer: en["reassuranceComposer.words.offer"] as string,
};
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
    expect(fillTemplate("Back at {returnTime}, {name}.", { returnTime: "8:00 PM", name: "  " }, "…")).toBe("Back at 8:00 PM, ….");
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

  it("cuts a 1 MB paste to the limit quickly", () => {
    const huge = "ab😀".repeat(350_000);
    const start = performance.now();
    const out = limitText(huge, 280);
    expect(performance.now() - start).toBeLessThan(200);
    expect(countGraphemes(out)).toBe(280);
  });
});

describe("return time", () => {
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

describe("completeness hints", () => {
  it("a space card: need, bond and return time", () => {
    expect(cardHints("space", "I need some quiet. We're okay.", at8, words)).toEqual([
      { id: "need", met: true },
      { id: "bond", met: true },
      { id: "return", met: true },
    ]);
    expect(cardHints("space", "Going out.", null, words).map((h) => h.met)).toEqual([false, false, false]);
  });

  it("a closeness card: the wish, and room for another time (words or a suggested time)", () => {
    expect(cardHints("closeness", "I MISS you", null, words)).toEqual([
      { id: "wish", met: true },
      { id: "offer", met: false },
    ]);
    expect(cardHints("closeness", "Hello", at8, words)[1]).toEqual({ id: "offer", met: true });
    expect(cardHints("closeness", "no rush", null, words)[1]!.met).toBe(true);
  });

  it("every built-in template meets its own hints once its slots are filled, in every language", () => {
    for (const bundle of [en, es, ar] as Array<Record<string, string>>) {
      const w = { need: bundle["reassuranceComposer.words.need"]!, bond: bundle["reassuranceComposer.words.bond"]!, wish: bundle["reassuranceComposer.words.wish"]!, offer: bundle["reassuranceComposer.words.offer"]! };
      for (const [id, , kind] of BUILT_IN_TEMPLATES) {
        const text = bundle[`reassuranceComposer.template.${id}`]!;
        const unmet = cardHints(kind, text, at8, w).filter((h) => !h.met);
        expect(unmet, `${id} (${bundle["reassuranceComposer.send"]})`).toEqual([]);
      }
    }
  });
});

describe("card data", () => {
  it("holds only the filled parts the text used, the return time and the locale", () => {
    const card = buildCard(draft, ["duration", "name", "returnTime"], at8, "en-GB");
    expect(card).toEqual({
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
    expect(odd).toEqual({ kind: "space", templateId: "blank-space", text: "<b>hi</b>", parts: {}, returnTime: null, locale: "en", style: "calm" });
    expect(normalizeCard({ text: "x", returnTime: { at: at8.at, timeZone: "Mars/Olympus" } })!.returnTime).toBeNull();
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
