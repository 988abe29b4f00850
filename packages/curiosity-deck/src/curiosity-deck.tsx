import * as React from "react";
import {
  createPartsContext,
  Button,
  LiveRegion,
  headingLevelProp,
  lazyModule,
  parseDirection,
  useComposedRefs,
  useDirection,
  useReducedMotion,
  useRootProps,
  type Direction,
} from "@attune/core";
import { MARKS, THEMES, type Mark } from "./deck";
import { sendCode, useCuriosityDeck, type CuriosityDeckState, type UseCuriosityDeckOptions } from "./use-curiosity-deck";

/* -------------------------------------------------------------------------------------------------
 * Context
 * -----------------------------------------------------------------------------------------------*/

interface DeckContextValue {
  deck: CuriosityDeckState;
  dir: Direction;
  headingLevel: number;
}
const [DeckContext, useDeckContext] = /* @__PURE__ */ createPartsContext<DeckContextValue>("CuriosityDeck");

/** Calls the host's handler first; `preventDefault()` there skips ours. */
function compose<E extends React.SyntheticEvent>(theirs: ((e: E) => void) | undefined, ours: (e: E) => void) {
  return (e: E) => {
    theirs?.(e);
    if (!e.defaultPrevented) ours(e);
  };
}

/* -------------------------------------------------------------------------------------------------
 * Root
 * -----------------------------------------------------------------------------------------------*/

export interface CuriosityDeckRootProps extends UseCuriosityDeckOptions, Omit<React.HTMLAttributes<HTMLDivElement>, "defaultValue" | "onError" | "dir"> {
  /** A state from `useCuriosityDeck()` when the host runs the hook itself; the hook options are then ignored. */
  deck?: CuriosityDeckState;
  /** Heading level of the deck's title; the parts' own headings sit one below. @default 2 */
  headingLevel?: number;
  /** Text direction. @default the provider's, else the page's */
  dir?: Direction;
}

// The hook's options, which Root takes but does not put on its element.
const OPTION_KEYS = ["questions", "depths", "value", "defaultValue", "onValueChange", "seed", "answers", "defaultAnswers", "onAnswersChange", "persistKey", "onSend", "onError", "messages", "deck"] as const;

