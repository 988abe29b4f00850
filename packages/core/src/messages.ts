import type { Message } from "./i18n";

/** English defaults for the shared building blocks. Widgets keep their own catalogues. */
export const coreMessages = {
  "core.close": "Close",
  "core.dialogDismiss": "Close dialog",
  "core.characterCount": { one: "{count} of {limit} character", other: "{count} of {limit} characters" },
  "core.loading": "Loading",
} satisfies Record<string, Message>;

export type CoreMessageKey = keyof typeof coreMessages;
