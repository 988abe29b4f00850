import * as React from "react";

export type VisuallyHiddenProps = React.HTMLAttributes<HTMLSpanElement>;

/** Text for screen readers only; still in the accessibility tree and still copyable. */
export const VisuallyHidden = /* @__PURE__ */ React.forwardRef<HTMLSpanElement, VisuallyHiddenProps>(function VisuallyHidden(
  { className, ...props },
  ref,
) {
  return (
    <span
      ref={ref}
      className={className ? `attune-visually-hidden ${className}` : "attune-visually-hidden"}
      data-attune-part="visually-hidden"
      {...props}
    />
  );
});
