import type { Message } from "@attune/core/logic";
import type { NeedsSpectrumMessageKey } from "../messages";

export const ar: Record<NeedsSpectrumMessageKey, Message> = {
};
