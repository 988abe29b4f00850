import * as React from "react";
import { isValidTimeZone } from "@attune/core/logic";
import {
  oneOf,
  useAttune,
  useControllableState,
  useErrorReporter,
  usePersistentState,
  useTranslator,
  type ErrorHandler,
  type Message,
  type Translate,
  type ZonedTime,
} from "@attune/core";
import {
  MAX_TEXT,
  PAUSE_MINUTES,
  buildSentence,
  clampIntensity,
  compareCheckIns,
  emptyCheckIn,
  intensityBand,
  parseCheckIn,
  returnTime,
  togglePlace,
  updateMark,
  type BodyCheckInEntry,
  type BodyNeed,
  type BodyPlace,
  type BodyPlaceMark,
  type Sensation,
} from "./logic";
import { bodyCheckInMessages, type BodyCheckInMessageKey } from "./messages";

export type BodyCheckInMessages = Partial<Record<BodyCheckInMessageKey, Message>>;
export type BodyCheckInView = "map" | "list";

/** What goes out when the person shares: their sentence (as edited), the check-in and, for a pause, the return time. */
export interface BodyCheckInShare {
  text: string;
  checkIn: BodyCheckInEntry;
  returnAt?: ZonedTime;
}

export interface UseBodyCheckInProps {
  /** The check-in (controlled): plain JSON, see `BodyCheckInEntry`. */
  value?: BodyCheckInEntry;
  /** The check-in to start from when uncontrolled. @default an empty check-in */
  defaultValue?: BodyCheckInEntry;
  /** Called with the whole check-in after every change. */
  onValueChange?: (value: BodyCheckInEntry) => void;
  /** The earlier check-in to compare with ("7 to 3") (controlled). */
  previous?: BodyCheckInEntry;
  /** The earlier check-in when uncontrolled. @default none */
  defaultPrevious?: BodyCheckInEntry;
  /** Called when "Check in again" keeps the current check-in as the earlier one. */
  onPreviousChange?: (previous: BodyCheckInEntry) => void;
  /** Body outline or plain list (controlled). */
  view?: BodyCheckInView;
  /** @default "map" */
  defaultView?: BodyCheckInView;
  onViewChange?: (view: BodyCheckInView) => void;
  /** Persist the draft check-in under this key (through the provider's storage). Off by default. */
  persistKey?: string;
  /** Called when the person shares their sentence. A rejected promise is reported through onError. */
  onShare?: (event: BodyCheckInShare) => void | Promise<void>;
  /** When set (or when a `breathing` element is passed), offers "Breathe now". */
  onBreathe?: () => void | Promise<void>;
  /** When set, offers to write a reassurance card, with the sentence to start from. */
  onWriteCard?: (event: BodyCheckInShare) => void | Promise<void>;
  /** The current instant (epoch ms), for dating the check-in and the return time. @default Date.now() at the time */
  now?: number;
  /** The person's IANA time zone for the return time. @default the device's */
  timeZone?: string;
  /** Called for every recoverable problem: bad data, storage, a rejected callback. */
  onError?: ErrorHandler;
  /** Overrides for any message. */
  messages?: BodyCheckInMessages;
}

type Checked = { value: BodyCheckInEntry; problems: string[] };
function checked(value: unknown, name: string): Checked {
  if (value === undefined) return { value: emptyCheckIn(), problems: [] };
  const parsed = parseCheckIn(value);
  if (!parsed.ok) return { value: emptyCheckIn(), problems: [`BodyCheckIn ${name}: ${parsed.error}`] };
  return { value: parsed.value, problems: parsed.problems.map((p) => `BodyCheckIn ${name}: ${p}`) };
}
const isEntry = (v: unknown): v is BodyCheckInEntry => parseCheckIn(v).ok;

/**
 * Everything BodyCheckIn does, without its markup: the check-in, the actions that change it,
 * the sentence, the change since last time and what to announce. The parts render from this.
 */
