import * as React from "react";
import { animateElement, useAttune, useReducedMotion, useRootProps, useTranslator, type Message } from "@attune/core";
import { formatZonedTime, normalizeCard, type ReassuranceCardData } from "./compose";
import { msg, reassuranceComposerMessages, type ReassuranceComposerMessageKey } from "./messages";

export interface ReassuranceCardProps {
  /** The card as onSend delivered it; data from elsewhere is checked before it is shown. */
  card: ReassuranceCardData;
  /** Zone to show the return time in (the reader's). @default the zone the sender chose */
  timeZone?: string;
  /** Accessible name of the card. @default messages "card" */
  label?: string;
  /** Longest text shown, in characters (grapheme clusters). @default 1000 */
  maxLength?: number;
  messages?: Partial<Record<ReassuranceComposerMessageKey, Message>>;
  className?: string;
}

/** The card as the partner receives it: the same look as the composer's preview. */
export function ReassuranceCard({ card: raw, timeZone, label, maxLength, messages, className }: ReassuranceCardProps) {
  const tr = msg(useTranslator(reassuranceComposerMessages, messages));
  const rootProps = useRootProps("reassurance-card", { className });
  const { locale } = useAttune();
  const reduced = useReducedMotion();
  const ref = React.useRef<HTMLElement>(null);
  const card = React.useMemo(() => normalizeCard(raw, maxLength), [raw, maxLength]);
  const look = card ? `${card.kind} ${card.style}` : "";
  const first = React.useRef(true);

  React.useEffect(() => {
    if (first.current) return void (first.current = false);
    if (ref.current) void animateElement(ref.current, { opacity: [0.4, 1], transform: ["scale(0.98)", "scale(1)"] }, { duration: 0.2, reduced });
  }, [look, reduced]);

  if (!card) return null;
  const time = card.returnTime && formatZonedTime(card.returnTime, locale, timeZone, true);
  return (
    <article
      ref={ref}
      {...rootProps}
      aria-label={label ?? tr("card")}
      data-attune-part="card"
      data-kind={card.kind}
      data-style={card.style}
    >
      <p data-attune-part="card-kind">{tr(card.kind === "space" ? "card.space" : "card.closeness")}</p>
      <p data-attune-part="card-text" dir="auto">
        {card.text}
      </p>
      {time && (
        <p data-attune-part="card-time">
          {tr(card.kind === "space" ? "card.back" : "card.suggested", { time })}
        </p>
      )}
    </article>
  );
}
