// "How Attune speaks" (CONTRIBUTING.md), checked over every English catalogue and every piece of
// built-in content: no word that labels a person, and space and closeness given the same standing.
import { describe, expect, it } from "vitest";
import { coreMessages } from "../../packages/core/src/messages";
import { needsSpectrumMessages } from "../../packages/needs-spectrum/src/messages";
import { reassuranceComposerMessages } from "../../packages/reassurance-composer/src/messages";
import { ritualPlannerMessages } from "../../packages/ritual-planner/src/messages";
import { breathingMessages } from "../../packages/breathing/src/messages";
import { villageAuditMessages } from "../../packages/village-audit/src/messages";
import { curiosityDeckMessages } from "../../packages/curiosity-deck/src/messages";
import { guidedPracticeMessages } from "../../packages/guided-practice/src/messages";
import { reflectionMessages } from "../../packages/reflection/src/messages";
import { loopMapMessages } from "../../packages/loop-map/src/messages";
import { bodyCheckInMessages } from "../../packages/body-check-in/src/messages";
import * as questions from "../../packages/curiosity-deck/src/questions/en";
import * as practices from "../../packages/guided-practice/src/practices/en";

const catalogues: Record<string, unknown> = {
  core: coreMessages,
  needsSpectrum: needsSpectrumMessages,
  reassuranceComposer: reassuranceComposerMessages,
  ritualPlanner: ritualPlannerMessages,
  breathing: breathingMessages,
  villageAudit: villageAuditMessages,
  curiosityDeck: curiosityDeckMessages,
  guidedPractice: guidedPracticeMessages,
  reflection: reflectionMessages,
  loopMap: loopMapMessages,
  bodyCheckIn: bodyCheckInMessages,
  questions,
  practices,
};

/** Every string in a value, with the path it sits at. */
function strings(value: unknown, path: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof value === "string") out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

const LABELS = /\b(avoidant|anxious|needy|clingy|too much|codependent|smothering|cold-hearted)\b/i;

describe("How Attune speaks", () => {
  const all = Object.entries(catalogues).flatMap(([name, c]) => strings(c, name));

  it("reads every catalogue (the check has something to check)", () => {
    expect(all.length).toBeGreaterThan(600);
  });

  it("never uses a word that labels a person", () => {
    expect(all.filter(([, text]) => LABELS.test(text))).toEqual([]);
  });

  it("catches a labelling word when one slips in", () => {
    expect(strings({ a: { b: ["You seem a bit clingy today"] } }, "x").filter(([, t]) => LABELS.test(t))).toHaveLength(1);
  });

  it("gives every lean on the spectrum a line that affirms both needs, and no zone owns 'both'", () => {
    const lines = Object.entries(needsSpectrumMessages).filter(([k]) => k.startsWith("needsSpectrum.reflect"));
    expect(lines).toHaveLength(5);
    for (const [, line] of lines) expect(String(line)).toMatch(/space and closeness are both/i);
    // Mirror zones say the same of each side: "Right now, space pulls a little harder" ↔ "… closeness …".
    const now = (key: keyof typeof needsSpectrumMessages, word: RegExp) => String(needsSpectrumMessages[key]).split(". ")[1]!.replace(word, "X");
    expect(now("needsSpectrum.reflectStart", /space/)).toBe(now("needsSpectrum.reflectEnd", /closeness/));
  });

  it("never frames the middle as the goal", () => {
    expect(all.filter(([, text]) => /\b(ideal|healthy|balanced) (middle|balance|lean)\b|\b50\/50\b/i.test(text))).toEqual([]);
  });
});
