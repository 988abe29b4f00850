import * as React from "react";
import { createPartsContext, parseDirection, useRootProps, type Direction } from "@attune/core";
import { plannerDefaults } from "./planner-defaults";
import { usePlanner, type RitualPlannerState, type UseRitualPlannerProps } from "./use-ritual-planner";

/* -------------------------------------------------------------------------------------------------
 * Context: the hook's return value, shared with every part
 * -----------------------------------------------------------------------------------------------*/

const [PlannerContext, usePlannerPart] = /* @__PURE__ */ createPartsContext<RitualPlannerState>("Planner");

/** The planner state from the nearest `Planner.Root`; parts throw a clear error outside one. */
export function usePlannerContext(part: string): RitualPlannerState {
  return usePlannerPart(part);
}

/* -------------------------------------------------------------------------------------------------
 * PlannerRoot
 * -----------------------------------------------------------------------------------------------*/

type SectionProps = Omit<React.HTMLAttributes<HTMLElement>, "dir" | "defaultValue" | "onError">;

export interface PlannerRootProps extends UseRitualPlannerProps, SectionProps {
  /** State from your own `useRitualPlanner()` call; when left out, Root keeps its own from these props. */
  planner?: RitualPlannerState;
  /** Text direction. @default the provider's, else the page's */
  dir?: Direction;
}

const HOOK_KEYS = [
  "plans", "defaultPlans", "onPlansChange", "value", "defaultValue", "onValueChange", "view", "defaultView", "onViewChange",
  "onPropose", "onAccept", "onSuggestChange", "timeZone", "partnerTimeZone", "returnTime", "days", "limit", "now", "names",
  "persistKey", "messages", "onError",
] as const;

function splitProps(props: PlannerRootProps) {
  const hook: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) ((HOOK_KEYS as readonly string[]).includes(k) ? hook : rest)[k] = v;
  return [hook as UseRitualPlannerProps, rest as SectionProps & { planner?: RitualPlannerState; dir?: unknown }] as const;
}

const RootView = /* @__PURE__ */ React.forwardRef<HTMLElement, SectionProps & { planner: RitualPlannerState; dir?: unknown }>(function RootView(
  { planner, dir, className, children, ...rest },
  ref,
) {
  const rootProps = useRootProps("ritual-planner", { dir: parseDirection(dir), className });
  return (
    <PlannerContext.Provider value={planner}>
      <section ref={ref} {...rootProps} data-state={planner.ready ? "ready" : "loading"} data-view={planner.view} {...rest}>
        {children}
      </section>
    </PlannerContext.Provider>
  );
});

const RootWithState = /* @__PURE__ */ React.forwardRef<HTMLElement, PlannerRootProps>(function RootWithState(props, ref) {
  const [hook, rest] = splitProps(props);
  const planner = usePlanner(hook, plannerDefaults);
  return <RootView ref={ref} {...rest} planner={planner} />;
});

/**
 * The planner's root: a `<section>` carrying the theme scope, sharing the planner state with
 * the parts inside. Pass `planner` from your own `useRitualPlanner()` to read it outside too.
 */
export const PlannerRoot = /* @__PURE__ */ React.forwardRef<HTMLElement, PlannerRootProps>(function PlannerRoot(props, ref) {
  if (props.planner) {
    const [, rest] = splitProps(props);
    return <RootView ref={ref} {...rest} planner={props.planner} />;
  }
  return <RootWithState ref={ref} {...props} />;
});
