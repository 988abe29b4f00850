import { describe, expect, it, vi } from "vitest";
import { createSafeStorage, localStorageAdapter, memoryStorageAdapter, parseStored, storageKey, type StorageAdapter } from "./storage";

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
    expect(onError.mock.calls.map(([e]) => e.code)).toEqual(["storage-write", "storage-read", "storage-read", "storage-write", "storage-read"]);
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
});
