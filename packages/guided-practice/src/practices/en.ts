// Attune's own practices in English: plain data, safe to import on a server.
import type { Practice } from "../logic";

/** About 5 minutes: the part that needs freedom and the part that needs closeness, held with the same warmth. */
export const holdingBoth: Practice = {
  version: 1,
  id: "holding-both",
  title: "Holding both",
  description: "A short visualisation: the part of you that wants room and the part that wants nearness, both welcome at once.",
  lang: "en",
  steps: [
    { text: "Find a way of sitting that feels steady. Let your eyes close, or rest them softly on one spot.", seconds: 20 },
    { text: "Breathe slowly with the circle. There is nothing to get right here.", seconds: 40, breathing: "resonance" },
    {
      text: "Picture the part of you that longs for freedom: room to move, time of your own, your own pace. Some people see it as a child. Let it be exactly as it is.",
      seconds: 45,
    },
    {
      text: "Now picture the part of you that longs for closeness: to be near, to be reassured, to share the day. Let this part be exactly as it is too.",
      seconds: 45,
    },
    { text: "Imagine holding them both, one on each knee. Neither has to go quiet so that the other can be heard.", seconds: 50 },
    { text: "Offer each of them the same warmth. You might say inwardly: you both belong here. Neither of you has to win.", seconds: 50 },
    { text: "Notice what it is like to hold both at once. There is room for each of them, and for you.", seconds: 30 },
    { text: "When it feels right, let the picture soften, take a fuller breath, and come back to the room around you.", seconds: 20 },
  ],
};

/** About 3 minutes of grounding for the partner who waits while the other takes space. */
export const whileIWait: Practice = {
  version: 1,
  id: "while-i-wait",
  title: "While I wait",
  description: "Grounding for the one who waits while their partner takes some space. This time can be yours too.",
  lang: "en",
  steps: [
    { text: "Your partner is taking some space, and you have agreed to come back together. This time can be yours too.", seconds: 20 },
    { text: "If it feels good, rest a hand on your chest. Breathe in slowly, and let the breath out be slower still.", seconds: 40, breathing: "resonance" },
    { text: "Look around and find five things you can see. Then listen for three things you can hear. Let your attention land here.", seconds: 30 },
    { text: "Feel where your body meets the chair or the floor. Let it hold you up for a while.", seconds: 30 },
    { text: "If worries arrive, you can notice them without following them. Space taken is not a step away from you.", seconds: 30 },
    { text: "What is one small thing you could do for yourself until you meet again? You can begin it now.", seconds: 30 },
  ],
};

/** About 3 minutes before a conversation: notice the body, name one need of mine and one I imagine of my partner's. */
export const beforeWeTalkAgain: Practice = {
  version: 1,
  id: "before-we-talk-again",
  title: "Before we talk again",
  description: "A few minutes to settle, notice your body, and find one need of yours and one you imagine of your partner's.",
  lang: "en",
  steps: [
    { text: "Before you talk again, take a short moment that is only for you.", seconds: 20 },
    { text: "Breathe in through your nose, add a little more air, then let a long breath out.", seconds: 36, breathing: "cyclic-sigh" },
    { text: "Notice your body: your jaw, your shoulders, your chest, your stomach. Where is there tightness? Where is there ease? Just notice.", seconds: 35 },
    { text: "Name one need of yours right now, in a few words. It might be room, it might be nearness, it might be something else.", seconds: 35 },
    { text: "Now wonder about one need your partner might have right now. You don't have to be sure; a guess held lightly is enough.", seconds: 35 },
    { text: "When you're ready, you might begin with those two: one need of yours, and one you imagine of theirs." },
  ],
};

/** All three, in the order they are usually offered. */
export const practices: readonly Practice[] = [holdingBoth, whileIWait, beforeWeTalkAgain];
