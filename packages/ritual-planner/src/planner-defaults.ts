import type { Message } from "@attune/core/logic";

// The catalogue `Planner.Root` starts with. The plan dialog's and the calendar export's strings
// (dialog-messages.ts, export-messages.ts) stay out of it: each chunk adds its own when it loads.
// messages.ts, not this file, puts every string together for hosts (`ritualPlannerMessages`),
// so a bundler never needs the later strings with this one.

/** The English defaults shown before a person acts, keyed without the prefix. */
export const firstMessages = {
  title: "Rituals of connection",
  views: "View",
  viewAgenda: "Upcoming",
  viewWeek: "Week",
  new: "New plan",
  exportAll: "Download all (.ics)",
  empty: "Nothing planned yet. You might start with a small daily check-in.",
  agendaLabel: "Upcoming plans",
  weekLabel: "Week of {date}",
  prevWeek: "Previous week",
  nextWeek: "Next week",
  nothingThisDay: "Nothing planned",
  partnerTime: "{time} for your partner",
  adjustedGap: "Clocks go forward that day, so it moves to {time}.",
  adjustedOverlap: "Clocks go back that day; it's set for the first {time}.",
  moved: "Moved this time",
  paused: "Paused",
  "status.draft": "Not shared yet",
  "status.proposed.me": "You proposed this",
  "status.proposed.partner": "Your partner proposed this",
  "status.accepted": "Agreed",
  "status.change-suggested.me": "You suggested a change",
  "status.change-suggested.partner": "Your partner suggested a change",
  invalidPlans: {
    one: "One plan can't be shown: its time zone or date isn't valid. You can open it from here to fix it.",
    other: "{count} plans can't be shown: their time zone or date isn't valid.",
  },
  fixPlan: "Fix {title}",
  returnTime: "You'll be together again {time}. Plan how you'll reconnect?",
  planReturn: "Plan the reconnection",
  "how.walk": "A walk together",
  "how.tea": "Tea or coffee together",
  "how.talk": "Ten minutes of “how was your time?”",
  "how.hug": "A long hug",
  fixUntitled: "Fix a plan without a name",
  untitled: "Untitled plan",
  nextRitual: "Next",
  nextNone: "Nothing planned in the coming days.",
  moreTimes: { one: "Also {count} more time:", other: "Also {count} more times:" },
  opening: "Opening…",
} satisfies Record<string, Message>;

/** Catalogues with the "ritualPlanner." prefix on every key. */
export const prefixed = (...catalogues: Array<Record<string, Message>>): Record<string, Message> =>
  Object.fromEntries(catalogues.flatMap((c) => Object.entries(c)).map(([k, v]) => [`ritualPlanner.${k}`, v]));

/**
 * The defaults `Planner.Root` starts with: the strings shown before a person acts. The plan
 * dialog's and the calendar export's chunks add their own here when they load
 * (`useRitualPlanner` for hosts always has every string).
 */
export const plannerDefaults: Record<string, Message> = /* @__PURE__ */ prefixed(firstMessages);
