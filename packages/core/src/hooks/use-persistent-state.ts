import * as React from "react";
import { useAttune } from "../context";
import {
  isStorageAdapter,
  localStorageAdapter,
  memoryStorageAdapter,
  parseStored,
  sharedSafeStorage,
  storageKey,
  type ErrorHandler,
  type SafeStorage,
  type StorageAdapter,
} from "../storage";
import { useErrorReporter } from "./use-error-reporter";
import { useIsomorphicLayoutEffect } from "./use-isomorphic-layout-effect";

let defaultAdapter: StorageAdapter | undefined;
let memoryFallback: StorageAdapter | undefined;

/** The adapter in use for this tree: the provider's, else localStorage (guarded). */
function useAdapter(): StorageAdapter {
  const { storage } = useAttune();
  if (storage === undefined || storage === null) return (defaultAdapter ??= localStorageAdapter());
  if (isStorageAdapter(storage)) return storage;
  // Not an adapter (a string, a number…): the provider already warned; keep drafts in this
  // page's memory rather than writing to a storage the host did not choose.
  return (memoryFallback ??= memoryStorageAdapter());
}

/** The guarded storage in use for this tree: the provider's adapter, else localStorage. */
export function useSafeStorage(onError?: ErrorHandler): SafeStorage {
  const report = useErrorReporter(onError);
  // One guarded wrapper per adapter keeps the in-memory fallback shared by every widget.
  const safe = sharedSafeStorage(useAdapter());
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

/**
 * State that survives reload through the storage adapter, when the host opts in with a key.
 * The first render always uses `initial` (so server and client markup match); stored data
 * is read right after mount. If the person changed anything before storage answered,
 * their change wins: nothing typed is replaced by an older draft.
 */
export function usePersistentState<T>(initial: T, { widget, key, validate, onError }: PersistentStateOptions<T>) {
  const [value, setValueState] = React.useState(initial);
  const [status, setStatus] = React.useState<"idle" | "loading" | "ready">(key ? "loading" : "idle");
  const storage = useSafeStorage(onError);
  const report = useErrorReporter(onError);
  const touched = React.useRef(false);
  const fullKey = key ? storageKey(widget, key) : undefined;
  const validateRef = React.useRef(validate);
  validateRef.current = validate;

  useIsomorphicLayoutEffect(() => {
    if (!fullKey) return;
    let cancelled = false;
    touched.current = false;
    setStatus("loading");
    storage.get(fullKey).then((raw) => {
      if (cancelled) return;
      const stored = parseStored(raw, validateRef.current, fullKey, report);
      if (stored !== undefined && !touched.current) setValueState(stored);
      setStatus("ready");
    });
    return () => {
      cancelled = true;
    };
  }, [fullKey, storage, report]);

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
      if (fullKey) void storage.set(fullKey, JSON.stringify(resolved));
    },
    [fullKey, storage],
  );

  // Cleared elsewhere (useClearDrafts, clearAttuneStorage, another instance's clear): empty too.
  const initialRef = React.useRef(initial);
  React.useEffect(() => {
    if (!fullKey) return;
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
    setValueState(initial);
    if (fullKey) void storage.remove(fullKey);
    // `initial` is the first render's value on purpose: clearing returns to it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fullKey, storage]);

  return [value, setValue, { status, clear }] as const;
}
