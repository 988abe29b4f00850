export { RitualPlanner, downloadIcs, type RitualPlannerProps } from "./ritual-planner";
export { ritualPlannerMessages, type RitualPlannerMessageKey } from "./messages";
export { accept, agreementStatus, canRespond, forPartner, propose, suggestChange, type AgreementStatus } from "./agreement";
export { buildAgenda, collectOccurrences, type AgendaDay, type AgendaItem, type AgendaResult } from "./agenda";
export { RITUAL_LIBRARY, draftFromPlan, emptyDraft, planFromDraft, type Draft, type DraftError } from "./draft";
export {
  expandRitual,
  isRuleDate,
  moveOccurrence,
  restoreOccurrence,
  setPaused,
  skipOccurrence,
  validateRitual,
  type ExpandOptions,
  type Occurrence,
} from "./recurrence";
export {
  LONG_BREAK_MINUTES,
  SHORT_BREAK_MINUTES,
  breakGuidance,
  planFromReturnTime,
  planTimeApart,
  reconnectionInterval,
  timeApartSummary,
  type BreakGuidance,
  type TimeApartInput,
} from "./time-apart";
export { escapeText, foldLine, icsFileName, writeIcs, type IcsOptions, type IcsResult } from "./ics";
export { makeBenchmarkRituals, runPlannerBenchmark, type BenchmarkResult } from "./benchmark";
export type {
  Agreement,
  LocalDate,
  LocalTime,
  OccurrenceException,
  Plan,
  PlanError,
  PlanErrorCode,
  Recurrence,
  Result,
  RitualPlan,
  Starter,
  TimeApartPlan,
  Weekday,
} from "./types";
