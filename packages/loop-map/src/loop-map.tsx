import * as React from "react";
import {
  createPartsContext,
  Button,
  Heading,
  LiveRegion,
  dateTimeFormat,
  headingLevelProp,
  lazyModule,
  parseDirection,
  useAttune,
  useComposedRefs,
  useIsomorphicLayoutEffect,
  useReducedMotion,
  useRootProps,
  useRovingFocus,
  type Direction,
} from "@attune/core";
import { LOOP_SUGGESTIONS, answered, type LoopField, type LoopHalf } from "./logic";
import type { LoopMapMessageKey } from "./messages";
import { useLoopMap, type LoopMapState, type UseLoopMapProps } from "./use-loop-map";

/* -------------------------------------------------------------------------------------------
 * Context
 * -----------------------------------------------------------------------------------------*/

interface LoopContextValue extends LoopMapState {
  id: string;
  headingLevel: number;
}

const [LoopContext, useLoop] = /* @__PURE__ */ createPartsContext<LoopContextValue>("LoopMap");

/* -------------------------------------------------------------------------------------------
 * Root and header
 * -----------------------------------------------------------------------------------------*/

export interface LoopMapRootProps extends UseLoopMapProps, Omit<React.HTMLAttributes<HTMLElement>, "defaultValue" | "dir" | "onError"> {
  /** Level of the widget's own heading; sections use the next level. @default 2 */
  headingLevel?: number;
  /** Text direction. @default the provider's, else the page's */
  dir?: Direction;
}

const HOOK_PROPS = "value defaultValue onValueChange partner partnerName previous persistKey onShare onNewStep now onError messages".split(" ");

/** Holds the loop's state for the parts inside it; renders a `<section>`. */
export const Root = /* @__PURE__ */ React.forwardRef<HTMLElement, LoopMapRootProps>(function LoopMapRoot(props, ref) {
  const { headingLevel, dir, className, children, ...rest } = props;
  const state = useLoopMap(props);
  for (const key of HOOK_PROPS) delete (rest as Record<string, unknown>)[key];
  const id = React.useId();
  const rootProps = useRootProps("loop-map", { dir: parseDirection(dir), className });
  const level = headingLevelProp("LoopMap", headingLevel, 5);
  const ctx = React.useMemo(() => ({ ...state, id, headingLevel: level }), [state, id, level]);
  return (
    <LoopContext.Provider value={ctx}>
      <section {...(rest as React.HTMLAttributes<HTMLElement>)} {...rootProps} ref={ref} aria-labelledby={rest["aria-labelledby"] ?? `${id}-title`}>
        {children}
        <LiveRegion message={state.announcement} />
      </section>
    </LoopContext.Provider>
  );
});

export type LoopMapHeaderProps = React.HTMLAttributes<HTMLDivElement>;

