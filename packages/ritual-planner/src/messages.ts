import type { Message } from "@attune/core/logic";
import type {} from "@attune/core";
import { dialogMessages } from "./dialog-messages";
import { exportMessages } from "./export-messages";
import { firstMessages as m, prefixed } from "./planner-defaults";

type All = typeof m & typeof dialogMessages & typeof exportMessages;

/** Keys without the "ritualPlanner." prefix, as the widget's own code uses them. */
export type ShortKey = keyof All;

/** English defaults for every string RitualPlanner shows, aria labels included. */
export const ritualPlannerMessages = /* @__PURE__ */ prefixed(m, dialogMessages, exportMessages) as { [K in ShortKey as `ritualPlanner.${K}`]: All[K] };

export type RitualPlannerMessageKey = keyof typeof ritualPlannerMessages;

// The provider's `messages` prop is typed by key: a misspelt key there is a compile error.
// (The empty type import makes "@attune/core" resolvable for the augmentation in every build.)
declare module "@attune/core" {
  interface AttuneMessages extends Partial<Record<RitualPlannerMessageKey, Message>> {}
}
