import type { Message } from "@attune/core/logic";
import type { ReassuranceComposerMessageKey } from "../messages";

export const ar: Record<ReassuranceComposerMessageKey, Message> = {
};
