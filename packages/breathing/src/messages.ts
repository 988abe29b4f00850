import type { Message } from "@attune/core/logic";

/** English defaults for every string Breathing shows, aria labels included. */
export const breathingMessages = {
} satisfies Record<string, Message>;

export type BreathingMessageKey = keyof typeof breathingMessages;
