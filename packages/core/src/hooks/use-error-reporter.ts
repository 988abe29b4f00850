import * as React from "react";
import { useAttune } from "../context";
import { warnOnce } from "../dev";
import type { AttuneError, ErrorHandler } from "../storage";

/** Sends a recoverable problem to the widget's onError and the provider's, and warns in development. */
export function useErrorReporter(instanceOnError?: ErrorHandler): ErrorHandler {
  const { onError } = useAttune();
  const ref = React.useRef({ instanceOnError, onError });
  ref.current = { instanceOnError, onError };
  return React.useCallback((error: AttuneError) => {
    if (process.env.NODE_ENV !== "production") warnOnce(`${error.code}: ${error.message}`);
    ref.current.instanceOnError?.(error);
    ref.current.onError?.(error);
  }, []);
}
