// Saved progress, loaded only when a host opts in with `persistKey` (see "progressCode" in
// ./use-guided-practice): reads where the person paused last time and writes what the session
// saves, through the provider's storage adapter (guarded: a storage that throws or holds
// garbage is reported, never a crash).
import { parseStored, safeStorageFor, type ErrorHandler } from "@attune/core/logic";
import { isSavedProgress, type SavedProgress } from "./practice";
import type { SessionHost } from "./use-guided-practice";

/**
 * Keeps one player's progress under `key` ("attune:guided-practice:<persistKey>") in the
 * storage `adapter` (the provider's; localStorage when none). Tells the hook what was saved
 * (`found`), unless the person already began: what they did then is written instead, so
 * nothing older replaces it. Returns its stop.
 */
export function keepProgress(h: SessionHost, key: string, adapter: unknown): () => void {
  const storage = safeStorageFor(adapter);
  const report: ErrorHandler = (e) => h.report(e);
  const record = h.setSaved;
  const early = h.pending;
  let live = true;
  let touched = early !== undefined;
  storage.handlers.add(report);
  const write = (s: SavedProgress | null) => {
    touched = true;
    void (s ? storage.set(key, JSON.stringify(s)) : storage.remove(key));
  };
  h.setSaved = write;
  h.pending = undefined;
  if (early !== undefined) write(early);
  void storage.get(key).then((raw) => {
    if (live) h.found(touched ? null : (parseStored(raw, isSavedProgress, key, report) ?? null));
  });
  // Cleared elsewhere by prefix: an adapter that cannot list its keys did not see this one.
  const unsubscribe = storage.subscribe((removed, prefix) => {
    if (prefix && key.startsWith(removed)) void storage.remove(key);
  });
  return () => {
    live = false;
    h.setSaved = record;
    storage.handlers.delete(report);
    unsubscribe();
  };
}
