import * as React from "react";
import {
  Button,
  animateElement,
  useAttune,
  useComposedRefs,
  useReducedMotion,
  useRootProps,
  useTranslator,
  type Message,
} from "@attune/core";
import {
  CARD_VERSION,
  formatZonedTime,
  limitText,
  normalizeCard,
  type AcknowledgementKind,
  type ReassuranceAcknowledgement,
  type ReassuranceCardData,
} from "./compose";
import { msg, reassuranceComposerMessages, type ReassuranceComposerMessageKey } from "./messages";

export interface ReassuranceCardProps extends Omit<React.HTMLAttributes<HTMLElement>, "children"> {
  /** The card as onSend delivered it; data from elsewhere is checked before it is shown. */
  card: ReassuranceCardData;
  /** Zone to show the return time in (the reader's). @default the zone the sender chose */
  timeZone?: string;
  /** Accessible name of the card. @default messages "card" */
  label?: string;
  /** Longest text shown, in characters (grapheme clusters). @default 1000 */
  maxLength?: number;
  /** Level of the card's heading. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /**
   * Offers one-tap replies ("Thank you, see you then", "Take the time you need", or a line of
   * the reader's own); called with the reply, which the host sends back. Off when undefined.
   */
  onAcknowledge?: (acknowledgement: ReassuranceAcknowledgement) => void;
  messages?: Partial<Record<ReassuranceComposerMessageKey, Message>>;
}

/** The card as the partner receives it: the same look as the composer's preview. */
export const ReassuranceCard = /* @__PURE__ */ React.forwardRef<HTMLElement, ReassuranceCardProps>(function ReassuranceCard(
  { card: raw, timeZone, label, maxLength, headingLevel = 2, onAcknowledge, messages, className, ...rest },
  forwarded,
) {
  const tr = msg(useTranslator(reassuranceComposerMessages, messages));
  const rootProps = useRootProps("reassurance-card", { className });
  const { locale } = useAttune();
  const reduced = useReducedMotion();
  const ref = React.useRef<HTMLElement>(null);
  const refs = useComposedRefs(forwarded, ref);
  const id = React.useId();
  const card = React.useMemo(() => normalizeCard(raw, typeof maxLength === "number" && maxLength > 0 ? maxLength : 1000), [raw, maxLength]);
  const look = card ? `${card.kind} ${card.style}` : "";
  const first = React.useRef(true);
  const [own, setOwn] = React.useState("");
  const [replied, setReplied] = React.useState("");

  React.useEffect(() => {
    if (first.current) return void (first.current = false);
    if (ref.current) void animateElement(ref.current, { opacity: [0.4, 1], transform: ["scale(0.98)", "scale(1)"] }, { duration: 0.2, reduced });
  }, [look, reduced]);

  if (!card) return null;
  const time = card.returnTime && formatZonedTime(card.returnTime, locale, timeZone, true);
  // The heading follows the template's group, else the card's kind; anything else is neutral.
  const heading = tr(card.group ? `group.${card.group}` : card.templateId.startsWith("blank-") ? `group.${card.kind}` : "card.neutral");
  const H = `h${typeof headingLevel === "number" && headingLevel >= 1 && headingLevel <= 6 ? Math.trunc(headingLevel) : 2}` as "h2";
  const reply = (kind: AcknowledgementKind, text: string) => {
    const clean = limitText(text, 140).trim();
    if (!clean || !onAcknowledge) return;
    setReplied(clean);
    onAcknowledge({ version: CARD_VERSION, kind, text: clean });
  };
  return (
    <article
      {...rest}
      ref={refs}
      {...rootProps}
      aria-label={label ?? tr("card")}
      data-attune-part="card"
      data-kind={card.kind}
      data-group={card.group}
      data-style={card.style}
    >
      <H data-attune-part="card-kind">{heading}</H>
      <p data-attune-part="card-text" dir="auto">
        {card.text}
      </p>
      {time && <p data-attune-part="card-time">{tr(card.kind === "space" ? "card.back" : "card.suggested", { time })}</p>}
      {onAcknowledge && !replied && (
        <div role="group" aria-label={tr("ack")} data-attune-part="acknowledge">
          {(["see-you", card.kind === "space" ? "take-time" : "love-that"] as const).map((k) => (
            <Button key={k} size="sm" onClick={() => reply(k, tr(`ack.${k}`))}>
              {tr(`ack.${k}`)}
            </Button>
          ))}
          <form
            data-attune-part="acknowledge-custom"
            onSubmit={(e) => {
              e.preventDefault();
              reply("custom", own);
            }}
          >
            <label htmlFor={`${id}ack`}>{tr("ack.custom")}</label>
            <input id={`${id}ack`} type="text" dir="auto" autoComplete="off" value={own} onChange={(e) => setOwn(limitText(e.target.value, 140))} />
            <Button type="submit" size="sm" disabled={!own.trim()}>
              {tr("ack.send")}
            </Button>
          </form>
        </div>
      )}
      {onAcknowledge && (
        // Present (empty) from the start so the reply is announced when it appears.
        <p role="status" data-attune-part="acknowledged" dir="auto">
          {replied && tr("ack.sent", { text: replied })}
        </p>
      )}
    </article>
  );
});