/** Holds the deck's state (or the host's, through `deck`) and the live region that reads each new card. */
export const Root = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CuriosityDeckRootProps>(function Root(props, forwarded) {
  // With a host-run `deck`, this instance's own state stays empty and unused.
  const own = useCuriosityDeck(props.deck ? {} : props);
  const deck = props.deck ?? own;
  const { headingLevel, dir: dirProp, className, children, ...rest } = props;
  for (const key of OPTION_KEYS) delete (rest as Record<string, unknown>)[key];
  const el = React.useRef<HTMLDivElement>(null);
  const ref = useComposedRefs(el, forwarded);
  const parsedDir = parseDirection(dirProp);
  const dir = useDirection(el, parsedDir);
  const rootProps = useRootProps("curiosity-deck", { dir: parsedDir, className });
  const level = headingLevelProp("CuriosityDeck", headingLevel);
  const ctx = React.useMemo(() => ({ deck, dir, headingLevel: level }), [deck, dir, level]);
  return (
    <DeckContext.Provider value={ctx}>
      <div ref={ref} {...rootProps} data-attune-part="root" data-state={deck.view} {...(rest as React.HTMLAttributes<HTMLDivElement>)}>
        {children}
        <LiveRegion message={deck.announcement} />
      </div>
    </DeckContext.Provider>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Title
 * -----------------------------------------------------------------------------------------------*/

export interface CuriosityDeckTitleProps extends React.HTMLAttributes<HTMLDivElement> {
  /** @default the Root's headingLevel */
  headingLevel?: number;
}

/** The deck's heading (`role="heading"` at the chosen level). */
export const Title = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CuriosityDeckTitleProps>(function Title({ headingLevel, children, ...rest }, ref) {
  const { deck, headingLevel: rootLevel } = useDeckContext("Title");
  return (
    <div ref={ref} role="heading" aria-level={headingLevelProp("CuriosityDeck.Title", headingLevel, 6, rootLevel)} data-attune-part="title" {...rest}>
      {children ?? deck.t("title")}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Themes
 * -----------------------------------------------------------------------------------------------*/

export type CuriosityDeckThemesProps = React.FieldsetHTMLAttributes<HTMLFieldSetElement>;

/** One checkbox per theme; none checked means every theme. */
export const Themes = /* @__PURE__ */ React.forwardRef<HTMLFieldSetElement, CuriosityDeckThemesProps>(function Themes(props, ref) {
  const { deck } = useDeckContext("Themes");
  const hintId = React.useId();
  return (
    <fieldset ref={ref} data-attune-part="themes" aria-describedby={hintId} {...props}>
      <legend data-attune-part="themes-legend">{deck.t("themes")}</legend>
      <p id={hintId} data-attune-part="hint">
        {deck.t("themesHint")}
      </p>
      <div data-attune-part="theme-list">
        {THEMES.map((theme) => {
          const on = deck.state.themes.includes(theme);
          return (
            <label key={theme} data-attune-part="theme" data-state={on ? "on" : "off"} data-theme={theme}>
              <input type="checkbox" checked={on} onChange={() => deck.toggleTheme(theme)} />
              <span>{deck.t(`theme.${theme}`)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Card
 * -----------------------------------------------------------------------------------------------*/

// The card's motion loads with the first card change (a chunk of its own in a host's bundle),
// or earlier when a person reaches for the deck; a failed load is tried again by the next card.
const cardMotion = /* @__PURE__ */ lazyModule(() => import("./card-motion"));
const warmMotion = () => void cardMotion.load().catch(() => {});
const warmSend = () => void sendCode.load().catch(() => {});

/** Starts loading the code the deck otherwise loads when a person acts (the card's motion, sending a question), e.g. when the deck comes into view. */
export function preloadCuriosityDeck(): Promise<unknown> {
  return Promise.all([cardMotion.load(), sendCode.load()]);
}

export interface CuriosityDeckCardProps extends React.HTMLAttributes<HTMLElement> {
  /** Horizontal travel in px that counts as a swipe on touch. @default 48 */
  swipeThreshold?: number;
}

/**
 * The card on show. On touch, a swipe toward the reading end draws the next card and the
 * other way goes back; the buttons do the same, so a swipe is never the only way.
 */
export const Card = /* @__PURE__ */ React.forwardRef<HTMLElement, CuriosityDeckCardProps>(function Card(
  { swipeThreshold = 48, onPointerDown, onPointerUp, onPointerCancel, ...rest },
  forwarded,
) {
  const { deck, dir } = useDeckContext("Card");
  const own = React.useRef<HTMLElement>(null);
  const ref = useComposedRefs(own, forwarded);
  const reduced = useReducedMotion();
  const q = deck.current;

  // A gentle flip and slide in from the side the card comes from; a cross-fade under reduced motion.
  const shown = React.useRef(q?.id);
  React.useEffect(() => {
    if (shown.current === q?.id) return;
    shown.current = q?.id;
    const el = own.current;
    if (!el || !q) return;
    const sign = (deck.move.current === "back" ? -1 : 1) * (dir === "rtl" ? -1 : 1);
    // The card waits unshown for its motion's code (at once, before the next paint, once it has
    // arrived; as core's helper holds the first frame while framer-motion loads: no flash of the
    // card before it flips in); it shows still if the code cannot load, takes over 3 s, or this
    // card is gone meanwhile.
    el.style.opacity = "0";
    let waiting = true;
    const show = () => {
      clearTimeout(timer);
      if (waiting) el.style.opacity = "";
      waiting = false;
    };
    const timer = setTimeout(show, 3000);
    cardMotion.load().then((m) => {
      if (waiting) m.flipCard(el, sign, reduced);
      waiting = false;
    }, show);
    return show;
  }, [q, deck.move, dir, reduced]);

  const start = React.useRef<{ x: number; y: number; id: number } | null>(null);
  const threshold = Number.isFinite(swipeThreshold) && swipeThreshold > 0 ? swipeThreshold : 48;
  return (
    <section
      ref={ref}
      aria-label={deck.t("card")}
      data-attune-part="card"
      data-state={deck.view}
      data-theme={q?.theme}
      data-depth={q?.depth}
      data-mark={deck.mark}
      onPointerDown={compose(onPointerDown, (e) => {
        warmMotion();
        start.current = e.pointerType === "mouse" ? null : { x: e.clientX, y: e.clientY, id: e.pointerId };
      })}
      onPointerUp={compose(onPointerUp, (e) => {
        const s = start.current;
        start.current = null;
        if (!s || s.id !== e.pointerId || deck.view === "empty") return;
        const dx = e.clientX - s.x;
        if (Math.abs(dx) < threshold || Math.abs(dx) < Math.abs(e.clientY - s.y)) return;
        // Toward the start of the line (left in LTR) is "next", as when turning a page.
        if ((dx < 0) === (dir === "ltr")) deck.draw();
        else if (deck.canGoBack) deck.back();
      })}
      onPointerCancel={compose(onPointerCancel, () => {
        start.current = null;
      })}
      {...rest}
    >
      {q ? (
        <>
          <p data-attune-part="card-meta">{deck.t("cardMeta", { theme: deck.t(`theme.${q.theme}`), depth: deck.t(`depth.${q.depth}`) })}</p>
          <p data-attune-part="question">{q.text}</p>
        </>
      ) : (
        <p data-attune-part="card-empty">{deck.t(deck.view === "empty" ? "noQuestions" : "empty")}</p>
      )}
    </section>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Navigation
 * -----------------------------------------------------------------------------------------------*/

export type CuriosityDeckNavigationProps = React.HTMLAttributes<HTMLDivElement>;

/** Previous question and Draw / Another question. */
export const Navigation = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CuriosityDeckNavigationProps>(function Navigation(props, ref) {
  const { deck } = useDeckContext("Navigation");
  const none = deck.view === "empty";
  return (
    <div ref={ref} data-attune-part="navigation" {...props}>
      {/* aria-disabled keeps focus on the button when it stops applying. */}
      <Button
        data-attune-part="back"
        aria-disabled={!deck.canGoBack}
        onClick={() => deck.canGoBack && deck.back()}
      >
        {deck.t("back")}
      </Button>
      <Button data-attune-part="next" variant="primary" aria-disabled={none} onPointerEnter={warmMotion} onFocus={warmMotion} onClick={() => !none && deck.draw()}>
        {deck.t(deck.current ? "next" : "draw")}
      </Button>
    </div>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Progress
 * -----------------------------------------------------------------------------------------------*/

export type CuriosityDeckProgressProps = React.HTMLAttributes<HTMLParagraphElement>;

/** How much of this round was seen ("3 of 84 questions seen"). */
export const Progress = /* @__PURE__ */ React.forwardRef<HTMLParagraphElement, CuriosityDeckProgressProps>(function Progress(props, ref) {
  const { deck } = useDeckContext("Progress");
  return (
    <p ref={ref} data-attune-part="progress" {...props}>
      {deck.t("progress", { seen: deck.progress.seen, count: deck.progress.total })}
    </p>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Marks
 * -----------------------------------------------------------------------------------------------*/

export type CuriosityDeckMarksProps = React.HTMLAttributes<HTMLDivElement>;

/** Asked, Save for later, Not for us: toggle buttons for the card on show. */
export const Marks = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CuriosityDeckMarksProps>(function Marks(props, ref) {
  const { deck } = useDeckContext("Marks");
  if (!deck.current) return null;
  return (
    <div ref={ref} role="group" aria-label={deck.t("marks")} data-attune-part="marks" {...props}>
      {MARKS.map((m: Mark) => (
        <Button key={m} size="sm" variant="ghost" data-attune-part="mark" data-mark={m} aria-pressed={deck.mark === m} onClick={() => deck.toggleMark(m)}>
          {deck.t(`mark.${m}`)}
        </Button>
      ))}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Send
 * -----------------------------------------------------------------------------------------------*/

export type CuriosityDeckSendProps = React.FormHTMLAttributes<HTMLFormElement>;

/** A short note and a button that hands the question to the host's `onSend`. Renders only with `onSend`. */
export const Send = /* @__PURE__ */ React.forwardRef<HTMLFormElement, CuriosityDeckSendProps>(function Send({ onSubmit, ...props }, ref) {
  const { deck } = useDeckContext("Send");
  const id = React.useId();
  if (!deck.canSend || !deck.current) return null;
  return (
    <form
      ref={ref}
      data-attune-part="send"
      onSubmit={(e) => {
        onSubmit?.(e);
        e.preventDefault();
        void deck.send();
      }}
      {...props}
    >
      <label htmlFor={id} data-attune-part="label">
        {deck.t("note")}
      </label>
      <input
        id={id}
        data-attune-part="note"
        value={deck.note}
        maxLength={400}
        placeholder={deck.t("notePlaceholder")}
        onFocus={warmSend}
        onChange={(e) => deck.setNote(e.target.value)}
      />
      <Button type="submit" variant="primary" aria-disabled={deck.isSending} data-attune-part="send-button" onPointerEnter={warmSend}>
        {deck.t("send")}
      </Button>
      {deck.status && <p data-attune-part="status">{deck.status}</p>}
    </form>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Answer
 * -----------------------------------------------------------------------------------------------*/

export type CuriosityDeckAnswerProps = React.HTMLAttributes<HTMLDivElement>;

/** A private answer for the card on show; stored only when the host opts in. */
export const Answer = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CuriosityDeckAnswerProps>(function Answer(props, ref) {
  const { deck } = useDeckContext("Answer");
  const id = React.useId();
  if (!deck.current) return null;
  return (
    <div ref={ref} data-attune-part="answer" {...props}>
      <label htmlFor={id} data-attune-part="label">
        {deck.t("answer")}
      </label>
      <textarea id={id} rows={3} value={deck.answer} aria-describedby={deck.answerHint && `${id}-hint`} onChange={(e) => deck.setAnswer(e.target.value)} />
      {deck.answerHint && (
        <p id={`${id}-hint`} data-attune-part="hint">
          {deck.t(deck.answerHint)}
        </p>
      )}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------------
 * CuriosityDeck (all in one)
 * -----------------------------------------------------------------------------------------------*/

export interface CuriosityDeckProps extends CuriosityDeckRootProps {
  /** Show the theme choice. @default true */
  showThemes?: boolean;
  /** Show the private answer field. @default true */
  answerField?: boolean;
}

/**
 * Draw a question to ask your partner, something you don't know the answer to yet. Pass the
 * questions (`import { questions } from "@attune/curiosity-deck/questions/en"`) so only the
 * language in use is loaded.
 */
export const CuriosityDeck = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CuriosityDeckProps>(function CuriosityDeck(
  { showThemes = true, answerField = true, ...props },
  ref,
) {
  return (
    <Root ref={ref} {...props}>
      <Title />
      <DeckIntro />
      {showThemes && <Themes />}
      <Card />
      <Progress />
      <Navigation />
      <Marks />
      <Send />
      {answerField && <Answer />}
    </Root>
  );
});

function DeckIntro() {
  const { deck } = useDeckContext("Intro");
  return <p data-attune-part="intro">{deck.t("intro")}</p>;
}

/** The parts as one namespace: `<Deck.Root>`, `<Deck.Card>`… (also exported one by one as `CuriosityDeckRoot`…). */
export const Deck = { Root, Title, Themes, Card, Navigation, Progress, Marks, Send, Answer };
