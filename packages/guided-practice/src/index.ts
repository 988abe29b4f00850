// Parts are prefixed because the umbrella @attune/react re-exports every package with `export *`.
export {
  GuidedPractice,
  PracticePlayer,
  Root as PracticePlayerRoot,
  Title as PracticePlayerTitle,
  Summary as PracticePlayerSummary,
  Picker as PracticePlayerPicker,
  ReturnTime as PracticePlayerReturnTime,
  Stage as PracticePlayerStage,
  Breath as PracticePlayerBreath,
  Progress as PracticePlayerProgress,
  Controls as PracticePlayerControls,
  Audio as PracticePlayerAudio,
  usePracticePlayer,
  type GuidedPracticeProps,
  type PracticePlayerContextValue,
  type PracticePlayerRootProps,
  type PracticePlayerTitleProps,
  type PracticePlayerSummaryProps,
  type PracticePlayerPickerProps,
  type PracticePlayerReturnTimeProps,
  type PracticePlayerStageProps,
  type PracticePlayerBreathProps,
  type PracticePlayerProgressProps,
  type PracticePlayerControlsProps,
  type PracticePlayerAudioProps,
} from "./guided-practice";
export {
  useGuidedPractice,
  preloadGuidedPracticeSession,
  type GuidedPracticeAnnounce,
  type GuidedPracticeMessages,
  type GuidedPracticeState,
  type GuidedPracticeStepChange,
  type UseGuidedPracticeOptions,
} from "./use-guided-practice";
// The validators and the session clock live in "@attune/guided-practice/logic"; only the types a host needs are here.
export type { Practice, PracticeStart, PracticeStatus, PracticeStep, ZonedInstant as GuidedPracticeReturnAt } from "./practice";
export { guidedPracticeMessages, type GuidedPracticeMessageKey } from "./messages";
