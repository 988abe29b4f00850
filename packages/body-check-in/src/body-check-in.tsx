import * as React from "react";
import {
  Button,
  createPartsContext,
  Heading,
  LiveRegion,
  headingLevelProp,
  lazyModule,
  useLazyModule,
  parseDirection,
  useErrorReporter,
  useRootProps,
  useRovingFocus,
  type AttuneError,
  type Direction,
} from "@attune/core";
import { BODY_NEEDS, BODY_PLACES, PAUSE_MINUTES, type BodyPlace } from "./logic";
import { useBodyCheckIn, type BodyCheckInState, type UseBodyCheckInProps } from "./use-body-check-in";

/* -------------------------------------------------------------------------------------------
 * Context
 * -----------------------------------------------------------------------------------------*/

interface Ctx extends BodyCheckInState {
  id: string;
  headingLevel: number;
  /** The parts shown once a place is marked, when their code has loaded. */
  marked: MarkedModule | undefined;
}

export const [BodyContext, useBody] = /* @__PURE__ */ createPartsContext<Ctx>("BodyCheckIn");

// A marked place's words and intensity, the next steps and the change since last time show only
// once the check-in has a mark: their code is a dynamic import a host's bundler splits out of the
// first page load. Root loads it when a mark is there; a person reaching for a place (pointer
// down or focus on the outline or the list) starts it earlier, so it is usually in by then.
type MarkedModule = typeof import("./marked-parts");
const markedCode = /* @__PURE__ */ lazyModule((): Promise<MarkedModule> => import("./marked-parts"));

/** Starts loading the parts shown once a place is marked (reaching for a place does this too). */
export const preloadBodyCheckInDetails = (): Promise<unknown> => markedCode.load();
// A failure here is reported by Root when a mark needs the code.
const warm = () => void markedCode.load().catch(() => {});

function useMarkedCode(entry: BodyCheckInState["entry"], report: (error: AttuneError) => void): MarkedModule | undefined {
  const code = useLazyModule(markedCode);
  const shown = entry.marks.length > 0;
  React.useEffect(() => {
    if (code || !shown) return;
    let live = true;
    markedCode.load().then(
      undefined,
      (cause: unknown) => {
        // Tried again with the next change; marking, the sentence and sharing keep working.
        if (live) report({ code: "load-failed", message: "BodyCheckIn: the details of marked places could not load; the marks are kept.", cause });
      },
    );
    return () => {
      live = false;
    };
  }, [code, shown, entry, report]);
  return code;
}

/* -------------------------------------------------------------------------------------------
 * Root and header
 * -----------------------------------------------------------------------------------------*/

export interface BodyCheckInRootProps extends UseBodyCheckInProps, Omit<React.HTMLAttributes<HTMLElement>, "defaultValue" | "dir" | "onError"> {
  /** Level of the widget's own heading; sections use the next level. @default 2 */
  headingLevel?: number;
  /** Text direction. @default the provider's, else the page's */
  dir?: Direction;
}

const HOOK_PROPS = [
  "value",
  "defaultValue",
  "onValueChange",
  "previous",
  "defaultPrevious",
  "onPreviousChange",
  "view",
  "defaultView",
  "onViewChange",
  "persistKey",
  "onShare",
  "onBreathe",
  "onWriteCard",
  "now",
  "timeZone",
  "onError",
  "messages",
] as const satisfies ReadonlyArray<keyof UseBodyCheckInProps>;

/** Holds the check-in's state for the parts inside it; renders a `<section>`. */
export const Root = /* @__PURE__ */ React.forwardRef<HTMLElement, BodyCheckInRootProps>(function BodyCheckInRoot(props, ref) {
  const { headingLevel, dir, className, children, ...rest } = props;
  const state = useBodyCheckIn(props);
  for (const key of HOOK_PROPS) delete (rest as Record<string, unknown>)[key];
  const id = React.useId();
  const rootProps = useRootProps("body-check-in", { dir: parseDirection(dir), className });
  const level = headingLevelProp("BodyCheckIn", headingLevel, 5);
  const marked = useMarkedCode(state.entry, useErrorReporter(props.onError));
  const ctx = React.useMemo(() => ({ ...state, id, headingLevel: level, marked }), [state, id, level, marked]);
  return (
    <BodyContext.Provider value={ctx}>
      <section {...(rest as React.HTMLAttributes<HTMLElement>)} {...rootProps} ref={ref} aria-labelledby={rest["aria-labelledby"] ?? `${id}-title`}>
        {children}
        <LiveRegion message={state.announcement} />
      </section>
    </BodyContext.Provider>
  );
});

export type BodyCheckInHeaderProps = React.HTMLAttributes<HTMLDivElement>;

