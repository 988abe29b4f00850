// React-free: the prompt sets, validators for host sets and partner JSON, and text building.
// Imports on a server without "use client". The package's "/logic" entry: the first load's part
// ("./model") and sharing ("./share", which the widget loads with an open set), re-exported by
// name so the helpers they share stay internal.
export {
  BUILT_IN_SETS,
  FIRE_OPTIONS,
  LEAN_MAX,
  LEAN_MIN,
  MAX_LINE,
  MAX_STEPS,
  MAX_TEXT,
  REFLECTION_KINDS,
  checkAnswer,
  clampLean,
  emptyDraft,
  isAnswered,
  leanZone,
  parseReflectionDraft,
  parseReflectionSet,
  parseReflectionSets,
  type Parsed,
  type ReflectionAnswer,
  type ReflectionAnswerValue,
  type ReflectionBuiltInId,
  type ReflectionDraft,
  type ReflectionKind,
  type ReflectionOption,
  type ReflectionSet,
  type ReflectionShare,
  type ReflectionSharedAnswer,
  type ReflectionStep,
} from "./model";
export { buildShare, parseReflectionShare, shareToText } from "./share";
