import * as React from "react";
import { createPartsContext, Button, Heading, LiveRegion, headingLevelProp, parseDirection, useRootProps, type Direction } from "@attune/core";
import { isAnswered } from "./model";
import { setCode, useReflection, useSetCode, type ReflectionState, type UseReflectionProps } from "./use-reflection";

/* -------------------------------------------------------------------------------------------
 * Context
 * -----------------------------------------------------------------------------------------*/

interface ReflectionContextValue extends ReflectionState {
  id: string;
  headingLevel: number;
}

export const [ReflectionContext, useCtx] = /* @__PURE__ */ createPartsContext<ReflectionContextValue>("Reflection");

/* -------------------------------------------------------------------------------------------
 * Root and Header
 * -----------------------------------------------------------------------------------------*/

export interface ReflectionRootProps extends UseReflectionProps, Omit<React.HTMLAttributes<HTMLElement>, "defaultValue" | "dir" | "onError"> {
  /** Level of the widget's heading; parts use the next level. @default 2 */
  headingLevel?: number;
  /** Text direction. @default the provider's, else the page's */
  dir?: Direction;
}

const HOOK_PROPS = ["value", "defaultValue", "onValueChange", "sets", "builtInSets", "persistKey", "onShare", "partner", "onError", "messages"] as const satisfies ReadonlyArray<
  keyof UseReflectionProps
>;

/** Holds the reflection's state for the parts inside it; renders a `<section>`. */
export const Root = /* @__PURE__ */ React.forwardRef<HTMLElement, ReflectionRootProps>(function ReflectionRoot(props, ref) {
  const { headingLevel, dir, className, children, ...rest } = props;
  const state = useReflection(props);
  for (const key of HOOK_PROPS) delete (rest as Record<string, unknown>)[key];
  const id = React.useId();
  const rootProps = useRootProps("reflection", { dir: parseDirection(dir), className });
  // Parts nest one level down, so the widget's own heading stops at 5.
  const level = headingLevelProp("Reflection", headingLevel, 5);
  // The hook's state is new on every render, so is this: no memo to keep.
  return (
    <ReflectionContext.Provider value={{ ...state, id, headingLevel: level }}>
      <section
        {...(rest as React.HTMLAttributes<HTMLElement>)}
        {...rootProps}
        ref={ref}
        aria-labelledby={rest["aria-labelledby"] ?? `${id}-title`}
        data-state={state.active ? (state.step ? "step" : "summary") : "sets"}
      >
        {children}
        <LiveRegion message={state.announcement} />
      </section>
    </ReflectionContext.Provider>
  );
});

export type ReflectionHeaderProps = React.HTMLAttributes<HTMLDivElement>;

