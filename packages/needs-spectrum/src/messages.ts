import type { Message } from "@attune/core/logic";
import type {} from "@attune/core";

/** English defaults for every string NeedsSpectrum shows, aria labels included. */
export const needsSpectrumMessages = {
  "needsSpectrum.label": "Where I lean: when I have to choose, which pulls harder?",
  "needsSpectrum.endStart": "Space",
  "needsSpectrum.endEnd": "Closeness",
  "needsSpectrum.endStartHint": "Time and room of my own",
  "needsSpectrum.endEndHint": "Time and nearness together",
  "needsSpectrum.zoneStrongStart": "Leaning strongly toward space",
  "needsSpectrum.zoneStart": "Leaning toward space",
  "needsSpectrum.zoneMiddle": "Between space and closeness",
  "needsSpectrum.zoneEnd": "Leaning toward closeness",
  "needsSpectrum.zoneStrongEnd": "Leaning strongly toward closeness",
  "needsSpectrum.reflectStrongStart": "Space and closeness are both real needs. Right now, room of your own pulls much harder, and that can sit right beside caring deeply.",
  "needsSpectrum.reflectStart": "Space and closeness are both real needs. Right now, space pulls a little harder. Some people find it helps to say what kind of room they need.",
  "needsSpectrum.reflectMiddle": "Space and closeness are both real needs. Right now, neither pulls much harder than the other.",
  "needsSpectrum.reflectEnd": "Space and closeness are both real needs. Right now, closeness pulls a little harder. Some people find it helps to name one small way to be near.",
  "needsSpectrum.reflectStrongEnd": "Space and closeness are both real needs. Right now, being near pulls much harder, and that can sit right beside a life of your own.",
  "needsSpectrum.now": "Right now",
  "needsSpectrum.usually": "Usually",
  "needsSpectrum.partner": "My partner",
  "needsSpectrum.partnerPosition": "{name}: {zone}",
  "needsSpectrum.share": "Share where I lean",
  "needsSpectrum.revealWaitingForBoth": "Where each of you leans stays private until you have both shared.",
  "needsSpectrum.revealWaitingForPartner": "You have shared. Your partner's position appears once they share too.",
  "needsSpectrum.revealWaitingForYou": "Your partner has shared. Share yours when you are ready, and you will both see each other's.",
  "needsSpectrum.revealRevealed": "You have both shared. Here is where each of you leans today.",
  "needsSpectrum.overlapSelf": "Me",
  "needsSpectrum.overlapOther": "My partner",
  "needsSpectrum.overlapCaption": "How much togetherness I'd like now",
  "needsSpectrum.profileLabel": "Where I lean, topic by topic",
  "needsSpectrum.topicEvenings": "Evenings",
  "needsSpectrum.topicWeekends": "Weekends",
  "needsSpectrum.topicConflict": "During a disagreement",
  "needsSpectrum.topicSleep": "Sleep",
  "needsSpectrum.historyLabel": "How my lean has moved",
  "needsSpectrum.historyDate": "Date",
  "needsSpectrum.historyLean": "Where I leaned",
  "needsSpectrum.historyEmpty": "Nothing recorded yet.",
  "needsSpectrum.historySummary": {
    one: "{count} entry, on {from}",
    other: "{count} entries, from {from} to {to}",
  },
} satisfies Record<string, Message>;

export type NeedsSpectrumMessageKey = keyof typeof needsSpectrumMessages;

// The provider's `messages` prop is typed by key: a misspelt key there is a compile error.
// (The empty type import makes "@attune/core" resolvable for the augmentation in every build.)
declare module "@attune/core" {
  interface AttuneMessages extends Partial<Record<NeedsSpectrumMessageKey, Message>> {}
}
