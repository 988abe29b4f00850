import * as React from "react";
import {
  ComposerActions,
  ComposerConfirm,
  ComposerEditor,
  ComposerHints,
  ComposerPreview,
  ComposerReturnTime,
  ComposerReviewDialog,
  ComposerRoot,
  ComposerSlots,
  ComposerStyles,
  ComposerTemplates,
  type ComposerRootProps,
} from "./parts";
import type { ReassuranceCardData } from "./compose";

export interface ReassuranceComposerProps extends Omit<ComposerRootProps, "composer" | "children" | "onSend"> {
  /** Receives the card's structured data when the person chooses Send; the widget sends nothing itself. A rejected promise keeps the draft. */
  onSend: (card: ReassuranceCardData) => void | Promise<unknown>;
  /** Level of the review dialog's title; the preview card's heading is one below. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * Compose a short card that says "I need space, we're okay, I'll be back at 8", or "I need
 * some time with you": the one-line default, assembled from the Composer parts.
 */
export const ReassuranceComposer = /* @__PURE__ */ React.forwardRef<HTMLElement, ReassuranceComposerProps>(function ReassuranceComposer(
  { headingLevel = 2, ...props },
  ref,
) {
  const sub = (headingLevel < 6 ? headingLevel + 1 : 6) as 3;
  return (
    <ComposerRoot {...props} ref={ref}>
      <ComposerTemplates />
      <ComposerConfirm />
      <ComposerSlots>
        <ComposerReturnTime />
      </ComposerSlots>
      <ComposerEditor />
      <ComposerStyles />
      <ComposerPreview headingLevel={sub} />
      <ComposerHints />
      <ComposerActions>
        <ComposerReviewDialog headingLevel={headingLevel} />
      </ComposerActions>
    </ComposerRoot>
  );
});
