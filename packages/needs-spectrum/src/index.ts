// Names are prefixed because the umbrella @attune/react re-exports every package with
// `export *`: a bare `Root` or `Range` (core exports a `Range` type) would collide there.
export {
  Root as NeedsSpectrumRoot,
  Track as NeedsSpectrumTrack,
  Range as NeedsSpectrumRange,
  Thumb as NeedsSpectrumThumb,
  PartnerMarker as NeedsSpectrumPartnerMarker,
  EndLabels as NeedsSpectrumEndLabels,
  Reflection as NeedsSpectrumReflection,
  Overlap as NeedsSpectrumOverlap,
  OverlapCaption as NeedsSpectrumOverlapCaption,
  NeedsSpectrum,
  type NeedsSpectrumRootProps,
  type TrackProps as NeedsSpectrumTrackProps,
  type ThumbProps as NeedsSpectrumThumbProps,
  type PartnerMarkerProps as NeedsSpectrumPartnerMarkerProps,
  type EndLabelsProps as NeedsSpectrumEndLabelsProps,
  type ReflectionProps as NeedsSpectrumReflectionProps,
  type OverlapProps as NeedsSpectrumOverlapProps,
  type OverlapCaptionProps as NeedsSpectrumOverlapCaptionProps,
  type RangeProps as NeedsSpectrumRangeProps,
  type SpectrumVariant as NeedsSpectrumVariant,
  type NeedsSpectrumProps,
  type NeedsSpectrumPartner,
  type NeedsSpectrumMessages,
} from "./needs-spectrum";
export {
  useNeedsSpectrum,
  type NeedsSpectrumState,
  type SpectrumInput as NeedsSpectrumInput,
  type UseNeedsSpectrumProps,
} from "./use-needs-spectrum";
export { NeedsProfile, type NeedsProfileProps, type NeedsTopic } from "./needs-profile";
export { NeedsHistory, type NeedsHistoryProps } from "./needs-history";
// The math lives in "@attune/needs-spectrum/logic"; only the types a host needs, and the
// validator for the JSON partners exchange, are here.
export { parseSpectrumPosition } from "./logic";
export type {
  HistoryEntry as NeedsHistoryEntry,
  Zone as NeedsSpectrumZone,
  RevealState as NeedsSpectrumRevealState,
  SpectrumPosition,
} from "./logic";
export { needsSpectrumMessages, type NeedsSpectrumMessageKey } from "./messages";
