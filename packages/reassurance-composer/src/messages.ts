import type { Message } from "@attune/core/logic";

/** English defaults for every string ReassuranceComposer shows, aria labels included. */
export const reassuranceComposerMessages = {
} satisfies Record<string, Message>;

export type ReassuranceComposerMessageKey = keyof typeof reassuranceComposerMessages;
