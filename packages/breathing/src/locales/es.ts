import type { Message } from "@attune/core/logic";
import type { BreathingMessageKey } from "../messages";

export const es: Record<BreathingMessageKey, Message> = {
};
