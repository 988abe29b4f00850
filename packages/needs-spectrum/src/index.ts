export {
  Root,
  Track,
  Range,
  Thumb,
  PartnerMarker,
  EndLabels,
  Reflection,
  Overlap,
  NeedsSpectrum,
  partnerDescription,
  zoneText,
  type NeedsSpectrumRootProps,
  type TrackProps,
  type ThumbProps,
  type PartnerMarkerProps,
  type NeedsSpectrumProps,
  type NeedsSpectrumPartner,
  type NeedsSpectrumMessages,
} from "./needs-spectrum";
export { NeedsProfile, type NeedsProfileProps, type NeedsTopic } from "./needs-profile";
export { NeedsHistory, type NeedsHistoryProps } from "./needs-history";
export * from "./logic";
export { needsSpectrumMessages, type NeedsSpectrumMessageKey } from "./messages";
