import * as React from "react";
import {
  createPartsContext,
  Button,
  LiveRegion,
  headingLevelProp,
  useAttune,
  useComposedRefs,
  useDirection,
  useIsomorphicLayoutEffect,
  useLazyModule,
  useRootProps,
  parseDirection,
  type Direction,
} from "@attune/core";
import { splitTime } from "./practice";
import {
  sessionCode,
  useGuidedPractice,
  warmSession,
  type GuidedPracticeState,
  type PlayerState,
  type UseGuidedPracticeOptions,
} from "./use-guided-practice";

/* -------------------------------------------------------------------------------------------
 * Context
 * -----------------------------------------------------------------------------------------*/

export interface PracticePlayerContextValue extends GuidedPracticeState {
  id: string;
  dir: Direction;
  /** "3:05" in the reader's digits. */
  clockText: (ms: number) => string;
}

const [PlayerContext, usePlayerPart] = /* @__PURE__ */ createPartsContext<PracticePlayerContextValue>("PracticePlayer");

/** The player's state inside `PracticePlayer.Root`, for a host's own parts. */
export function usePracticePlayer(): PracticePlayerContextValue {
  return usePlayerPart();
}

// A part shown only in a session, which has its code: nothing until then.
function sessionPart<E, P>(name: "Breath" | "Audio"): React.ForwardRefExoticComponent<P & React.RefAttributes<E>> {
  return React.forwardRef<E, P>(function PracticePlayerSessionPart(props, ref) {
    const p = usePracticePlayer();
    const Part = useLazyModule(sessionCode)?.[name] as React.ComponentType<P & { p: PracticePlayerContextValue; r: React.Ref<E> }> | undefined;
    return Part ? <Part {...(props as P)} p={p} r={ref} /> : null;
  }) as React.ForwardRefExoticComponent<P & React.RefAttributes<E>>;
}

const isRunning = (s: string) => s === "running" || s === "waiting";
const inSession = (s: string) => s === "running" || s === "waiting" || s === "paused";

/* -------------------------------------------------------------------------------------------
 * Root
 * -----------------------------------------------------------------------------------------*/

export interface PracticePlayerRootProps extends UseGuidedPracticeOptions, Omit<React.HTMLAttributes<HTMLElement>, "dir" | "onError"> {
  /** Text direction; the arrow keys follow it. @default the provider's, else the page's */
  dir?: Direction;
}

const FIELDS = new Set(["INPUT", "TEXTAREA", "SELECT", "AUDIO", "VIDEO"]);

// The hook's options, kept off the <section> (the rest of the props go on it).
const HOOK_PROPS = [
  "practices",
  "practiceId",
  "defaultPracticeId",
  "onPracticeIdChange",
  "status",
  "defaultStatus",
  "onStatusChange",
  "startAt",
  "clock",
  "returnAt",
  "announce",
  "persistKey",
  "onStepChange",
  "onStart",
  "onComplete",
  "onError",
  "messages",
] as const satisfies ReadonlyArray<keyof UseGuidedPracticeOptions>;

export const Root = /* @__PURE__ */ React.forwardRef<HTMLElement, PracticePlayerRootProps>(function PracticePlayerRoot(props, forwardedRef) {
  const { dir: dirProp, className, children, onKeyDown, ...rest } = props;
  for (const key of HOOK_PROPS) delete (rest as Record<string, unknown>)[key];
  const player = useGuidedPractice(props) as PlayerState;
  const ref = React.useRef<HTMLElement>(null);
  const composed = useComposedRefs(ref, forwardedRef);
  // Read, never passed raw: anything but "ltr" or "rtl" falls back to the provider's or the page's.
  const dirParsed = parseDirection(dirProp);
  const dir = useDirection(ref, dirParsed);
  const rootProps = useRootProps("guided-practice", { dir: dirParsed, className });
  const { locale } = useAttune();
  const id = React.useId();
  const number = React.useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const clockText = React.useCallback(
    (ms: number) => {
      const { minutes, seconds } = splitTime(ms);
      return player.t("guidedPractice.time", { minutes: number.format(minutes), seconds: number.format(seconds).padStart(2, number.format(0)) });
    },
    [number, player],
  );
  const ctx: PracticePlayerContextValue = { ...player, id, dir, clockText };
  const s = player.status;

  return (
    <PlayerContext.Provider value={ctx}>
      <section
        aria-label={player.practice?.title ?? player.t("guidedPractice.label")}
        {...(rest as React.HTMLAttributes<HTMLElement>)}
        {...rootProps}
        ref={composed}
        data-attune-part="root"
        data-state={s}
        data-ready={player.ready && inSession(s) ? "" : undefined}
        onKeyDown={(event) => {
          onKeyDown?.(event);
          if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
          const target = event.target as HTMLElement;
          if (FIELDS.has(target.tagName) || target.isContentEditable) return;
          if (event.key === " ") {
            // A focused button or link answers Space itself.
            if (target.closest("button, a[href], summary")) return;
            if (!player.practice) return;
            event.preventDefault();
            player.toggle();
          } else if (inSession(s)) {
            // The arrows and Escape act in a session, which has its code.
            sessionCode.current?.sessionKey(event, player, dir);
          }
        }}
      >
        {children}
        <LiveRegion message={player.announcement} />
      </section>
    </PlayerContext.Provider>
  );
});

