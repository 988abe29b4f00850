import type { Message } from "@attune/core/logic";

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
  "blank.closeness": "Blank: I'd love some closeness",
  "template.spaceRecharge.label": "Time to recharge",
  "template.spaceRecharge":
    "I need about {duration} on my own to recharge. We're okay, and I love you. I'll be back at {returnTime}.",
  "template.spaceWalk.label": "Clearing my head",
  "template.spaceWalk":
    "{name}, I'm going to {activity} to clear my head. I'm stepping away to look after myself, not away from us. Back by {returnTime}.",
  "template.closenessMiss.label": "I miss you",
  "template.closenessMiss":
    "I miss you, {name}. I'd love some time together, maybe to {activity}. Whenever suits you is fine.",
  "template.closenessTime.label": "Time for us",
  "template.closenessTime":
    "I'd love some time just for us. No rush: tell me what suits you, or how about {returnTime}?",
  "template.repairPause.label": "A pause to settle",
  "template.repairPause":
    "That was a hard conversation. I need {duration} to settle, and then I want to come back to it with you. We're okay. Let's talk again at {returnTime}.",
  "template.repairReturn.label": "Coming back together",
  "template.repairReturn":
    "I've been thinking about earlier, {name}. I'd love to sit together and try again, whenever you're ready. We're okay.",
  "template.checkinThinking.label": "Thinking of you",
  "template.checkinThinking":
    "Just checking in, {name}. Thinking of you, and I'd love to hear how your day is going. No need to answer right away.",
  "template.checkinQuiet.label": "Still taking quiet time",
  "template.checkinQuiet":
    "Still taking some quiet time, and we're fine. I'll be back around {returnTime}.",
  "slot.name": "Their name",
  "slot.duration": "How long",
  "slot.activity": "What you'll do",
  "slot.returnSpace": "When you'll be back",
  "slot.returnCloseness": "A time that could work (optional)",
  "slot.zone": "Time zone: {zone}",
  "slot.empty": "…",
  "duration.minutes": { one: "{count} minute", other: "{count} minutes" },
  "duration.hours": { one: "{count} hour", other: "{count} hours" },
  "error.zone": "The time zone “{zone}” isn't recognised, so the card has no return time.",
  "error.time": "That date and time couldn't be read. You might pick it again.",
  "text": "Your card",
  "count": { one: "{count} of {limit} character", other: "{count} of {limit} characters" },
  "left": { one: "{count} character left", other: "{count} characters left" },
  "full": "That's the limit of {limit} characters.",
  "style": "Card style",
  "style.calm": "Calm",
  "style.warm": "Warm",
  "style.plain": "Plain",
  "preview": "Preview",
  "hints": "Cards like this often say",
  "hint.need": "what you need",
  "hint.bond": "that you two are okay",
  "hint.return": "when you'll be back",
  "hint.wish": "what you'd love",
  "hint.offer": "that another time is fine",
  "hint.met": "included",
  "hint.missing": "you might add this",
  "words.need": "need|space|recharge|alone|quiet|pause|break|settle|rest|clear my head",
  "words.bond": "okay|love|fine|we're good|not away from us|care about you",
  "words.wish": "miss|love|together|close|hug|with you",
  "words.offer": "whenever|no rush|another time|later|suits you|when you're ready|how about",
  "review": "Review and send",
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
  "card.space": "Taking a little space",
  "card.closeness": "Wishing for closeness",
  "card.back": "Back around {time}",
  "card.suggested": "Maybe {time}?",
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
