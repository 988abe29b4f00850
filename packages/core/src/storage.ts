/**
 * Persistence is opt-in: a widget stores anything only when the host gives it a key, and
 * always through a StorageAdapter the host can replace (its own backend, say).
 */
export interface StorageAdapter {
  getItem(key: string): string | null | undefined | Promise<string | null | undefined>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
  /** Every key the adapter holds; needed only for "clear all drafts". */
  keys?(): string[] | Promise<string[]>;
}

/** Every code an AttuneError carries; widgets pick the closest one. */
export type AttuneErrorCode =
  /** No storage at all (a server, a sandboxed frame). */
  | "storage-unavailable"
  /** The adapter threw or rejected while reading. */
  | "storage-read"
  /** The adapter threw or rejected while writing or removing (full, private mode). */
  | "storage-write"
  /** Something is stored under an Attune key but it is not valid JSON or has the wrong shape. */
  | "storage-corrupt"
  /** Invalid input from the person (kept for older widgets; prefer the two below). */
  | "invalid-input"
  /** A prop of the wrong type or out of range; the widget falls back to its default. */
  | "invalid-prop"
  /** Data-shaped input (a value, entries, a partner's JSON) that does not validate. */
  | "invalid-data"
  /** A host callback (onSend, onShare…) threw or its promise rejected. */
  | "callback-rejected"
  /** A time zone name Intl does not know. */
  | "invalid-time-zone"
  /** A date that does not exist ("2026-02-30") or an instant outside the representable range. */
  | "invalid-date"
  | "clipboard"
  | "share"
  /** Code a widget loads when a person needs it (a dialog, a picker) did not arrive; nothing typed is lost. */
  | "load-failed";

export interface AttuneError {
  code: AttuneErrorCode;
  message: string;
  cause?: unknown;
}

export type ErrorHandler = (error: AttuneError) => void;

/** An adapter over a Map, for tests, private browsing and hosts that keep drafts in memory only. */
export function memoryStorageAdapter(initial?: Record<string, string>): StorageAdapter {
  const map = new Map(Object.entries(initial ?? {}));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}

/**
 * window.localStorage, looked up on each call: merely touching it throws in some sandboxed
 * iframes and privacy modes, and on a server it does not exist.
 */
export function localStorageAdapter(): StorageAdapter {
  const ls = (): Storage => {
    const s = typeof window === "undefined" ? undefined : window.localStorage;
    if (!s) throw new Error("localStorage is not available");
    return s;
  };
  return {
    getItem: (key) => ls().getItem(key),
    setItem: (key, value) => ls().setItem(key, value),
    removeItem: (key) => ls().removeItem(key),
    keys: () => {
      const s = ls();
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k !== null) out.push(k);
      }
      return out;
    },
  };
}

/** The prefix of every key Attune writes, so a host can find (and a widget clear) its own. */
export const STORAGE_PREFIX = "attune:";

export function storageKey(widget: string, key: string): string {
  return `${STORAGE_PREFIX}${widget}:${key}`;
}

/** Told of a removed key, or (`prefix` true) of every key under a prefix being cleared. */
export type StorageListener = (key: string, prefix: boolean) => void;

/**
 * Wraps an adapter so that nothing it does can throw into a widget: every failure is reported
 * to onError. While the adapter is failing for a key (its last write threw), what the person
 * typed is kept in memory and answered from there, so nothing is lost. Once the adapter has
 * taken the write (or a remove), the memory copy is dropped: the adapter's answer, including
 * "nothing stored", is the truth, so a draft cleared in storage never comes back from memory.
 * Removals are announced to subscribers, so every open widget empties too.
 */
