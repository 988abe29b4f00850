import type { Message } from "@attune/core/logic";
import type {} from "@attune/core";

// One object from two, left out of a bundle that does not use it.
function merge<A, B>(a: A, b: B): { [K in keyof A | keyof B]: K extends keyof B ? B[K] : K extends keyof A ? A[K] : never } {
  return { ...a, ...b } as never;
}

// The idle player (title, summary, picker, return time, progress, Begin) needs only the first
// group; the second comes with a session's code (see "sessionCode" in ./use-guided-practice).
/** English defaults for the idle player. */
export const idleMessages = {
  "guidedPractice.label": "Guided practice",
  "guidedPractice.empty": "There is no practice here yet.",
  "guidedPractice.pickerLabel": "Choose a practice",
  "guidedPractice.minutes": { one: "About 1 minute", other: "About {count} minutes" },
  "guidedPractice.steps": { one: "1 step", other: "{count} steps" },
  "guidedPractice.stageLabel": "Practice step",
  "guidedPractice.idleHint": "Begin whenever you like. You can pause at any moment.",
  "guidedPractice.loadFailed": "The practice could not load just now. Begin tries again whenever you like.",
  "guidedPractice.begin": "Begin",
  "guidedPractice.time": "{minutes}:{seconds}",
  "guidedPractice.progressLabel": "Progress through the practice",
  "guidedPractice.progressText": "Step {step} of {count}, {time} left",
  "guidedPractice.timeLeft": "{time} left",
  "guidedPractice.returnAt": "The time you agreed to come back together: {time}",
} satisfies Record<string, Message>;

/** English defaults for a session: its steps, notes, controls, breath and announcements. */
export const sessionMessages = {
  "guidedPractice.stepOf": "Step {step} of {count}",
  "guidedPractice.ready": "Take your time. Continue when you're ready.",
  "guidedPractice.pause": "Pause",
  "guidedPractice.resume": "Resume",
  "guidedPractice.back": "Back a step",
  "guidedPractice.next": "Skip ahead",
  "guidedPractice.continue": "Continue",
  "guidedPractice.stop": "Stop",
  "guidedPractice.again": "Start again",
  "guidedPractice.waiting": { one: "Starting together in 1 second", other: "Starting together in {count} seconds" },
  "guidedPractice.paused": "Paused. Take all the time you need.",
  "guidedPractice.stopped": "Come back whenever you like.",
  "guidedPractice.restored": "You paused here last time. Resume whenever you like.",
  "guidedPractice.completeTitle": "That's the whole practice.",
  "guidedPractice.completeNote": "Stay with this for as long as you like. Come back whenever you like.",
  "guidedPractice.announceStep": "Step {step} of {count}. {text}",
  "guidedPractice.announcePaused": "Paused.",
  "guidedPractice.announceResumed": "Carrying on.",
  "guidedPractice.announceStopped": "Stopped. Come back whenever you like.",
  "guidedPractice.announceComplete": "That's the whole practice. Come back whenever you like.",
  "guidedPractice.breathLabel": "Breathing",
  "guidedPractice.breathText": "{phase}, {count}",
  "guidedPractice.phase.inhale": "Breathe in",
  "guidedPractice.phase.topUp": "A little more in",
  "guidedPractice.phase.hold": "Hold",
  "guidedPractice.phase.exhale": "Breathe out",
  "guidedPractice.phase.holdOut": "Rest",
} satisfies Record<string, Message>;

/** English defaults for every string GuidedPractice shows, aria labels included. */
export const guidedPracticeMessages = /* @__PURE__ */ merge(idleMessages, sessionMessages);

export type GuidedPracticeMessageKey = keyof typeof guidedPracticeMessages;

// The provider's `messages` prop is typed by key: a misspelt key there is a compile error.
// (The empty type import makes "@attune/core" resolvable for the augmentation in every build.)
declare module "@attune/core" {
  interface AttuneMessages extends Partial<Record<GuidedPracticeMessageKey, Message>> {}
}
