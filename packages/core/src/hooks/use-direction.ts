import * as React from "react";
import { useAttune, type Direction } from "../context";
import { useIsomorphicLayoutEffect } from "./use-isomorphic-layout-effect";

/**
 * The text direction for keyboard mapping: the prop, else the provider's, else what the
 * page computes for the widget's element (so `<html dir="rtl">` works without a provider).
 */
export function useDirection(ref: React.RefObject<HTMLElement | null>, dirProp?: Direction): Direction {
  const { dir } = useAttune();
  const [computed, setComputed] = React.useState<Direction>("ltr");
  useIsomorphicLayoutEffect(() => {
    if (dirProp || dir || !ref.current) return;
    const d = getComputedStyle(ref.current).direction;
    setComputed(d === "rtl" ? "rtl" : "ltr");
    // Read once per mount and whenever the explicit directions change, not on every render
    // (a slider re-renders on each key press).
  }, [dirProp, dir, ref]);
  return dirProp ?? dir ?? computed;
}
