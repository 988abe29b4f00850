// Component entry. Parts are exported two ways: as the `LoopMapParts` namespace object and
// with prefixed names (the umbrella re-exports every package with `export *`).
import { Changes, Cycle, Field, Half, Header, NewStep, Picture, Root, Steps } from "./loop-map";

export {
  Root as LoopMapRoot,
  Header as LoopMapHeader,
  Half as LoopMapHalf,
  Field as LoopMapField,
  Cycle as LoopMapCycle,
  Picture as LoopMapPicture,
  Steps as LoopMapSteps,
  NewStep as LoopMapNewStep,
  Changes as LoopMapChanges,
  LoopMap,
  type LoopMapRootProps,
  type LoopMapHeaderProps,
  type LoopMapHalfProps,
  type LoopMapFieldProps,
  type LoopMapCycleProps,
  type LoopMapPictureProps,
  type LoopMapStepsProps,
  type LoopMapNewStepProps,
  type LoopMapChangesProps,
  type LoopMapProps,
} from "./loop-map";

/** The parts, for `<LoopMapParts.Root>` style composition. */
export const LoopMapParts = { Root, Header, Half, Field, Cycle, Picture, Steps, NewStep, Changes } as const;

export { useLoopMap, type UseLoopMapProps, type LoopMapState, type LoopNewStep, type LoopStepTarget, type LoopMapMessages } from "./use-loop-map";
export type { LoopAnswer, LoopEntry, LoopField, LoopHalf } from "./logic";
export { loopMapMessages, type LoopMapMessageKey } from "./messages";
