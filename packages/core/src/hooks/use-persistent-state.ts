import * as React from "react";
import { useAttune } from "../context";
import { safeStorageFor, type ErrorHandler, type SafeStorage } from "../storage";
import { lazyModule } from "../lazy-module";
import { useErrorReporter } from "./use-error-reporter";
import { useIsomorphicLayoutEffect } from "./use-isomorphic-layout-effect";

/** The guarded storage in use for this tree: the provider's adapter, else localStorage. */
export function useSafeStorage(onError?: ErrorHandler): SafeStorage {
  const report = useErrorReporter(onError);
  // One guarded wrapper per adapter keeps the in-memory fallback shared by every widget.
  const safe = safeStorageFor(useAttune().storage);
  const handlers = safe.handlers;
  useIsomorphicLayoutEffect(() => {
    handlers.add(report);
    return () => void handlers.delete(report);
  }, [handlers, report]);
  return safe;
}

/**
 * `clearDrafts(widget?)`: deletes every draft Attune stored (or one widget's, e.g.
 * "reassurance-composer") in the provider's storage adapter and in memory, and empties every
 * open widget that shows one. Cleared means gone, in memory, in storage and on screen.
 */
export function useClearDrafts(onError?: ErrorHandler): (widget?: string) => Promise<void> {
  const storage = useSafeStorage(onError);
  return React.useCallback((widget?: string) => storage.clear(typeof widget === "string" ? widget : undefined), [storage]);
}

export interface PersistentStateOptions<T> {
  /** Widget name, part of the namespaced key ("attune:<widget>:<key>"). */
  widget: string;
  /** The host's key; persistence is off while it is undefined. */
  key: string | undefined;
  /** Rejects stored data of the wrong shape (old versions, tampering). */
  validate: (value: unknown) => value is T;
  onError?: ErrorHandler;
}

type StorageModule = typeof import("../storage");
type Guarded = SafeStorage & { handlers: Set<ErrorHandler> };

// The storage code (the guarded wrapper, adapters, parsing) is loaded only when a widget is
// given a persist key: a dynamic import a host's bundler splits, so a widget without
// persistence never downloads it. Once loaded, every later widget uses it at once.
const storageCode = /* @__PURE__ */ lazyModule((): Promise<StorageModule> => import("../storage"));

/**
 * State that survives reload through the storage adapter, when the host opts in with a key.
 * The first render always uses `initial` (so server and client markup match); stored data
 * is read right after mount. If the person changed anything before storage answered,
 * their change wins: nothing typed is replaced by an older draft, and it is saved as soon as
 * storage is ready.
 */
export function usePersistentState<T>(initial: T, { widget, key, validate, onError }: PersistentStateOptions<T>) {
  const [value, setValueState] = React.useState(initial);
  const [status, setStatus] = React.useState<"idle" | "loading" | "ready">(key ? "loading" : "idle");
  const given = useAttune().storage;
  const report = useErrorReporter(onError);
  const touched = React.useRef(false);
  const fullKey = key ? `attune:${widget}:${key}` : undefined;
  const validateRef = React.useRef(validate);
  validateRef.current = validate;

  // The guarded storage for this tree, once its code is here (at once after the first load).
  const [loaded, setLoaded] = React.useState<StorageModule | undefined>(storageCode.current);
  const storage: Guarded | undefined = React.useMemo(() => (fullKey && loaded ? loaded.safeStorageFor(given) : undefined), [fullKey, loaded, given]);
  const storageRef = React.useRef(storage);
  storageRef.current = storage;
  // What the person did before storage was ready, to be saved once it is.
  const pending = React.useRef<"write" | "remove" | undefined>(undefined);

  useIsomorphicLayoutEffect(() => {
    if (!fullKey || loaded) return;
    let cancelled = false;
    storageCode.load().then(
      (m) => !cancelled && setLoaded(m),
      (cause: unknown) => {
        if (cancelled) return;
        report({ code: "storage-unavailable", message: "Could not load Attune's storage code; changes are kept in memory.", cause });
        setStatus("ready");
      },
    );
    return () => {
      cancelled = true;
    };
  }, [fullKey, loaded, report]);

  useIsomorphicLayoutEffect(() => {
    if (!fullKey || !storage || !loaded) return;
    let cancelled = false;
    storage.handlers.add(report);
    touched.current = pending.current !== undefined;
    setStatus("loading");
    if (pending.current === "write") void storage.set(fullKey, JSON.stringify(latest.current));
    else if (pending.current === "remove") void storage.remove(fullKey);
    pending.current = undefined;
    storage.get(fullKey).then((raw) => {
      if (cancelled) return;
      const stored = loaded.parseStored(raw, validateRef.current, fullKey, report);
      if (stored !== undefined && !touched.current) setValueState(stored);
      setStatus("ready");
    });
    return () => {
      cancelled = true;
      storage.handlers.delete(report);
    };
  }, [fullKey, storage, loaded, report]);

  // The latest value, so a functional update resolves once and is written once (an updater
  // passed to setState may run twice under StrictMode, and must not write storage).
  const latest = React.useRef(value);
  latest.current = value;
  const setValue = React.useCallback(
    (next: T | ((prev: T) => T)) => {
      touched.current = true;
      const resolved = typeof next === "function" ? (next as (p: T) => T)(latest.current) : next;
      latest.current = resolved;
      setValueState(resolved);
      if (!fullKey) return;
      if (storageRef.current) void storageRef.current.set(fullKey, JSON.stringify(resolved));
      else pending.current = "write";
    },
    [fullKey],
  );

  // Cleared elsewhere (useClearDrafts, clearAttuneStorage, another instance's clear): empty too.
  const initialRef = React.useRef(initial);
  React.useEffect(() => {
    if (!fullKey || !storage) return;
    return storage.subscribe((removed, prefix) => {
      if (prefix ? !fullKey.startsWith(removed) : fullKey !== removed) return;
      touched.current = true;
      latest.current = initialRef.current;
      setValueState(initialRef.current);
      // An adapter that cannot list its keys did not see this one: remove it here.
      if (prefix) void storage.remove(fullKey);
    });
  }, [fullKey, storage]);

  const clear = React.useCallback(() => {
    touched.current = true;
    latest.current = initialRef.current;
    setValueState(initialRef.current);
    if (!fullKey) return;
    if (storageRef.current) void storageRef.current.remove(fullKey);
    else pending.current = "remove";
  }, [fullKey]);

  return [value, setValue, { status, clear }] as const;
}
