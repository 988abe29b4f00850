import * as React from "react";
import { oneOf } from "../dev";

export interface CardProps extends React.HTMLAttributes<HTMLElement> {
  /** Element to render: a section (landmark when labelled), an article, or a plain div. @default "div" */
  as?: "div" | "section" | "article";
  /** Visual treatment. @default "raised" */
  tone?: "raised" | "subtle" | "accent";
}

/** A themed surface for grouping a widget's content. An `as` or `tone` outside the list falls back, with a development warning. */
export const Card = /* @__PURE__ */ React.forwardRef<HTMLElement, CardProps>(function Card({ as, tone, className, ...props }, ref) {
  const Tag = oneOf("Card as", as, ["div", "section", "article"], "div");
  return (
    <Tag
      ref={ref as React.Ref<HTMLDivElement>}
      className={className ? `attune-card ${className}` : "attune-card"}
      data-attune-part="card"
      data-tone={oneOf("Card tone", tone, ["raised", "subtle", "accent"], "raised")}
      {...props}
    />
  );
});
