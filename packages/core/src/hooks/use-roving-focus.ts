import * as React from "react";
import type { Direction } from "../direction";
import { rovingIndex, type RovingOrientation } from "../roving";
import { useDirection } from "./use-direction";

export interface RovingFocusOptions {
  /** Which arrow keys move focus. @default "both" */
  orientation?: RovingOrientation;
  /** Wrap from the last item to the first. @default false */
  loop?: boolean;
  /** Explicit direction; else the provider's, else the page's. */
  dir?: Direction;
  /** Columns, for a grid of items. */
  columns?: number;
  /** Called with the item that received focus by keyboard (for selection-follows-focus). */
  onMove?: (element: HTMLElement, index: number) => void;
}

const ITEM = "data-attune-roving-item";

/**
 * One tab stop for a group of items (WAI-ARIA roving tabindex): arrow keys, Home and End move
 * focus, mirrored right-to-left; the item focused last keeps the tab stop. Items are found in
 * DOM order inside the container, so parts can be rearranged freely. Disabled items are skipped.
 *
 * ```tsx
 * const roving = useRovingFocus<HTMLDivElement>({ orientation: "horizontal" });
 * <div ref={roving.ref} onKeyDown={roving.onKeyDown}>
 *   {items.map((item, i) => <button key={item.id} {...roving.itemProps(i)} />)}
 * </div>
 * ```
 */
export function useRovingFocus<E extends HTMLElement>(options: RovingFocusOptions = {}) {
  const ref = React.useRef<E | null>(null);
  const dir = useDirection(ref, options.dir);
  const [active, setActive] = React.useState(0);
  const optionsRef = React.useRef(options);
  optionsRef.current = options;

  const items = React.useCallback((): HTMLElement[] => {
    const root = ref.current;
    if (!root) return [];
    return Array.from(root.querySelectorAll<HTMLElement>(`[${ITEM}]`)).filter(
      (el) => !el.hasAttribute("disabled") && el.getAttribute("aria-disabled") !== "true",
    );
  }, []);

  const onKeyDown = React.useCallback(
    (event: React.KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const list = items();
      const current = list.indexOf(event.target as HTMLElement);
      if (current === -1) return;
      const { orientation, loop, columns, onMove } = optionsRef.current;
      const next = rovingIndex(event.key, current, { count: list.length, orientation, loop, columns, dir });
      if (next === null) return;
      event.preventDefault();
      const el = list[next]!;
      el.focus();
      setActive(Number(el.getAttribute(ITEM)) || 0);
      onMove?.(el, next);
    },
    [dir, items],
  );

  /** Props for the item at `index` (its position among the items, for the tab stop). */
  const itemProps = React.useCallback(
    (index: number, isTabStop?: boolean) => ({
      [ITEM]: String(index),
      tabIndex: (isTabStop ?? index === active) ? 0 : -1,
      onFocus: () => setActive(index),
    }),
    [active],
  );

  return { ref, dir, active, setActive, onKeyDown, itemProps };
}
