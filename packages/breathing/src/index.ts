export {
  BreathingGuide,
  type BreathingAnnounce,
  type BreathingComplete,
  type BreathingCycleComplete,
  type BreathingGuideProps,
  type BreathingPhaseChange,
  type BreathingVisual,
} from "./breathing";
export {
  PRESET_NAMES,
  RESONANCE_RANGE,
  STEP_SECONDS,
  presetPattern,
  resolvePattern,
  resonancePattern,
  roundedBreathsPerMinute,
  sessionCycles,
  type BreathingClock,
  type BreathingPattern,
  type BreathingPhase,
  type PhaseKind,
  type PresetName,
  type ResolvedPattern,
} from "./engine";
export { breathingMessages, type BreathingMessageKey } from "./messages";
