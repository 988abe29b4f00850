/**
 * Agreement: one partner proposes, the other accepts or suggests a change. The widget only
 * tracks the status and calls back; the host carries the plan between partners.
 */
import type { Agreement, Plan } from "./types";

export type AgreementStatus = Agreement["status"] | "draft";

export function agreementStatus(plan: Plan): AgreementStatus {
  return plan.agreement?.status ?? "draft";
}

export function propose<P extends Plan>(plan: P, by: Agreement["by"] = "me"): P {
  return { ...plan, agreement: { status: "proposed", by } };
}

/** Accepting is for the partner who did not make the latest move. */
export function canRespond(plan: Plan, viewer: Agreement["by"] = "me"): boolean {
  const a = plan.agreement;
  return !!a && a.status !== "accepted" && a.by !== viewer;
}

export function accept<P extends Plan>(plan: P, by: Agreement["by"] = "me"): P {
  return { ...plan, agreement: { status: "accepted", by } };
}

/** Suggests a change: the changed fields (if any) and a short note go back to the other partner. */
export function suggestChange<P extends Plan>(plan: P, by: Agreement["by"], note?: string, changes?: Partial<P>): P {
  const agreement: Agreement = { status: "change-suggested", by };
  if (note && note.trim()) agreement.note = note.trim();
  return { ...plan, ...changes, agreement };
}

const flip = (who: "me" | "partner"): "me" | "partner" => (who === "me" ? "partner" : "me");

/**
 * The same plan seen from the other partner's side ("me" and "partner" swap in the
 * agreement and in who starts). Hosts call it when they carry a plan across.
 */
export function forPartner<P extends Plan>(plan: P): P {
  const next = { ...plan };
  if (plan.agreement) next.agreement = { ...plan.agreement, by: flip(plan.agreement.by) };
  if (plan.starter && plan.starter !== "either") next.starter = flip(plan.starter);
  return next;
}
