import * as React from "react";
import { Button, type ButtonProps } from "@attune/core";
import { usePlannerContext } from "./planner-root";
import { preloadCalendarExport } from "./use-ritual-planner";
import type { Plan } from "./types";

export interface ExportButtonProps extends ButtonProps {
  /** The plans to write. @default every plan */
  plans?: Plan[];
  /** The file's name (before ".ics"). @default the planner's title */
  fileName?: string;
}

// A failure here is reported by the press that needs the writer.
const warm = () => void preloadCalendarExport().catch(() => {});

/**
 * Downloads plans as a calendar file (.ics) made on the device. The calendar writer loads on
 * the first press (or when the button is hovered or focused); meanwhile the button is busy, never half-working.
 */
export const ExportButton = /* @__PURE__ */ React.forwardRef<HTMLButtonElement, ExportButtonProps>(function ExportButton(
  { plans, fileName, onClick, onPointerEnter, onFocus, children, disabled, ...rest },
  ref,
) {
  const planner = usePlannerContext("ExportButton");
  const list = plans ?? planner.plans;
  const busy = planner.exporting;
  return (
    <Button
      ref={ref}
      disabled={disabled || list.length === 0}
      aria-busy={busy || undefined}
      data-attune-part="export"
      data-state={busy ? "busy" : "idle"}
      {...rest}
      // Reaching for the button starts loading the writer, so a press seldom waits for it.
      onPointerEnter={(e) => {
        onPointerEnter?.(e);
        warm();
      }}
      onFocus={(e) => {
        onFocus?.(e);
        warm();
      }}
      onClick={(e) => {
        onClick?.(e);
        if (!e.defaultPrevented && !busy) void planner.exportPlans(list, fileName);
      }}
    >
      {children ?? planner.t("exportAll")}
    </Button>
  );
});
