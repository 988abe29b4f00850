import * as React from "react";
import { oneOf } from "../dev";

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  /** Visual weight. @default "secondary" */
  variant?: "primary" | "secondary" | "ghost" | "danger";
  /** "md" is 44 px tall (touch); "sm" is 32 px, still above the 24 px minimum. @default "md" */
  size?: "sm" | "md";
}

/** A themed button. Defaults to type="button" so it never submits a host's form by accident. */
export const Button = /* @__PURE__ */ React.forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = "secondary", size = "md", className, type = "button", ...props },
  ref,
) {
  return (
    <button
      ref={ref}
      type={oneOf<"button" | "submit" | "reset">("Button type", type, ["button", "submit", "reset"], "button")}
      className={className ? `attune-button ${className}` : "attune-button"}
      data-attune-part="button"
      data-variant={oneOf("Button variant", variant, ["primary", "secondary", "ghost", "danger"], "secondary")}
      data-size={oneOf("Button size", size, ["sm", "md"], "md")}
      data-disabled={props.disabled ? "" : undefined}
      {...props}
    />
  );
});
