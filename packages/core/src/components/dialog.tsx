import * as React from "react";
import * as RadixDialog from "@radix-ui/react-dialog";
import { useAttune } from "../context";
import { useReducedMotion } from "../hooks/use-reduced-motion";
import { usePortalThemeProps } from "../hooks/use-root-props";
import { useIsomorphicLayoutEffect } from "../hooks/use-isomorphic-layout-effect";
import { animateElement } from "../motion";
import { lockScroll } from "../scroll-lock";
import { oneOf, warnOnce } from "../dev";

/* -------------------------------------------------------------------------------------------------
 * Dialog (root)
 * -----------------------------------------------------------------------------------------------*/

interface DialogState {
  open: boolean;
}
const DialogStateContext = /* @__PURE__ */ React.createContext<DialogState>({ open: false });

export interface DialogProps {
  children?: React.ReactNode;
  /** Controlled open state. */
  open?: boolean;
  /** Initial open state when uncontrolled. @default false */
  defaultOpen?: boolean;
  /** Called when the dialog asks to open or close (trigger, Escape, outside click, Close). */
  onOpenChange?: (open: boolean) => void;
}

/** A modal dialog on Radix Dialog: focus moves in, stays trapped, and returns to the trigger. */
export function Dialog({ children, open: openArg, defaultOpen, onOpenChange }: DialogProps) {
  // Controlled when `open` is given, else its own state; Radix always follows this value.
  // Anything but a boolean is ignored (with a development warning), as is a non-function callback.
  const [inner, setInner] = React.useState(defaultOpen === true);
  if (process.env.NODE_ENV !== "production" && openArg !== undefined && typeof openArg !== "boolean") warnOnce("Dialog open must be true or false; ignoring it.");
  const openProp = typeof openArg === "boolean" ? openArg : undefined;
  const open = openProp ?? inner;
  return (
    <DialogStateContext.Provider value={{ open }}>
      <RadixDialog.Root
        open={open}
        onOpenChange={(next) => {
          if (openProp === undefined) setInner(next);
          if (typeof onOpenChange === "function") onOpenChange(next);
        }}
      >
        {children}
      </RadixDialog.Root>
    </DialogStateContext.Provider>
  );
}

/* -------------------------------------------------------------------------------------------------
 * DialogContent
 * -----------------------------------------------------------------------------------------------*/

export interface DialogContentProps extends React.ComponentPropsWithoutRef<typeof RadixDialog.Content> {
  /** Width of the panel. @default "md" */
  size?: "sm" | "md" | "lg";
}

/**
 * Portal, overlay and panel; the page behind does not scroll while it is up. The panel fades
 * and rises in on transform and opacity with framer-motion, stays mounted until its exit
 * animation ends, and is instant under reduced motion.
 */
