/**
 * The planner's speed goal, as a function a benchmark script (or a test) can call: with
 * 1,000 rituals, two weeks of agenda and the whole calendar export each well under 50 ms.
 */
import { buildAgenda } from "./agenda";
import { writeIcs } from "./ics";
import type { RitualPlan, Weekday } from "./types";

const ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata"];
const DAYS: Weekday[][] = [["MO", "WE", "FR"], ["TU", "SA"], ["SU"], ["TH"]];

/** `count` varied weekly, daily and monthly rituals across four zones, some with skips. */
export function makeBenchmarkRituals(count = 1000): RitualPlan[] {
  return Array.from({ length: count }, (_, i): RitualPlan => {
    const recurrence =
      i % 5 === 0 ? ({ freq: "daily" } as const) : i % 7 === 0 ? ({ freq: "monthly" } as const) : { freq: "weekly" as const, days: DAYS[i % 4]! };
    return {
      kind: "ritual",
      id: `bench-${i}`,
      title: `Ritual ${i}: tea, a walk; then talk`,
      timeZone: ZONES[i % ZONES.length]!,
      startDate: "2026-03-02",
      time: `${String(6 + (i % 16)).padStart(2, "0")}:${String((i * 5) % 60).padStart(2, "0")}`,
      durationMinutes: 15 + (i % 4) * 15,
      recurrence,
      reminderMinutes: i % 2 ? 10 : undefined,
      exceptions: i % 9 === 0 ? { "2026-03-04": { skip: true } } : undefined,
    };
  });
}

export interface BenchmarkResult {
  rituals: number;
  /** Milliseconds to build the agenda the widget shows: the next 50 occurrences within two weeks. */
  agendaMs: number;
  /** Milliseconds to expand every occurrence of the two weeks (the week view and hosts' own lists). */
  expandAllMs: number;
  /** Milliseconds to write the whole calendar. */
  icsMs: number;
  occurrences: number;
  icsBytes: number;
}

/** Times the agenda and the export; the first (cold) run warms Intl and the JIT first. */
export function runPlannerBenchmark({ count = 1000, from = Date.UTC(2026, 2, 20), viewerZone = "Europe/Berlin" } = {}): BenchmarkResult {
  const plans = makeBenchmarkRituals(count);
  const to = from + 14 * 864e5;
  buildAgenda(plans, { from, to, viewerZone });
  writeIcs(plans, { now: from });
  let t = performance.now();
  buildAgenda(plans, { from, to, viewerZone, limit: 50 });
  const agendaMs = performance.now() - t;
  t = performance.now();
  const agenda = buildAgenda(plans, { from, to, viewerZone, limit: Infinity });
  const expandAllMs = performance.now() - t;
  t = performance.now();
  const { ics } = writeIcs(plans, { now: from });
  const icsMs = performance.now() - t;
  return {
    rituals: count,
    agendaMs,
    expandAllMs,
    icsMs,
    occurrences: agenda.days.reduce((n, d) => n + d.items.length, 0),
    icsBytes: ics.length,
  };
}
