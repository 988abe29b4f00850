import * as React from "react";
import {
  countGraphemes,
  localTimeZone,
  useAttune,
  useErrorReporter,
  useIsomorphicLayoutEffect,
  usePersistentState,
  useTranslator,
  type AttuneErrorCode,
  type ErrorHandler,
  type Message,
} from "@attune/core";
import {
  BLANK_CLOSENESS,
  BLANK_SPACE,
  BUILT_IN_TEMPLATES,
  DRAFT_WIDGET,
  PAUSE_TEMPLATE,
  buildCard,
  cardHints,
  clampMaxLength,
  fillTemplate,
  isDraft,
  limitText,
  normalizeTemplates,
  onDraftsCleared,
  pauseMismatch,
  resolveReturnTime,
  templateSlots,
  zonedTimeParts,
  type CardKind,
  type ComposerDraft,
  type ComposerTemplate,
  type HintId,
  type ReassuranceCardData,
  type SlotName,
} from "./compose";
import { msg, reassuranceComposerMessages, type MessageName, type ReassuranceComposerMessageKey } from "./messages";

export const DURATIONS = [20, 30, 45, 60, 90, 120, 180, 240];

export interface UseReassuranceComposerProps {
  /** Receives the card's structured data when the person chooses Send; the widget sends nothing itself. A rejected promise keeps the draft and calls onError ("callback-rejected"). */
  onSend?: (card: ReassuranceCardData) => void | Promise<unknown>;
  /** The draft, when the host owns it (with onValueChange). */
  value?: ComposerDraft;
  /** The draft at first. @default an empty card with no template chosen */
  defaultValue?: ComposerDraft;
  /** Called with every change to the draft. */
  onValueChange?: (draft: ComposerDraft) => void;
  /** Replaces the built-in templates; a function receives them to add, remove or reorder. Bad entries are left out and reported. @default the built-in templates */
  templates?: ComposerTemplate[] | ((builtIn: ComposerTemplate[]) => ComposerTemplate[]);
  /** Template chosen at first ("blank-space", "blank-closeness" or a template id). @default none */
  defaultTemplateId?: string;
  /** Longest card, in characters as people count them (grapheme clusters), 1 to 5000. @default 280 */
  maxLength?: number;
  /** Shows the hints the person can tick. @default true */
  hints?: boolean;
  /** IANA time zone the return time is chosen in. @default the browser's zone */
  timeZone?: string;
  /** Persists the draft under "attune:reassurance-composer:<persistKey>"; off when undefined. */
  persistKey?: string;
  /** Offers "Copy text" where the Clipboard API exists. @default true */
  allowCopy?: boolean;
  /** Offers "Share" where the Web Share API exists. @default true */
  allowShare?: boolean;
  /** Shows a Close button; unsent text is confirmed before it is discarded. */
  onClose?: () => void;
  /** Called for recoverable problems: storage, invalid input, a rejected onSend, clipboard, share. */
  onError?: ErrorHandler;
  messages?: Partial<Record<ReassuranceComposerMessageKey, Message>>;
}

type Pending = { kind: "discard" | "close" } | { kind: "replace"; id: string } | null;
export interface TemplateOption {
  id: string;
  label: string;
}

const blankKind = (tid: string): CardKind => (tid === BLANK_CLOSENESS ? "closeness" : "space");

/**
 * All of the composer's state and actions, for a host's own markup or the Composer parts:
 * the draft (value / defaultValue / onValueChange), the chosen template, the hints the person
 * ticked, the return time, persistence, review and send.
 */
