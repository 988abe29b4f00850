import * as React from "react";
import { useAttune } from "../context";
import type { Direction } from "../direction";
import { coreMessages } from "../messages";
import type { ErrorHandler } from "../storage";
import { useControllableState } from "../hooks/use-controllable-state";
import { useErrorReporter } from "../hooks/use-error-reporter";
import { useTranslator } from "../hooks/use-translator";
import { lazyModule } from "../lazy-module";
import { Button } from "./button";
import { dayLabel, parseDay, type Overrides } from "./calendar-grid";

export { CalendarGrid, type CalendarGridProps } from "./calendar-grid";

/* -------------------------------------------------------------------------------------------------
 * The picker dialog loads the first time a person reaches for the field's button
 * -----------------------------------------------------------------------------------------------*/

type PickerModule = typeof import("./date-picker-dialog");

// Core's Dialog and the month grid are a dynamic import a host's bundler splits: a page that
// shows the field downloads them only when a person points at, focuses or presses the button.
// Once loaded, every later field opens at once.
const pickerCode = /* @__PURE__ */ lazyModule((): Promise<PickerModule> => import("./date-picker-dialog"));
const loadPicker = () => pickerCode.load();
/** Starts loading DateTimeField's picker ahead of need (it loads by itself on pointer-enter, focus or press). */
export const preloadDatePicker = (): Promise<unknown> => loadPicker();

/* -------------------------------------------------------------------------------------------------
 * DateTimeField: a typed date (with the picker dialog) and, unless date-only, a time
 * -----------------------------------------------------------------------------------------------*/

/** What a DateTimeField holds: the texts as typed, so nothing a person types is lost. */
export interface DateTimeFieldValue {
  /** "YYYY-MM-DD" when valid; any text while being typed. */
  date: string;
  /** "HH:mm" when valid; "" for none. Ignored when `granularity` is "day". */
  time: string;
}

export interface DateTimeFieldProps extends Omit<React.HTMLAttributes<HTMLElement>, "defaultValue" | "onChange" | "onError"> {
  /** The field's visible label: the date input's label when date-only, else the group's legend. */
  label: string;
  /** Controlled value. */
  value?: DateTimeFieldValue;
  /** Initial value when uncontrolled. @default { date: "", time: "" } */
  defaultValue?: DateTimeFieldValue;
  /** Called with the whole value after each edit (typing, choosing a day). */
  onValueChange?: (value: DateTimeFieldValue) => void;
  /** "day" shows the date alone; "minute" adds a time input. @default "minute" */
  granularity?: "day" | "minute";
  /** The month the picker opens on when the date is empty or invalid ("YYYY-MM-DD"). */
  fallbackDate?: string;
  /** Id of an error message: marks the inputs invalid and points at it. */
  errorId?: string;
  /** Id of the date input (the time input adds "-time"). @default a generated id */
  id?: string;
  /** Heading level of the picker's month name. @default 3 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Disables the inputs and the picker button. @default false */
  disabled?: boolean;
  /** Explicit direction for the picker's arrow keys. */
  dir?: Direction;
  /** Overrides for the field's strings. */
  messages?: Overrides;
  /** Called when the picker's code could not load (code "load-failed"); what was typed is kept. */
  onError?: ErrorHandler;
}

const EMPTY: DateTimeFieldValue = { date: "", time: "" };

/**
 * One date-and-time field: a text input for "YYYY-MM-DD" (typing always works) with a button
 * that opens the APG date picker dialog, plus a native time input. The picker returns focus to
 * its button when it closes.
 */
