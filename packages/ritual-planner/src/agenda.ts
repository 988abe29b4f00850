/**
 * Everything the views need, without React: the occurrences of many plans in a window,
 * grouped by local day in the viewer's zone. Fast enough for 1,000 rituals (bench/ measures it).
 */
import { dayKey } from "./dates";
import { localDayNumber } from "./zone-offsets";
import { expandValid, type Occurrence } from "./recurrence";
import { reconnectionInterval } from "./time-apart";
import { planProblem } from "./plan-json";
import type { LocalDate, Plan, PlanError } from "./types";

export interface AgendaItem extends Occurrence {
  plan: Plan;
}

export interface AgendaDay {
  /** Local date in the viewer's zone. */
  date: LocalDate;
  items: AgendaItem[];
}

export interface AgendaResult {
  days: AgendaDay[];
  /** Plans that could not be shown, with the reason. */
  invalid: Array<{ id: string; error: PlanError }>;
}

/** Occurrences of every plan starting in [from, to), sorted, at most `limit` (each ritual stops at `limit` too). */
export function collectOccurrences(plans: readonly Plan[], from: number, to: number, limit = 200): { items: AgendaItem[]; invalid: AgendaResult["invalid"] } {
  const items: AgendaItem[] = [];
  const invalid: AgendaResult["invalid"] = [];
  for (const plan of plans) {
    if (!plan || typeof plan !== "object") continue;
    const problem = planProblem(plan);
    if (problem) {
      invalid.push({ id: String(plan.id), error: problem });
      continue;
    }
    if (plan.kind === "apart") {
      const { start, end } = reconnectionInterval(plan);
      if (start >= from && start < to) {
        items.push({ plan, planId: plan.id, originalDate: plan.returnAt.slice(0, 10), start, end, adjustment: "none", moved: false });
      }
      continue;
    }
    const r = expandValid(plan, { from, to, limit });
    if (!r.ok) {
      invalid.push({ id: String(plan.id), error: r.error });
      continue;
    }
    // The occurrences are fresh objects: adding the plan in place spares a copy of each.
    for (const o of r.value) {
      (o as AgendaItem).plan = plan;
      items.push(o as AgendaItem);
    }
  }
  items.sort((a, b) => a.start - b.start || (a.planId < b.planId ? -1 : 1));
  if (items.length > limit) items.length = limit;
  return { items, invalid };
}

/** The agenda: occurrences grouped by the viewer's local day. */
export function buildAgenda(plans: readonly Plan[], options: { from: number; to: number; viewerZone: string; limit?: number }): AgendaResult {
  const { items, invalid } = collectOccurrences(plans, options.from, options.to, options.limit);
  const days: AgendaDay[] = [];
  for (const item of items) {
    const date = dayKey(localDayNumber(item.start, options.viewerZone));
    const last = days.at(-1);
    if (last?.date === date) last.items.push(item);
    else days.push({ date, items: [item] });
  }
  return { days, invalid };
}

/** One entry of the agenda: a plan and its occurrences in the window (a recurring ritual's next ones, else one). */
export interface AgendaEntry {
  plan: Plan;
  planId: string;
  /** Sorted; the first is the one the entry stands for. */
  items: AgendaItem[];
}

export interface AgendaEntryDay {
  date: LocalDate;
  entries: AgendaEntry[];
}

/**
 * The agenda with each recurring ritual shown once, on the day of its next occurrence, holding
 * its later occurrences in the window (so two weeks of a daily check-in is one entry, not 14).
 * A moved occurrence stays on its own, as it is not the usual time.
 */
export function groupAgenda(days: readonly AgendaDay[]): AgendaEntryDay[] {
  const out: AgendaEntryDay[] = [];
  const groups = new Map<string, AgendaEntry>();
  for (const day of days) {
    const entries: AgendaEntry[] = [];
    for (const item of day.items) {
      const recurring = item.plan.kind === "ritual" && !!item.plan.recurrence && !item.moved;
      const group = recurring ? groups.get(item.planId) : undefined;
      if (group) {
        group.items.push(item);
        continue;
      }
      const entry: AgendaEntry = { plan: item.plan, planId: item.planId, items: [item] };
      if (recurring) groups.set(item.planId, entry);
      entries.push(entry);
    }
    if (entries.length) out.push({ date: day.date, entries });
  }
  return out;
}
