import * as React from "react";
import {
  createPartsContext,
  Button,
  DateTimeField,
  LiveRegion,
  lazyModule,
  VisuallyHidden,
  parseDirection,
  useComposedRefs,
  useRootProps,
  useRovingFocus,
  type Direction,
} from "@attune/core";
import { joinReturnAt, limitText, splitReturnAt, todayIn, type CardStyle } from "./compose";
import type { MessageName } from "./messages";
import { CardView, level } from "./reassurance-card";
import { useReassuranceComposer, type ReassuranceComposerState, type UseReassuranceComposerProps } from "./use-reassurance-composer";

/** The host's handler runs first; `event.preventDefault()` there stops ours. */
function chain<E extends React.SyntheticEvent>(theirs: ((e: E) => void) | undefined, ours: (e: E) => void) {
  return (e: E) => {
    theirs?.(e);
    if (!e.defaultPrevented) ours(e);
  };
}

type Level = 1 | 2 | 3 | 4 | 5 | 6;

/* -------------------------------------------------------------------------------------------------
 * Root
 * -----------------------------------------------------------------------------------------------*/

const [ComposerContext, useComposerPart] = /* @__PURE__ */ createPartsContext<ReassuranceComposerState>("Composer");

/** The composer state from the nearest Composer.Root (for a host's own parts). */
export function useComposerContext(): ReassuranceComposerState {
  return useComposerPart();
}

type SectionProps = Omit<React.HTMLAttributes<HTMLElement>, "onError" | "defaultValue" | "dir">;

export interface ComposerRootProps extends UseReassuranceComposerProps, SectionProps {
  /** State from `useReassuranceComposer`, when the host holds it; else Root makes its own from these props. */
  composer?: ReassuranceComposerState;
  /** Text direction. @default the provider's, else the page's */
  dir?: Direction;
}

const HOOK_KEYS = [
  "onSend", "value", "defaultValue", "onValueChange", "templates", "defaultTemplateId", "maxLength", "hints",
  "timeZone", "persistKey", "allowCopy", "allowShare", "onClose", "onError", "messages",
] as const;

const RootView = /* @__PURE__ */ React.forwardRef<HTMLElement, SectionProps & { composer: ReassuranceComposerState; dir?: Direction }>(function RootView(
  { composer, dir, className, children, ...rest },
  ref,
) {
  const rootProps = useRootProps("reassurance-composer", { dir: parseDirection(dir), className });
  return (
    <ComposerContext.Provider value={composer}>
      <section aria-label={composer.tr("label")} {...rest} ref={ref} {...rootProps} data-kind={composer.draft.kind} data-state={composer.chosen ? "chosen" : "empty"}>
        {children}
        <LiveRegion message={composer.announce} />
      </section>
    </ComposerContext.Provider>
  );
});

const RootWithState = /* @__PURE__ */ React.forwardRef<HTMLElement, SectionProps & { hook: UseReassuranceComposerProps; dir?: Direction }>(function RootWithState(
  { hook, ...rest },
  ref,
) {
  return <RootView {...rest} ref={ref} composer={useReassuranceComposer(hook)} />;
});

/** The composer's root: holds the state (its own, or a `composer` from the hook) for the parts inside. */
export const ComposerRoot = /* @__PURE__ */ React.forwardRef<HTMLElement, ComposerRootProps>(function ComposerRoot(props, ref) {
  const rest: Record<string, unknown> = { ...props };
  for (const k of HOOK_KEYS) delete rest[k];
  return props.composer ? (
    <RootView {...(rest as SectionProps)} ref={ref} composer={props.composer} />
  ) : (
    <RootWithState {...(rest as SectionProps)} ref={ref} hook={props} />
  );
});

/* -------------------------------------------------------------------------------------------------
 * Templates: a listbox with one tab stop; arrows move, Enter or Space chooses
 * -----------------------------------------------------------------------------------------------*/

export interface ComposerTemplatesProps extends React.HTMLAttributes<HTMLDivElement> {
  /** Layout for arrow keys: "vertical" for a side column. @default "both" */
  orientation?: "vertical" | "horizontal" | "both";
  dir?: Direction;
}

