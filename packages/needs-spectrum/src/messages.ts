import type { Message } from "@attune/core/logic";

/** English defaults for every string NeedsSpectrum shows, aria labels included. */
export const needsSpectrumMessages = {
} satisfies Record<string, Message>;

export type NeedsSpectrumMessageKey = keyof typeof needsSpectrumMessages;
