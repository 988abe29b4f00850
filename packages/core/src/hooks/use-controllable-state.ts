import * as React from "react";
import { warnOnce } from "../dev";

export interface ControllableStateOptions<T> {
  value?: T;
  defaultValue: T;
  onChange?: (value: T) => void;
  /** Component and prop name for the development warning, e.g. "NeedsSpectrum value". */
  name: string;
}

/**
 * value / defaultValue / onValueChange in one place. Switching between controlled and
 * uncontrolled after mount warns in development, as React's own inputs do.
 */
export function useControllableState<T>({ value, defaultValue, onChange, name }: ControllableStateOptions<T>) {
  const [inner, setInner] = React.useState(defaultValue);
  const isControlled = value !== undefined;
  const wasControlled = React.useRef(isControlled);
  if (process.env.NODE_ENV !== "production" && wasControlled.current !== isControlled) {
    warnOnce(
      `${name} switched from ${wasControlled.current ? "controlled" : "uncontrolled"} to ${
        isControlled ? "controlled" : "uncontrolled"
      }. Decide between value and defaultValue for the component's lifetime.`,
    );
    wasControlled.current = isControlled;
  }
  const current = isControlled ? (value as T) : inner;
  const currentRef = React.useRef(current);
  currentRef.current = current;
  const onChangeRef = React.useRef(onChange);
  onChangeRef.current = onChange;

  const setValue = React.useCallback(
    (next: T | ((prev: T) => T)) => {
      const resolved = typeof next === "function" ? (next as (prev: T) => T)(currentRef.current) : next;
      if (Object.is(resolved, currentRef.current)) return;
      currentRef.current = resolved;
      if (!isControlled) setInner(resolved);
      onChangeRef.current?.(resolved);
    },
    [isControlled],
  );
  return [current, setValue] as const;
}
