import * as React from "react";
import {
  Button,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
  LiveRegion,
  VisuallyHidden,
  countGraphemes,
  localTimeZone,
  useAttune,
  useDirection,
  useErrorReporter,
  useIsomorphicLayoutEffect,
  usePersistentState,
  useRootProps,
  useTranslator,
  type Direction,
  type ErrorHandler,
  type Message,
} from "@attune/core";
import {
  BLANK_CLOSENESS,
  BLANK_SPACE,
  BUILT_IN_TEMPLATES,
  DRAFT_WIDGET,
  buildCard,
  cardHints,
  fillTemplate,
  formatZonedTime,
  isDraft,
  limitText,
  onDraftsCleared,
  resolveReturnTime,
  templateSlots,
  type CardStyle,
  type ComposerDraft,
  type ComposerTemplate,
  type ReassuranceCardData,
  type SlotName,
  type TemplateGroup,
} from "./compose";
import { msg, reassuranceComposerMessages, type MessageName, type ReassuranceComposerMessageKey } from "./messages";
import { ReassuranceCard } from "./reassurance-card";

type Key = ReassuranceComposerMessageKey;
const GROUPS: Array<"blank" | TemplateGroup> = ["blank", "space", "closeness", "repair", "checkin"];
const DURATIONS = [20, 30, 45, 60, 90, 120, 180, 240];
const STYLES: CardStyle[] = ["calm", "warm", "plain"];

export interface ReassuranceComposerProps {
  /** Receives the card's structured data when the person chooses Send; the widget sends nothing itself. A rejected promise keeps the draft. */
  onSend: (card: ReassuranceCardData) => void | Promise<unknown>;
  /** Replaces the built-in templates; a function receives them to add, remove or reorder. @default the built-in templates */
  templates?: ComposerTemplate[] | ((builtIn: ComposerTemplate[]) => ComposerTemplate[]);
  /** Template selected at first ("blank-space", "blank-closeness" or a template id). @default "blank-space" */
  defaultTemplateId?: string;
  /** Longest card, in characters as people count them (grapheme clusters). @default 280 */
  maxLength?: number;
  /** Shows the gentle completeness hints. @default true */
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
  /** Called for recoverable problems: storage, an invalid time or zone, clipboard, share. */
  onError?: ErrorHandler;
  messages?: Partial<Record<Key, Message>>;
  /** Text direction. @default the provider's, else the page's */
  dir?: Direction;
  className?: string;
}

type Pending = { kind: "discard" | "close" } | { kind: "replace"; id: string } | null;

