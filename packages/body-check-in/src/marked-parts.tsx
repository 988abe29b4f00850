import * as React from "react";
import { Button, Heading, useComposedRefs, useDirection, useRovingFocus } from "@attune/core";
import { SENSATIONS, type BodyPlace, type BodyPlaceMark } from "./logic";
import { useBody, type BodyCheckInChangeProps, type BodyCheckInNextStepsProps, type BodyCheckInSliderProps } from "./body-check-in";

// Loaded by Root in "./body-check-in" once the check-in has a mark (or a person reaches for a
// place): what shows only for marked places. The parts of the same names there render these.

/* -------------------------------------------------------------------------------------------
 * Each marked place: words, own words, intensity
 * -----------------------------------------------------------------------------------------*/

export const Slider = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BodyCheckInSliderProps>(function BodyCheckInSlider(props, ref) {
  const { place, onKeyDown, onPointerDown, ...rest } = props;
  const { t, entry, placeLabel, setIntensity, valueText } = useBody("Slider");
  const inner = React.useRef<HTMLDivElement>(null);
  const refs = useComposedRefs(inner, ref);
  const dir = useDirection(inner);
  const mark = entry.marks.find((m) => m.place === place);
  const v = mark?.intensity;
  const text = valueText(mark);
  return (
    <div data-attune-part="slider-field">
      <span data-attune-part="slider-value" aria-hidden="true">
        {text}
      </span>
      <div
        {...rest}
        ref={refs}
        role="slider"
        tabIndex={0}
        aria-label={t("bodyCheckIn.intensity", { place: placeLabel(place) })}
        aria-valuemin={0}
        aria-valuemax={10}
        aria-valuenow={v ?? 0}
        aria-valuetext={text}
        aria-orientation="horizontal"
        data-attune-part="slider"
        data-state={v === undefined ? "unset" : "set"}
        onKeyDown={(e) => {
          onKeyDown?.(e);
          if (e.defaultPrevented) return;
          // Right-to-left, the track runs the other way, and so do the left and right arrows.
          const flip = dir === "rtl" ? -1 : 1;
          const step = { ArrowUp: 1, ArrowDown: -1, ArrowRight: flip, ArrowLeft: -flip, PageUp: 2, PageDown: -2, Home: -10, End: 10 }[e.key];
          if (!step) return;
          e.preventDefault();
          setIntensity(place, (v ?? 0) + step);
        }}
        onPointerDown={(e) => {
          onPointerDown?.(e);
          if (e.defaultPrevented) return;
          const r = e.currentTarget.getBoundingClientRect();
          if (!r.width) return;
          const f = (e.clientX - r.left) / r.width;
          setIntensity(place, Math.round((dir === "rtl" ? 1 - f : f) * 10));
          e.currentTarget.focus();
        }}
      >
        <span data-attune-part="slider-track">
          <span data-attune-part="slider-range" style={{ transform: `scaleX(${(v ?? 0) / 10})` }} />
        </span>
        <span data-attune-part="slider-thumb" style={{ insetInlineStart: `${(v ?? 0) * 10}%` }} />
      </div>
    </div>
  );
});

/** Inside PlaceDetails' fieldset, after its legend: the words, the person's own words and the intensity. */
export function PlaceDetailsBody({ place, mark, label }: { place: BodyPlace; mark: BodyPlaceMark; label: string }) {
  const { t, toggleSensation, setOwn } = useBody("PlaceDetails");
  const roving = useRovingFocus<HTMLDivElement>({ orientation: "horizontal" });
  return (
    <>
      <div
        ref={roving.ref}
        role="group"
        aria-label={t("bodyCheckIn.sensationsFor", { place: label })}
        onKeyDown={roving.onKeyDown}
        data-attune-part="sensations"
      >
        {SENSATIONS.map((s, i) => {
          const on = mark.sensations.includes(s);
          return (
            <button
              key={s}
              type="button"
              aria-pressed={on}
              data-attune-part="sensation"
              data-state={on ? "on" : "off"}
              {...roving.itemProps(i)}
              onClick={() => toggleSensation(place, s)}
            >
              {t(`bodyCheckIn.sense.${s}`)}
            </button>
          );
        })}
      </div>
      <label data-attune-part="field">
        <span>{t("bodyCheckIn.ownWords")}</span>
        <input type="text" value={mark.own ?? ""} maxLength={280} onChange={(e) => setOwn(place, e.target.value)} />
      </label>
      <Slider place={place} />
    </>
  );
}

/* -------------------------------------------------------------------------------------------
 * Next steps and the change since last time
 * -----------------------------------------------------------------------------------------*/

export const NextSteps = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BodyCheckInNextStepsProps>(function BodyCheckInNextSteps(
  { breathing, ...props },
  ref,
) {
  const { t, canBreathe, breathe, breathing: open, canWriteCard, writeCard, checkInAgain } = useBody("NextSteps");
  return (
    <div {...props} ref={ref} data-attune-part="next-steps">
      <div data-attune-part="actions">
        {canBreathe || breathing ? <Button onClick={breathe}>{t("bodyCheckIn.breathe")}</Button> : null}
        {canWriteCard ? <Button onClick={writeCard}>{t("bodyCheckIn.writeCard")}</Button> : null}
        <Button
          variant="ghost"
          onClick={(e) => {
            // This button goes away with the marks; focus moves to where the next check-in starts.
            const start = e.currentTarget.closest("section")?.querySelector<HTMLElement>('[data-attune-part="place"][tabindex="0"], [data-attune-part="list"] input');
            checkInAgain();
            start?.focus();
          }}
        >
          {t("bodyCheckIn.again")}
        </Button>
      </div>
      {open && breathing ? <div data-attune-part="breathing">{breathing}</div> : null}
    </div>
  );
});

export const Change = /* @__PURE__ */ React.forwardRef<HTMLDivElement, BodyCheckInChangeProps>(function BodyCheckInChange(props, ref) {
  const { t, id, headingLevel, changes, placeLabel } = useBody("Change");
  return (
    <div {...props} ref={ref} role="group" aria-labelledby={`${id}-change`} data-attune-part="change">
      <Heading level={headingLevel + 1} id={`${id}-change`}>
        {t("bodyCheckIn.changeHeading")}
      </Heading>
      <ul>
        {changes.map((c) => (
          <li key={c.place} data-direction={c.now < c.before ? "down" : c.now > c.before ? "up" : "same"}>
            {c.place === "overall"
              ? t("bodyCheckIn.changeOverall", { before: c.before, now: c.now })
              : t("bodyCheckIn.changePlace", { place: placeLabel(c.place), before: c.before, now: c.now })}
          </li>
        ))}
      </ul>
    </div>
  );
});
