// Names are prefixed because the umbrella @attune/react re-exports every package with
// `export *`: a bare `Root` or `Progress` would collide there.
export {
  Breathing,
  BreathingGuide,
  Root as BreathingRoot,
  Summary as BreathingSummary,
  Guidance as BreathingGuidance,
  Visual as BreathingVisual,
  Phase as BreathingPhase,
  Note as BreathingNote,
  Progress as BreathingProgress,
  Controls as BreathingControls,
  type BreathingGuideProps,
  type BreathingRootProps,
  type BreathingSummaryProps,
  type BreathingGuidanceProps,
  type BreathingVisualProps,
  type BreathingPhaseProps,
  type BreathingNoteProps,
  type BreathingProgressProps,
  type BreathingControlsProps,
  type BreathingVisual as BreathingVisualStyle,
} from "./breathing";
export {
  useBreathingSession,
  type BreathingAnnounce,
  type BreathingComplete,
  type BreathingCycleComplete,
  type BreathingMessages,
  type BreathingPhaseChange,
  type BreathingSessionState,
  type BreathingStatus,
  type UseBreathingSessionProps,
} from "./use-breathing-session";
export {
  PRESET_NAMES,
  RESONANCE_RANGE,
  STEP_SECONDS,
  parseBreathingStart,
  presetPattern,
  resolvePattern,
  resonancePattern,
  roundedBreathsPerMinute,
  sessionCycles,
  type BreathingClock,
  type BreathingPattern,
  type BreathingStart,
  type PhaseKind,
  type PresetName,
  type ResolvedPattern,
} from "./logic";
export type { BreathingPhase as BreathingPatternPhase } from "./engine";
export { breathingMessages, type BreathingMessageKey } from "./messages";
