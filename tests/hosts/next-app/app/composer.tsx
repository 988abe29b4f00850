"use client";
// ReassuranceComposer needs an onSend function, and functions cannot cross from a server
// component to a client one, so the host wraps it in its own small client component.
import * as React from "react";
import { ReassuranceComposer, type ReassuranceCardData } from "@attune/react";

export function Composer() {
  const [sent, setSent] = React.useState<ReassuranceCardData | null>(null);
  return (
    <section aria-labelledby="host-composer-heading" data-host-widget="reassurance-composer">
      <h2 id="host-composer-heading">Send a reassurance card</h2>
      <ReassuranceComposer onSend={setSent} timeZone="Europe/London" />
      {sent ? (
        <p className="host-status" data-host-result="reassurance-composer">
          Sent to Sam: {sent.text}
        </p>
      ) : null}
    </section>
  );
}
