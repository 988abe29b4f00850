export { RitualPlanner, Planner, type RitualPlannerProps } from "./ritual-planner";
export { PlannerRoot, type PlannerRootProps } from "./planner-root";
export { NextRitual, type NextRitualProps } from "./next-ritual";
export { Agenda, AgendaItem, type AgendaProps, type AgendaItemProps } from "./agenda-view";
export { WeekView, type WeekViewProps } from "./week-view";
export { PlanDialog, preloadPlanDialog, type PlanDialogProps } from "./plan-dialog";
export { ExportButton, type ExportButtonProps } from "./export-button";
export { downloadIcs } from "./download";
export {
  preloadCalendarExport,
  useRitualPlanner,
  type PlannerEditing,
  type PlannerSaveKind,
  type RitualPlannerState,
  type RitualPlannerView,
  type UseRitualPlannerProps,
} from "./use-ritual-planner";
export { ritualPlannerMessages, type RitualPlannerMessageKey } from "./messages";
export * from "./logic";
