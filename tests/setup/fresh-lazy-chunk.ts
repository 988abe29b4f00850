import { afterEach, beforeEach, vi } from "vitest";

/**
 * For the tests of a lazily loaded chunk: before each test the module registry is reset, so the
 * test imports the widget fresh and the chunk is not already in memory from another test;
 * console errors are collected (`logged.errors`) and warnings silenced; after each, `unmock`
 * undoes the test's mock of the chunk (pass `() => vi.doUnmock("./chunk")`: a path is
 * resolved from the file that names it) and the spies are restored.
 */
export function freshLazyChunk(unmock: () => void): { readonly errors: string[] } {
  const logged = { errors: [] as string[] };
  beforeEach(() => {
    vi.resetModules();
    logged.errors = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.errors.push(args.map(String).join(" ")));
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => {
    unmock();
    vi.restoreAllMocks();
  });
  return logged;
}