/** The widget's title and what it is for. */
export const Header = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ReflectionHeaderProps>(function ReflectionHeader(props, ref) {
  const { t, id, headingLevel } = useCtx("Header");
  return (
    <div {...props} ref={ref} data-attune-part="header">
      <Heading level={headingLevel} id={`${id}-title`} data-attune-part="title">
        {t("reflection.label")}
      </Heading>
      <p data-attune-part="intro">{t("reflection.intro")}</p>
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * Sets: the list to start or resume from
 * -----------------------------------------------------------------------------------------*/

export type ReflectionSetsProps = React.HTMLAttributes<HTMLDivElement>;

/** Every set, each with Start or Resume; a note when a host set could not be used. */
export const Sets = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ReflectionSetsProps>(function ReflectionSets(props, ref) {
  const { t, id, headingLevel, sets, setsErrors, draft, start, moves } = useCtx("Sets");
  const first = React.useRef<HTMLHeadingElement>(null);
  useFocusOnMove(first, moves);
  const preload = () => void preloadReflectionSteps().catch(() => {});
  return (
    <div {...props} ref={ref} role="group" aria-labelledby={`${id}-sets`} data-attune-part="sets">
      <Heading level={headingLevel + 1} id={`${id}-sets`} ref={first} tabIndex={-1} data-attune-part="sets-title">
        {t("reflection.setsLabel")}
      </Heading>
      {setsErrors.length ? (
        <p role="alert" data-attune-part="sets-error">
          {t("reflection.setsError", { detail: setsErrors.join("; ") })}
        </p>
      ) : null}
      <ul data-attune-part="set-list">
        {sets.map((set) => {
          const begun = Object.values(draft.answers[set.id] ?? {}).some(isAnswered) || (draft.positions[set.id] ?? 0) > 0;
          return (
            <li key={set.id} data-attune-part="set" data-state={begun ? "begun" : "new"}>
              <Heading level={headingLevel + 2} id={`${id}-set-${set.id}`} data-attune-part="set-title">
                {set.title}
              </Heading>
              {set.intro ? <p data-attune-part="set-intro">{set.intro}</p> : null}
              <p data-attune-part="set-count">{t("reflection.stepsCount", { count: set.steps.length })}</p>
              <Button
                variant={begun ? "primary" : "secondary"}
                aria-describedby={`${id}-set-${set.id}`}
                onPointerEnter={preload}
                onFocus={preload}
                onClick={() => start(set.id)}
              >
                {t(begun ? "reflection.resume" : "reflection.start")}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
});

// Moves focus to an element after a person moved between views (also when the move mounted
// it), never on the widget's first render.
function useFocusOnMove(ref: React.RefObject<HTMLElement | null>, moves: number) {
  const seen = React.useRef(0);
  React.useEffect(() => {
    if (seen.current === moves) return;
    seen.current = moves;
    ref.current?.focus();
  }, [ref, moves]);
}

/* -------------------------------------------------------------------------------------------
 * Progress
 * -----------------------------------------------------------------------------------------*/

export type ReflectionProgressProps = React.HTMLAttributes<HTMLDivElement>;

/**
 * How far along the set the person is: words, and a bar that grows. The bar's growth is a CSS
 * transition on transform (none under reduced motion); the words carry the same information.
 * No framer-motion here: it would cost a third of the widget's 9 kB budget for one bar.
 */
export const Progress = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ReflectionProgressProps>(function ReflectionProgress(props, ref) {
  const { t, position, total } = useCtx("Progress");
  // The hook keeps position within 0…total (total: the summary).
  const label = position < total ? t("reflection.progress", { step: position + 1, total }) : undefined;
  return (
    <div {...props} ref={ref} data-attune-part="progress">
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={position}
        aria-valuetext={label}
        aria-label={t("reflection.label")}
        data-attune-part="progress-track"
      >
        <div data-attune-part="progress-bar" style={{ transform: `scaleX(${total ? position / total : 0})` }} />
      </div>
      {label ? <p data-attune-part="progress-text">{label}</p> : null}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * The code an open set needs
 * -----------------------------------------------------------------------------------------*/

// The answer fields, hints and share switch, the summary's answers and the share preview load
// when a set first opens (a person presses Start or Resume, or a draft opens inside a set): a
// dynamic import a host's bundler splits out of the first page load (useReflection loads it,
// see `useSetCode`). Start and Resume preload it on pointer-enter and focus. The prompt and the
// summary's heading (which take focus) and the way on and back are here, so nothing moves once
// it loads.

// In an open set useReflection loads the code; a ShareSwitch or Preview placed outside one loads it itself.
function useCodeOutsideSet(part: string, what: string) {
  const { active, report } = useCtx(part);
  return useSetCode(!active && what, report, true);
}

/** Starts loading what an open set shows: the answer fields, the summary and the preview (Start and Resume do this on pointer-enter and focus). */
export function preloadReflectionSteps(): Promise<unknown> {
  return setCode.load();
}

// Back, the way on (a step's Next, Skip or Review) and Save and leave: a step's and the summary's.
function Nav({ children }: { children?: React.ReactNode }) {
  const { t, position, back, leave, persisted } = useCtx("Nav");
  return (
    <div data-attune-part="nav">
      <Button onClick={back} disabled={position === 0}>
        {t("reflection.back")}
      </Button>
      {children}
      <Button variant="ghost" onClick={leave}>
        {t(persisted ? "reflection.leave" : "reflection.leaveUnsaved")}
      </Button>
    </div>
  );
}

/* -------------------------------------------------------------------------------------------
 * Step: one question, its answer, its share switch, and the way on
 * -----------------------------------------------------------------------------------------*/

export type ReflectionStepProps = React.HTMLAttributes<HTMLDivElement>;

/** The current question with its answer field, hints, share switch and Back / Next / Save and leave. */
export const Step = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ReflectionStepProps>(function ReflectionStep(props, ref) {
  const { t, id, headingLevel, step, position, total, answers, next, moves, report } = useCtx("Step");
  const prompt = React.useRef<HTMLHeadingElement>(null);
  useFocusOnMove(prompt, moves);
  // useReflection loads it while a set is open.
  const body = useSetCode(false, report, true);
  if (!step) return null;
  const promptId = `${id}-prompt-${step.id}`;
  const helpId = `${id}-help-${step.id}`;
  return (
    <div
      {...props}
      ref={ref}
      role="group"
      aria-labelledby={promptId}
      aria-busy={body ? undefined : true}
      data-attune-part="step"
      data-kind={step.kind}
    >
      <Heading level={headingLevel + 1} id={promptId} ref={prompt} tabIndex={-1} data-attune-part="prompt">
        {step.prompt}
      </Heading>
      {step.help ? (
        <p id={helpId} data-attune-part="help">
          {step.help}
        </p>
      ) : null}
      {body ? <body.StepBody step={step} labelledBy={promptId} describedBy={step.help ? helpId : undefined} /> : null}
      <Nav>
        <Button variant="primary" onClick={next}>
          {t(position === total - 1 ? "reflection.review" : isAnswered(answers[step.id]) ? "reflection.next" : "reflection.skip")}
        </Button>
      </Nav>
    </div>
  );
});

export interface ReflectionShareSwitchProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  /** The step whose answer this switch shares. */
  stepId: string;
}

/** Turns sharing one answer on or off (`role="switch"`); off by default, disabled until there is an answer (loads with an open set). */
export const ShareSwitch = /* @__PURE__ */ React.forwardRef<HTMLButtonElement, ReflectionShareSwitchProps>(function ReflectionShareSwitch(props, ref) {
  const body = useCodeOutsideSet("ShareSwitch", "the share switch");
  return body ? <body.ShareSwitch {...props} ref={ref} /> : null;
});

/* -------------------------------------------------------------------------------------------
 * Summary: every answer, what would be sent, the partner's answers once both shared
 * -----------------------------------------------------------------------------------------*/

export type ReflectionSummaryProps = React.HTMLAttributes<HTMLDivElement>;

/** Every answer with its share switch, the partner's beside it once both shared, and a way back to each step. */
export const Summary = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ReflectionSummaryProps>(function ReflectionSummary(props, ref) {
  const { t, id, headingLevel, active, step, partner, moves, report } = useCtx("Summary");
  const title = React.useRef<HTMLHeadingElement>(null);
  useFocusOnMove(title, moves);
  const body = useSetCode(false, report, true);
  if (!active || step) return null;
  return (
    <div
      {...props}
      ref={ref}
      role="group"
      aria-labelledby={`${id}-summary`}
      aria-busy={body ? undefined : true}
      data-attune-part="summary"
      data-partner={partner ? "" : undefined}
    >
      <Heading level={headingLevel + 1} id={`${id}-summary`} ref={title} tabIndex={-1}>
        {t("reflection.summary")}
      </Heading>
      {body ? <body.SummaryBody /> : null}
      <Nav />
    </div>
  );
});

export type ReflectionPreviewProps = React.HTMLAttributes<HTMLDivElement>;

/** Exactly what Share sends: readable text and the JSON, then the Share button (loads with the summary). */
export const Preview = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ReflectionPreviewProps>(function ReflectionPreview(props, ref) {
  const body = useCodeOutsideSet("Preview", "the summary");
  return body ? <body.Preview {...props} ref={ref} /> : null;
});

export type ReflectionClearProps = React.ButtonHTMLAttributes<HTMLButtonElement>;

/** Clears every answer of this widget: on screen, in memory and in storage. */
export const Clear = /* @__PURE__ */ React.forwardRef<HTMLButtonElement, ReflectionClearProps>(function ReflectionClear(props, ref) {
  const { t, clear } = useCtx("Clear");
  return (
    <Button
      variant="danger"
      size="sm"
      {...props}
      ref={ref}
      data-attune-part="clear"
      onClick={(e) => {
        props.onClick?.(e);
        if (!e.defaultPrevented) clear();
      }}
    >
      {props.children ?? t("reflection.clear")}
    </Button>
  );
});

/* -------------------------------------------------------------------------------------------
 * Reflection: the all-in-one
 * -----------------------------------------------------------------------------------------*/

export type ReflectionProps = Omit<ReflectionRootProps, "children">;

function Body() {
  const { active, step } = useCtx("Body");
  if (!active) return <Sets />;
  return (
    <>
      <Progress />
      {step ? <Step /> : <Summary />}
    </>
  );
}

/** Walk through a set of questions, answer privately, and share only what you switch on. */
export const Reflection = /* @__PURE__ */ React.forwardRef<HTMLElement, ReflectionProps>(function Reflection(props, ref) {
  return (
    <Root {...props} ref={ref}>
      <Header />
      <Body />
      <div data-attune-part="footer">
        <Clear />
      </div>
    </Root>
  );
});
