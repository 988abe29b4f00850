import type { Message } from "@attune/core/logic";
import type {} from "@attune/core";

const PREFIX = "reassuranceComposer.";

// Written without the common "reassuranceComposer." prefix, which is added once below.
const english = {
  "label": "Write a card to your partner",
  "templates": "Start from",
  "group.blank": "Blank card",
  "group.space": "Taking space",
  "group.closeness": "Asking for closeness",
  "group.repair": "After a hard conversation",
  "group.checkin": "Checking in",
  "blank.space": "Blank: I need some space",
  "blank.closeness": "Blank: I need some closeness",
  "template.spaceRecharge.label": "Time to recharge",
  "template.spaceRecharge":
    "I need {duration} on my own to recharge. We're okay. I'll be back {returnTime}.",
  "template.spaceWalk.label": "Clearing my head",
  "template.spaceWalk":
    "{name}, I'm going to {activity} to clear my head. I'm stepping away to look after myself, not away from us. Back {returnTime}.",
  "template.closenessAsk.label": "I need time with you",
  "template.closenessAsk":
    "{name}, I need some time close to you. We're okay; I miss us. Can we have {duration} together {returnTime}?",
  "template.closenessMiss.label": "I miss you",
  "template.closenessMiss":
    "I miss you, {name}, and I love you. I'd like us to {activity} together. We're okay. How about {returnTime}?",
  "template.repairPause.label": "A pause to settle",
  "template.repairPause":
    "That was a hard conversation. I need {duration} to settle, and then I want to come back to it with you. We're okay. Let's talk again {returnTime}.",
  "template.repairOwn.label": "Owning my part",
  "template.repairOwn":
    "I've been thinking about earlier, {name}, and I can see my part in how it went. I'm sorry. We're okay. Can we talk it through {returnTime}?",
  "template.checkinThinking.label": "Thinking of you",
  "template.checkinThinking":
    "Just checking in, {name}. I'm thinking of you and I'd love to hear how your day is going. We're okay. Talk {returnTime}?",
  "template.checkinQuiet.label": "Still taking quiet time",
  "template.checkinQuiet":
    "I said I'd be back after {duration}, and I need more time to settle. We're okay. Could we make it {returnTime} instead?",
  "slot.name": "Your partner's name",
  "slot.duration": "How long",
  "slot.activity": "What you'd like to do",
  "slot.returnSpace": "When you'll be back",
  "slot.returnCloseness": "When you'd like time together",
  "slot.zone": "Time zone: {zone}",
  "slot.empty": "…",
  "when": "{weekday} at {time}",
  "duration.minutes": { one: "{count} minute", other: "{count} minutes" },
  "duration.hours": { one: "{count} hour", other: "{count} hours" },
  "pause.guide": "A pause of 20 minutes to 24 hours tends to help: long enough to settle, short enough to come back to it.",
  "pause.mismatch": "This return time isn't {duration} from now. You might change one so they match.",
  "error.zone": "The time zone “{zone}” isn't recognised, so the card has no return time.",
  "error.time": "That date and time couldn't be read. You might pick it again.",
  "error.incomplete": "You might add both a day and a time, so the card can say when.",
  "text": "Your card",
  "count": { one: "{count} of {limit} character", other: "{count} of {limit} characters" },
  "left": { one: "{count} character left", other: "{count} characters left" },
  "full": "That's the limit of {limit} characters.",
  "style": "Card style",
  "style.calm": "Calm",
  "style.warm": "Warm",
  "style.plain": "Plain",
  "preview": "Preview",
  "hints": "Cards like this often say these. Tick what yours says:",
  "hint.need": "what you need, said plainly",
  "hint.bond": "that you two are okay",
  "hint.time.space": "when you'll be back",
  "hint.time.closeness": "when you'd like time together",
  "review": "Review and send",
  "opening": "Opening…",
  "openFailed": "The review didn't open. You might try again.",
  "reviewTitle": "Review your card",
  "reviewDescription": "This is how it will look. Nothing is sent until you choose Send.",
  "send": "Send",
  "keepEditing": "Keep editing",
  "copy": "Copy text",
  "copied": "Copied.",
  "share": "Share",
  "sent": "Your card was sent.",
  "sendFailed": "It didn't send. Your card is still here.",
  "startOver": "Start over",
  "close": "Close",
  "confirmDiscard": "Discard this card? What you wrote will be lost.",
  "confirmReplace": "Replace what you wrote with this template?",
  "confirmYes": "Discard it",
  "confirmNo": "Keep writing",
  "card": "A card from your partner",
  "card.neutral": "A note from your partner",
  "card.back": "Back around {time}",
  "card.suggested": "Suggested time: {time}",
  "ack": "Reply",
  "ack.see-you": "Thank you, see you then",
  "ack.take-time": "Take the time you need",
  "ack.love-that": "I'd love that too",
  "ack.custom": "Or in your own words",
  "ack.send": "Send reply",
  "ack.sent": "You replied: {text}",
} satisfies Record<string, Message>;

/** A message key without its "reassuranceComposer." prefix. */
export type MessageName = keyof typeof english;
export type ReassuranceComposerMessageKey = `reassuranceComposer.${MessageName}`;

/** English defaults for every string ReassuranceComposer shows, aria labels included. */
export const reassuranceComposerMessages: Record<ReassuranceComposerMessageKey, Message> = /* @__PURE__ */ Object.fromEntries(
  Object.entries(english).map(([name, message]) => [PREFIX + name, message]),
) as Record<ReassuranceComposerMessageKey, Message>;

/** The widget's `t()` by short name: `msg(t)("send")` reads "reassuranceComposer.send". */
export const msg =
  (t: (key: ReassuranceComposerMessageKey, params?: Record<string, string | number>) => string) =>
  (name: MessageName, params?: Record<string, string | number>) =>
    t(`${PREFIX}${name}`, params);

// The provider's `messages` prop is typed by key: a misspelt key there is a compile error.
// (The empty type import makes "@attune/core" resolvable for the augmentation in every build.)
declare module "@attune/core" {
  interface AttuneMessages extends Partial<Record<ReassuranceComposerMessageKey, Message>> {}
}
