// How each widget is rendered by the bench's server-render measurement: realistic props
// from each widget's public API (packages/<name>/src/index.ts). `planner` holds the
// planner's benchmark fixtures (bench/lib/planner-fixtures.mjs).

export const SSR_PROPS = {
  NeedsSpectrum: () => ({ defaultValue: 60, label: "Evenings", partner: { value: 30, label: "Sam" } }),
  ReassuranceComposer: () => ({ onSend: () => {}, timeZone: "Europe/Berlin" }),
  RitualPlanner: (planner) => ({ defaultValue: planner.makeBenchmarkRituals(20), timeZone: "Europe/Berlin", now: Date.UTC(2026, 2, 20, 8) }),
  BreathingGuide: () => ({ pattern: "box", duration: 600 }),
};
