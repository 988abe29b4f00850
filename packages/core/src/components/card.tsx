import * as React from "react";

export interface CardProps extends React.HTMLAttributes<HTMLElement> {
  /** Element to render: a section (landmark when labelled), an article, or a plain div. @default "div" */
  as?: "div" | "section" | "article";
  /** Visual treatment. @default "raised" */
  tone?: "raised" | "subtle" | "accent";
}

/** A themed surface for grouping a widget's content. */
export const Card = /* @__PURE__ */ React.forwardRef<HTMLElement, CardProps>(function Card(
  { as: Tag = "div", tone = "raised", className, ...props },
  ref,
) {
  return (
    <Tag
      ref={ref as React.Ref<HTMLDivElement>}
      className={className ? `attune-card ${className}` : "attune-card"}
      data-attune-part="card"
      data-tone={tone}
      {...props}
    />
  );
});
