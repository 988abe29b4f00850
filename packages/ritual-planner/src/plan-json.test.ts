import { describe, expect, it } from "vitest";
import { PLAN_VERSION, parsePlan, parsePlans, type Plan, type RitualPlan } from "./logic";

const walk: RitualPlan = {
  kind: "ritual",
  id: "walk",
  title: "Evening walk",
  timeZone: "Europe/Berlin",
  startDate: "2026-03-02",
  time: "19:00",
  durationMinutes: 30,
  recurrence: { freq: "weekly", days: ["WE"] },
  agreement: { status: "proposed", by: "me" },
};

describe("parsePlan", () => {
  it("accepts a plan as JSON and sets the version", () => {
    const r = parsePlan(JSON.parse(JSON.stringify(walk)));
    expect(r).toEqual({ ok: true, value: { ...walk, version: PLAN_VERSION } });
  });

  it.each([
    [null, "invalid-plan"],
    ["walk", "invalid-plan"],
    [[walk], "invalid-plan"],
    [{ ...walk, version: 2 }, "invalid-plan (version)"],
    [{ ...walk, id: 7 }, "invalid-plan (id)"],
    [{ ...walk, how: { html: "<b>" } }, "invalid-plan (how)"],
    [{ ...walk, where: ["x"] }, "invalid-plan (where)"],
    [{ ...walk, title: 5 }, "invalid-plan (title)"],
    [{ ...walk, starter: "them" }, "invalid-plan (starter)"],
    [{ ...walk, agreement: { status: "maybe", by: "me" } }, "invalid-plan (agreement)"],
    [{ ...walk, agreement: { status: "accepted", by: "me", note: {} } }, "invalid-plan (agreement)"],
    [{ ...walk, timeZone: "Mars/Olympus" }, "invalid-zone (timeZone)"],
    [{ ...walk, startDate: "2026-02-30" }, "invalid-date (startDate)"],
    [{ ...walk, kind: "party" }, "invalid-plan (kind)"],
    [{ kind: "apart", id: "a", title: "x", timeZone: "UTC", start: "2026-03-04T12:00:00Z", returnAt: "2026-03-04T11:00:00Z" }, "end-before-start (until)"],
  ])("refuses %j with %s", (value, error) => {
    expect(parsePlan(value)).toEqual({ ok: false, error });
  });
});

describe("parsePlans", () => {
  it("keeps the valid plans beside each bad entry and lists every bad one", () => {
    const list: unknown[] = [walk, null, { ...walk, id: "b", how: {} }, { ...walk, id: "c" }, 42];
    const { plans, invalid } = parsePlans(list);
    expect(plans.map((p: Plan) => p.id)).toEqual(["walk", "c"]);
    expect(invalid).toEqual([
      { index: 1, error: "invalid-plan" },
      { index: 2, id: "b", error: "invalid-plan (how)" },
      { index: 4, error: "invalid-plan" },
    ]);
  });

  it("reports a value that is not a list", () => {
    expect(parsePlans({ plans: [] })).toEqual({ plans: [], invalid: [{ index: -1, error: "not a list of plans" }] });
  });
});
