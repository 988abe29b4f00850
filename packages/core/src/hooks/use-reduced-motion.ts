import * as React from "react";
import { useAttune } from "../context";

const QUERY = "(prefers-reduced-motion: reduce)";

function subscribe(onChange: () => void) {
  if (typeof window === "undefined" || !window.matchMedia) return () => {};
  const mql = window.matchMedia(QUERY);
  mql.addEventListener?.("change", onChange);
  return () => mql.removeEventListener?.("change", onChange);
}

const getSnapshot = () => (typeof window !== "undefined" && !!window.matchMedia?.(QUERY).matches);
// The server cannot know the OS setting; it renders the full-motion markup, which carries
// no information that the reduced version lacks.
const getServerSnapshot = () => false;

/** True when motion should be reduced: the provider's policy, or the OS setting under "user". */
export function useReducedMotion(): boolean {
  const { reducedMotion } = useAttune();
  const os = React.useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  if (reducedMotion === "always") return true;
  if (reducedMotion === "never") return false;
  return os;
}
