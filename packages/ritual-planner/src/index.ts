export { ritualPlannerMessages, type RitualPlannerMessageKey } from "./messages";
