import type { Message } from "@attune/core/logic";
import type { NeedsSpectrumMessageKey } from "../messages";

export const es: Record<NeedsSpectrumMessageKey, Message> = {
};