/** The widget's title, the practice in a few lines and the privacy note. */
export const Header = /* @__PURE__ */ React.forwardRef<HTMLDivElement, LoopMapHeaderProps>(function LoopMapHeader(props, ref) {
  const { t, id, headingLevel } = useLoop("Header");
  return (
    <div {...props} ref={ref} data-attune-part="header">
      <Heading level={headingLevel} id={`${id}-title`} data-attune-part="title">
        {t("loopMap.label")}
      </Heading>
      <p data-attune-part="intro">{t("loopMap.intro")}</p>
      <p data-attune-part="private-note">{t("loopMap.private")}</p>
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * My half: one field per question, each with suggestion chips and my own words
 * -----------------------------------------------------------------------------------------*/

export interface LoopMapFieldProps extends React.HTMLAttributes<HTMLDivElement> {
  /** Which question: "feel", "move", "longing" or "step". */
  field: LoopField;
}

/** One question: suggestions as toggle chips (one tab stop, arrow keys) and a labelled text field. */
export const Field = /* @__PURE__ */ React.forwardRef<HTMLDivElement, LoopMapFieldProps>(function LoopMapField({ field, ...props }, ref) {
  const { t, id, mine, setAnswer } = useLoop("Field");
  const roving = useRovingFocus<HTMLDivElement>({ orientation: "horizontal" });
  const answer = mine[field] ?? { text: "" };
  const label = t(`loopMap.field.${field}`);
  const fieldId = `${id}-${field}`;
  return (
    <div {...props} ref={ref} role="group" aria-labelledby={`${fieldId}-label`} data-attune-part="field" data-field={field}>
      <span id={`${fieldId}-label`} data-attune-part="field-label">
        {label}
      </span>
      <div ref={roving.ref} role="toolbar" aria-label={t("loopMap.suggestions", { field: label })} onKeyDown={roving.onKeyDown} data-attune-part="suggestions">
        {(LOOP_SUGGESTIONS[field] ?? []).map((s, i) => {
          const on = answer.suggestion === s;
          return (
            <button
              key={s}
              type="button"
              aria-pressed={on}
              data-attune-part="suggestion"
              data-state={on ? "on" : "off"}
              {...roving.itemProps(i)}
              onClick={() => setAnswer(field, { text: answer.text, ...(on ? {} : { suggestion: s }) })}
            >
              {t(`loopMap.${field}.${s}` as LoopMapMessageKey)}
            </button>
          );
        })}
      </div>
      <label htmlFor={`${fieldId}-own`} data-attune-part="own-label">
        {t("loopMap.own")}
      </label>
      <input
        id={`${fieldId}-own`}
        type="text"
        value={answer.text}
        maxLength={140}
        data-attune-part="own"
        onChange={(e) => setAnswer(field, { ...answer, text: e.target.value })}
      />
    </div>
  );
});

export type LoopMapHalfProps = React.FormHTMLAttributes<HTMLFormElement>;

/** My half: how I feel, what I tend to do, what I long for; sharing it is my choice. */
export const Half = /* @__PURE__ */ React.forwardRef<HTMLFormElement, LoopMapHalfProps>(function LoopMapHalf(props, ref) {
  const { t, id, headingLevel, mine, status, share } = useLoop("Half");
  return (
    <form
      {...props}
      ref={ref}
      aria-labelledby={`${id}-half`}
      data-attune-part="half"
      data-state={mine.shared ? "shared" : "draft"}
      onSubmit={(event) => {
        props.onSubmit?.(event);
        if (event.defaultPrevented) return;
        event.preventDefault();
        share();
      }}
    >
      <Heading level={headingLevel + 1} id={`${id}-half`}>
        {t("loopMap.myHalf")}
      </Heading>
      <Field field="feel" />
      <Field field="move" />
      <Field field="longing" />
      {status === "missing" ? <p data-attune-part="missing">{t("loopMap.missing")}</p> : null}
      <Button type="submit" variant="primary" data-attune-part="share">
        {t("loopMap.share")}
      </Button>
      {mine.shared ? <p data-attune-part="shared-note">{t("loopMap.shared")}</p> : null}
    </form>
  );
});

/* -------------------------------------------------------------------------------------------
 * The loop: a drawing (decorative) and the same facts as an ordered list
 * -----------------------------------------------------------------------------------------*/

const C = 160;
const R = 112;
// Steps sit at the top, right, bottom and left of the ring, in loop order.
const at = (i: number, r = R): [number, number] => {
  const a = (i * Math.PI) / 2 - Math.PI / 2;
  return [Math.round(C + Math.cos(a) * r), Math.round(C + Math.sin(a) * r)];
};

export interface LoopMapPictureProps extends React.SVGAttributes<SVGSVGElement> {}

// The picture's motion loads with the first picture drawn under full motion: a host's bundler
// puts it (and core's animation helper) in a chunk of its own. A failed load is retried by
// the next picture.
const loopMotion = /* @__PURE__ */ lazyModule(() => import("./loop-motion"));

/**
 * The loop drawn as a ring of four numbered steps, mine and my partner's, with a slow flow
 * around it and the new steps as ways out. Hidden from assistive technology: Steps carries
 * the same facts. Under reduced motion it is still.
 */
export const Picture = /* @__PURE__ */ React.forwardRef<SVGSVGElement, LoopMapPictureProps>(function LoopMapPicture(props, ref) {
  const { mine, partner } = useLoop("Picture");
  const reduced = useReducedMotion();
  const own = React.useRef<SVGSVGElement | null>(null);
  const refs = useComposedRefs(own, ref);
  const known = partner ? 4 : 2;
  useIsomorphicLayoutEffect(() => {
    const svg = own.current;
    if (!svg || reduced) return;
    // The arcs wait undrawn until the motion has loaded; if it cannot load they show at once,
    // still, as under reduced motion.
    const arcs = svg.querySelectorAll<SVGElement>("[data-attune-part=arc]");
    const show = () => arcs.forEach((arc) => arc.style.removeProperty("opacity"));
    arcs.forEach((arc) => arc.style.setProperty("opacity", "0"));
    let alive = true;
    let stop: (() => void) | undefined;
    loopMotion.load().then((m) => {
      if (alive) stop = m.animateLoop(svg);
    }, show);
    return () => {
      alive = false;
      (stop ?? show)();
    };
  }, [reduced, known]);
  return (
    <svg
      {...props}
      ref={refs}
      viewBox="0 0 320 320"
      aria-hidden="true"
      focusable="false"
      data-attune-part="picture"
    >
      <circle cx={C} cy={C} r={R} data-attune-part="ring" />
      {[0, 1, 2, 3].map((i) => {
        const [x1, y1] = at(i);
        const [x2, y2] = at(i + 1);
        return (
          <path
            key={i}
            d={`M${x1} ${y1}A${R} ${R} 0 0 1 ${x2} ${y2}`}
            data-attune-part="arc"
            data-who={i < 2 ? "mine" : "partner"}
            data-state={i < known ? "known" : "unknown"}
          />
        );
      })}
      {[mine, partner].map((half, k) => {
        if (!half || !answered(half.step)) return null;
        // A way out leaves the ring from the person's first step.
        const [x, y] = at(k * 2);
        const [ox, oy] = at(k * 2, R + 40);
        return (
          <g key={k} data-attune-part="way-out" data-who={k ? "partner" : "mine"}>
            <line x1={x} y1={y} x2={ox + 36} y2={oy} />
            <circle cx={ox + 36} cy={oy} r={6} />
          </g>
        );
      })}
      <g data-attune-part="flow">
        <circle cx={C} cy={C - R} r={5} />
      </g>
      {[0, 1, 2, 3].map((i) => {
        const [x, y] = at(i);
        return (
          <g key={i} data-attune-part="node" data-who={i < 2 ? "mine" : "partner"} data-state={i < known ? "known" : "unknown"}>
            <circle cx={x} cy={y} r={16} />
            <text x={x} y={y} textAnchor="middle" dominantBaseline="central">
              {i < known ? i + 1 : "?"}
            </text>
          </g>
        );
      })}
    </svg>
  );
});

export type LoopMapStepsProps = React.OlHTMLAttributes<HTMLOListElement>;

/** The loop in words, in loop order: "Step 4 of 4", then it starts again. */
export const Steps = /* @__PURE__ */ React.forwardRef<HTMLOListElement, LoopMapStepsProps>(function LoopMapSteps(props, ref) {
  const { t, mine, partner, say, partnerLabel } = useLoop("Steps");
  if (!answered(mine.feel) && !answered(mine.move)) return null;
  const feel = say("feel", mine.feel) || t("loopMap.empty");
  const rows: Array<[string, string]> = [
    [t("loopMap.cycle.myFeel", { feel }), ""],
    [t("loopMap.cycle.myMove", { move: say("move", mine.move) || t("loopMap.empty") }), say("longing", mine.longing)],
  ];
  if (partner) {
    rows.push(
      [t("loopMap.cycle.theirFeel", { partner: partnerLabel, feel: say("feel", partner.feel) }), ""],
      [t("loopMap.cycle.theirMove", { partner: partnerLabel, move: say("move", partner.move), feel }), say("longing", partner.longing)],
    );
  }
  return (
    <ol {...props} ref={ref} role="list" data-attune-part="steps" data-state={partner ? "complete" : "half"}>
      {rows.map(([text, longing], i) => (
        <li key={i} data-attune-part="step" data-who={i < 2 ? "mine" : "partner"}>
          <span data-attune-part="step-number">
            {t("loopMap.stepOf", { n: i + 1, total: 4 })}
            {partner && i === 3 ? `, ${t("loopMap.again")}` : null}
          </span>{" "}
          <span data-attune-part="step-text">{text}</span>
          {longing ? <span data-attune-part="longing"> {t("loopMap.cycle.longing", { longing })}</span> : null}
        </li>
      ))}
    </ol>
  );
});

export type LoopMapCycleProps = React.HTMLAttributes<HTMLDivElement>;

/** The loop: the picture with its centre line beside the steps, or an invitation while half of it is missing. */
export const Cycle = /* @__PURE__ */ React.forwardRef<HTMLDivElement, LoopMapCycleProps>(function LoopMapCycle(props, ref) {
  const { t, id, headingLevel, mine, partner, partnerLabel } = useLoop("Cycle");
  if (!answered(mine.feel) && !answered(mine.move)) return null;
  return (
    <div {...props} ref={ref} role="group" aria-labelledby={`${id}-cycle`} data-attune-part="cycle" data-state={partner ? "complete" : "half"}>
      <Heading level={headingLevel + 1} id={`${id}-cycle`}>
        {t("loopMap.cycleHeading")}
      </Heading>
      <div data-attune-part="figure">
        <Picture />
        <p data-attune-part="centre">{t("loopMap.centre")}</p>
      </div>
      <div data-attune-part="cycle-text">
        <Steps />
        {partner ? null : (
          <p data-attune-part="invite">{t(mine.shared ? "loopMap.waitingShared" : "loopMap.waiting", { partner: partnerLabel })}</p>
        )}
      </div>
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * One new step each, as ways out of the loop
 * -----------------------------------------------------------------------------------------*/

export type LoopMapNewStepProps = React.HTMLAttributes<HTMLDivElement>;

/** Pick my one new step; see both new steps as ways out; hand mine to the composer or the planner. */
export const NewStep = /* @__PURE__ */ React.forwardRef<HTMLDivElement, LoopMapNewStepProps>(function LoopMapNewStep(props, ref) {
  const { t, id, headingLevel, mine, partner, partnerLabel, newStep, say, canHandStep, handStep, status } = useLoop("NewStep");
  if (!answered(mine.feel)) return null;
  const ways = ([mine, partner] as Array<LoopHalf | undefined>).map((half, k) => {
    const step = half && newStep(half);
    if (!step) return null;
    return k ? t("loopMap.wayOutWho", { who: partnerLabel, feel: say("feel", half!.feel), step: step.step }) : step.text;
  });
  return (
    <div {...props} ref={ref} role="group" aria-labelledby={`${id}-ways`} data-attune-part="new-step">
      <Heading level={headingLevel + 1} id={`${id}-ways`}>
        {t("loopMap.waysOut")}
      </Heading>
      <p data-attune-part="hint">{t("loopMap.noStep", { partner: partnerLabel })}</p>
      <Field field="step" />
      {ways.some(Boolean) ? (
        <ul data-attune-part="ways">
          {ways.map((w, k) => (w ? <li key={k} data-who={k ? "partner" : "mine"}>{w}</li> : null))}
        </ul>
      ) : null}
      {canHandStep && ways[0] ? (
        <span data-attune-part="hand-off" data-state={status === "handed" ? "handed" : "idle"}>
          <Button onClick={() => handStep("composer")}>{t("loopMap.toComposer")}</Button>
          <Button onClick={() => handStep("planner")}>{t("loopMap.toPlanner")}</Button>
        </span>
      ) : null}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * Coming back later
 * -----------------------------------------------------------------------------------------*/

export type LoopMapChangesProps = React.HTMLAttributes<HTMLDivElement>;

/** What changed since the previous entry (shown only when the host passes one). */
export const Changes = /* @__PURE__ */ React.forwardRef<HTMLDivElement, LoopMapChangesProps>(function LoopMapChanges(props, ref) {
  const { t, id, headingLevel, changes, previous, say, partnerLabel } = useLoop("Changes");
  const { locale } = useAttune();
  if (!changes || !previous) return null;
  // The stored instant's calendar day in UTC, so server and client agree.
  const date = dateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(previous.date);
  return (
    <div {...props} ref={ref} role="group" aria-labelledby={`${id}-changes`} data-attune-part="changes">
      <Heading level={headingLevel + 1} id={`${id}-changes`}>
        {t("loopMap.changesHeading", { date })}
      </Heading>
      {changes.length ? (
        <ul>
          {changes.map((c, i) => (
            <li key={i}>
              {t("loopMap.changed", {
                field: t(`loopMap.field.${c.field}`),
                who: c.who === "mine" ? "" : `${partnerLabel}: `,
                before: say(c.field, c.before) || t("loopMap.empty"),
                after: say(c.field, c.after) || t("loopMap.empty"),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("loopMap.noChanges")}</p>
      )}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * The all-in-one widget
 * -----------------------------------------------------------------------------------------*/

export type LoopMapProps = Omit<LoopMapRootProps, "children">;

/**
 * Our loop: each partner fills in their half, shares it when ready, sees the loop they share
 * once both have, and picks one new step out of it. Built from the parts.
 */
export const LoopMap = /* @__PURE__ */ React.forwardRef<HTMLElement, LoopMapProps>(function LoopMap(props, ref) {
  return (
    <Root {...props} ref={ref}>
      <Header />
      <Half />
      <Cycle />
      <NewStep />
      <Changes />
    </Root>
  );
});