/* -------------------------------------------------------------------------------------------
 * Title and summary
 * -----------------------------------------------------------------------------------------*/

export interface PracticePlayerTitleProps extends React.HTMLAttributes<HTMLHeadingElement> {
  /** Heading level of the practice's title. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

export const Title = /* @__PURE__ */ React.forwardRef<HTMLHeadingElement, PracticePlayerTitleProps>(function PracticePlayerTitle(
  { headingLevel = 2, children, ...rest },
  ref,
) {
  const { practice, t } = usePracticePlayer();
  const H = `h${headingLevelProp("GuidedPractice", headingLevel)}` as "h2";
  return (
    <H lang={practice?.lang} {...rest} ref={ref} data-attune-part="title">
      {children ?? practice?.title ?? t("guidedPractice.label")}
    </H>
  );
});

export type PracticePlayerSummaryProps = React.HTMLAttributes<HTMLParagraphElement>;

/** The practice's description, its length and its number of steps. */
export const Summary = /* @__PURE__ */ React.forwardRef<HTMLParagraphElement, PracticePlayerSummaryProps>(function PracticePlayerSummary(props, ref) {
  const { practice, timeline, t } = usePracticePlayer();
  if (!practice || !timeline) {
    return (
      <p {...props} ref={ref} data-attune-part="summary" data-empty="">
        {t("guidedPractice.empty")}
      </p>
    );
  }
  const minutes = Math.max(1, Math.round(timeline.timedMs / 60000));
  return (
    <p {...props} ref={ref} data-attune-part="summary">
      {practice.description ? (
        <span lang={practice.lang} data-attune-part="description">
          {practice.description}{" "}
        </span>
      ) : null}
      <span data-attune-part="length">
        {t("guidedPractice.minutes", { count: minutes })} · {t("guidedPractice.steps", { count: practice.steps.length })}
      </span>
    </p>
  );
});

/* -------------------------------------------------------------------------------------------
 * Picker
 * -----------------------------------------------------------------------------------------*/

export type PracticePlayerPickerProps = React.FieldsetHTMLAttributes<HTMLFieldSetElement>;

/** Native radio buttons to choose a practice (arrow keys move between them); shown with two or more practices, before or after a session. */
export const Picker = /* @__PURE__ */ React.forwardRef<HTMLFieldSetElement, PracticePlayerPickerProps>(function PracticePlayerPicker(props, ref) {
  const { practices, practice, setPracticeId, status, t, id } = usePracticePlayer();
  if (practices.length < 2 || inSession(status)) return null;
  return (
    <fieldset {...props} ref={ref} data-attune-part="picker">
      <legend data-attune-part="picker-label">{t("guidedPractice.pickerLabel")}</legend>
      {practices.map((p) => (
        <label key={p.id} data-attune-part="picker-option" data-state={p.id === practice?.id ? "checked" : "unchecked"} lang={p.lang}>
          <input type="radio" name={`${id}-practice`} value={p.id} checked={p.id === practice?.id} onChange={() => setPracticeId(p.id)} />
          <span>{p.title}</span>
        </label>
      ))}
    </fieldset>
  );
});

/* -------------------------------------------------------------------------------------------
 * Return time
 * -----------------------------------------------------------------------------------------*/

export type PracticePlayerReturnTimeProps = React.HTMLAttributes<HTMLParagraphElement>;

/** The agreed time to come back together, from a received reassurance card (shown when `returnAt` is set). */
export const ReturnTime = /* @__PURE__ */ React.forwardRef<HTMLParagraphElement, PracticePlayerReturnTimeProps>(function PracticePlayerReturnTime(props, ref) {
  const { returnAt, t } = usePracticePlayer();
  const { locale } = useAttune();
  // In the zone the time was chosen in, so server and browser render the same text (the
  // provider's locale is a canonical tag and the zone was checked, so this cannot throw).
  const time = React.useMemo(
    () => returnAt && new Intl.DateTimeFormat(locale, { weekday: "short", hour: "numeric", minute: "2-digit", timeZone: returnAt.timeZone }).format(Date.parse(returnAt.at)),
    [returnAt, locale],
  );
  if (!time) return null;
  return (
    <p {...props} ref={ref} data-attune-part="return-time">
      {t("guidedPractice.returnAt", { time })}
    </p>
  );
});

/* -------------------------------------------------------------------------------------------
 * Stage: the step text, large and calm
 * -----------------------------------------------------------------------------------------*/

export type PracticePlayerStageProps = React.HTMLAttributes<HTMLDivElement>;

/** The current step: its number, its text (moving gently only when the step changes), and a note on the state. */
export const Stage = /* @__PURE__ */ React.forwardRef<HTMLDivElement, PracticePlayerStageProps>(function PracticePlayerStage({ children, ...rest }, ref) {
  const p = usePracticePlayer() as PracticePlayerContextValue & PlayerState;
  const { practice, step, snapshot, status, t } = p;
  // The words of a session come with its code; until then the stage is idle (or says the code could not load).
  const code = useLazyModule(sessionCode);
  const showStep = inSession(status) && snapshot.waitMs === 0 && step;
  return (
    <div
      role="group"
      aria-label={t("guidedPractice.stageLabel")}
      aria-keyshortcuts="Space ArrowLeft ArrowRight Escape"
      tabIndex={practice ? 0 : undefined}
      {...rest}
      ref={ref}
      data-attune-part="stage"
      data-state={status}
      data-step={showStep ? snapshot.stepIndex + 1 : undefined}
    >
      {code ? (
        <code.StageBody p={p} />
      ) : (
        <>
          <p data-attune-part="step-text">{"\u00a0"}</p>
          <p data-attune-part="note">{t(p.failed ? "guidedPractice.loadFailed" : "guidedPractice.idleHint")}</p>
        </>
      )}
      {children}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * Breath: for steps that carry a breathing pattern
 * -----------------------------------------------------------------------------------------*/

export type PracticePlayerBreathProps = React.HTMLAttributes<HTMLDivElement>;

/**
 * A circle that grows on the in-breath and shrinks on the out-breath, timed by
 * `@attune/breathing`'s engine, with the phase word and its countdown. Under reduced motion
 * the circle stays still and the words and countdown carry the rhythm.
 */
export const Breath = /* @__PURE__ */ sessionPart<HTMLDivElement, PracticePlayerBreathProps>("Breath");

/* -------------------------------------------------------------------------------------------
 * Progress and time left
 * -----------------------------------------------------------------------------------------*/

export type PracticePlayerProgressProps = React.HTMLAttributes<HTMLDivElement>;

/**
 * The progress bar and time left. Shown before a session too (the whole length, nothing done),
 * so Begin stays where it is when a session starts; it reads only the snapshot, so it needs no
 * session code.
 */
export const Progress = /* @__PURE__ */ React.forwardRef<HTMLDivElement, PracticePlayerProgressProps>(function PracticePlayerProgress(props, ref) {
  const { practice, snapshot, status, t, clockText } = usePracticePlayer();
  if (!practice) return null;
  const percent = Math.round(snapshot.progress * 100);
  const count = practice.steps.length;
  const stepNo = status === "complete" ? count : snapshot.stepIndex + 1;
  const time = clockText(snapshot.remainingMs);
  return (
    <div {...props} ref={ref} data-attune-part="progress-area">
      <div
        role="progressbar"
        aria-label={t("guidedPractice.progressLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t("guidedPractice.progressText", { step: stepNo, count, time })}
        data-attune-part="progress"
      >
        <div data-attune-part="progress-fill" style={{ transform: `scaleX(${snapshot.progress})` }} />
      </div>
      <p data-attune-part="time-left">{t("guidedPractice.timeLeft", { time })}</p>
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * Controls
 * -----------------------------------------------------------------------------------------*/

export type PracticePlayerControlsProps = React.HTMLAttributes<HTMLDivElement>;

/** Begin / pause / resume, back a step, skip ahead (or continue), stop. */
export const Controls = /* @__PURE__ */ React.forwardRef<HTMLDivElement, PracticePlayerControlsProps>(function PracticePlayerControls(props, ref) {
  const p = usePracticePlayer() as PracticePlayerContextValue & PlayerState;
  const { practice, status, t, toggle, start, starting } = p;
  const code = useLazyModule(sessionCode);
  const primaryRef = React.useRef<HTMLButtonElement>(null);
  const boxRef = React.useRef<HTMLDivElement>(null);
  const composed = useComposedRefs(boxRef, ref);
  const hadFocus = React.useRef(false);

  // Back, skip and stop leave when a session ends: keep keyboard focus in the controls.
  // (A session has run, so its code is here, watching where focus is.)
  useIsomorphicLayoutEffect(() => {
    if (!inSession(status) && hadFocus.current) sessionCode.current?.keepFocus(boxRef.current, primaryRef.current);
  }, [status]);

  if (!practice) return null;
  const primaryLabel = isRunning(status)
    ? t("guidedPractice.pause")
    : status === "paused"
      ? t("guidedPractice.resume")
      : status === "complete"
        ? t("guidedPractice.again")
        : t("guidedPractice.begin");
  const session = inSession(status);
  // Back, skip ahead and stop show in a session, which has its code.
  const [before, after] = session && code ? code.sessionButtons(p) : [];
  return (
    <div
      {...props}
      ref={composed}
      data-attune-part="controls"
      {...code?.watchFocus(hadFocus, boxRef)}
    >
      {before}
      <Button
        variant="primary"
        ref={primaryRef}
        onClick={status === "complete" ? start : toggle}
        // Reaching for Begin loads what a session needs, so it is usually here by the press.
        onPointerEnter={warmSession}
        onPointerDown={warmSession}
        onFocus={warmSession}
        data-attune-part="primary"
        data-starting={starting ? "" : undefined}
        aria-busy={starting || undefined}
        aria-keyshortcuts={session ? "Space" : undefined}
      >
        {primaryLabel}
      </Button>
      {after}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * Audio: the host's own recording for a step
 * -----------------------------------------------------------------------------------------*/

export type PracticePlayerAudioProps = Omit<React.AudioHTMLAttributes<HTMLAudioElement>, "src">;

/**
 * A plain audio element for the current step's recording, when the host gave one. Attune
 * loads nothing by itself: without an `audio` URL in the practice there is no element.
 */
export const Audio = /* @__PURE__ */ sessionPart<HTMLAudioElement, PracticePlayerAudioProps>("Audio");

/* -------------------------------------------------------------------------------------------
 * The all-in-one player
 * -----------------------------------------------------------------------------------------*/

export interface GuidedPracticeProps extends PracticePlayerRootProps {
  /** Heading level of the practice's title. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

/** A player for timed, step-by-step guided practices: pause, resume, back, skip, stop, progress and time left. */
export const GuidedPractice = /* @__PURE__ */ React.forwardRef<HTMLElement, GuidedPracticeProps>(function GuidedPractice(
  { headingLevel = 2, ...props },
  ref,
) {
  return (
    <Root {...props} ref={ref}>
      <Title headingLevel={headingLevel} />
      <Summary />
      <Picker />
      <ReturnTime />
      <Stage />
      <Breath />
      <Progress />
      <Controls />
      <Audio />
    </Root>
  );
});

/** The parts, to arrange a player your own way inside `PracticePlayer.Root`. */
export const PracticePlayer = {
  Root,
  Title,
  Summary,
  Picker,
  ReturnTime,
  Stage,
  Breath,
  Progress,
  Controls,
  Audio,
} as const;
