import { describe, expect, it, vi } from "vitest";
import {
  clearAttuneStorage,
  createSafeStorage,
  localStorageAdapter,
  memoryStorageAdapter,
  parseStored,
  sharedSafeStorage,
  storageKey,
  type StorageAdapter,
} from "./storage";

const throwing: StorageAdapter = {
  getItem() {
    throw new DOMException("denied", "SecurityError");
  },
  setItem() {
    throw new DOMException("full", "QuotaExceededError");
  },
  removeItem() {
    throw new Error("nope");
  },
  keys() {
    throw new Error("nope");
  },
};

describe("storage", () => {
  it("namespaces keys", () => {
    expect(storageKey("composer", "draft-1")).toBe("attune:composer:draft-1");
  });

  it("memory adapter round-trips and lists keys", () => {
    const m = memoryStorageAdapter({ a: "1" });
    m.setItem("b", "2");
    expect(m.getItem("b")).toBe("2");
    expect(m.keys!()).toEqual(["a", "b"]);
    m.removeItem("a");
    expect(m.getItem("a")).toBeNull();
  });

  it("keeps data in memory and reports when the adapter throws on read and write", async () => {
    const onError = vi.fn();
    const safe = createSafeStorage(throwing, onError);
    expect(await safe.set("k", "typed text")).toBe(false);
    expect(await safe.get("k")).toBe("typed text");
    expect(await safe.keys("k")).toEqual(["k"]);
    await safe.remove("k");
    expect(await safe.get("k")).toBeNull();
    expect(onError.mock.calls.map(([e]) => e.code)).toEqual(["storage-write", "storage-read", "storage-write", "storage-read"]);
  });

  it("works with async adapters (a host's backend)", async () => {
    const map = new Map<string, string>();
    const asyncAdapter: StorageAdapter = {
      getItem: async (k) => map.get(k) ?? null,
      setItem: async (k, v) => void map.set(k, v),
      removeItem: async (k) => void map.delete(k),
    };
    const safe = createSafeStorage(asyncAdapter);
    await safe.set("x", "1");
    expect(map.get("x")).toBe("1");
    expect(await safe.get("x")).toBe("1");
  });

  it("reports corrupt JSON and wrong shapes instead of throwing", () => {
    const onError = vi.fn();
    const isText = (v: unknown): v is string => typeof v === "string";
    expect(parseStored("{not json", isText, "k", onError)).toBeUndefined();
    expect(parseStored("42", isText, "k", onError)).toBeUndefined();
    expect(parseStored('"ok"', isText, "k", onError)).toBe("ok");
    expect(parseStored(null, isText, "k", onError)).toBeUndefined();
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[0]![0].code).toBe("storage-corrupt");
  });

  it("localStorage adapter surfaces a throwing localStorage to the safe wrapper", async () => {
    const spy = vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    const onError = vi.fn();
    const safe = createSafeStorage(localStorageAdapter(), onError);
    expect(await safe.set("a", "b")).toBe(false);
    expect(await safe.get("a")).toBe("b");
    expect(onError).toHaveBeenCalled();
    spy.mockRestore();
    const real = createSafeStorage(localStorageAdapter());
    await real.set("attune:t:x", "1");
    expect(window.localStorage.getItem("attune:t:x")).toBe("1");
    expect(await real.keys("attune:t:")).toEqual(["attune:t:x"]);
  });

  it("reports stored garbage of every shape and never throws", () => {
    const onError = vi.fn();
    const isNames = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
    expect(parseStored("{oops", isNames, "k", onError)).toBeUndefined();
    expect(parseStored("7", isNames, "k", onError)).toBeUndefined();
    expect(parseStored("[null,null]", isNames, "k", onError)).toBeUndefined();
    expect(parseStored(7 as never, isNames, "k", onError)).toBeUndefined();
    const throwingValidator = (v: unknown): v is string[] => (v as { x: { y: unknown } }).x.y !== undefined;
    expect(parseStored("{}", throwingValidator, "k", onError)).toBeUndefined();
    expect(onError.mock.calls.map(([e]) => e.code)).toEqual(Array(5).fill("storage-corrupt"));
    expect(parseStored('["a"]', isNames, "k", onError)).toEqual(["a"]);
  });

  it("reports an adapter that returns something other than text", async () => {
    const onError = vi.fn();
    const odd: StorageAdapter = { getItem: () => 42 as never, setItem() {}, removeItem() {} };
    expect(await createSafeStorage(odd, onError).get("k")).toBeNull();
    expect(onError.mock.calls[0]![0].code).toBe("storage-corrupt");
  });
});

describe("storage privacy: cleared means gone", () => {
  it("never answers from memory once the adapter has taken the write", async () => {
    const adapter = memoryStorageAdapter();
    const safe = createSafeStorage(adapter);
    await safe.set("attune:composer:d", '{"text":"private draft"}');
    // The host (or another tab) clears storage behind Attune's back.
    adapter.removeItem("attune:composer:d");
    expect(adapter.getItem("attune:composer:d")).toBeNull();
    expect(await safe.get("attune:composer:d")).toBeNull();
  });

  it("answers from memory only while the adapter refuses writes, then drops the copy", async () => {
    let full = true;
    const map = new Map<string, string>();
    const flaky: StorageAdapter = {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => {
        if (full) throw new DOMException("full", "QuotaExceededError");
        map.set(k, v);
      },
      removeItem: (k) => void map.delete(k),
      keys: () => [...map.keys()],
    };
    const safe = createSafeStorage(flaky, () => {});
    await safe.set("k", "typed while full");
    expect(await safe.get("k")).toBe("typed while full");
    full = false;
    await safe.set("k", "saved");
    map.delete("k");
    expect(await safe.get("k")).toBeNull();
  });

  it("clear(widget) removes that widget's keys from the adapter and memory, and tells subscribers", async () => {
    const adapter = memoryStorageAdapter({ "attune:a:1": "x", "attune:b:1": "y", "host:key": "z" });
    const safe = createSafeStorage(adapter);
    const heard: Array<[string, boolean]> = [];
    const off = safe.subscribe((key, prefix) => heard.push([key, prefix]));
    await safe.clear("a");
    expect(adapter.keys!()).toEqual(["attune:b:1", "host:key"]);
    expect(heard).toEqual([
      ["attune:a:1", false],
      ["attune:a:", true],
    ]);
    await safe.clear();
    expect(adapter.keys!()).toEqual(["host:key"]);
    off();
    await safe.clear();
    expect(heard).toHaveLength(4);
  });

  it("clearAttuneStorage clears through the storage every widget on the page shares", async () => {
    const adapter = memoryStorageAdapter({ "attune:composer:d": '"draft"' });
    const shared = sharedSafeStorage(adapter);
    const heard = vi.fn();
    shared.subscribe(heard);
    await clearAttuneStorage(adapter, "composer");
    expect(adapter.getItem("attune:composer:d")).toBeNull();
    expect(heard).toHaveBeenCalledWith("attune:composer:", true);
    expect(sharedSafeStorage(adapter)).toBe(shared);
  });

  it("clearAttuneStorage reports an adapter that cannot list keys, and a value that is not an adapter", async () => {
    const onError = vi.fn();
    const { keys: _keys, ...noKeys } = memoryStorageAdapter();
    await clearAttuneStorage(noKeys, undefined, onError);
    await clearAttuneStorage("localStorage" as never, undefined, onError);
    expect(onError.mock.calls.map(([e]) => e.code)).toEqual(["storage-unavailable", "invalid-prop"]);
  });
});
