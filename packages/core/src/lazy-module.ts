import * as React from "react";

/** Code a host's bundler splits off and loads on first need (a dynamic `import()`). */
export interface LazyModule<M> {
  /** The module once loaded, so later users render with it at once. */
  readonly current: M | undefined;
  /** Loads it (once; a failed load is tried again on the next call). */
  load(): Promise<M>;
  /** Calls `listener` when the module arrives; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let current: M | undefined;
  let loading: Promise<M> | undefined;
  const listeners = new Set<() => void>();
  return {
    get current() {
      return current;
    },
    load: () =>
      (loading ??= importer().then(
        (m) => {
          current = m;
          for (const l of [...listeners]) l();
          return m;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

const notYet = () => undefined;

/**
 * A lazily loaded module for rendering: what has arrived, re-rendering when it does. A server
 * render and the hydrating render see nothing loaded, as the server rendered it, even when a
 * host preloaded the code before hydrating; the next render shows it. (It does not load
 * anything: call `load()` when the module is needed.)
 */
export function useLazyModule<M>(lazy: LazyModule<M>): M | undefined {
  return React.useSyncExternalStore(lazy.subscribe, () => lazy.current, notYet);
}
