import type { Message } from "@attune/core/logic";

/** English defaults for every string RitualPlanner shows, aria labels included. */
export const ritualPlannerMessages = {
} satisfies Record<string, Message>;

export type RitualPlannerMessageKey = keyof typeof ritualPlannerMessages;
