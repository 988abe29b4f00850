import * as React from "react";
import { VisuallyHidden, lazyModule } from "@attune/core";
import { usePlannerContext } from "./planner-root";

// The form and core's Dialog load when a person first opens a plan: a host's bundler splits
// them out of the first page load. A failed load is retried on the next open.
const formCode = /* @__PURE__ */ lazyModule(() => import("./plan-form"));
/** Starts loading the plan dialog (e.g. on hover or focus of a button that opens it). */
export function preloadPlanDialog(): Promise<unknown> {
  return formCode.load();
}
const LazyContent = /* @__PURE__ */ React.lazy(() => formCode.load());

export interface PlanDialogProps extends React.HTMLAttributes<HTMLDivElement> {
  /** Where focus goes when the dialog closes and the element that opened it is gone. */
  fallbackFocus?: React.RefObject<HTMLElement | null>;
}

/**
 * The create and edit dialog, open while the planner is editing a plan (`openNew`,
 * `openPlan`). Its ref and rest props reach the dialog element. Until its code has loaded, a status says it is opening; nothing half-drawn shows.
 */
export const PlanDialog = /* @__PURE__ */ React.forwardRef<HTMLDivElement, PlanDialogProps>(function PlanDialog({ fallbackFocus, ...contentProps }, contentRef) {
  const planner = usePlannerContext("PlanDialog");
  const [loaded, setLoaded] = React.useState(false);
  if (!planner.editing && !loaded) return null;
  const onCloseFocus = () => {
    const back = planner.returnFocusTo.current;
    (back?.isConnected ? back : fallbackFocus?.current)?.focus();
  };
  return (
    <React.Suspense
      fallback={
        <VisuallyHidden role="status" data-attune-part="plan-dialog-loading">
          {planner.t("opening")}
        </VisuallyHidden>
      }
    >
      <Loaded onLoad={() => setLoaded(true)}>
        <LazyContent planner={planner} onCloseFocus={onCloseFocus} contentRef={contentRef} contentProps={contentProps} />
      </Loaded>
    </React.Suspense>
  );
});

/** Keeps the dialog mounted once loaded, so its closing animation and focus return run. */
function Loaded({ onLoad, children }: { onLoad: () => void; children: React.ReactNode }) {
  React.useEffect(onLoad, [onLoad]);
  return <>{children}</>;
}
