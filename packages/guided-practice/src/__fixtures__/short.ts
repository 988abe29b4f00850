import type { Practice } from "../practice";

/** A short practice for tests: timed steps, a breathing step and a "when you're ready" one. */
export const short: Practice = {
  version: 1,
  id: "short",
  title: "Short one",
  steps: [
    { text: "Arrive here.", seconds: 10 },
    { text: "Breathe with the circle.", seconds: 16, breathing: "box" },
    { text: "Notice one need.", seconds: 10 },
    { text: "Carry on when you like." },
  ],
};