export const ComposerTemplates = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ComposerTemplatesProps>(function ComposerTemplates(
  { orientation = "both", dir, onKeyDown, ...rest },
  ref,
) {
  const c = useComposerContext();
  const roving = useRovingFocus<HTMLDivElement>({ orientation, dir: parseDirection(dir) });
  const refs = useComposedRefs(ref, roving.ref, c.templatesRef as React.Ref<HTMLDivElement>);
  const flat = c.templateGroups.flatMap((g) => g.options.map((o) => o.id));
  const selected = flat.indexOf(c.draft.templateId);
  const { setActive } = roving;
  React.useEffect(() => setActive(Math.max(selected, 0)), [selected, setActive]);
  const labelId = `${c.id}tl`;
  let i = 0;
  return (
    <>
      <p id={labelId} data-attune-part="label">
        {c.tr("templates")}
      </p>
      <div
        role="listbox"
        aria-labelledby={labelId}
        data-attune-part="templates"
        data-orientation={orientation}
        {...rest}
        ref={refs}
        onKeyDown={chain(onKeyDown, (e) => {
          const tid = (e.target as HTMLElement).dataset.templateId;
          if ((e.key === "Enter" || e.key === " ") && tid) {
            e.preventDefault();
            c.choose(tid);
          } else roving.onKeyDown(e);
        })}
      >
        {c.templateGroups.map((g) => (
          <div key={g.group} role="presentation" data-attune-part="template-group" data-group={g.group}>
            <div id={`${c.id}g${g.group}`} aria-hidden="true" data-attune-part="group-label">
              {g.label}
            </div>
            <div role="group" aria-labelledby={`${c.id}g${g.group}`}>
              {g.options.map((o) => {
                const index = i++;
                const isSelected = o.id === c.draft.templateId;
                return (
                  <div
                    key={o.id}
                    role="option"
                    aria-selected={isSelected}
                    data-template-id={o.id}
                    data-attune-part="template"
                    data-state={isSelected ? "checked" : "unchecked"}
                    {...roving.itemProps(index)}
                    onClick={() => c.choose(o.id)}
                  >
                    {o.label}
                  </div>
                );
              })}
            </div>
          </div>
        ))}
      </div>
    </>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Confirm: "Replace what you wrote?" / "Discard this card?"
 * -----------------------------------------------------------------------------------------------*/

export type ComposerConfirmProps = React.HTMLAttributes<HTMLDivElement>;

export const ComposerConfirm = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ComposerConfirmProps>(function ComposerConfirm(props, ref) {
  const c = useComposerContext();
  const keep = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (c.pending) keep.current?.focus();
  }, [c.pending]);
  if (!c.pending) return null;
  return (
    <div role="alertdialog" aria-modal="false" aria-labelledby={`${c.id}cf`} data-attune-part="confirm" {...props} ref={ref}>
      <p id={`${c.id}cf`}>{c.tr(c.pending.kind === "replace" ? "confirmReplace" : "confirmDiscard")}</p>
      <Button ref={keep} onClick={() => c.answer(false)}>
        {c.tr("confirmNo")}
      </Button>
      <Button variant="danger" onClick={() => c.answer(true)}>
        {c.tr("confirmYes")}
      </Button>
    </div>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Slots: name, how long, what you'd like to do (the ones the template uses)
 * -----------------------------------------------------------------------------------------------*/

export type ComposerSlotsProps = React.HTMLAttributes<HTMLDivElement>;

function Field({ slot, id, label, children }: { slot: string; id: string; label: string; children: React.ReactNode }) {
  return (
    <div data-attune-part="slot" data-slot={slot}>
      <label htmlFor={id + slot}>{label}</label>
      {children}
    </div>
  );
}

export const ComposerSlots = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ComposerSlotsProps>(function ComposerSlots({ children, ...props }, ref) {
  const c = useComposerContext();
  const { draft, slots, id, tr } = c;
  return (
    <div data-attune-part="slots" {...props} ref={ref}>
      {slots.includes("name") && (
        <Field slot="name" id={id} label={tr("slot.name")}>
          <input id={`${id}name`} type="text" autoComplete="off" dir="auto" value={draft.name} onChange={(e) => c.setSlot({ name: limitText(e.target.value, 40) })} />
        </Field>
      )}
      {slots.includes("duration") && (
        <Field slot="duration" id={id} label={tr("slot.duration")}>
          <select id={`${id}duration`} value={draft.durationMinutes} onChange={(e) => c.setSlot({ durationMinutes: Number(e.target.value) })}>
            {c.durations.map((m) => (
              <option key={m} value={m}>
                {c.formatDuration(m)}
              </option>
            ))}
          </select>
        </Field>
      )}
      {slots.includes("activity") && (
        <Field slot="activity" id={id} label={tr("slot.activity")}>
          <input id={`${id}activity`} type="text" autoComplete="off" dir="auto" value={draft.activity} onChange={(e) => c.setSlot({ activity: limitText(e.target.value, 60) })} />
        </Field>
      )}
      {children}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------------
 * ReturnTime: when I'll be back / when I'd like time together, with the pause guidance
 * -----------------------------------------------------------------------------------------------*/

export type ComposerReturnTimeProps = React.HTMLAttributes<HTMLDivElement>;

/**
 * Core's DateTimeField (a typed date with the calendar picker, and a time), the same field as
 * the planner's. What is typed is kept as typed; a date or time that cannot be read, or one of
 * the two missing, is pointed out once focus leaves the field.
 */
export const ComposerReturnTime = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ComposerReturnTimeProps>(function ComposerReturnTime(
  { onFocus, onBlur, ...props },
  ref,
) {
  const c = useComposerContext();
  const { id, tr, draft, zone } = c;
  const value = splitReturnAt(draft.returnAt);
  const [editing, setEditing] = React.useState(false);
  // The picker opens on today's month; the clock is read after mount, never on a server.
  const [today, setToday] = React.useState<string>();
  React.useEffect(() => setToday(todayIn(zone, Date.now())), [zone]);
  const timeError = c.returnError === "time" && !editing;
  const error = c.returnError === "zone" || timeError;
  const note =
    c.returnError === "zone"
      ? c.zoneNote
      : timeError
        ? tr(value.date.trim() && value.time.trim() ? "error.time" : "error.incomplete")
        : c.zoneShown
          ? tr("slot.zone", { zone })
          : "";
  const ids = (...list: unknown[]) => list.filter(Boolean).join(" ") || undefined;
  return (
    <div
      data-attune-part="slot"
      data-slot="returnTime"
      {...props}
      ref={ref}
      onFocus={chain(onFocus, () => setEditing(true))}
      onBlur={chain(onBlur, (e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setEditing(false);
      })}
    >
      <DateTimeField
        aria-describedby={ids(!error && `${id}zn`, c.pause && `${id}pg`)}
        id={`${id}returnTime`}
        label={tr(draft.kind === "space" ? "slot.returnSpace" : "slot.returnCloseness")}
        value={value}
        onValueChange={(v) => c.setSlot({ returnAt: joinReturnAt(v) })}
        fallbackDate={today}
        onError={c.onError}
        errorId={ids(error && `${id}zn`, c.pause?.mismatch && `${id}pm`)}
      />
      <p id={`${id}zn`} data-attune-part={error ? "error" : "note"}>
        {note}
      </p>
      {c.pause && (
        <p id={`${id}pg`} data-attune-part="guidance">
          {tr("pause.guide")}
        </p>
      )}
      {c.pause?.mismatch && (
        <p id={`${id}pm`} data-attune-part="mismatch" role="status">
          {tr("pause.mismatch", { duration: c.formatDuration(draft.durationMinutes) })}
        </p>
      )}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Editor: the text, counted in characters as people see them
 * -----------------------------------------------------------------------------------------------*/

export type ComposerEditorProps = React.TextareaHTMLAttributes<HTMLTextAreaElement>;

export const ComposerEditor = /* @__PURE__ */ React.forwardRef<HTMLTextAreaElement, ComposerEditorProps>(function ComposerEditor(
  { onChange, onPaste, ...rest },
  ref,
) {
  const c = useComposerContext();
  const refs = useComposedRefs(ref, c.textRef);
  const state = c.remaining <= 0 ? "full" : c.remaining <= 20 ? "near" : "ok";
  return (
    <div data-attune-part="editor" data-state={state}>
      <label htmlFor={`${c.id}text`}>{c.tr("text")}</label>
      <textarea
        id={`${c.id}text`}
        dir="auto"
        rows={4}
        aria-describedby={`${c.id}count`}
        {...rest}
        ref={refs}
        value={c.draft.text}
        onPaste={chain(onPaste, c.onPaste)}
        onChange={chain(onChange, (e) => c.setText(e.target.value))}
      />
      <p id={`${c.id}count`} data-attune-part="counter" data-state={state}>
        {c.tr("count", { count: c.count, limit: c.maxLength })}
      </p>
    </div>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Styles: calm, warm, plain
 * -----------------------------------------------------------------------------------------------*/

export type ComposerStylesProps = React.FieldsetHTMLAttributes<HTMLFieldSetElement>;
const STYLES: CardStyle[] = ["calm", "warm", "plain"];

export const ComposerStyles = /* @__PURE__ */ React.forwardRef<HTMLFieldSetElement, ComposerStylesProps>(function ComposerStyles(props, ref) {
  const c = useComposerContext();
  return (
    <fieldset data-attune-part="styles" {...props} ref={ref}>
      <legend>{c.tr("style")}</legend>
      {STYLES.map((s) => (
        <label key={s}>
          <input type="radio" name={`${c.id}style`} value={s} checked={c.draft.style === s} onChange={() => c.setStyle(s)} />
          {c.tr(`style.${s}` as MessageName)}
        </label>
      ))}
    </fieldset>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Preview: the card as the partner will see it
 * -----------------------------------------------------------------------------------------------*/

export interface ComposerPreviewProps extends React.HTMLAttributes<HTMLElement> {
  /** Level of the card's heading. @default 3 */
  headingLevel?: Level;
}

export const ComposerPreview = /* @__PURE__ */ React.forwardRef<HTMLElement, ComposerPreviewProps>(function ComposerPreview({ headingLevel = 3, ...props }, ref) {
  const c = useComposerContext();
  // The composer's own card is built from a checked draft: shown as it is, not checked again.
  return <CardView {...props} ref={ref} card={c.card} label={c.tr("preview")} messages={c.messages} headingLevel={level(headingLevel, 3)} />;
});

/* -------------------------------------------------------------------------------------------------
 * Hints: what a card like this often says, ticked by the person
 * -----------------------------------------------------------------------------------------------*/

export type ComposerHintsProps = React.FieldsetHTMLAttributes<HTMLFieldSetElement>;

export const ComposerHints = /* @__PURE__ */ React.forwardRef<HTMLFieldSetElement, ComposerHintsProps>(function ComposerHints(props, ref) {
  const c = useComposerContext();
  if (!c.showHints) return null;
  return (
    <fieldset data-attune-part="hints" {...props} ref={ref}>
      <legend>{c.tr("hints")}</legend>
      {c.hints.map((h) => (
        <label key={h.id} data-hint={h.id} data-state={h.met ? "met" : "missing"}>
          <input type="checkbox" checked={h.met} onChange={(e) => c.toggleHint(h.id, e.target.checked)} />
          {h.label}
        </label>
      ))}
    </fieldset>
  );
});

/* -------------------------------------------------------------------------------------------------
 * SendButton: sends at once (for hosts without a review step)
 * -----------------------------------------------------------------------------------------------*/

export type ComposerSendButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement>;

export const ComposerSendButton = /* @__PURE__ */ React.forwardRef<HTMLButtonElement, ComposerSendButtonProps>(function ComposerSendButton(
  { onClick, children, ...props },
  ref,
) {
  const c = useComposerContext();
  return (
    <Button variant="primary" data-attune-part="send" disabled={!c.draft.text.trim()} {...props} ref={ref} onClick={chain(onClick, () => void c.send())}>
      {children ?? c.tr("send")}
    </Button>
  );
});

/* -------------------------------------------------------------------------------------------------
 * ReviewDialog: "Review and send", then the card, Send, Copy, Share, Keep editing
 * -----------------------------------------------------------------------------------------------*/

export interface ComposerReviewDialogProps extends React.HTMLAttributes<HTMLDivElement> {
  /** Level of the dialog's title. @default 2 */
  headingLevel?: Level;
}

// The dialog (core's Dialog, about a third of the widget) loads when a person first reaches for
// "Review and send": a host's bundler splits it out of the first page load. A failed load is
// reported, leaves the dialog closed and is tried again on the next press.
const reviewCode = /* @__PURE__ */ lazyModule(() => import("./review-dialog"));
/** Starts loading the review dialog (the trigger does this on pointer-enter and focus). */
export function preloadReviewDialog(): Promise<unknown> {
  return reviewCode.load();
}

/**
 * "Review and send" and the dialog it opens. The button works before the dialog's code has
 * loaded: pressing it says "Opening…" and the dialog opens as soon as the code arrives. Once
 * the code is here (preloaded on hover or focus), the dialog opens in the same render.
 */
export const ComposerReviewDialog = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ComposerReviewDialogProps>(function ComposerReviewDialog(
  { headingLevel = 2, ...props },
  ref,
) {
  const c = useComposerContext();
  const { open } = c;
  const trigger = React.useRef<HTMLButtonElement>(null);
  const Review = reviewCode.current?.default;
  // Kept mounted once it has opened, so its closing animation and focus return run.
  const [mounted, setMounted] = React.useState(false);
  const [failed, setFailed] = React.useState(false);
  const [, arrived] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => {
    if (!open) return;
    if (Review) return setMounted(true);
    let waiting = true;
    reviewCode.load().then(arrived, (cause: unknown) => {
      if (!waiting) return;
      setFailed(true);
      c.setOpen(false);
      c.report({ code: "load-failed", message: "ReassuranceComposer: the review dialog could not load; the draft is kept.", cause });
    });
    return () => void (waiting = false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- c.setOpen and c.report do not change what is waited for
  }, [open, Review]);
  const preload = () => void reviewCode.load().catch(() => {});
  return (
    <>
      <Button
        ref={trigger}
        variant="primary"
        data-attune-part="review"
        aria-haspopup="dialog"
        aria-expanded={open}
        data-state={open ? "open" : "closed"}
        disabled={!c.draft.text.trim()}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setFailed(false);
          c.setOpen(true);
        }}
      >
        {c.tr("review")}
      </Button>
      {Review && (open || mounted) ? (
        <Review c={c} level={level(headingLevel, 2)} trigger={trigger} contentRef={ref} contentProps={props} />
      ) : (
        open && (
          <VisuallyHidden role="status" data-attune-part="review-loading">
            {c.tr("opening")}
          </VisuallyHidden>
        )
      )}
      {failed && (
        <p role="status" data-attune-part="error">
          {c.tr("openFailed")}
        </p>
      )}
    </>
  );
});

/* -------------------------------------------------------------------------------------------------
 * Actions: Start over and Close (each asks first when there is unsent text)
 * -----------------------------------------------------------------------------------------------*/

export type ComposerActionsProps = React.HTMLAttributes<HTMLDivElement>;

export const ComposerActions = /* @__PURE__ */ React.forwardRef<HTMLDivElement, ComposerActionsProps>(function ComposerActions({ children, ...props }, ref) {
  const c = useComposerContext();
  return (
    <div data-attune-part="actions" {...props} ref={ref}>
      {children}
      {c.dirty && <Button onClick={c.startOver}>{c.tr("startOver")}</Button>}
      {c.canClose && (
        <Button variant="ghost" onClick={c.close}>
          {c.tr("close")}
        </Button>
      )}
    </div>
  );
});

/** The composer's parts as one namespace: `<Composer.Root>`, `<Composer.Templates>`, … */
export const Composer = {
  Root: ComposerRoot,
  Templates: ComposerTemplates,
  Confirm: ComposerConfirm,
  Slots: ComposerSlots,
  ReturnTime: ComposerReturnTime,
  Editor: ComposerEditor,
  Styles: ComposerStyles,
  Preview: ComposerPreview,
  Hints: ComposerHints,
  SendButton: ComposerSendButton,
  ReviewDialog: ComposerReviewDialog,
  Actions: ComposerActions,
};
