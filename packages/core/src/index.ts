// Component entry: built with a 'use client' banner.
export * from "./logic";
export {
  AttuneContext,
  AttuneProvider,
  useAttune,
  type AttuneContextValue,
  type AttuneProviderProps,
  type ReducedMotionPolicy,
  type ThemeName,
} from "./context";
export { useControllableState, type ControllableStateOptions } from "./hooks/use-controllable-state";
export { composeRefs, useComposedRefs } from "./hooks/use-composed-refs";
export { useRovingFocus, type RovingFocusOptions } from "./hooks/use-roving-focus";
export { useDirection } from "./hooks/use-direction";
export { useErrorReporter } from "./hooks/use-error-reporter";
export { useIsomorphicLayoutEffect } from "./hooks/use-isomorphic-layout-effect";
export { lazyModule, useLazyModule, type LazyModule } from "./lazy-module";
export { createPartsContext } from "./parts-context";
export { useClearDrafts, usePersistentState, useSafeStorage, type PersistentStateOptions } from "./hooks/use-persistent-state";
export { useReducedMotion } from "./hooks/use-reduced-motion";
export { usePortalThemeProps, useRootProps } from "./hooks/use-root-props";
export { useTranslator } from "./hooks/use-translator";
export { animateElement, startAnimation, type AnimateElementOptions, type AttuneAnimation, type AnimationKeyframes } from "./motion";
export { Button, type ButtonProps } from "./components/button";
export { Card, type CardProps } from "./components/card";
export {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
  type DialogContentProps,
  type DialogProps,
} from "./components/dialog";
export { LiveRegion, type LiveRegionProps } from "./components/live-region";
export { VisuallyHidden, type VisuallyHiddenProps } from "./components/visually-hidden";
export { Heading, clampHeadingLevel, headingLevelProp, type HeadingProps } from "./components/heading";
export {
  CalendarGrid,
  DateTimeField,
  preloadDatePicker,
  type CalendarGridProps,
  type DateTimeFieldProps,
  type DateTimeFieldValue,
} from "./components/date-time-field";