export const DialogContent = /* @__PURE__ */ React.forwardRef<HTMLDivElement, DialogContentProps>(function DialogContent(
  { children, className, size, ...props },
  forwardedRef,
) {
  const { open } = React.useContext(DialogStateContext);
  const { container } = useAttune();
  const reduced = useReducedMotion();
  const themeProps = usePortalThemeProps();
  const [mounted, setMounted] = React.useState(open);
  const overlayRef = React.useRef<HTMLDivElement>(null);
  const anchorRef = React.useRef<HTMLSpanElement>(null);
  const contentRef = React.useRef<HTMLDivElement | null>(null);

  useIsomorphicLayoutEffect(() => {
    if (open) setMounted(true);
  }, [open]);

  // The page behind stays still while the dialog (and its exit animation) is up. (The overlay
  // and the content mount together, in the container's document.)
  const shown = mounted || open;
  useIsomorphicLayoutEffect(() => (shown ? lockScroll(overlayRef.current?.ownerDocument ?? document) : undefined), [shown]);

  useIsomorphicLayoutEffect(() => {
    const overlay = overlayRef.current;
    const content = contentRef.current;
    if (!mounted || !overlay || !content) return;
    let cancelled = false;
    if (open) {
      void animateElement(overlay, { opacity: [0, 1] }, { duration: 0.18, reduced });
      void animateElement(
        content,
        { opacity: [0, 1], transform: ["translateY(12px) scale(0.98)", "translateY(0) scale(1)"] },
        { duration: 0.22, ease: [0.2, 0, 0, 1], reduced },
      );
    } else {
      void Promise.all([
        animateElement(overlay, { opacity: [1, 0] }, { duration: 0.14, reduced }),
        animateElement(
          content,
          { opacity: [1, 0], transform: ["translateY(0) scale(1)", "translateY(8px) scale(0.98)"] },
          { duration: 0.14, reduced },
        ),
      ]).then(() => {
        if (!cancelled) setMounted(false);
      });
    }
    return () => {
      cancelled = true;
    };
  }, [open, mounted, reduced]);

  const setRefs = React.useCallback(
    (node: HTMLDivElement | null) => {
      contentRef.current = node;
      if (typeof forwardedRef === "function") forwardedRef(node);
      else if (forwardedRef) forwardedRef.current = node;
    },
    [forwardedRef],
  );

  if (!mounted && !open) return null;
  return (
    <>
      {/* Marks where the dialog sits in the host tree, to read the inherited font there. */}
      <span ref={anchorRef} hidden />
      <RadixDialog.Portal forceMount container={container ?? undefined}>
        <div
          className="attune attune-dialog-layer"
          {...themeProps}
          // Inheritance stops at the portal: the host's font, read where the dialog sits in the
          // tree, goes along to the layer (the theme, direction and language already do).
          ref={(layer) => {
            if (layer) layer.style.fontFamily = getComputedStyle(anchorRef.current!).fontFamily;
          }}
        >
          {/* A plain overlay: Radix's Overlay would add react-remove-scroll (about 4 kB) for the scroll
              lock that lockScroll does here. Outside presses still close through Radix's Content
              (the stylesheet gives it back the pointer events Radix takes from the body). */}
          <div ref={overlayRef} className="attune-dialog-overlay" data-attune-part="overlay" data-state={open ? "open" : "closed"} />
          <RadixDialog.Content
            forceMount
            ref={setRefs}
            className={withClass("attune-dialog-content", className)}
            data-attune-part="dialog"
            data-size={oneOf("DialogContent size", size, ["sm", "md", "lg"], "md")}
            {...props}
            onKeyDown={(event) => {
              props.onKeyDown?.(event);
              trapTabInShadowRoot(event);
            }}
          >
            {children}
          </RadixDialog.Content>
        </div>
      </RadixDialog.Portal>
    </>
  );
});

/** The part's own class, then the host's. */
const withClass = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base);

/**
 * Radix's focus trap compares document.activeElement with the dialog's first and last
 * controls; inside a shadow root document.activeElement is the shadow host, so Tab would
 * walk out of the dialog. There, Tab at either end (or from outside) wraps around.
 */
function trapTabInShadowRoot(event: React.KeyboardEvent<HTMLDivElement>) {
  const content = event.currentTarget;
  const root = content.getRootNode();
  if (event.key !== "Tab" || !(root instanceof ShadowRoot)) return;
  const all = [...content.querySelectorAll<HTMLElement>("a[href],button,input,select,textarea,[tabindex]")].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
  );
  const back = event.shiftKey;
  const active = root.activeElement;
  if (!all.length || active === all[back ? 0 : all.length - 1] || active === content || !content.contains(active)) {
    event.preventDefault();
    all[back ? all.length - 1 : 0]?.focus();
  }
}

/* -------------------------------------------------------------------------------------------------
 * Parts
 * -----------------------------------------------------------------------------------------------*/

export const DialogTrigger = RadixDialog.Trigger;

export const DialogTitle = /* @__PURE__ */ React.forwardRef<HTMLHeadingElement, React.ComponentPropsWithoutRef<typeof RadixDialog.Title>>(
  function DialogTitle({ className, ...props }, ref) {
    return (
      <RadixDialog.Title
        ref={ref}
        className={withClass("attune-dialog-title", className)}
        data-attune-part="dialog-title"
        {...props}
      />
    );
  },
);

export const DialogDescription = /* @__PURE__ */ React.forwardRef<
  HTMLParagraphElement,
  React.ComponentPropsWithoutRef<typeof RadixDialog.Description>
>(function DialogDescription({ className, ...props }, ref) {
  return (
    <RadixDialog.Description
      ref={ref}
      className={withClass("attune-dialog-description", className)}
      data-attune-part="dialog-description"
      {...props}
    />
  );
});

export const DialogClose = RadixDialog.Close;
