import { describe, expect, it } from "vitest";
import { MAX_NEEDS, compareAudits, emptyAudit, move, nextId, parseVillageAudit, restsOnPartnerAlone, summarize, type VillageAuditData } from "./logic";

const audit = (needs: VillageAuditData["needs"], extra: Partial<VillageAuditData> = {}): VillageAuditData => ({
  version: 1,
  date: Date.UTC(2026, 10, 1),
  needs,
  people: [],
  ...extra,
});

describe("parseVillageAudit", () => {
  it("accepts a valid audit unchanged", () => {
    const a = audit([{ id: "n1", label: "", suggestion: "comfort", sources: ["partner", "friends"] }], { plan: { needId: "n1", who: "friends", when: "Friday" } });
    const r = parseVillageAudit(JSON.parse(JSON.stringify(a)));
    expect(r).toEqual({ ok: true, value: a, problems: [] });
  });

  it("rejects what is not an audit at all", () => {
    for (const bad of [null, 3, "{oops", [], [null], { version: 2 }]) expect(parseVillageAudit(bad).ok).toBe(false);
  });

  it("keeps the valid needs beside a broken one and lists the problem", () => {
    const r = parseVillageAudit({
      version: 1,
      date: 1,
      people: [{ id: "p1", name: "Maya" }, null, { id: "partner", name: "clash" }],
      needs: [null, { id: "a", label: "Walks", sources: ["p1", "nobody", 4, "partner", "partner"] }, { id: "a", label: "dup" }, { id: "b", label: {} }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.needs).toEqual([{ id: "a", label: "Walks", sources: ["p1", "partner"] }]);
    expect(r.value.people).toEqual([{ id: "p1", name: "Maya" }]);
    expect(r.problems.length).toBeGreaterThanOrEqual(4);
  });

  it("resets a date that is not an instant and drops a plan for a missing need", () => {
    const r = parseVillageAudit({ version: 1, date: 8.64e15 + 1, needs: [], people: [], plan: { needId: "x", who: "a", when: "b" } });
    expect(r.ok && r.value.date).toBe(0);
    expect(r.ok && r.value.plan).toBeUndefined();
    expect(r.ok && r.problems).toHaveLength(2);
  });

  it("caps the number of needs and the length of text", () => {
    const needs = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, label: "x".repeat(10_000), sources: [] }));
    const r = parseVillageAudit({ version: 1, date: 0, needs, people: [] });
    expect(r.ok && r.value.needs).toHaveLength(MAX_NEEDS);
    expect(r.ok && r.value.needs[0]!.label.length).toBe(120);
  });
});

describe("summaries", () => {
  const a = audit([
    { id: "1", label: "Comfort", sources: ["partner"] },
    { id: "2", label: "Play", sources: ["partner", "friends"] },
    { id: "3", label: "Ideas", sources: [] },
    { id: "4", label: "Help", sources: ["partner"] },
  ]);
  it("counts needs resting on the partner alone, unmet and shared needs", () => {
    expect(restsOnPartnerAlone(a.needs[0]!)).toBe(true);
    expect(restsOnPartnerAlone(a.needs[1]!)).toBe(false);
    expect(summarize(a)).toEqual({ total: 4, partnerAlone: 2, unmet: 1, shared: 1 });
  });

  it("compares with an earlier audit need by need", () => {
    const later = audit([
      { id: "1", label: "Comfort", sources: ["partner", "family"] },
      { id: "2", label: "Play", sources: ["friends"] },
      { id: "9", label: "help", sources: ["partner"] },
      { id: "5", label: "Walks", sources: ["myself"] },
    ]);
    const c = compareAudits(a, later);
    expect(c.partnerAloneBefore).toBe(2);
    expect(c.partnerAloneNow).toBe(1);
    expect(c.changes).toEqual([
      { needId: "1", kind: "sources", gained: ["family"], lost: [] },
      { needId: "2", kind: "sources", gained: [], lost: ["partner"] },
      { needId: "5", kind: "added", gained: ["myself"], lost: [] },
      { needId: "3", kind: "removed", gained: [], lost: [] },
    ]);
  });
});

describe("helpers", () => {
  it("makes ids that are free", () => {
    expect(nextId("n", ["n1", "n2"])).toBe("n3");
    expect(nextId("n", ["n3"])).toBe("n2");
  });
  it("moves within bounds", () => {
    expect(move(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(move(["a", "b", "c"], 2, 5)).toEqual(["a", "b", "c"]);
    expect(move(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
  });
  it("starts empty", () => {
    expect(emptyAudit()).toEqual({ version: 1, date: 0, needs: [], people: [] });
  });
});
