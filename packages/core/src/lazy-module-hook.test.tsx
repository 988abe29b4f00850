import * as React from "react";
import { renderToString } from "react-dom/server";
import { hydrateRoot } from "react-dom/client";
import { act, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { lazyModule, useLazyModule, type LazyModule } from "./lazy-module";

type Words = { word: string };

function Shows({ code }: { code: LazyModule<Words> }) {
  const m = useLazyModule(code);
  return <p>{m ? m.word : "loading"}</p>;
}

describe("useLazyModule", () => {
  it("renders what has arrived, and re-renders when it arrives", async () => {
    let arrive!: (m: Words) => void;
    const code = lazyModule(() => new Promise<Words>((r) => (arrive = r)));
    render(<Shows code={code} />);
    expect(screen.getByText("loading")).toBeInTheDocument();
    const loading = code.load();
    await act(async () => {
      arrive({ word: "here" });
      await loading;
    });
    expect(screen.getByText("here")).toBeInTheDocument();
    // A later user renders with it at once.
    render(<Shows code={code} />);
    expect(screen.getAllByText("here")).toHaveLength(2);
  });

  it("hydrates as the server rendered it, even when the code was preloaded, then shows it", async () => {
    const code = lazyModule(async () => ({ word: "here" }));
    const html = renderToString(<Shows code={code} />);
    expect(html).toContain("loading");
    await code.load(); // a host preloads before hydrating
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const recoverable = vi.fn();
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await act(async () => {
      hydrateRoot(container, <Shows code={code} />, { onRecoverableError: recoverable });
    });
    expect(container.textContent).toBe("here");
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    container.remove();
  });

  it("unsubscribes: a listener removed before the module arrives is not called", async () => {
    const code = lazyModule(async () => ({ word: "here" }));
    const listener = vi.fn();
    const off = code.subscribe(listener);
    const kept = vi.fn();
    code.subscribe(kept);
    off();
    await code.load();
    expect(listener).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
  });
});