/** The title, the practice in one line and the privacy note. */
export const Header = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BodyCheckInHeaderProps>(function BodyCheckInHeader(props, ref) {
  const { t, id, headingLevel } = useBody("Header");
  return (
    <div {...props} ref={ref} data-attune-part="header">
      <Heading level={headingLevel} id={`${id}-title`} data-attune-part="title">
        {t("bodyCheckIn.label")}
      </Heading>
      <p data-attune-part="intro">{t("bodyCheckIn.intro")}</p>
      <p data-attune-part="private-note">{t("bodyCheckIn.private")}</p>
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * The body outline: decoration, with real toggle buttons beside it
 * -----------------------------------------------------------------------------------------*/

// Neutral front view: no gendered shape, no skin tone. Symmetric, so it reads the same either way.
const FIGURE: Record<Exclude<BodyPlace, "allOver">, string> = {
  head: "M60 6a15 17 0 1 1 0 34a15 17 0 1 1 0-34z",
  face: "M50 26h20v6a10 9 0 0 1-20 0z",
  throat: "M53 40h14v12h-14z",
  shoulders: "M36 64v-6a10 10 0 0 1 10-8h28a10 10 0 0 1 10 8v6z",
  chest: "M37 64h46v26h-46z",
  back: "M36 64h48v56a8 8 0 0 1-8 8h-32a8 8 0 0 1-8-8z",
  stomach: "M38 92h44v28h-44z",
  arms: "M21 60a6 6 0 0 1 12 0v66a6 6 0 0 1-12 0zM87 60a6 6 0 0 1 12 0v66a6 6 0 0 1-12 0zM27 128a7 7 0 1 1 0 14a7 7 0 1 1 0-14zM93 128a7 7 0 1 1 0 14a7 7 0 1 1 0-14z",
  legs: "M40 126h17v88a8 8 0 0 1-17 0zM63 126h17v88a8 8 0 0 1-17 0zM38 216h20v8h-20zM62 216h20v8h-20z",
};
const OUTLINE = ["head", "throat", "back", "arms", "legs"] as const;

export type BodyCheckInMapProps = React.HTMLAttributes<HTMLDivElement>;

/** The outline with one toggle button per place (one tab stop, arrow keys head to feet, Space toggles). */
export const BodyMap = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BodyCheckInMapProps>(function BodyCheckInMap(props, ref) {
  const { t, id, placeLabel, isMarked, togglePlace, entry } = useBody("Map");
  const roving = useRovingFocus<HTMLDivElement>({ orientation: "both" });
  const all = isMarked("allOver");
  return (
    <div {...props} ref={ref} data-attune-part="map" data-all-over={all ? "" : undefined}>
      <div
        ref={roving.ref}
        role="group"
        aria-labelledby={`${id}-map`}
        onKeyDown={roving.onKeyDown}
        onPointerDown={warm}
        onFocus={warm}
        data-attune-part="map-places"
      >
        <span id={`${id}-map`} data-attune-part="map-label">
          {t("bodyCheckIn.mapLabel")}
        </span>
        <svg viewBox="0 0 120 232" aria-hidden="true" focusable="false" data-attune-part="figure">
          {OUTLINE.map((p) => (
            <path key={p} d={FIGURE[p]} data-attune-part="outline" />
          ))}
          {(Object.keys(FIGURE) as Array<keyof typeof FIGURE>).map((p) => (
            <path
              key={p}
              d={FIGURE[p]}
              data-attune-part="region"
              data-place={p}
              data-state={isMarked(p) || all ? "on" : "off"}
            />
          ))}
        </svg>
        {BODY_PLACES.map((p, i) => {
          const on = entry.marks.some((m) => m.place === p);
          return (
            <button
              key={p}
              type="button"
              aria-pressed={on}
              data-attune-part="place"
              data-place={p}
              data-side={p === "allOver" ? "full" : i % 2 ? "end" : "start"}
              data-state={on ? "on" : "off"}
              style={p === "allOver" ? undefined : { gridRow: i + 2 }}
              {...roving.itemProps(i)}
              onClick={() => togglePlace(p)}
            >
              <span aria-hidden="true" data-attune-part="place-dot" />
              {placeLabel(p)}
            </button>
          );
        })}
      </div>
    </div>
  );
});

export type BodyCheckInListProps = React.HTMLAttributes<HTMLFieldSetElement>;

/** The same places as a plain list of checkboxes. */
export const List = /* @__PURE__ */ React.forwardRef<HTMLFieldSetElement, BodyCheckInListProps>(function BodyCheckInList(props, ref) {
  const { t, placeLabel, isMarked, togglePlace } = useBody("List");
  return (
    <fieldset {...props} ref={ref} data-attune-part="list">
      <legend>{t("bodyCheckIn.mapLabel")}</legend>
      {BODY_PLACES.map((p) => (
        <label key={p} data-attune-part="list-item" data-state={isMarked(p) ? "on" : "off"} onPointerDown={warm} onFocus={warm}>
          <input type="checkbox" checked={isMarked(p)} onChange={() => togglePlace(p)} />
          {placeLabel(p)}
        </label>
      ))}
    </fieldset>
  );
});

export type BodyCheckInViewToggleProps = React.ButtonHTMLAttributes<HTMLButtonElement>;

/** Switches between the outline and the plain list. */
export const ViewToggle = /* @__PURE__ */ React.forwardRef<HTMLButtonElement, BodyCheckInViewToggleProps>(function BodyCheckInViewToggle(props, ref) {
  const { t, view, setView } = useBody("ViewToggle");
  return (
    <Button
      variant="ghost"
      size="sm"
      {...props}
      ref={ref}
      data-attune-part="view-toggle"
      onClick={(e) => {
        props.onClick?.(e);
        if (!e.defaultPrevented) setView(view === "map" ? "list" : "map");
      }}
    >
      {t(view === "map" ? "bodyCheckIn.showList" : "bodyCheckIn.showMap")}
    </Button>
  );
});

/* -------------------------------------------------------------------------------------------
 * Each marked place: words, own words, intensity
 * -----------------------------------------------------------------------------------------*/

export interface BodyCheckInSliderProps extends Omit<React.HTMLAttributes<HTMLDivElement>, "onChange"> {
  place: BodyPlace;
}

/** Intensity 0 to 10 as a WAI-ARIA slider: arrows, Home/End, PageUp/PageDown, or a tap on the track. Loads with the first mark. */
export const Slider = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BodyCheckInSliderProps>(function BodyCheckInSlider(props, ref) {
  const { marked } = useBody("Slider");
  // A host's own layout may show a slider before anything is marked: it asks for the code itself
  // (a failure is reported by Root once a mark needs it).
  React.useEffect(() => {
    if (!marked) warm();
  }, [marked]);
  return marked ? <marked.Slider {...props} ref={ref} /> : null;
});

export interface BodyCheckInPlaceDetailsProps extends React.HTMLAttributes<HTMLFieldSetElement> {
  place: BodyPlace;
}

/** Words, the person's own words and the intensity for one marked place (named at once, the rest as its code loads). */
export const PlaceDetails = /* @__PURE__ */ React.forwardRef<HTMLFieldSetElement, BodyCheckInPlaceDetailsProps>(function BodyCheckInPlaceDetails(
  { place, ...props },
  ref,
) {
  const { entry, placeLabel, marked } = useBody("PlaceDetails");
  const mark = entry.marks.find((m) => m.place === place);
  if (!mark) return null;
  const label = placeLabel(place);
  return (
    <fieldset {...props} ref={ref} aria-busy={marked ? undefined : true} data-attune-part="place-details" data-place={place}>
      <legend>{label}</legend>
      {marked ? <marked.PlaceDetailsBody place={place} mark={mark} label={label} /> : null}
    </fieldset>
  );
});

export type BodyCheckInDetailsProps = React.HTMLAttributes<HTMLDivElement>;

/** One `PlaceDetails` per marked place, or a gentle hint when nothing is marked yet. */
export const Details = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BodyCheckInDetailsProps>(function BodyCheckInDetails(props, ref) {
  const { t, entry } = useBody("Details");
  return (
    <div {...props} ref={ref} data-attune-part="details">
      {entry.marks.length ? entry.marks.map((m) => <PlaceDetails key={m.place} place={m.place} />) : <p data-attune-part="hint">{t("bodyCheckIn.nothingYet")}</p>}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------
 * Feeling and need, the sentence, next steps, change, resources
 * -----------------------------------------------------------------------------------------*/

export type BodyCheckInNeedsProps = React.HTMLAttributes<HTMLDivElement>;

/** Optional: name the feeling and what is needed now (one choice; a pause asks how long). */
export const Needs = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BodyCheckInNeedsProps>(function BodyCheckInNeeds(props, ref) {
  const { t, id, entry, setFeeling, setNeed } = useBody("Needs");
  const roving = useRovingFocus<HTMLDivElement>({ orientation: "horizontal" });
  return (
    <div {...props} ref={ref} data-attune-part="needs">
      <label data-attune-part="field">
        <span>{t("bodyCheckIn.feeling")}</span>
        <input type="text" value={entry.feeling ?? ""} maxLength={280} onChange={(e) => setFeeling(e.target.value)} />
      </label>
      <div ref={roving.ref} role="group" aria-labelledby={`${id}-need`} onKeyDown={roving.onKeyDown} data-attune-part="need-options">
        <span id={`${id}-need`} data-attune-part="field-label">
          {t("bodyCheckIn.needLabel")}
        </span>
        {BODY_NEEDS.map((n, i) => (
          <button
            key={n}
            type="button"
            aria-pressed={entry.need === n}
            data-attune-part="need"
            data-state={entry.need === n ? "on" : "off"}
            {...roving.itemProps(i)}
            onClick={() => setNeed(entry.need === n ? undefined : n)}
          >
            {t(`bodyCheckIn.need.${n}`)}
          </button>
        ))}
      </div>
      {entry.need === "pause" ? (
        <label data-attune-part="field">
          <span>{t("bodyCheckIn.minutes")}</span>
          <select value={entry.minutes ?? PAUSE_MINUTES[0]} onChange={(e) => setNeed("pause", Number(e.target.value))}>
            {PAUSE_MINUTES.map((m) => (
              <option key={m} value={m}>
                {t("bodyCheckIn.minutesOption", { count: m })}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
});

export type BodyCheckInSentenceProps = React.HTMLAttributes<HTMLDivElement>;

/** The plain sentence built from the choices: editable, shared through `onShare`. */
export const Sentence = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BodyCheckInSentenceProps>(function BodyCheckInSentence(props, ref) {
  const { t, id, sentence, setSentence, edited, resetSentence, canShare, share, shared } = useBody("Sentence");
  return (
    <div {...props} ref={ref} data-attune-part="sentence">
      <label htmlFor={`${id}-sentence`} data-attune-part="field-label">
        {t("bodyCheckIn.sentenceLabel")}
      </label>
      <textarea id={`${id}-sentence`} value={sentence} rows={3} maxLength={1000} onChange={(e) => setSentence(e.target.value)} />
      <div data-attune-part="actions">
        {edited ? (
          <Button variant="ghost" size="sm" onClick={resetSentence}>
            {t("bodyCheckIn.reset")}
          </Button>
        ) : null}
        {canShare ? (
          <Button variant="primary" onClick={share} disabled={!sentence.trim()} data-state={shared ? "shared" : undefined}>
            {t(shared ? "bodyCheckIn.shared" : "bodyCheckIn.share")}
          </Button>
        ) : null}
      </div>
    </div>
  );
});

export interface BodyCheckInNextStepsProps extends React.HTMLAttributes<HTMLDivElement> {
  /** A breathing guide to embed (for example `<BreathingGuide />`), shown after "Breathe now". */
  breathing?: React.ReactNode;
}

/** Next steps: breathe now, write a reassurance card, check in again after the pause (loads with the first mark). */
export const NextSteps = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BodyCheckInNextStepsProps>(function BodyCheckInNextSteps(props, ref) {
  const { entry, marked } = useBody("NextSteps");
  return entry.marks.length && marked ? <marked.NextSteps {...props} ref={ref} /> : null;
});

export type BodyCheckInChangeProps = React.HTMLAttributes<HTMLDivElement>;

/** The change since the earlier check-in, as "7 to 3", overall and place by place (loads with the first mark). */
export const Change = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BodyCheckInChangeProps>(function BodyCheckInChange(props, ref) {
  const { changes, marked } = useBody("Change");
  return changes.length && marked ? <marked.Change {...props} ref={ref} /> : null;
});

/* -------------------------------------------------------------------------------------------
 * All in one
 * -----------------------------------------------------------------------------------------*/

export interface BodyCheckInProps extends BodyCheckInRootProps {
  /** A breathing guide to embed after "Breathe now"; without it, "Breathe now" calls `onBreathe`. */
  breathing?: React.ReactNode;
  /** The host's crisis resources, shown at the end. */
  resources?: React.ReactNode;
}

function Body({ breathing, resources }: Pick<BodyCheckInProps, "breathing" | "resources">) {
  const { view } = useBody("Root");
  return (
    <>
      <Header />
      <Change />
      <ViewToggle />
      {view === "map" ? <BodyMap /> : <List />}
      <Details />
      <Needs />
      <Sentence />
      <NextSteps breathing={breathing} />
      {resources ? <aside data-attune-part="resources">{resources}</aside> : null}
    </>
  );
}

/** Notice where something sits in the body, name it, and say it before reacting. */
export const BodyCheckIn = /* @__PURE__ */ React.forwardRef<HTMLElement, BodyCheckInProps>(function BodyCheckIn({ breathing, resources, ...props }, ref) {
  return (
    <Root {...props} ref={ref}>
      <Body breathing={breathing} resources={resources} />
    </Root>
  );
});
