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

export type AttuneErrorCode =
  | "storage-unavailable"
  | "storage-read"
  | "storage-write"
  | "storage-corrupt"
  | "invalid-input"
  | "invalid-time-zone"
  | "clipboard"
  | "share";

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

/**
 * Wraps an adapter so that nothing it does can throw into a widget: every failure is
 * reported to onError and answered from an in-memory copy, so what the user typed is kept.
 */
export function createSafeStorage(adapter: StorageAdapter, onError?: ErrorHandler) {
  const memory = new Map<string, string>();
  const report = (code: AttuneErrorCode, message: string, cause: unknown) => onError?.({ code, message, cause });

  return {
    async get(key: string): Promise<string | null> {
      try {
        const v = await adapter.getItem(key);
        if (typeof v === "string") return v;
        return memory.get(key) ?? null;
      } catch (cause) {
        report("storage-read", `Could not read "${key}" from storage; using the copy in memory.`, cause);
        return memory.get(key) ?? null;
      }
    },
    async set(key: string, value: string): Promise<boolean> {
      memory.set(key, value);
      try {
        await adapter.setItem(key, value);
        return true;
      } catch (cause) {
        report("storage-write", `Could not save "${key}" (storage full or unavailable); it is kept in memory.`, cause);
        return false;
      }
    },
    async remove(key: string): Promise<void> {
      memory.delete(key);
      try {
        await adapter.removeItem(key);
      } catch (cause) {
        report("storage-write", `Could not remove "${key}" from storage.`, cause);
      }
    },
    async keys(prefix: string): Promise<string[]> {
      const found = new Set([...memory.keys()].filter((k) => k.startsWith(prefix)));
      try {
        for (const k of (await adapter.keys?.()) ?? []) if (k.startsWith(prefix)) found.add(k);
      } catch (cause) {
        report("storage-read", "Could not list storage keys.", cause);
      }
      return [...found];
    },
  };
}

export type SafeStorage = ReturnType<typeof createSafeStorage>;

/** JSON.parse that reports corrupt data instead of throwing; `validate` rejects the wrong shape. */
export function parseStored<T>(
  raw: string | null,
  validate: (value: unknown) => value is T,
  key: string,
  onError?: ErrorHandler,
): T | undefined {
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (validate(value)) return value;
    onError?.({ code: "storage-corrupt", message: `Stored data under "${key}" has an unexpected shape; ignoring it.` });
  } catch (cause) {
    onError?.({ code: "storage-corrupt", message: `Stored data under "${key}" is not valid JSON; ignoring it.`, cause });
  }
  return undefined;
}
