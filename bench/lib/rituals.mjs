// 1,000 ritual plans for the planner benchmark, made deterministically (same plans every
// run): a mix of daily, weekly (one to three days), fortnightly, monthly and one-off rituals
// in five time zones (two with daylight saving on opposite hemispheres), some with a skipped
// or moved occurrence, reminders, and titles in English, Spanish and Arabic.

const ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo"];
const TITLES = ["Evening tea together", "Paseo de la tarde", "نزهة المساء معًا", "Ten-minute how-was-your-day talk", "Long hug ☕ before bed"];
const HOW = ["tea", "walk", "talk", "hug", "Cook something new"];
const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

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

const pad = (n) => String(n).padStart(2, "0");

export function makeRituals(count = 1000, seed = 8) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const plans = [];
  for (let i = 0; i < count; i++) {
    const start = new Date(Date.UTC(2026, 0, 1 + Math.floor(rand() * 90)));
    const startDate = start.toISOString().slice(0, 10);
    const kind = i % 5;
    let recurrence;
    if (kind === 0) recurrence = { freq: "daily" };
    else if (kind === 1) recurrence = { freq: "weekly", days: [...new Set([pick(DAYS), pick(DAYS), pick(DAYS)])].slice(0, 1 + (i % 3)) };
    else if (kind === 2) recurrence = { freq: "weekly", interval: 2, days: [pick(DAYS)] };
    else if (kind === 3) recurrence = { freq: "monthly" };
    const plan = {
      kind: "ritual",
      id: `bench-ritual-${i}`,
      title: `${pick(TITLES)} #${i}`,
      how: pick(HOW),
      where: i % 4 === 0 ? "Kitchen table" : undefined,
      starter: pick(["me", "partner", "either"]),
      timeZone: ZONES[i % ZONES.length],
      startDate,
      time: `${pad(6 + Math.floor(rand() * 16))}:${pick(["00", "15", "30", "45"])}`,
      durationMinutes: pick([10, 15, 20, 30, 45, 60]),
      reminderMinutes: i % 3 === 0 ? 10 : undefined,
      ending: i % 6 === 0 ? "A kiss and back to our evenings" : undefined,
      agreement: { status: "accepted", by: "partner" },
    };
    if (recurrence) {
      plan.recurrence = recurrence;
      if (i % 7 === 0) plan.until = "2026-12-31";
      if (i % 10 === 1) {
        const d = new Date(start.getTime() + 7 * 86400000).toISOString().slice(0, 10);
        plan.exceptions = { [d]: { skip: true } };
      }
    }
    plans.push(plan);
  }
  return plans;
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
