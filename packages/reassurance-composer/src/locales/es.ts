import type { Message } from "@attune/core/logic";
import type { ReassuranceComposerMessageKey } from "../messages";

export const es: Record<ReassuranceComposerMessageKey, Message> = {
};
