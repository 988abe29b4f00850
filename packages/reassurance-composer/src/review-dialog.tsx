import * as React from "react";
import { Button, Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle, LiveRegion } from "@attune/core";
import { ReassuranceCard } from "./reassurance-card";
import type { ReassuranceComposerState } from "./use-reassurance-composer";

/* -------------------------------------------------------------------------------------------------
 * The review dialog's content: the card, Send, Copy, Share, Keep editing. Loaded when a person
 * first reaches for "Review and send" (ComposerReviewDialog imports it dynamically), with core's
 * Dialog.
 * -----------------------------------------------------------------------------------------------*/

type Level = 1 | 2 | 3 | 4 | 5 | 6;

interface ReviewProps {
  c: ReassuranceComposerState;
  level: Level;
  /** The "Review and send" button: focus goes back to it when the dialog closes. */
  trigger: React.RefObject<HTMLButtonElement | null>;
  contentRef?: React.Ref<HTMLDivElement>;
  contentProps: React.HTMLAttributes<HTMLDivElement>;
}

function Review({ c, level, trigger, contentRef, contentProps: { className, ...props } }: ReviewProps) {
  const Title = `h${level}` as "h2";
  return (
    <Dialog open={c.open} onOpenChange={c.setOpen}>
      <DialogContent
        {...props}
        ref={contentRef}
        className={["attune-reassurance-review", className].filter(Boolean).join(" ")}
        onCloseAutoFocus={(e) => {
          // The trigger is not a Radix trigger (it works before this code loads): return focus by
          // hand. After sending, the trigger is disabled (the card is empty): start again at the templates.
          e.preventDefault();
          if (c.justSent.current) {
            c.justSent.current = false;
            c.focusTemplate(c.initial.templateId);
          } else trigger.current?.focus();
        }}
      >
        <DialogTitle asChild>
          <Title>{c.tr("reviewTitle")}</Title>
        </DialogTitle>
        <DialogDescription>{c.tr("reviewDescription")}</DialogDescription>
        <ReassuranceCard card={c.card} maxLength={c.maxLength} messages={c.messages} headingLevel={level < 6 ? ((level + 1) as Level) : 6} />
        <div data-attune-part="actions">
          <Button variant="primary" onClick={() => void c.send()}>
            {c.tr("send")}
          </Button>
          {c.canCopy && <Button onClick={() => void c.copy()}>{c.tr("copy")}</Button>}
          {c.canShare && <Button onClick={() => void c.share()}>{c.tr("share")}</Button>}
          <DialogClose asChild>
            <Button variant="ghost">{c.tr("keepEditing")}</Button>
          </DialogClose>
        </div>
        <LiveRegion message={c.status} />
      </DialogContent>
    </Dialog>
  );
}

export default Review;
