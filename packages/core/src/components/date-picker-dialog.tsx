import * as React from "react";
import type { Direction } from "../direction";
import { coreMessages } from "../messages";
import { useTranslator } from "../hooks/use-translator";
import { Button } from "./button";
import { CalendarGrid, type Overrides } from "./calendar-grid";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "./dialog";

export interface DatePickerDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The field's "choose date" button: focus returns to it when the picker closes. */
  buttonRef: React.RefObject<HTMLButtonElement | null>;
  /** The day focused first ("YYYY-MM-DD"). */
  initial?: string;
  /** The chosen day. */
  selected?: string;
  onSelect: (date: string) => void;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  dir?: Direction;
  messages?: Overrides;
}

/**
 * DateTimeField's picker: core's Dialog with the month grid. Its own module, loaded with a
 * dynamic import the first time a person reaches for the field's button, so a page showing the
 * field does not download the dialog until it is needed.
 */
export function DatePickerDialog({ open, onOpenChange, buttonRef, initial, selected, onSelect, headingLevel, dir, messages }: DatePickerDialogProps) {
  const t = useTranslator(coreMessages, messages);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && (
        <DialogContent
          size="sm"
          data-attune-part="date-picker"
          onOpenAutoFocus={(e) => {
            e.preventDefault();
            (e.currentTarget as HTMLElement).querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus();
          }}
          onCloseAutoFocus={(e) => {
            // The button is not a Radix trigger (the dialog is controlled): return focus to it by hand.
            e.preventDefault();
            buttonRef.current?.focus();
          }}
        >
          <DialogTitle>{t("core.pickerTitle")}</DialogTitle>
          <DialogDescription>{t("core.pickerHelp")}</DialogDescription>
          <CalendarGrid initial={initial} selected={selected} headingLevel={headingLevel} dir={dir} messages={messages} onSelect={onSelect} />
          <Button size="sm" onClick={() => onOpenChange(false)}>
            {t("core.cancel")}
          </Button>
        </DialogContent>
      )}
    </Dialog>
  );
}
