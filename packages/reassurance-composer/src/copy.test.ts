import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES, cardHints } from "./compose";
import { reassuranceComposerMessages as en } from "./messages";
import { ar } from "./locales/ar";
import { es } from "./locales/es";

const text = (bundle: Record<string, unknown>, key: string) => {
  const m = bundle[`reassuranceComposer.${key}`];
  return typeof m === "string" ? m : Object.values(m as Record<string, string>).join(" ");
};
const ofGroup = (group: "space" | "closeness") => BUILT_IN_TEMPLATES.filter(([, g]) => g === group).map(([id]) => text(en, `template.${id}`));
const all = Object.keys(en).map((k) => text(en, k.replace("reassuranceComposer.", "")));

describe("the English catalogue speaks to both needs alike", () => {
  it("never labels a person, never plays a break down", () => {
    for (const word of ["avoidant", "anxious", "needy", "clingy", "too much", "a little", "attached", "codependent"]) {
      expect(all.filter((s) => s.toLowerCase().includes(word)), word).toEqual([]);
    }
  });

  it("gives space and closeness the same standing: a plain ask, the bond okay, a concrete time", () => {
    const space = ofGroup("space");
    const closeness = ofGroup("closeness");
    for (const group of [space, closeness]) {
      expect(group.length).toBeGreaterThan(0);
      // At least one template on each side asks plainly.
      expect(group.some((s) => /\bI need\b/.test(s))).toBe(true);
      // Every template on each side says the bond is okay and has a concrete time.
      for (const s of group) {
        expect(s).toMatch(/We're okay|not away from us/);
        expect(s).toContain("{returnTime}");
      }
    }
    // The blank cards and hints read alike.
    expect(text(en, "blank.space")).toMatch(/^Blank: I need /);
    expect(text(en, "blank.closeness")).toMatch(/^Blank: I need /);
    expect(cardHints([], null).map((h) => h.id)).toEqual(["need", "bond", "time"]);
    expect(text(en, "hint.time.space")).not.toBe("");
    expect(text(en, "hint.time.closeness")).not.toBe("");
  });

  it("requires no softener on one side only", () => {
    const softeners = /whenever|no rush|no need to answer|another time|suits you|if you want|only if/i;
    const count = (group: string[]) => group.filter((s) => softeners.test(s)).length;
    expect(count(ofGroup("closeness"))).toBe(count(ofGroup("space")));
    // The hints no longer ask for "another time is fine" on either side.
    expect(Object.keys(en).some((k) => k.includes("hint.offer"))).toBe(false);
  });

  it("says \"I love you\" in one template only", () => {
    const templates = BUILT_IN_TEMPLATES.map(([id]) => text(en, `template.${id}`));
    expect(templates.filter((s) => /I love you/.test(s))).toHaveLength(1);
    expect(text(en, "template.spaceRecharge")).not.toMatch(/love/);
  });

  it("has a repair template that owns one's part, and a quiet-time check-in that names the time agreed", () => {
    expect(text(en, "template.repairOwn")).toMatch(/my part/);
    expect(text(en, "template.checkinQuiet")).toMatch(/I said I'd be back after \{duration\}.*\{returnTime\}/);
    expect(text(en, "card.neutral")).not.toMatch(/space|closeness/i);
  });
});

describe("Spanish and Arabic", () => {
  it("speak to everyone: no vosotros forms, no masculine-only address, no 'ignore' on a delete button", () => {
    const esAll = Object.keys(es).map((k) => text(es, k.replace("reassuranceComposer.", ""))).join("\n");
    expect(esAll).not.toMatch(/\b(estáis|vosotros|os |tenéis|sois|queréis)\b/);
    expect(esAll).not.toMatch(/\bunos \{duration\}|a las \{returnTime\}|listo o lista|Su nombre/);
    expect(text(es, "card.back")).not.toMatch(/^Vuelve/);
    const arAll = Object.keys(ar).map((k) => text(ar, k.replace("reassuranceComposer.", ""))).join("\n");
    expect(arAll).not.toContain("تجاهل");
    // No masculine-only imperatives or adjectives addressed to the reader or the partner.
    for (const word of ["مستعدًا", "ابدأ", "راجع ", "ماذا ستفعل", "متى ستعود", "يأخذ بعض", "يتمنى", "آسف", "سأذهب إلى {activity}"]) {
      expect(arAll, word).not.toContain(word);
    }
  });
});
