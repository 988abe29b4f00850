// Component entry. Parts are exported two ways: as the `BodyCheckInParts` namespace object
// and with prefixed names (the umbrella re-exports every package with `export *`).
import { BodyMap, Change, Details, Header, List, Needs, NextSteps, PlaceDetails, Root, Sentence, Slider, ViewToggle } from "./body-check-in";

export {
  Root as BodyCheckInRoot,
  Header as BodyCheckInHeader,
  BodyMap as BodyCheckInMap,
  List as BodyCheckInList,
  ViewToggle as BodyCheckInViewToggle,
  Details as BodyCheckInDetails,
  PlaceDetails as BodyCheckInPlaceDetails,
  Slider as BodyCheckInSlider,
  Needs as BodyCheckInNeeds,
  Sentence as BodyCheckInSentence,
  NextSteps as BodyCheckInNextSteps,
  Change as BodyCheckInChange,
  BodyCheckIn,
  preloadBodyCheckInDetails,
  type BodyCheckInProps,
  type BodyCheckInRootProps,
  type BodyCheckInHeaderProps,
  type BodyCheckInMapProps,
  type BodyCheckInListProps,
  type BodyCheckInViewToggleProps,
  type BodyCheckInDetailsProps,
  type BodyCheckInPlaceDetailsProps,
  type BodyCheckInSliderProps,
  type BodyCheckInNeedsProps,
  type BodyCheckInSentenceProps,
  type BodyCheckInNextStepsProps,
  type BodyCheckInChangeProps,
} from "./body-check-in";

/** The parts, for `<BodyCheckInParts.Root>` style composition. */
export const BodyCheckInParts = {
  Root,
  Header,
  Map: BodyMap,
  List,
  ViewToggle,
  Details,
  PlaceDetails,
  Slider,
  Needs,
  Sentence,
  NextSteps,
  Change,
} as const;

export {
  useBodyCheckIn,
  type UseBodyCheckInProps,
  type BodyCheckInState,
  type BodyCheckInShare,
  type BodyCheckInView,
  type BodyCheckInMessages,
} from "./use-body-check-in";
export type { BodyCheckInEntry, BodyPlaceMark, BodyPlace, BodyNeed, Sensation, CheckInChange } from "./logic";
export { bodyCheckInMessages, type BodyCheckInMessageKey } from "./messages";