export function createSafeStorage(adapter: StorageAdapter, onError?: ErrorHandler) {
  // Only the keys whose latest write the adapter refused.
  const memory = new Map<string, string>();
  const listeners = new Set<StorageListener>();
  const report = (code: AttuneErrorCode, message: string, cause?: unknown) => onError?.({ code, message, cause });

  const safe = {
    async get(key: string): Promise<string | null> {
      // The adapter refused (or has not yet confirmed) the newest text for this key.
      if (memory.has(key)) return memory.get(key)!;
      try {
        const v: unknown = await adapter.getItem(key);
        if (typeof v === "string") return v;
        if (v !== null && v !== undefined) report("storage-corrupt", `Storage returned a ${typeof v}, not text, for "${key}"; ignoring it.`);
        return null;
      } catch (cause) {
        report("storage-read", `Could not read "${key}" from storage.`, cause);
        return null;
      }
    },
    async set(key: string, value: string): Promise<boolean> {
      // Held until the adapter confirms, so a read in between sees the newest text.
      memory.set(key, value);
      try {
        await adapter.setItem(key, value);
        if (memory.get(key) === value) memory.delete(key);
        return true;
      } catch (cause) {
        report("storage-write", `Could not save "${key}" (storage full or unavailable); it is kept in memory until the page closes.`, cause);
        return false;
      }
    },
    async remove(key: string): Promise<void> {
      memory.delete(key);
      listeners.forEach((l) => l(key, false));
      try {
        await adapter.removeItem(key);
      } catch (cause) {
        report("storage-write", `Could not remove "${key}" from storage.`, cause);
      }
    },
    async keys(prefix: string): Promise<string[]> {
      const found = new Set([...memory.keys()].filter((k) => k.startsWith(prefix)));
      try {
        const listed: unknown = await adapter.keys?.();
        if (Array.isArray(listed)) for (const k of listed) if (typeof k === "string" && k.startsWith(prefix)) found.add(k);
      } catch (cause) {
        report("storage-read", "Could not list storage keys.", cause);
      }
      return [...found];
    },
    /**
     * Removes every Attune key (or one widget's) from the adapter and from memory, and tells
     * every subscribed widget. An adapter without `keys()` can only clear what is known here:
     * that is reported, since stored drafts may remain.
     */
    async clear(widget?: string): Promise<void> {
      const prefix = widget === undefined ? STORAGE_PREFIX : `${STORAGE_PREFIX}${widget}:`;
      if (typeof adapter.keys !== "function") {
        report("storage-unavailable", "The storage adapter cannot list its keys (no keys()), so stored drafts may remain; add keys() to clear them.");
      }
      await Promise.all((await safe.keys(prefix)).map((k) => safe.remove(k)));
      // Open widgets empty (and remove their own key, which an adapter without keys() hides).
      listeners.forEach((l) => l(prefix, true));
    },
    /** Called with each removed key, then with the prefix after a clear; returns the unsubscribe. */
    subscribe(listener: StorageListener): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return safe;
}

export type SafeStorage = ReturnType<typeof createSafeStorage>;

const SHARED = /* @__PURE__ */ Symbol.for("attune.core.safeStorages");

/** The storage interface an adapter must have; anything else is not an adapter. */
export function isStorageAdapter(value: unknown): value is StorageAdapter {
  if (typeof value !== "object" || value === null) return false;
  const a = value as Record<string, unknown>;
  return typeof a.getItem === "function" && typeof a.setItem === "function" && typeof a.removeItem === "function";
}

/**
 * The one guarded wrapper per adapter that every widget on the page shares (kept on
 * globalThis, so both builds of core and `@attune/core/logic` find the same one). Its errors
 * go to every handler in `handlers`.
 */
export function sharedSafeStorage(adapter: StorageAdapter): SafeStorage & { handlers: Set<ErrorHandler> } {
  const g = globalThis as typeof globalThis & { [SHARED]?: WeakMap<StorageAdapter, SafeStorage & { handlers: Set<ErrorHandler> }> };
  const all = (g[SHARED] ??= new WeakMap());
  let safe = all.get(adapter);
  if (!safe) {
    const handlers = new Set<ErrorHandler>();
    safe = Object.assign(createSafeStorage(adapter, (e) => handlers.forEach((h) => h(e))), { handlers });
    all.set(adapter, safe);
  }
  return safe;
}

let defaultAdapter: StorageAdapter | undefined;
let memoryFallback: StorageAdapter | undefined;

/**
 * The guarded storage for a provider's `storage` value: its adapter, else localStorage
 * (guarded). Not an adapter (a string, a number…): the provider already warned; drafts stay
 * in this page's memory rather than in a storage the host did not choose.
 */
export function safeStorageFor(given: unknown): SafeStorage & { handlers: Set<ErrorHandler> } {
  const adapter =
    given === undefined || given === null
      ? (defaultAdapter ??= localStorageAdapter())
      : isStorageAdapter(given)
        ? given
        : (memoryFallback ??= memoryStorageAdapter());
  return sharedSafeStorage(adapter);
}

/**
 * Deletes every draft Attune stored through `adapter` (or only `widget`'s), from the adapter,
 * from memory, and from every open widget that uses the same adapter. For a sign-out or a
 * "forget me" button outside React; inside, `useClearDrafts()` uses the provider's adapter.
 */
export async function clearAttuneStorage(adapter: StorageAdapter, widget?: string, onError?: ErrorHandler): Promise<void> {
  if (!isStorageAdapter(adapter)) {
    onError?.({ code: "invalid-prop", message: "clearAttuneStorage needs a storage adapter (getItem, setItem, removeItem)." });
    return;
  }
  const safe = sharedSafeStorage(adapter);
  if (onError) safe.handlers.add(onError);
  try {
    await safe.clear(widget);
  } finally {
    if (onError) safe.handlers.delete(onError);
  }
}

/**
 * JSON.parse that reports corrupt data instead of throwing: text that is not JSON (`{oops`),
 * or JSON that `validate` rejects (a number, `[null]`, an old shape), goes to onError as
 * "storage-corrupt" and gives undefined. A validator that throws counts as a rejection.
 */
export function parseStored<T>(
  raw: string | null | undefined,
  validate: (value: unknown) => value is T,
  key: string,
  onError?: ErrorHandler,
): T | undefined {
  if (raw === null || raw === undefined) return undefined;
  let value: unknown;
  try {
    if (typeof raw !== "string") throw new TypeError(`stored value is a ${typeof raw}, not text`);
    value = JSON.parse(raw);
  } catch (cause) {
    onError?.({ code: "storage-corrupt", message: `Stored data under "${key}" is not valid JSON; ignoring it.`, cause });
    return undefined;
  }
  try {
    if (validate(value)) return value;
    onError?.({ code: "storage-corrupt", message: `Stored data under "${key}" has an unexpected shape; ignoring it.` });
  } catch (cause) {
    onError?.({ code: "storage-corrupt", message: `Stored data under "${key}" could not be checked; ignoring it.`, cause });
  }
  return undefined;
}
