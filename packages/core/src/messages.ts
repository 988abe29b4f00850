import type { Message } from "./i18n";

/** English defaults for the shared building blocks. Widgets keep their own catalogues. */
export const coreMessages = {
  "core.close": "Close",
  "core.dialogDismiss": "Close dialog",
  "core.characterCount": { one: "{count} of {limit} character", other: "{count} of {limit} characters" },
  "core.loading": "Loading",
  "core.date": "Date (YYYY-MM-DD)",
  "core.time": "Time",
  "core.chooseDate": "Choose date",
  "core.pickerTitle": "Choose a date",
  "core.pickerHelp": "Arrow keys move by day and week, Page Up and Page Down by month (with Shift, by year), Home and End to the start and end of the week. Enter chooses.",
  "core.prevMonth": "Previous month",
  "core.nextMonth": "Next month",
  "core.cancel": "Cancel",
} satisfies Record<string, Message>;

export type CoreMessageKey = keyof typeof coreMessages;
