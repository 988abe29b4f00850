export { ReassuranceComposer, type ReassuranceComposerProps } from "./reassurance-composer";
export { ReassuranceCard, type ReassuranceCardProps } from "./reassurance-card";
export {
  BLANK_CLOSENESS,
  BLANK_SPACE,
  buildCard,
  cardHints,
  clearAllDrafts,
  fillTemplate,
  normalizeCard,
  resolveReturnTime,
  templateSlots,
  type CardKind,
  type CardStyle,
  type ComposerDraft,
  type ComposerTemplate,
  type HintId,
  type ReassuranceCardData,
  type SlotName,
  type TemplateGroup,
} from "./compose";
export { reassuranceComposerMessages, type ReassuranceComposerMessageKey } from "./messages";
