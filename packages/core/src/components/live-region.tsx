import * as React from "react";
import { oneOf, warnOnce } from "../dev";

export interface LiveRegionProps extends Omit<React.HTMLAttributes<HTMLDivElement>, "children"> {
  /** What to announce; an announcement is made each time it changes to a new non-empty text. */
  message: string;
  /** "polite" waits for the screen reader to finish; "assertive" interrupts. @default "polite" */
  politeness?: "polite" | "assertive";
}

/**
 * A visually hidden live region that is in the DOM from the first render: screen readers
 * only announce changes to regions they already know about. A message that is not text is
 * announced as nothing (numbers as their digits), with a development warning.
 */
export const LiveRegion = /* @__PURE__ */ React.forwardRef<HTMLDivElement, LiveRegionProps>(function LiveRegion(
  { message, politeness, className, ...props },
  ref,
) {
  const level = oneOf("LiveRegion politeness", politeness, ["polite", "assertive"], "polite");
  let text = "";
  if (typeof message === "string" || typeof message === "number") text = String(message);
  else if (process.env.NODE_ENV !== "production" && message != null) warnOnce(`LiveRegion message must be text, not ${typeof message}; announcing nothing.`);
  return (
    <div
      ref={ref}
      role={level === "assertive" ? "alert" : "status"}
      aria-live={level}
      aria-atomic="true"
      className={className ? `attune-visually-hidden ${className}` : "attune-visually-hidden"}
      data-attune-part="live-region"
      {...props}
    >
      {text}
    </div>
  );
});
