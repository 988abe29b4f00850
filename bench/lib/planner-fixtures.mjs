// The planner's benchmark data and its pure timing (moved out of the published package):
// 1,000 varied rituals across four zones, the agenda data and the calendar export of them.
// Plain JavaScript (types in planner-fixtures.d.mts) so bench/node.mjs and the planner's tests
// share it; the timing takes the planner's logic module (source in tests, dist in the bench).

const ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata"];
const DAYS = [["MO", "WE", "FR"], ["TU", "SA"], ["SU"], ["TH"]];

/** `count` varied weekly, daily and monthly rituals across four zones, some with skips. */
export function makeBenchmarkRituals(count = 1000) {
  return Array.from({ length: count }, (_, i) => {
    const recurrence =
      i % 5 === 0 ? { freq: "daily" } : i % 7 === 0 ? { freq: "monthly" } : { freq: "weekly", days: DAYS[i % 4] };
    return {
      kind: "ritual",
      id: `bench-${i}`,
      title: `Ritual ${i}: tea, a walk; then talk`,
      timeZone: ZONES[i % ZONES.length],
      startDate: "2026-03-02",
      time: `${String(6 + (i % 16)).padStart(2, "0")}:${String((i * 5) % 60).padStart(2, "0")}`,
      durationMinutes: 15 + (i % 4) * 15,
      recurrence,
      reminderMinutes: i % 2 ? 10 : undefined,
      exceptions: i % 9 === 0 ? { "2026-03-04": { skip: true } } : undefined,
    };
  });
}

/** Times the agenda and the export with `logic` ({ buildAgenda, writeIcs }); a cold run warms Intl and the JIT first. */
export function runPlannerBenchmark({ buildAgenda, writeIcs }, { count = 1000, from = Date.UTC(2026, 2, 20), viewerZone = "Europe/Berlin" } = {}) {
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
