import type * as React from "react";
// Component entry. Parts are exported two ways: as the `VillageAuditParts` namespace object
// and with prefixed names (the umbrella re-exports every package with `export *`).
import { AddNeed, Changes, Header, Needs, Picture, Plan, Root, ShareButton, Sources, Summary, Table } from "./village-audit";

export {
  Root as VillageAuditRoot,
  Header as VillageAuditHeader,
  Needs as VillageAuditNeeds,
  AddNeed as VillageAuditAddNeed,
  Sources as VillageAuditSources,
  Picture as VillageAuditPicture,
  Table as VillageAuditTable,
  Summary as VillageAuditSummary,
  Plan as VillageAuditPlan,
  Changes as VillageAuditChanges,
  ShareButton as VillageAuditShareButton,
  VillageAudit,
  preloadVillageAuditParts,
  type VillageAuditRootProps,
  type VillageAuditNeedsProps,
  type VillageAuditSourcesProps,
  type VillageAuditPictureProps,
  type VillageAuditProps,
} from "./village-audit";
export type VillageAuditHeaderProps = React.HTMLAttributes<HTMLDivElement>;
export type VillageAuditAddNeedProps = React.HTMLAttributes<HTMLDivElement>;
export type VillageAuditTableProps = React.TableHTMLAttributes<HTMLTableElement>;
export type VillageAuditSummaryProps = React.HTMLAttributes<HTMLDivElement>;
export type VillageAuditPlanProps = React.FormHTMLAttributes<HTMLFormElement>;
export type VillageAuditChangesProps = React.HTMLAttributes<HTMLDivElement>;
export type VillageAuditShareButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement>;

/** The parts, for `<VillageAuditParts.Root>` style composition. */
export const VillageAuditParts = { Root, Header, Needs, AddNeed, Sources, Picture, Table, Summary, Plan, Changes, ShareButton } as const;

export { useVillageAudit, type UseVillageAuditProps, type VillageAuditState, type VillagePlanEvent, type VillageAuditMessages } from "./use-village-audit";
export type { VillageAuditData, VillageNeed, VillagePerson, VillageSharePlan, VillageSourceKind, NeedSuggestion } from "./logic";
export { villageAuditMessages, type VillageAuditMessageKey } from "./messages";
