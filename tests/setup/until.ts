import { act } from "@testing-library/react";
import { vi, type Mock } from "vitest";

/**
 * Lets React, promises and lazily loaded code run (in act) until `check` passes; fails with
 * `check`'s own error after `tries` waits. Each wait is 10 ms of real time, or, where a test
 * fakes setTimeout, one turn of setImmediate (`{ wait: "immediate" }`).
 */
export async function until(check: () => void, { wait = "10ms", tries = 500 }: { wait?: "10ms" | "immediate"; tries?: number } = {}): Promise<void> {
  for (let i = 0; ; i++) {
    await act(() => new Promise((r) => (wait === "immediate" ? setImmediate(r) : setTimeout(r, 10))));
    try {
      return check();
    } catch (error) {
      if (i >= tries) throw error;
    }
  }
}

/**
 * A lazily loaded module held back until the test opens the gate: pass `factory` to
 * `vi.doMock(path, factory)` in the test file (a path is resolved from the file that names it).
 * `loaded` counts requests for the module.
 */
export function gatedModule(): { loaded: Mock<() => void>; open: () => void; factory: <M>(original: () => Promise<M>) => Promise<M> } {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const loaded = vi.fn<() => void>();
  const factory = async <M>(original: () => Promise<M>): Promise<M> => {
    loaded();
    const m = await original();
    await gate;
    return m;
  };
  return { loaded, open, factory };
}
