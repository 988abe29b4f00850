import { useAttune, type Direction } from "../context";
import { useReducedMotion } from "./use-reduced-motion";

/**
 * Attributes every widget's root element carries: the `attune` class that scopes the
 * design tokens, the anatomy name, the direction (when known) and the motion state.
 */
export function useRootProps(scope: string, options: { dir?: Direction; className?: string } = {}) {
  const ctx = useAttune();
  const reduced = useReducedMotion();
  return {
    className: options.className ? `attune attune-${scope} ${options.className}` : `attune attune-${scope}`,
    "data-attune-scope": scope,
    "data-attune-motion": reduced ? "reduce" : "full",
    dir: options.dir ?? ctx.dir,
  } as const;
}

/**
 * For content portalled out of the provider's element (dialogs): carries the theme,
 * direction and language along, since CSS inheritance does not cross the portal.
 */
export function usePortalThemeProps() {
  const ctx = useAttune();
  const reduced = useReducedMotion();
  return {
    "data-attune-theme": ctx.theme,
    "data-attune-motion": reduced ? "reduce" : "full",
    dir: ctx.dir,
    lang: ctx.lang,
  } as const;
}
