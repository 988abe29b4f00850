// React-free: validators, recurrence, agenda, agreement, time apart and the calendar writer.
// Imports on a server, in a worker, in a test without a DOM. ("/ics" is an alias of part of it.)
export { PLAN_VERSION, parsePlan, parsePlans, planProblem, type InvalidPlanEntry } from "./plan-json";
export { accept, agreementStatus, canRespond, forPartner, propose, suggestChange, type AgreementStatus } from "./agreement";
export {
  buildAgenda,
  collectOccurrences,
  groupAgenda,
  type AgendaDay,
  type AgendaEntry,
  type AgendaEntryDay,
  type AgendaItem,
  type AgendaResult,
} from "./agenda";
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
export { escapeText, foldLine, icsFileName, writeCalendar, writeIcs, type IcsOptions, type IcsResult } from "./ics";
export { ritualPlannerMessages, type RitualPlannerMessageKey } from "./messages";
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
