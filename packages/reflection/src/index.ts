// Component entry. Parts are exported two ways: as the `ReflectionParts` namespace object
// and with prefixed names (the umbrella re-exports every package with `export *`).
import { Clear, Header, Preview, Progress, Root, Sets, ShareSwitch, Step, Summary } from "./reflection";

export {
  Root as ReflectionRoot,
  Header as ReflectionHeader,
  Sets as ReflectionSets,
  Progress as ReflectionProgress,
  Step as ReflectionStep,
  ShareSwitch as ReflectionShareSwitch,
  Summary as ReflectionSummary,
  Preview as ReflectionPreview,
  Clear as ReflectionClear,
  Reflection,
  preloadReflectionSteps,
  type ReflectionRootProps,
  type ReflectionHeaderProps,
  type ReflectionSetsProps,
  type ReflectionProgressProps,
  type ReflectionStepProps,
  type ReflectionShareSwitchProps,
  type ReflectionSummaryProps,
  type ReflectionPreviewProps,
  type ReflectionClearProps,
  type ReflectionProps,
} from "./reflection";

/** The parts, for `<ReflectionParts.Root>` style composition. */
export const ReflectionParts = { Root, Header, Sets, Progress, Step, ShareSwitch, Summary, Preview, Clear } as const;

export { useReflection, type UseReflectionProps, type ReflectionState, type ReflectionMessages } from "./use-reflection";
export type {
  ReflectionAnswer,
  ReflectionAnswerValue,
  ReflectionBuiltInId,
  ReflectionDraft,
  ReflectionKind,
  ReflectionOption,
  ReflectionSet,
  ReflectionShare,
  ReflectionSharedAnswer,
  ReflectionStep as ReflectionStepData,
} from "./model";
export { reflectionMessages, type ReflectionMessageKey } from "./messages";
