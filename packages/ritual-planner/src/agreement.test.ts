import { describe, expect, it } from "vitest";
import { accept, agreementStatus, canRespond, forPartner, propose, suggestChange } from "./agreement";
import type { RitualPlan } from "./types";

const plan: RitualPlan = { kind: "ritual", id: "a", title: "Tea", timeZone: "UTC", startDate: "2026-01-01", time: "08:00", durationMinutes: 15 };

describe("agreement", () => {
  it("goes draft → proposed → change suggested → accepted", () => {
    expect(agreementStatus(plan)).toBe("draft");
    const proposed = propose(plan, "me");
    expect(agreementStatus(proposed)).toBe("proposed");
    expect(canRespond(proposed, "me")).toBe(false);
    expect(canRespond(proposed, "partner")).toBe(true);
    const changed = suggestChange(proposed, "partner", "  Could we make it 9?  ", { time: "09:00" });
    expect(changed.agreement).toEqual({ status: "change-suggested", by: "partner", note: "Could we make it 9?" });
    expect(changed.time).toBe("09:00");
    expect(canRespond(changed, "me")).toBe(true);
    const accepted = accept(changed, "me");
    expect(agreementStatus(accepted)).toBe("accepted");
    expect(canRespond(accepted, "partner")).toBe(false);
  });
  it("does not mutate the plan it is given", () => {
    propose(plan);
    expect(plan.agreement).toBeUndefined();
  });
  it("drops an empty note", () => {
    expect(suggestChange(plan, "me", "   ").agreement).toEqual({ status: "change-suggested", by: "me" });
  });
});

describe("forPartner", () => {
  it("swaps me and partner so each side reads the plan from its own view", () => {
    const mine = { ...propose(plan, "me"), starter: "me" as const };
    const theirs = forPartner(mine);
    expect(theirs.agreement).toEqual({ status: "proposed", by: "partner" });
    expect(theirs.starter).toBe("partner");
    expect(canRespond(theirs, "me")).toBe(true);
    expect(forPartner(theirs)).toEqual(mine);
  });
});
