import type { Message } from "@attune/core/logic";
import type {} from "@attune/core";

/** English defaults for every string GuidedPractice shows, aria labels included. */
export const guidedPracticeMessages = {
  "guidedPractice.label": "Guided practice",
  "guidedPractice.empty": "There is no practice here yet.",
  "guidedPractice.pickerLabel": "Choose a practice",
  "guidedPractice.minutes": { one: "About 1 minute", other: "About {count} minutes" },
  "guidedPractice.steps": { one: "1 step", other: "{count} steps" },
  "guidedPractice.stepOf": "Step {step} of {count}",
  "guidedPractice.stageLabel": "Practice step",
  "guidedPractice.ready": "Take your time. Continue when you're ready.",
  "guidedPractice.idleHint": "Begin whenever you like. You can pause at any moment.",
  "guidedPractice.begin": "Begin",
  "guidedPractice.pause": "Pause",
  "guidedPractice.resume": "Resume",
  "guidedPractice.back": "Back a step",
  "guidedPractice.next": "Skip ahead",
  "guidedPractice.continue": "Continue",
  "guidedPractice.stop": "Stop",
  "guidedPractice.again": "Start again",
  "guidedPractice.progressLabel": "Progress through the practice",
  "guidedPractice.progressText": "Step {step} of {count}, {time} left",
  "guidedPractice.timeLeft": "{time} left",
  "guidedPractice.time": "{minutes}:{seconds}",
  "guidedPractice.waiting": { one: "Starting together in 1 second", other: "Starting together in {count} seconds" },
  "guidedPractice.paused": "Paused. Take all the time you need.",
  "guidedPractice.stopped": "Come back whenever you like.",
  "guidedPractice.restored": "You paused here last time. Resume whenever you like.",
  "guidedPractice.completeTitle": "That's the whole practice.",
  "guidedPractice.completeNote": "Stay with this for as long as you like. Come back whenever you like.",
  "guidedPractice.returnAt": "The time you agreed to come back together: {time}",
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

export type GuidedPracticeMessageKey = keyof typeof guidedPracticeMessages;

// The provider's `messages` prop is typed by key: a misspelt key there is a compile error.
// (The empty type import makes "@attune/core" resolvable for the augmentation in every build.)
declare module "@attune/core" {
  interface AttuneMessages extends Partial<Record<GuidedPracticeMessageKey, Message>> {}
}
