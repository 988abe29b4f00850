import type { Message } from "@attune/core/logic";
import type {} from "@attune/core";

/** English defaults for every string Breathing shows, aria labels included. */
export const breathingMessages = {
  "breathing.label": "Breathing guide",
  "breathing.phase.inhale": "Breathe in",
  "breathing.phase.topUp": "A little more in",
  "breathing.phase.hold": "Hold gently",
  "breathing.phase.exhale": "Breathe out",
  "breathing.phase.holdOut": "Hold, lungs empty",
  "breathing.pattern.box": "Box breathing",
  "breathing.pattern.4-7-8": "4-7-8 breathing",
  "breathing.pattern.resonance": "Resonance breathing",
  "breathing.pattern.cyclic-sigh": "Cyclic sighing",
  "breathing.pattern.custom": "Your own pattern",
  "breathing.rate": { one: "{count} breath a minute", other: "{count} breaths a minute" },
  "breathing.lengthMinutes": { one: "about {count} minute", other: "about {count} minutes" },
  "breathing.lengthSeconds": { one: "{count} second", other: "{count} seconds" },
  "breathing.howTo.cyclic-sigh": "Breathe in through your nose, then take a short second breath in on top of it. Let it all go in a long, slow breath out through your mouth.",
  "breathing.pacing.cyclic-sigh": "Attune paces it at 3 seconds in, 1 second more, 8 seconds out. If another pace suits you better, yours is the right one.",
  "breathing.caution.cyclic-sigh": "If you feel light-headed, stop and breathe normally for a while.",
  "breathing.idleHint": "Start when you are ready, then follow the shape, the words and the countdown.",
  "breathing.start": "Start",
  "breathing.pause": "Pause",
  "breathing.resume": "Resume",
  "breathing.stop": "Stop",
  "breathing.again": "Breathe again",
  "breathing.paused": "Paused. Resume whenever you like.",
  "breathing.waiting": { one: "Starting together in {count} second", other: "Starting together in {count} seconds" },
  "breathing.countdown": { one: "{count} second left in this phase", other: "{count} seconds left in this phase" },
  "breathing.progressLabel": "Session progress",
  "breathing.progressText": "Breath {cycle} of {cycles}, {time} left",
  "breathing.announcePhase": { one: "{phase}, {count} second", other: "{phase}, {count} seconds" },
  "breathing.announceCycle": "Breath {cycle} of {cycles}. {phase}",
  "breathing.announcePaused": "Paused",
  "breathing.announceResumed": "Resumed",
  "breathing.announceStopped": "Stopped",
  "breathing.completeTitle": "Notice how your body feels now.",
  "breathing.completeSummary": { one: "{time} of slow breathing, {count} breath.", other: "{time} of slow breathing, {count} breaths." },
  "breathing.time": "{minutes}:{seconds}",
} satisfies Record<string, Message>;

export type BreathingMessageKey = keyof typeof breathingMessages;

// The provider's `messages` prop is typed by key: a misspelt key there is a compile error.
// (The empty type import makes "@attune/core" resolvable for the augmentation in every build.)
declare module "@attune/core" {
  interface AttuneMessages extends Partial<Record<BreathingMessageKey, Message>> {}
}
