/** Code a host's bundler splits off and loads on first need (a dynamic `import()`). */
export interface LazyModule<M> {
  /** The module once loaded, so later users render with it at once. */
  readonly current: M | undefined;
  /** Loads it (once; a failed load is tried again on the next call). */
  load(): Promise<M>;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let current: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get current() {
      return current;
    },
    load: () =>
      (loading ??= importer().then(
        (m) => (current = m),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}
