import type { Message } from "@attune/core/logic";
import type { BreathingMessageKey } from "../messages";

export const ar: Record<BreathingMessageKey, Message> = {
};
