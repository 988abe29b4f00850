import type { Message } from "@attune/core/logic";
import type { RitualPlannerMessageKey } from "../messages";

export const ar: Record<RitualPlannerMessageKey, Message> = {
};