export function useReassuranceComposer(props: UseReassuranceComposerProps) {
  const { onSend, hints = true, persistKey, allowCopy = true, allowShare = true, onClose, onError, messages } = props;
  const maxLength = clampMaxLength(props.maxLength ?? 280);
  const t = useTranslator(reassuranceComposerMessages, messages);
  const tr = msg(t);
  const { locale } = useAttune();
  const report = useErrorReporter(onError);
  const id = React.useId();
  // The browser's zone is read after mount: a server in another zone must not change the markup.
  const [browserZone, setBrowserZone] = React.useState<string>();
  React.useEffect(() => setBrowserZone(localTimeZone()), []);
  const zone = typeof props.timeZone === "string" ? props.timeZone : (browserZone ?? "UTC");
  const empty = tr("slot.empty");

  React.useEffect(() => {
    if (props.maxLength !== undefined && props.maxLength !== maxLength)
      report({ code: "invalid-input", message: `ReassuranceComposer: maxLength ${String(props.maxLength)} is not a whole number from 1 to 5000; using ${maxLength}.` });
  }, [props.maxLength, maxLength, report]);

  /* ---------------------------------------------------------------------------------------------
   * Templates
   * -------------------------------------------------------------------------------------------*/

  const templatesProp = props.templates;
  const { templates, problems } = React.useMemo(() => {
    const builtIn = BUILT_IN_TEMPLATES.map(([tid, group, kind]) => ({
      id: tid,
      group,
      kind,
      label: tr(`template.${tid}.label` as MessageName),
      text: tr(`template.${tid}` as MessageName),
    }));
    let given: unknown = builtIn;
    try {
      given = typeof templatesProp === "function" ? templatesProp(builtIn) : (templatesProp ?? builtIn);
    } catch (cause) {
      return { templates: builtIn, problems: [`templates function threw: ${String(cause)}`] };
    }
    return normalizeTemplates(given);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `t` stands for the messages
  }, [templatesProp, t]);
  React.useEffect(() => {
    for (const p of problems) report({ code: "invalid-input", message: `ReassuranceComposer: ${p}; it is left out.` });
  }, [problems, report]);
  const findTemplate = (tid: string) => templates.find((x) => x.id === tid);

  const options: string[] = [BLANK_SPACE, BLANK_CLOSENESS, ...templates.map((x) => x.id)];

  /* ---------------------------------------------------------------------------------------------
   * The draft: value / defaultValue / onValueChange, persisted when the host opts in
   * -------------------------------------------------------------------------------------------*/

  const formatDuration = (m: number) => (m % 60 ? tr("duration.minutes", { count: m }) : tr("duration.hours", { count: m / 60 }));
  const slotText = (d: ComposerDraft): Record<SlotName, string> => {
    const rt = resolveReturnTime(d.returnAt, zone).time;
    const parts = rt && zonedTimeParts(rt, locale);
    return {
      name: d.name,
      activity: d.activity,
      duration: formatDuration(d.durationMinutes),
      returnTime: parts ? tr("when", { weekday: parts.weekday, time: parts.time, count: parts.hour }) : "",
    };
  };
  const textFor = (tpl: ComposerTemplate | undefined, d: ComposerDraft) => (tpl ? limitText(fillTemplate(tpl.text, slotText(d), empty), maxLength) : "");

  const [initial] = React.useState<ComposerDraft>(() => {
    if (isDraft(props.defaultValue)) return { ...props.defaultValue, text: limitText(props.defaultValue.text, maxLength) };
    const tid = typeof props.defaultTemplateId === "string" && options.includes(props.defaultTemplateId) ? props.defaultTemplateId : "";
    const tpl = findTemplate(tid);
    const d: ComposerDraft = {
      templateId: tid,
      kind: tpl?.kind ?? blankKind(tid),
      text: "",
      edited: false,
      name: "",
      durationMinutes: 30,
      activity: "",
      returnAt: "",
      style: "calm",
      confirmed: [],
    };
    return { ...d, text: textFor(tpl, d) };
  });
  const [stored, setStored, { clear: clearStored, status: storageStatus }] = usePersistentState(initial, {
    widget: DRAFT_WIDGET,
    key: typeof persistKey === "string" && persistKey ? persistKey : undefined,
    validate: isDraft,
    onError,
  });
  const controlled = props.value !== undefined;
  const validValue = controlled && isDraft(props.value);
  React.useEffect(() => {
    if (controlled && !validValue) report({ code: "invalid-input", message: "ReassuranceComposer: value is not a draft; showing the composer's own." });
  }, [controlled, validValue, report]);
  const draft: ComposerDraft = validValue ? (props.value as ComposerDraft) : stored;
  const latest = React.useRef(draft);
  latest.current = draft;
  const onValueChange = React.useRef(props.onValueChange);
  onValueChange.current = props.onValueChange;

  const setDraft = React.useCallback(
    (next: ComposerDraft | ((prev: ComposerDraft) => ComposerDraft)) => {
      const resolved = typeof next === "function" ? next(latest.current) : next;
      if (Object.is(resolved, latest.current)) return;
      latest.current = resolved;
      setStored(resolved);
      onValueChange.current?.(resolved);
    },
    [setStored],
  );
  const clear = React.useCallback(() => {
    clearStored();
    if (latest.current !== initial) {
      latest.current = initial;
      onValueChange.current?.(initial);
    }
  }, [clearStored, initial]);
  React.useEffect(() => onDraftsCleared(clear), [clear]);

  // Counted once per text, and never past the limit: a huge stored draft costs one pass.
  const count = React.useMemo(() => countGraphemes(draft.text, maxLength + 1), [draft.text, maxLength]);
  // A stored draft longer than the limit (another version, tampering) is cut once, on load.
  React.useEffect(() => {
    if (storageStatus !== "ready" || count <= maxLength) return;
    setDraft((prev) => ({ ...prev, text: limitText(prev.text, maxLength) }));
    report({ code: "invalid-input", message: `ReassuranceComposer: the stored draft was longer than ${maxLength} characters and was cut to the limit.` });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when storage answers
  }, [storageStatus]);

  const template = findTemplate(draft.templateId);
  const slots = template ? templateSlots(template.text) : [];
  const rt = React.useMemo(() => resolveReturnTime(draft.returnAt, zone), [draft.returnAt, zone]);
  const remaining = maxLength - Math.min(count, maxLength);
  const dirty = draft.text.trim() !== "" && JSON.stringify(draft) !== JSON.stringify(initial);
  // Limited again here in case the host lowered maxLength after the text was written.
  const card = React.useMemo(
    () => buildCard({ ...draft, text: limitText(draft.text, maxLength) }, slots, rt.time, locale, template?.group),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- slots follow the template
    [draft, maxLength, rt.time, locale, template],
  );

  // A return time the person is typing is theirs to finish (the field says what is missing);
  // one that came from the host or storage, or a bad zone, is reported.
  const typedReturn = React.useRef(false);
  React.useEffect(() => {
    if (rt.error === "zone" || (rt.error && !typedReturn.current))
      report({ code: "invalid-input", message: `ReassuranceComposer: invalid return ${rt.error === "zone" ? `time zone "${zone}"` : `time "${draft.returnAt}"`}.` });
  }, [rt.error, zone, draft.returnAt, report]);

  /* ---------------------------------------------------------------------------------------------
   * Editing
   * -------------------------------------------------------------------------------------------*/

  const setSlot = (patch: Partial<Pick<ComposerDraft, "name" | "activity" | "durationMinutes" | "returnAt">>) => {
    if (patch.returnAt !== undefined) typedReturn.current = true;
    setDraft((prev) => {
      const next = { ...prev, ...patch };
      const tpl = findTemplate(prev.templateId);
      if (!prev.edited) return { ...next, text: textFor(tpl, next) };
      // Hand-edited text: swap the old slot value for the new one where it still appears.
      const before = slotText(prev);
      const after = slotText(next);
      let text = prev.text;
      for (const s of Object.keys(before) as SlotName[]) {
        if (before[s] && before[s] !== after[s] && text.includes(before[s])) text = text.replace(before[s], after[s] || empty);
      }
      return { ...next, text: limitText(text, maxLength) };
    });
  };

  const applyTemplate = (tid: string) =>
    setDraft((prev) => {
      const tpl = findTemplate(tid);
      const next = { ...prev, templateId: tid, kind: tpl?.kind ?? blankKind(tid), edited: false };
      return { ...next, text: textFor(tpl, next) };
    });

  const setText = (text: string) => setDraft((prev) => ({ ...prev, text: limitText(text, maxLength), edited: true }));
  const setStyle = (style: ComposerDraft["style"]) => setDraft((prev) => ({ ...prev, style }));
  const toggleHint = (hint: HintId, on: boolean) =>
    setDraft((prev) => {
      const rest = (prev.confirmed ?? []).filter((h) => h !== hint);
      return { ...prev, confirmed: on ? [...rest, hint] : rest };
    });

  const [announce, setAnnounce] = React.useState("");
  React.useEffect(() => {
    if (remaining === 0) setAnnounce(tr("full", { limit: maxLength }));
    else if (remaining === 10 || remaining === 20) setAnnounce(tr("left", { count: remaining }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `t` stands for the messages
  }, [remaining, maxLength, t]);

  /* ---------------------------------------------------------------------------------------------
   * Choosing a template, confirming, focus
   * -------------------------------------------------------------------------------------------*/

  const templatesRef = React.useRef<HTMLElement | null>(null);
  const focusTemplate = (tid?: string) => {
    const list = templatesRef.current;
    const all = Array.from(list?.querySelectorAll<HTMLElement>("[role=option]") ?? []);
    (all.find((el) => el.dataset.templateId === tid) ?? all[0])?.focus();
  };

  const [pending, setPending] = React.useState<Pending>(null);
  const returnFocus = React.useRef<HTMLElement | null>(null);
  const ask = (p: Pending) => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setPending(p);
  };
  const choose = (tid: string) => {
    if (tid === draft.templateId || !options.includes(tid)) return;
    if (draft.edited && draft.text.trim()) ask({ kind: "replace", id: tid });
    else applyTemplate(tid);
  };
  const answer = (yes: boolean) => {
    const p = pending;
    setPending(null);
    if (yes && p?.kind === "replace") applyTemplate(p.id);
    else if (yes) clear();
    if (yes && p?.kind === "close") onClose?.();
    else if (yes && p?.kind === "discard") focusTemplate(initial.templateId);
    else returnFocus.current?.focus();
  };
  const startOver = () => (dirty ? ask({ kind: "discard" }) : clear());
  const close = () => (dirty ? ask({ kind: "close" }) : onClose?.());

  /* ---------------------------------------------------------------------------------------------
   * Review and send
   * -------------------------------------------------------------------------------------------*/

  const [open, setOpenState] = React.useState(false);
  const [status, setStatus] = React.useState("");
  const setOpen = (o: boolean) => {
    setOpenState(o);
    setStatus("");
  };
  const [can, setCan] = React.useState({ copy: false, share: false });
  React.useEffect(() => {
    const n = typeof navigator === "undefined" ? undefined : navigator;
    setCan({ copy: typeof n?.clipboard?.writeText === "function", share: typeof n?.share === "function" });
  }, []);
  const justSent = React.useRef(false);
  const sending = React.useRef(false);
  const send = async () => {
    if (sending.current || !draft.text.trim()) return; // a second press while the host's promise is pending
    sending.current = true;
    try {
      await onSend?.(card);
    } catch (cause) {
      setStatus(tr("sendFailed"));
      // "callback-rejected" joins core's AttuneErrorCode list with the widget contract.
      report({ code: "callback-rejected" as AttuneErrorCode, message: "ReassuranceComposer: onSend rejected; the draft is kept.", cause });
      return;
    } finally {
      sending.current = false;
    }
    justSent.current = true;
    clear();
    setOpenState(false);
    setAnnounce(tr("sent"));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(card.text);
      setStatus(tr("copied"));
    } catch (cause) {
      report({ code: "clipboard", message: "Could not copy the card's text.", cause });
    }
  };
  const share = async () => {
    try {
      await navigator.share({ text: card.text });
    } catch (cause) {
      if ((cause as Error)?.name !== "AbortError") report({ code: "share", message: "Could not share the card.", cause });
    }
  };

  /* ---------------------------------------------------------------------------------------------
   * What the parts show
   * -------------------------------------------------------------------------------------------*/

  const chosen = draft.templateId !== "";
  const hintList = cardHints(draft.confirmed ?? [], rt.time).map((h) => ({
    ...h,
    label: tr(h.id === "time" ? (draft.kind === "space" ? "hint.time.space" : "hint.time.closeness") : (`hint.${h.id}` as MessageName)),
  }));
  // The clock is read only once a return time exists, which is only ever after mount.
  const mismatch = draft.templateId === PAUSE_TEMPLATE && rt.time !== null && pauseMismatch(rt.time, draft.durationMinutes, Date.now());
  const zoneNote = rt.error === "zone" ? tr("error.zone", { zone }) : rt.error === "time" ? tr("error.time") : "";

  const caret = React.useRef<number | null>(null);
  const textRef = React.useRef<HTMLTextAreaElement | null>(null);
  useIsomorphicLayoutEffect(() => {
    if (caret.current !== null && textRef.current) textRef.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [draft.text]);
  const onPaste = (e: React.ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData?.getData("text/plain");
    if (!pasted) return;
    // Cut a huge paste before it reaches the DOM: the browser never lays out a megabyte.
    e.preventDefault();
    const el = e.currentTarget;
    const head = el.value.slice(0, el.selectionStart) + limitText(pasted, maxLength);
    const text = limitText(head + el.value.slice(el.selectionEnd), maxLength);
    caret.current = Math.min(limitText(head, maxLength).length, text.length);
    setDraft((prev) => ({ ...prev, text, edited: true }));
  };

  const templateGroups = (["blank", "space", "closeness", "repair", "checkin"] as const)
    .map((g) => ({
      group: g,
      label: tr(`group.${g}`),
      options:
        g === "blank"
          ? [
              { id: BLANK_SPACE, label: tr("blank.space") },
              { id: BLANK_CLOSENESS, label: tr("blank.closeness") },
            ]
          : templates.filter((x) => x.group === g).map((x) => ({ id: x.id, label: x.label })),
    }))
    .filter((g) => g.options.length > 0);

  return {
    id,
    t,
    tr,
    locale,
    draft,
    setDraft,
    initial,
    chosen,
    templates,
    templateGroups,
    template,
    slots,
    choose,
    templatesRef,
    focusTemplate,
    setSlot,
    setText,
    setStyle,
    onPaste,
    textRef,
    formatDuration,
    durations: DURATIONS.includes(draft.durationMinutes) ? DURATIONS : [draft.durationMinutes, ...DURATIONS],
    count: Math.min(count, maxLength),
    remaining,
    maxLength,
    zone,
    zoneShown: zone === props.timeZone || browserZone !== undefined,
    returnTime: rt.time,
    returnError: rt.error,
    zoneNote,
    pause: draft.templateId === PAUSE_TEMPLATE ? { mismatch } : null,
    showHints: hints !== false,
    hints: hintList,
    toggleHint,
    card,
    dirty,
    pending,
    answer,
    startOver,
    close,
    canClose: typeof onClose === "function",
    open,
    setOpen,
    justSent,
    status,
    announce,
    send,
    canCopy: allowCopy !== false && can.copy,
    canShare: allowShare !== false && can.share,
    copy,
    share,
    messages,
    clear,
    report,
    /** The host's own onError, for parts that report through a core component of their own (the return time's date field). */
    onError,
  };
}

export type ReassuranceComposerState = ReturnType<typeof useReassuranceComposer>;
