import type { Message } from "@attune/core/logic";
import type {} from "@attune/core";

/** English defaults for every string CuriosityDeck shows, aria labels included. */
export const curiosityDeckMessages = {
  "curiosityDeck.title": "A question for the two of you",
  "curiosityDeck.intro": "Ask something you don't know the answer to yet. Your partner is their own person, still worth getting to know.",
  "curiosityDeck.themes": "Themes",
  "curiosityDeck.themesHint": "None chosen means every theme.",
  "curiosityDeck.theme.lately": "Lately",
  "curiosityDeck.theme.memories": "Memories",
  "curiosityDeck.theme.dreams": "Dreams and plans",
  "curiosityDeck.theme.us": "The two of us",
  "curiosityDeck.theme.play": "Play",
  "curiosityDeck.theme.values": "Values",
  "curiosityDeck.theme.getting-to-know": "Still getting to know you",
  "curiosityDeck.depth.light": "Light",
  "curiosityDeck.depth.deeper": "Deeper",
  "curiosityDeck.depth.deepest": "Deepest",
  "curiosityDeck.card": "Question card",
  "curiosityDeck.cardMeta": "{theme} · {depth}",
  "curiosityDeck.empty": "Draw a card when you are both ready.",
  "curiosityDeck.noQuestions": "No questions fit these themes. Try choosing another theme.",
  "curiosityDeck.draw": "Draw a question",
  "curiosityDeck.next": "Another question",
  "curiosityDeck.back": "Previous question",
  "curiosityDeck.progress": { one: "{seen} of {count} question seen", other: "{seen} of {count} questions seen" },
  "curiosityDeck.newRound": "You have seen every question in these themes. Starting again in a new order.",
  "curiosityDeck.marks": "Mark this question",
  "curiosityDeck.mark.asked": "Asked",
  "curiosityDeck.mark.later": "Save for later",
  "curiosityDeck.mark.skip": "Not for us",
  "curiosityDeck.markedSkip": "Set aside. It won't come up again unless you unmark it.",
  "curiosityDeck.answer": "My answer (private)",
  "curiosityDeck.answerKept": "Kept on this device only.",
  "curiosityDeck.answerNotKept": "Not saved: it is gone when you leave this page.",
  "curiosityDeck.note": "A note for your partner (optional)",
  "curiosityDeck.notePlaceholder": "I'd love to hear about this tonight.",
  "curiosityDeck.send": "Send this question to my partner",
  "curiosityDeck.sent": "Sent to your partner.",
  "curiosityDeck.sendFailed": "It could not be sent. Your note is still here; you can try again.",
} satisfies Record<string, Message>;

export type CuriosityDeckMessageKey = keyof typeof curiosityDeckMessages;

// The provider's `messages` prop is typed by key: a misspelt key there is a compile error.
// (The empty type import makes "@attune/core" resolvable for the augmentation in every build.)
declare module "@attune/core" {
  interface AttuneMessages extends Partial<Record<CuriosityDeckMessageKey, Message>> {}
}
