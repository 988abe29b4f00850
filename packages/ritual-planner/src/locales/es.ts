import type { Message } from "@attune/core/logic";
import type { RitualPlannerMessageKey } from "../messages";

export const es: Record<RitualPlannerMessageKey, Message> = {
};