export function useBodyCheckIn(props: UseBodyCheckInProps) {
  const { value, defaultValue, onValueChange, persistKey, onShare, onBreathe, onWriteCard, now, timeZone, onError, messages } = props;
  const t: Translate<BodyCheckInMessageKey> = useTranslator(bodyCheckInMessages, messages);
  const { locale } = useAttune();
  const report = useErrorReporter(onError);

  const initial = React.useMemo(() => checked(defaultValue, "defaultValue"), []); // eslint-disable-line react-hooks/exhaustive-deps -- a default is read once
  const [inner, setInner, storage] = usePersistentState<BodyCheckInEntry>(initial.value, {
    widget: "body-check-in",
    key: persistKey,
    validate: isEntry,
    onError,
  });
  const controlled = value !== undefined;
  const current = React.useMemo(() => checked(controlled ? value : inner, controlled ? "value" : "stored check-in"), [controlled, value, inner]);
  const [rawPrevious, setPrevious] = useControllableState<BodyCheckInEntry | undefined>({
    value: props.previous,
    defaultValue: props.defaultPrevious,
    onChange: props.onPreviousChange as (p: BodyCheckInEntry | undefined) => void,
    name: "BodyCheckIn previous",
  });
  const previous = React.useMemo(() => (rawPrevious === undefined ? undefined : checked(rawPrevious, "previous")), [rawPrevious]);
  React.useEffect(() => {
    for (const message of [...initial.problems, ...current.problems, ...(previous?.problems ?? [])]) report({ code: "invalid-data", message });
  }, [initial, current, previous, report]);

  const VIEWS: BodyCheckInView[] = ["map", "list"];
  const [view, setView] = useControllableState<BodyCheckInView>({
    value: props.view === undefined ? undefined : oneOf("BodyCheckIn view", props.view, VIEWS, "map"),
    defaultValue: oneOf("BodyCheckIn defaultView", props.defaultView, VIEWS, "map"),
    onChange: props.onViewChange,
    name: "BodyCheckIn view",
  });

  const entry = current.value;
  const latest = React.useRef(entry);
  latest.current = entry;
  const onChangeRef = React.useRef(onValueChange);
  onChangeRef.current = onValueChange;
  const nowMs = () => (typeof now === "number" && Number.isFinite(now) ? now : Date.now());

  const [announcement, setAnnouncement] = React.useState("");
  const [edited, setEdited] = React.useState<string | null>(null);
  const [shared, setShared] = React.useState(false);
  const [breathing, setBreathing] = React.useState(false);

  // Actions are plain functions called from event handlers; they read the latest check-in through a ref.
  const update = (change: (e: BodyCheckInEntry) => BodyCheckInEntry) => {
    let next = change(latest.current);
    // Dated by its first change, never during render (server and client agree).
    if (next.date === undefined) next = { ...next, date: nowMs() };
    latest.current = next;
    setInner(next);
    setShared(false);
    onChangeRef.current?.(next);
  };

  const placeLabel = (p: BodyPlace) => t(`bodyCheckIn.place.${p}`);
  const isMarked = (p: BodyPlace) => entry.marks.some((m) => m.place === p);
  const togglePlaceAction = (p: BodyPlace) => {
    const on = !latest.current.marks.some((m) => m.place === p);
    update((e) => togglePlace(e, p));
    setAnnouncement(t(on ? "bodyCheckIn.announceOn" : "bodyCheckIn.announceOff", { place: placeLabel(p) }));
  };
  const toggleSensation = (p: BodyPlace, s: Sensation) =>
    update((e) =>
      updateMark(e, p, (m) => ({ ...m, sensations: m.sensations.includes(s) ? m.sensations.filter((x) => x !== s) : [...m.sensations, s] })),
    );
  const setOwn = (p: BodyPlace, own: string) =>
    update((e) =>
      updateMark(e, p, (m) => {
        const { own: _, ...rest } = m;
        return own ? { ...rest, own: own.slice(0, MAX_TEXT) } : rest;
      }),
    );
  const setIntensity = (p: BodyPlace, n: number) => {
    const v = clampIntensity(n);
    if (v === undefined || entry.marks.find((m) => m.place === p)?.intensity === v) return;
    update((e) => updateMark(e, p, (m) => ({ ...m, intensity: v })));
  };
  const setFeeling = (feeling: string) =>
    update((e) => {
      const { feeling: _, ...rest } = e;
      return feeling ? { ...rest, feeling: feeling.slice(0, MAX_TEXT) } : rest;
    });
  const setNeed = (need: BodyNeed | undefined, minutes?: number) =>
    update((e) => {
      const { need: _n, minutes: _m, returnAt: _r, ...rest } = e;
      if (!need) return rest;
      return need === "pause" ? { ...rest, need, minutes: minutes ?? e.minutes ?? PAUSE_MINUTES[0] } : { ...rest, need };
    });

  const built = buildSentence(entry, {
    sensation: (s) => t(`bodyCheckIn.sense.${s}`),
    where: (p) => t(`bodyCheckIn.where.${p}`),
    mark: (what, where) => t("bodyCheckIn.s.mark", { what, where }),
    something: t("bodyCheckIn.s.something"),
    noticing: (marks) => t("bodyCheckIn.s.noticing", { marks }),
    about: (v) => t("bodyCheckIn.s.about", { value: v }),
    feeling: (feeling) => t("bodyCheckIn.s.feeling", { feeling }),
    need: (need, minutes) => t(`bodyCheckIn.s.${need}`, { minutes }),
    locale,
  });
  // Nothing the person typed is lost: their edit stands until they ask to rebuild it.
  const sentence = edited ?? built;

  const callHost = (name: string, fn: ((arg: BodyCheckInShare) => unknown) | undefined, arg: BodyCheckInShare) => {
    try {
      const result = fn?.(arg);
      if (result instanceof Promise) result.catch((cause: unknown) => report({ code: "callback-rejected", message: `${name} rejected`, cause }));
    } catch (cause) {
      report({ code: "callback-rejected", message: `${name} threw`, cause });
    }
  };
  const event = (): BodyCheckInShare => {
    const e = latest.current;
    if (e.need !== "pause") return { text: sentence, checkIn: e };
    let zone = timeZone;
    if (zone !== undefined && !isValidTimeZone(zone)) {
      report({ code: "invalid-time-zone", message: `BodyCheckIn timeZone "${String(zone)}" is not valid` });
      zone = undefined;
    }
    const returnAt = returnTime(nowMs(), e.minutes ?? PAUSE_MINUTES[0], zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
    return { text: sentence, checkIn: { ...e, returnAt }, returnAt };
  };

  const share = () => {
    if (!onShare || !sentence.trim()) return;
    setShared(true);
    setAnnouncement(t("bodyCheckIn.shared"));
    callHost("onShare", onShare, event());
  };
  const writeCard = () => callHost("onWriteCard", onWriteCard, event());
  const breathe = () => {
    setBreathing(true);
    callHost("onBreathe", onBreathe as (() => unknown) | undefined, event());
  };

  /** Keep this check-in as the earlier one and start a fresh one to compare. */
  const checkInAgain = () => {
    const e = latest.current;
    if (!e.marks.length) return;
    setPrevious({ ...e, date: e.date ?? nowMs() });
    const fresh = emptyCheckIn();
    latest.current = fresh;
    setInner(fresh);
    onChangeRef.current?.(fresh);
    setEdited(null);
    setShared(false);
    setBreathing(false);
    setAnnouncement(t("bodyCheckIn.againDone"));
  };

  const clear = () => {
    storage.clear();
    const fresh = emptyCheckIn();
    latest.current = fresh;
    onChangeRef.current?.(fresh);
    setEdited(null);
  };

  const valueText = (m: BodyPlaceMark | undefined) =>
    m?.intensity === undefined
      ? t("bodyCheckIn.notRated")
      : t("bodyCheckIn.valueText", { value: m.intensity, words: t(`bodyCheckIn.band.${intensityBand(m.intensity)}`) });

  const changes = previous && previous.value.marks.length ? compareCheckIns(previous.value, entry) : [];

  return {
    t,
    locale,
    entry,
    previous: previous?.value,
    changes,
    view,
    setView,
    announcement,
    sentence,
    edited: edited !== null,
    setSentence: (s: string) => setEdited(s),
    resetSentence: () => setEdited(null),
    shared,
    breathing,
    canShare: typeof onShare === "function",
    canBreathe: typeof onBreathe === "function",
    canWriteCard: typeof onWriteCard === "function",
    placeLabel,
    isMarked,
    valueText,
    togglePlace: togglePlaceAction,
    toggleSensation,
    setOwn,
    setIntensity,
    setFeeling,
    setNeed,
    share,
    writeCard,
    breathe,
    checkInAgain,
    clear,
  };
}

export type BodyCheckInState = ReturnType<typeof useBodyCheckIn>;
