// How each widget is rendered by the bench (server render and bench pages share these
// props). Each entry reads the widget's public props from its src/index.ts exports.
import { makeRituals } from "./rituals.mjs";

export const SSR_PROPS = {
  NeedsSpectrum: () => ({ defaultValue: 50 }),
  ReassuranceComposer: () => ({}),
  RitualPlanner: () => ({ defaultPlans: makeRituals(20) }),
  BreathingGuide: () => ({ pattern: "box", duration: 600 }),
};