export const DateTimeField = /* @__PURE__ */ React.forwardRef<HTMLElement, DateTimeFieldProps>(function DateTimeField(
  {
    label,
    value: valueProp,
    defaultValue = EMPTY,
    onValueChange,
    granularity = "minute",
    fallbackDate,
    errorId,
    id: idProp,
    headingLevel,
    disabled,
    dir,
    messages,
    onError,
    ...rest
  },
  ref,
) {
  const { locale } = useAttune();
  const report = useErrorReporter(onError);
  const t = useTranslator(coreMessages, messages);
  const [raw, setValue] = useControllableState({ value: valueProp, defaultValue, onChange: onValueChange, name: "DateTimeField value" });
  // A host may hand over anything: read only text.
  const value: DateTimeFieldValue = {
    date: typeof raw?.date === "string" ? raw.date : "",
    time: typeof raw?.time === "string" ? raw.time : "",
  };
  const [open, setOpen] = React.useState(false);
  // The picker's code: here at once when an earlier field loaded it, else after a press.
  const [picker, setPicker] = React.useState<PickerModule | undefined>(pickerCode.current);
  const mounted = React.useRef(false);
  React.useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);
  const load = () =>
    loadPicker().then(
      (m) => mounted.current && setPicker(() => m),
      (cause: unknown) => {
        if (!mounted.current) return;
        // Closed, nothing typed touched; the next press tries again.
        setOpen(false);
        report({ code: "load-failed", message: "DateTimeField: the date picker could not load; type the date instead.", cause });
      },
    );
  // Pointing at or focusing the button starts the download; a failure there is reported only on a press.
  const preload = () => void loadPicker().catch(() => {});
  const buttonRef = React.useRef<HTMLButtonElement>(null);
  const generated = React.useId();
  const id = idProp ?? generated;
  const day = parseDay(value.date);
  const dateOnly = granularity === "day";
  const invalid = errorId ? true : undefined;

  const dateInput = (
    <div data-attune-part="date-field-row">
      <input
        id={id}
        value={value.date}
        inputMode="numeric"
        autoComplete="off"
        placeholder="YYYY-MM-DD"
        disabled={disabled}
        aria-invalid={invalid}
        aria-describedby={errorId}
        aria-label={dateOnly ? undefined : t("core.date")}
        data-attune-part="date-input"
        onChange={(e) => setValue({ ...value, date: e.target.value })}
      />
      <Button
        ref={buttonRef}
        size="sm"
        disabled={disabled}
        data-attune-part="date-button"
        aria-label={day === undefined ? t("core.chooseDate") : `${t("core.chooseDate")}, ${dayLabel(day, locale)}`}
        aria-haspopup="dialog"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setOpen(true);
          const loaded = pickerCode.current;
          if (loaded) setPicker(() => loaded);
          else void load();
        }}
      >
        {/* Drawn, not an emoji: it shows the same on every device and takes the text colour
            (forced colours included). */}
        <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" data-attune-part="date-icon">
          <rect x="3.5" y="5" width="17" height="15.5" rx="2.5" />
          <path d="M3.5 10h17M8 3v4M16 3v4" />
        </svg>
      </Button>
      {picker && (
        <picker.DatePickerDialog
          open={open}
          onOpenChange={setOpen}
          buttonRef={buttonRef}
          initial={day === undefined ? fallbackDate : value.date}
          selected={day === undefined ? undefined : value.date}
          headingLevel={headingLevel}
          dir={dir}
          messages={messages}
          onSelect={(d) => {
            setValue({ ...value, date: d });
            setOpen(false);
          }}
        />
      )}
    </div>
  );

  if (dateOnly) {
    return (
      <div ref={ref as React.Ref<HTMLDivElement>} data-attune-part="date-field" data-granularity="day" {...rest}>
        <label htmlFor={id}>{label}</label>
        {dateInput}
      </div>
    );
  }
  return (
    <fieldset ref={ref as React.Ref<HTMLFieldSetElement>} data-attune-part="date-field" data-granularity="minute" disabled={disabled} {...rest}>
      <legend>{label}</legend>
      {dateInput}
      <input
        id={`${id}-time`}
        type="time"
        value={value.time}
        aria-label={t("core.time")}
        aria-invalid={invalid}
        aria-describedby={errorId}
        data-attune-part="time-input"
        onChange={(e) => setValue({ ...value, time: e.target.value })}
      />
    </fieldset>
  );
});
