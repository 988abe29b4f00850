// Helpers for the planner and breathing benchmarks. The 1,000 rituals themselves come from
// makeBenchmarkRituals (bench/lib/planner-fixtures.mjs), so the bench and the
// planner's tests time the same data.

/** A small seeded PRNG (mulberry32) so every run benchmarks the same data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same rituals as `ics` package events (its createEvents), for the peer comparison. */
export function toIcsPackageEvents(plans) {
  return plans.map((p) => {
    const [y, m, d] = p.startDate.split("-").map(Number);
    const [h, min] = p.time.split(":").map(Number);
    const event = {
      uid: `${p.id}@bench`,
      title: p.title,
      description: [p.how && `How: ${p.how}`, p.where && `Where: ${p.where}`].filter(Boolean).join("\n"),
      start: [y, m, d, h, min],
      startInputType: "local",
      startOutputType: "local",
      duration: { minutes: p.durationMinutes },
    };
    if (p.recurrence) {
      const r = p.recurrence;
      let rule = `FREQ=${r.freq.toUpperCase()}`;
      if (r.interval) rule += `;INTERVAL=${r.interval}`;
      if (r.days) rule += `;BYDAY=${r.days.join(",")}`;
      if (p.until) rule += `;UNTIL=${p.until.replaceAll("-", "")}T235959Z`;
      event.recurrenceRule = rule;
    }
    if (p.reminderMinutes) event.alarms = [{ action: "display", description: p.title, trigger: { minutes: p.reminderMinutes, before: true } }];
    return event;
  });
}
