import * as React from "react";

export interface LiveRegionProps {
  /** What to announce; an announcement is made each time it changes to a new non-empty text. */
  message: string;
  /** "polite" waits for the screen reader to finish; "assertive" interrupts. @default "polite" */
  politeness?: "polite" | "assertive";
  /** Id for the region element. */
  id?: string;
}

/**
 * A visually hidden live region that is in the DOM from the first render: screen readers
 * only announce changes to regions they already know about.
 */
export function LiveRegion({ message, politeness = "polite", id }: LiveRegionProps) {
  return (
    <div
      id={id}
      role={politeness === "assertive" ? "alert" : "status"}
      aria-live={politeness}
      aria-atomic="true"
      className="attune-visually-hidden"
      data-attune-part="live-region"
    >
      {message}
    </div>
  );
}
