// Saved progress (a host opts in with `persistKey`) is a dynamic import of its own: these tests
// load "./index" fresh so that code is not already in memory from another test.
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { freshLazyChunk } from "../../../tests/setup/fresh-lazy-chunk";
import { gatedModule, until } from "../../../tests/setup/until";
import { short } from "./__fixtures__/short";
import type { AttuneError, StorageAdapter } from "@attune/core";

const logged = freshLazyChunk(() => vi.doUnmock("./persist"));

const KEY = "attune:guided-practice:evening";

/** The saved-progress code, held back until the test lets it arrive; `loaded` counts requests for it. */
function gatePersist() {
  const { loaded, open, factory } = gatedModule();
  vi.doMock("./persist", factory);
  return { loaded, arrive: () => act(async () => open()) };
}

const root = (c: HTMLElement) => c.querySelector<HTMLElement>(".attune-guided-practice")!;
const stepText = (c: HTMLElement) => c.querySelector('[data-attune-part="step-text"]')?.textContent;

describe("GuidedPractice's saved progress, loaded only with a persistKey", () => {
  it("is not requested without a persistKey, and is requested at mount with one", async () => {
    const { loaded } = gatePersist();
    const { AttuneProvider, memoryStorageAdapter } = await import("@attune/core");
    const { GuidedPractice } = await import("./index");
    const storage = memoryStorageAdapter();
    const first = render(
      <AttuneProvider storage={storage}>
        <GuidedPractice practices={[short]} />
      </AttuneProvider>,
    );
    await act(() => new Promise((r) => setTimeout(r, 30)));
    expect(loaded).not.toHaveBeenCalled();
    first.unmount();
    render(
      <AttuneProvider storage={storage}>
        <GuidedPractice practices={[short]} persistKey="evening" />
      </AttuneProvider>,
    );
    await until(() => expect(loaded).toHaveBeenCalledTimes(1));
    expect(logged.errors.join("\n")).toBe("");
  });

  it("a start before storage answers is saved, and older saved progress does not replace it", async () => {
    const { arrive } = gatePersist();
    const { AttuneProvider, memoryStorageAdapter } = await import("@attune/core");
    const { GuidedPractice, preloadGuidedPracticeSession } = await import("./index");
    await preloadGuidedPracticeSession();
    const storage = memoryStorageAdapter({ [KEY]: JSON.stringify({ version: 1, practiceId: "short", stepIndex: 1, stepElapsedMs: 4_000 }) });
    const { container } = render(
      <AttuneProvider storage={storage}>
        <GuidedPractice practices={[short]} persistKey="evening" />
      </AttuneProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    await until(() => expect(root(container)).toHaveAttribute("data-state", "running"));
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    expect(stepText(container)).toBe("Arrive here.");
    await arrive();
    // The person's own pause, on the first step, is what storage holds now.
    await until(() => expect(JSON.parse(String(storage.getItem(KEY)))).toMatchObject({ practiceId: "short", stepIndex: 0 }));
    await act(() => new Promise((r) => setTimeout(r, 30)));
    expect(root(container)).toHaveAttribute("data-state", "paused");
    expect(stepText(container)).toBe("Arrive here.");
    expect(screen.queryByText("You paused here last time. Resume whenever you like.")).toBeNull();
    expect(logged.errors.join("\n")).toBe("");
  });

  it("code that cannot load is reported, and the practice runs without saving", async () => {
    vi.doMock("./persist", () => Promise.reject(new Error("offline")));
    const { AttuneProvider, memoryStorageAdapter } = await import("@attune/core");
    const { GuidedPractice } = await import("./index");
    const onError = vi.fn<(e: AttuneError) => void>();
    const storage = memoryStorageAdapter();
    const { container } = render(
      <AttuneProvider storage={storage}>
        <GuidedPractice practices={[short]} persistKey="evening" onError={onError} />
      </AttuneProvider>,
    );
    await until(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage-unavailable" })));
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    await until(() => expect(root(container)).toHaveAttribute("data-state", "running"));
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    expect(root(container)).toHaveAttribute("data-state", "paused");
    expect(storage.getItem(KEY)).toBeNull();
    expect(logged.errors.join("\n")).toBe("");
  });

  it("a clear of every Attune key removes its progress, even from storage that cannot list its keys", async () => {
    const { AttuneProvider, clearAttuneStorage } = await import("@attune/core");
    const { GuidedPractice } = await import("./index");
    const data = new Map<string, string>();
    // No keys(): the clear cannot find this key itself; the open player removes it.
    const storage: StorageAdapter = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
    const { container } = render(
      <AttuneProvider storage={storage}>
        <GuidedPractice practices={[short]} persistKey="evening" onError={() => {}} />
      </AttuneProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    await until(() => expect(root(container)).toHaveAttribute("data-state", "running"));
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    await until(() => expect(data.has(KEY)).toBe(true));
    await act(() => clearAttuneStorage(storage));
    await until(() => expect(data.has(KEY)).toBe(false));
    expect(logged.errors.join("\n")).toBe("");
  });
});