/** Compose a short card that says "I need space, we're okay, I'll be back at 8", or "I'd love some time together". */
export function ReassuranceComposer(props: ReassuranceComposerProps) {
  const { onSend, maxLength = 280, hints = true, persistKey, allowCopy = true, allowShare = true, onClose, onError, messages } = props;
  const t = useTranslator(reassuranceComposerMessages, messages);
  const tr = msg(t);
  const { locale } = useAttune();
  const report = useErrorReporter(onError);
  const rootRef = React.useRef<HTMLElement>(null);
  const dir = useDirection(rootRef, props.dir);
  const rootProps = useRootProps("reassurance-composer", { dir: props.dir, className: props.className });
  const id = React.useId();
  // The browser's zone is read after mount: a server in another zone must not change the markup.
  const [browserZone, setBrowserZone] = React.useState<string>();
  React.useEffect(() => setBrowserZone(localTimeZone()), []);
  const zone = props.timeZone ?? browserZone ?? "UTC";
  const empty = tr("slot.empty");

  const templatesProp = props.templates;
  const templates = React.useMemo(() => {
    const builtIn = BUILT_IN_TEMPLATES.map(([tid, group, kind]) => ({
      id: tid,
      group,
      kind,
      label: tr(`template.${tid}.label` as MessageName),
      text: tr(`template.${tid}` as MessageName),
    }));
    return typeof templatesProp === "function" ? templatesProp(builtIn) : (templatesProp ?? builtIn);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [templatesProp, t]);
  const findTemplate = (tid: string) => templates.find((x) => x.id === tid);

  const slotText = (d: ComposerDraft): Record<SlotName, string> => {
    const rt = resolveReturnTime(d.returnAt, zone).time;
    const m = d.durationMinutes;
    return {
      name: d.name,
      activity: d.activity,
      duration: m % 60 ? tr("duration.minutes", { count: m }) : tr("duration.hours", { count: m / 60 }),
      returnTime: rt ? formatZonedTime(rt, locale) : "",
    };
  };
  const textFor = (tpl: ComposerTemplate | undefined, d: ComposerDraft) => (tpl ? limitText(fillTemplate(tpl.text, slotText(d), empty), maxLength) : "");

  const [initial] = React.useState<ComposerDraft>(() => {
    const tid = props.defaultTemplateId ?? BLANK_SPACE;
    const tpl = findTemplate(tid);
    const d: ComposerDraft = {
      templateId: tid,
      kind: tpl?.kind ?? (tid === BLANK_CLOSENESS ? "closeness" : "space"),
      text: "",
      edited: false,
      name: "",
      durationMinutes: 30,
      activity: "",
      returnAt: "",
      style: "calm",
    };
    return { ...d, text: textFor(tpl, d) };
  });
  const [draft, setDraft, { clear }] = usePersistentState(initial, { widget: DRAFT_WIDGET, key: persistKey, validate: isDraft, onError });
  React.useEffect(() => onDraftsCleared(clear), [clear]);

  const template = findTemplate(draft.templateId);
  const slots = template ? templateSlots(template.text) : [];
  const rt = React.useMemo(() => resolveReturnTime(draft.returnAt, zone), [draft.returnAt, zone]);
  const count = countGraphemes(draft.text);
  const remaining = maxLength - count;
  const dirty = draft.text.trim() !== "" && JSON.stringify(draft) !== JSON.stringify(initial);
  // Limited again here in case the host lowered maxLength after the text was written.
  const card = buildCard({ ...draft, text: limitText(draft.text, maxLength) }, slots, rt.time, locale);

  React.useEffect(() => {
    if (rt.error) report({ code: "invalid-input", message: `ReassuranceComposer: invalid return ${rt.error === "zone" ? `time zone "${zone}"` : `time "${draft.returnAt}"`}.` });
  }, [rt.error, zone, draft.returnAt, report]);

  /* ---------------------------------------------------------------------------------------------
   * Editing
   * -------------------------------------------------------------------------------------------*/

  const setSlot = (patch: Partial<ComposerDraft>) =>
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

  const applyTemplate = (tid: string) =>
    setDraft((prev) => {
      const tpl = findTemplate(tid);
      const next = { ...prev, templateId: tid, kind: tpl?.kind ?? (tid === BLANK_CLOSENESS ? ("closeness" as const) : ("space" as const)), edited: false };
      return { ...next, text: textFor(tpl, next) };
    });

  const caret = React.useRef<number | null>(null);
  const textRef = React.useRef<HTMLTextAreaElement>(null);
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
    const start = el.selectionStart;
    const head = el.value.slice(0, start) + limitText(pasted, maxLength);
    const text = limitText(head + el.value.slice(el.selectionEnd), maxLength);
    caret.current = Math.min(limitText(head, maxLength).length, text.length);
    setDraft((prev) => ({ ...prev, text, edited: true }));
  };

  const [announce, setAnnounce] = React.useState("");
  React.useEffect(() => {
    if (remaining === 0) setAnnounce(msg(t)("full", { limit: maxLength }));
    else if (remaining === 10 || remaining === 20) setAnnounce(msg(t)("left", { count: remaining }));
  }, [remaining, maxLength, t]);

  /* ---------------------------------------------------------------------------------------------
   * Template list: one tab stop, arrows move, Enter or Space chooses
   * -------------------------------------------------------------------------------------------*/

  const options = [BLANK_SPACE, BLANK_CLOSENESS, ...templates.map((x) => x.id)];
  const [active, setActive] = React.useState<string | null>(null);
  const activeId = active && options.includes(active) ? active : options.includes(draft.templateId) ? draft.templateId : BLANK_SPACE;
  const listRef = React.useRef<HTMLDivElement>(null);
  const focusOption = (tid: string) => {
    setActive(tid);
    listRef.current?.querySelectorAll<HTMLElement>("[role=option]")[options.indexOf(tid)]?.focus();
  };

  const [pending, setPending] = React.useState<Pending>(null);
  const returnFocus = React.useRef<HTMLElement | null>(null);
  const ask = (p: Pending) => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setPending(p);
  };
  const choose = (tid: string) => {
    if (tid === draft.templateId) return;
    if (draft.edited && draft.text.trim()) ask({ kind: "replace", id: tid });
    else applyTemplate(tid);
  };

  const onListKey = (e: React.KeyboardEvent) => {
    const i = options.indexOf(activeId);
    const next = dir === "rtl" ? "ArrowLeft" : "ArrowRight";
    const prev = dir === "rtl" ? "ArrowRight" : "ArrowLeft";
    let j = -1;
    if (e.key === "ArrowDown" || e.key === next) j = Math.min(i + 1, options.length - 1);
    else if (e.key === "ArrowUp" || e.key === prev) j = Math.max(i - 1, 0);
    else if (e.key === "Home") j = 0;
    else if (e.key === "End") j = options.length - 1;
    else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      return choose(activeId);
    } else return;
    e.preventDefault();
    focusOption(options[j]!);
  };

  const option = (tid: string, label: string) => (
    <div
      key={tid}
      id={`${id}o${options.indexOf(tid)}`}
      role="option"
      aria-selected={tid === draft.templateId}
      tabIndex={tid === activeId ? 0 : -1}
      data-attune-part="template"
      data-state={tid === draft.templateId ? "checked" : "unchecked"}
      onClick={() => {
        setActive(tid);
        choose(tid);
      }}
    >
      {label}
    </div>
  );

  /* ---------------------------------------------------------------------------------------------
   * Confirm, review, send
   * -------------------------------------------------------------------------------------------*/

  const keepRef = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (pending) keepRef.current?.focus();
  }, [pending]);
  const answer = (yes: boolean) => {
    const p = pending;
    setPending(null);
    if (yes && p?.kind === "replace") applyTemplate(p.id);
    else if (yes) clear();
    if (yes && p?.kind === "close") onClose?.();
    else if (yes && p?.kind === "discard") focusOption(initial.templateId);
    else returnFocus.current?.focus();
  };
  const closeOrAsk = (kind: "discard" | "close") => (dirty ? ask({ kind }) : kind === "close" ? onClose?.() : clear());

  const [open, setOpen] = React.useState(false);
  const [status, setStatus] = React.useState("");
  const [can, setCan] = React.useState({ copy: false, share: false });
  React.useEffect(() => {
    const n = typeof navigator === "undefined" ? undefined : navigator;
    setCan({ copy: typeof n?.clipboard?.writeText === "function", share: typeof n?.share === "function" });
  }, []);
  const justSent = React.useRef(false);

  const sending = React.useRef(false);
  const send = async () => {
    if (sending.current) return; // a second press while the host's promise is pending
    sending.current = true;
    try {
      await onSend(card);
    } catch {
      return setStatus(tr("sendFailed"));
    } finally {
      sending.current = false;
    }
    justSent.current = true;
    clear();
    setOpen(false);
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

  const field = (slot: SlotName, label: string, input: React.ReactElement, extra?: React.ReactNode) => (
    <div data-attune-part="slot" data-slot={slot} key={slot}>
      <label htmlFor={`${id}${slot}`}>{label}</label>
      {input}
      {extra}
    </div>
  );
  const zoneNote = rt.error === "zone" ? tr("error.zone", { zone }) : rt.error === "time" ? tr("error.time") : "";

  return (
    <section ref={rootRef} {...rootProps} aria-label={tr("label")} data-kind={draft.kind}>
      <p id={`${id}tl`} data-attune-part="label">
        {tr("templates")}
      </p>
      <div ref={listRef} role="listbox" aria-labelledby={`${id}tl`} data-attune-part="templates" onKeyDown={onListKey}>
        {GROUPS.map((g) => {
          const list = g === "blank" ? null : templates.filter((x) => x.group === g);
          if (list && !list.length) return null;
          return (
            <div key={g} role="presentation" data-attune-part="template-group">
              <div id={`${id}g${g}`} aria-hidden="true" data-attune-part="group-label">
                {tr(`group.${g}` as MessageName)}
              </div>
              <div role="group" aria-labelledby={`${id}g${g}`}>
                {list
                  ? list.map((x) => option(x.id, x.label))
                  : [option(BLANK_SPACE, tr("blank.space")), option(BLANK_CLOSENESS, tr("blank.closeness"))]}
              </div>
            </div>
          );
        })}
      </div>

      {pending && (
        <div role="alertdialog" aria-modal="false" aria-labelledby={`${id}cf`} data-attune-part="confirm">
          <p id={`${id}cf`}>{tr(pending.kind === "replace" ? "confirmReplace" : "confirmDiscard")}</p>
          <Button ref={keepRef} onClick={() => answer(false)}>
            {tr("confirmNo")}
          </Button>
          <Button variant="danger" onClick={() => answer(true)}>
            {tr("confirmYes")}
          </Button>
        </div>
      )}

      <div data-attune-part="slots">
        {slots.includes("name") &&
          field("name", tr("slot.name"), <input id={`${id}name`} type="text" autoComplete="off" dir="auto" value={draft.name} onChange={(e) => setSlot({ name: limitText(e.target.value, 40) })} />)}
        {slots.includes("duration") &&
          field(
            "duration",
            tr("slot.duration"),
            <select id={`${id}duration`} value={draft.durationMinutes} onChange={(e) => setSlot({ durationMinutes: Number(e.target.value) })}>
              {(DURATIONS.includes(draft.durationMinutes) ? DURATIONS : [draft.durationMinutes, ...DURATIONS]).map((m) => (
                <option key={m} value={m}>
                  {slotText({ ...draft, durationMinutes: m }).duration}
                </option>
              ))}
            </select>,
          )}
        {slots.includes("activity") &&
          field("activity", tr("slot.activity"), <input id={`${id}activity`} type="text" autoComplete="off" dir="auto" value={draft.activity} onChange={(e) => setSlot({ activity: limitText(e.target.value, 60) })} />)}
        {field(
          "returnTime",
          tr(draft.kind === "space" ? "slot.returnSpace" : "slot.returnCloseness"),
          <input
            id={`${id}returnTime`}
            type="datetime-local"
            value={draft.returnAt}
            aria-invalid={rt.error ? true : undefined}
            aria-describedby={`${id}zn`}
            onChange={(e) => setSlot({ returnAt: e.target.value })}
          />,
          <p id={`${id}zn`} data-attune-part={zoneNote ? "error" : "note"}>
            {zoneNote || (zone === props.timeZone || browserZone ? tr("slot.zone", { zone }) : "")}
          </p>,
        )}
      </div>

      <div data-attune-part="editor">
        <label htmlFor={`${id}text`}>{tr("text")}</label>
        <textarea
          ref={textRef}
          id={`${id}text`}
          dir="auto"
          rows={4}
          value={draft.text}
          aria-describedby={`${id}count`}
          onPaste={onPaste}
          onChange={(e) => setDraft((prev) => ({ ...prev, text: limitText(e.target.value, maxLength), edited: true }))}
        />
        <p id={`${id}count`} data-attune-part="counter" data-state={remaining <= 0 ? "full" : remaining <= 20 ? "near" : "ok"}>
          {tr("count", { count, limit: maxLength })}
        </p>
      </div>

      <fieldset data-attune-part="styles">
        <legend>{tr("style")}</legend>
        {STYLES.map((s) => (
          <label key={s}>
            <input type="radio" name={`${id}style`} value={s} checked={draft.style === s} onChange={() => setDraft((prev) => ({ ...prev, style: s }))} />
            {tr(`style.${s}` as MessageName)}
          </label>
        ))}
      </fieldset>

      <ReassuranceCard card={card} label={tr("preview")} maxLength={maxLength} messages={messages} />

      {hints && (
        <div data-attune-part="hints">
          <p id={`${id}hi`}>{tr("hints")}</p>
          <ul aria-labelledby={`${id}hi`}>
            {cardHints(draft.kind, draft.text, rt.time, {
              need: tr("words.need"),
              bond: tr("words.bond"),
              wish: tr("words.wish"),
              offer: tr("words.offer"),
            }).map((h) => (
              <li key={h.id} data-hint={h.id} data-state={h.met ? "met" : "missing"}>
                {tr(`hint.${h.id}` as MessageName)}
                <VisuallyHidden>: {tr(h.met ? "hint.met" : "hint.missing")}</VisuallyHidden>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div data-attune-part="actions">
        <Dialog
          open={open}
          onOpenChange={(o) => {
            setOpen(o);
            setStatus("");
          }}
        >
          <DialogTrigger asChild>
            <Button variant="primary" disabled={!draft.text.trim()}>
              {tr("review")}
            </Button>
          </DialogTrigger>
          <DialogContent
            className="attune-reassurance-review"
            onCloseAutoFocus={(e) => {
              // After sending, the trigger is disabled (the card is empty): start again at the templates.
              if (!justSent.current) return;
              justSent.current = false;
              e.preventDefault();
              focusOption(initial.templateId);
            }}
          >
            <DialogTitle>{tr("reviewTitle")}</DialogTitle>
            <DialogDescription>{tr("reviewDescription")}</DialogDescription>
            <ReassuranceCard card={card} maxLength={maxLength} messages={messages} />
            <div data-attune-part="actions">
              <Button variant="primary" onClick={send}>
                {tr("send")}
              </Button>
              {allowCopy && can.copy && <Button onClick={copy}>{tr("copy")}</Button>}
              {allowShare && can.share && <Button onClick={share}>{tr("share")}</Button>}
              <DialogClose asChild>
                <Button variant="ghost">{tr("keepEditing")}</Button>
              </DialogClose>
            </div>
            <LiveRegion message={status} />
          </DialogContent>
        </Dialog>
        {dirty && <Button onClick={() => closeOrAsk("discard")}>{tr("startOver")}</Button>}
        {onClose && (
          <Button variant="ghost" onClick={() => closeOrAsk("close")}>
            {tr("close")}
          </Button>
        )}
      </div>
      <LiveRegion message={announce} />
    </section>
  );
}
