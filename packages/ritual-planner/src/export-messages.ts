import type { Message } from "@attune/core/logic";

// The calendar export's English defaults (its descriptions name who starts a plan), keyed
// without the prefix: they ship in the export's chunk, which adds them to `plannerDefaults`.
export const exportMessages = {
  exported: "Calendar file ready: {name}",
  nameMe: "Me",
  namePartner: "My partner",
  "ics.how": "How: {how}",
  "ics.where": "Where: {where}",
  "ics.starter": "{name} starts it",
  "ics.either": "Either of us starts it",
  "ics.ending": "How it ends: {ending}",
  "ics.meanwhile": "Meanwhile, {name}: {activity}",
} satisfies Record<string, Message>;
