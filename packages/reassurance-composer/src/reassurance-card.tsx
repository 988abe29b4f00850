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

type Tr = ReturnType<typeof msg>;
type Level = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading level from a prop: a number from 1 to 6 (fractions cut), else `fallback`. */
export const level = (l: unknown, fallback: Level): Level => (typeof l === "number" && l >= 1 && l <= 6 ? (Math.trunc(l) as Level) : fallback);

export interface CardViewProps extends Omit<ReassuranceCardProps, "card" | "maxLength" | "onAcknowledge"> {
  /** A card already checked: the composer's own, or `normalizeCard`'s value. */
  card: ReassuranceCardData;
  /** What follows the card's text (the replies), given the card's messages. */
  after?: (tr: Tr) => React.ReactNode;
}

/**
 * The card's look, for a card already known to be valid: the composer's preview shows its own
 * card with it (built from a checked draft, so it is not checked again), and ReassuranceCard
 * shows a checked card with it, with the replies.
 */
export const CardView = /* @__PURE__ */ React.forwardRef<HTMLElement, CardViewProps>(function CardView(
  { card, timeZone, label, headingLevel = 2, after, messages, className, ...rest },
  forwarded,
) {
  const tr = msg(useTranslator(reassuranceComposerMessages, messages));
  const rootProps = useRootProps("reassurance-card", { className });
  const { locale } = useAttune();
  const reduced = useReducedMotion();
  const ref = React.useRef<HTMLElement>(null);
  const refs = useComposedRefs(forwarded, ref);
  const look = `${card.kind} ${card.style}`;
  const first = React.useRef(true);

  React.useEffect(() => {
    if (first.current) return void (first.current = false);
    if (ref.current) void animateElement(ref.current, { opacity: [0.4, 1], transform: ["scale(0.98)", "scale(1)"] }, { duration: 0.2, reduced });
  }, [look, reduced]);

  const time = card.returnTime && formatZonedTime(card.returnTime, locale, timeZone, true);
  // The heading follows the template's group, else the card's kind; anything else is neutral.
  const heading = tr(card.group ? `group.${card.group}` : card.templateId.startsWith("blank-") ? `group.${card.kind}` : "card.neutral");
  const H = `h${level(headingLevel, 2)}` as "h2";
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
      {after?.(tr)}
    </article>
  );
});

/** The card as the partner receives it: the same look as the composer's preview. */
export const ReassuranceCard = /* @__PURE__ */ React.forwardRef<HTMLElement, ReassuranceCardProps>(function ReassuranceCard(
  { card: raw, maxLength, onAcknowledge, ...props },
  ref,
) {
  const id = React.useId();
  const card = React.useMemo(() => normalizeCard(raw, typeof maxLength === "number" && maxLength > 0 ? maxLength : 1000), [raw, maxLength]);
  const [own, setOwn] = React.useState("");
  const [replied, setReplied] = React.useState("");

  if (!card) return null;
  const reply = (kind: AcknowledgementKind, text: string) => {
    const clean = limitText(text, 140).trim();
    if (!clean || !onAcknowledge) return;
    setReplied(clean);
    onAcknowledge({ version: CARD_VERSION, kind, text: clean });
  };
  return (
    <CardView
      {...props}
      ref={ref}
      card={card}
      after={
        onAcknowledge &&
        ((tr) => (
          <>
            {!replied && (
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
            {/* Present (empty) from the start so the reply is announced when it appears. */}
            <p role="status" data-attune-part="acknowledged" dir="auto">
              {replied && tr("ack.sent", { text: replied })}
            </p>
          </>
        ))
      }
    />
  );
});
