import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, memoryStorageAdapter, resetWarnings, type AttuneError } from "@attune/core";
import { until } from "../../../tests/setup/until";
import { GuidedPractice, preloadGuidedPracticeSession } from "./index";
import { holdingBoth } from "./practices/en";
import hostile from "./__fixtures__/hostile-text.json";

// What a running session needs loads on first need; here it is loaded first, so these tests are
// about behaviour (loading it is tested in session.lazy.test.tsx).
beforeAll(() => preloadGuidedPracticeSession());

// Every hostile string the shared fixtures hold.
const texts: string[] = [...hostile.markup, ...hostile.unicode, ...Object.values(hostile.sizes), ...hostile.ics_special];

let errors: string[];
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  resetWarnings();
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(" ")));
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame", "performance", "Date", "setTimeout", "clearTimeout"] });
  vi.setSystemTime(new Date("2026-11-21T20:00:00Z"));
  delete (window as { __pwned?: number }).__pwned;
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Lets promises and lazily loaded code settle (setTimeout is faked here; setImmediate is not) until `check` passes. */
const settle = (check: () => void) => until(check, { wait: "immediate", tries: 2_000 });

function strict(ui: React.ReactElement) {
  return render(<React.StrictMode>{ui}</React.StrictMode>);
}

describe("GuidedPractice with hostile input", () => {
  it("shows every hostile text as plain text, never as markup", () => {
    const practice = { version: 1, id: "hostile", title: "<b>Title</b>", description: "<img src=x onerror=alert(1)>", steps: [...texts.filter((t) => t.trim() !== "" && t.length < 600), hostile.sizes.long_word.slice(0, 600)].map((text) => ({ text, seconds: 5 })) };
    const onError = vi.fn();
    const { container } = strict(<GuidedPractice practices={[practice]} onError={onError} />);
    expect(screen.getByRole("heading", { name: "<b>Title</b>" })).toBeInTheDocument();
    expect(container.querySelector("img, script, svg, b")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    for (let i = 0; i < practice.steps.length - 1; i++) {
      const shown = container.querySelector('[data-attune-part="step-text"]')!.textContent!;
      expect(shown).toBe(practice.steps[i]!.text.replace(/[\u0000\uFEFF]/g, "").trim());
      fireEvent.click(screen.getByRole("button", { name: "Skip ahead" }));
    }
    expect(container.querySelector("img, script, svg, b")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(onError).not.toHaveBeenCalled();
    expect(errors).toEqual([]);
  });

  it("reports each broken practice by name and keeps the rest", async () => {
    const onError = vi.fn<(e: AttuneError) => void>();
    const broken: unknown[] = [
      null,
      42,
      "holding-both",
      { version: 1, id: "a", title: "Empty step", steps: [{ text: "     " }] },
      { version: 1, id: "b", title: "Negative", steps: [{ text: "x", seconds: -5 }] },
      { version: 1, id: "c", title: "Huge", steps: [{ text: "x", seconds: 1e12 }] },
      { version: 1, id: "d", title: "Script audio", steps: [{ text: "x", audio: "javascript:window.__pwned=1" }] },
      { version: 1, id: "e", title: "Odd breath", steps: [{ text: "x", seconds: 10, breathing: { phases: [{ kind: "inhale", seconds: Infinity }] } }] },
      { version: 1, id: "f", title: "x".repeat(500), steps: [{ text: "x" }] },
      { version: 1, id: "<script>", title: "Bad id", steps: [{ text: "x" }] },
      { version: 1, id: "g", title: "Long", steps: [{ text: hostile.sizes.long_word.repeat(3) }] },
      { version: 1, id: "h", title: "Too many", steps: Array.from({ length: 61 }, () => ({ text: "x" })) },
      { version: 99, id: "i", title: "Future", steps: [{ text: "x" }] },
      holdingBoth,
    ];
    const { container } = strict(<GuidedPractice practices={broken} onError={onError} />);
    // The problems' words load with the first broken practice (a separate chunk).
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError).toHaveBeenCalledTimes(broken.length - 1);
    for (const [e] of onError.mock.calls) {
      expect(e.code).toBe("invalid-input");
      expect(e.message).toMatch(/^GuidedPractice: /);
    }
    expect(screen.getByRole("heading", { name: "Holding both" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    expect(container.querySelector('[data-attune-part="step-text"]')).toHaveTextContent(holdingBoth.steps[0]!.text);
    expect(container.querySelector("audio")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("survives hostile props: a practices value that is not a list, odd status, start and return time", async () => {
    const onError = vi.fn();
    const props = {
      practices: "nope" as unknown as unknown[],
      status: "exploding" as never,
      startAt: Number.NaN,
      returnAt: { at: "soon", timeZone: "<script>" } as never,
      announce: "shout" as never,
      dir: "sideways" as never,
      headingLevel: 99 as never,
      clock: undefined,
    };
    const { container } = strict(<GuidedPractice {...props} onError={onError} />);
    expect(screen.getByText("There is no practice here yet.")).toBeInTheDocument();
    expect(container.querySelector(".attune-guided-practice")).not.toHaveAttribute("dir");
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input", message: "GuidedPractice: practices must be a list" })));
    expect(errors).toEqual([]);
  });

  it("plays on with a NaN start and a bad return time, and an unknown practice id falls back", () => {
    strict(
      <GuidedPractice
        practices={[holdingBoth]}
        practiceId="missing"
        startAt={Number.NaN}
        returnAt={{ at: "not a date", timeZone: "Europe/Berlin" }}
        headingLevel={0 as never}
      />,
    );
    // headingLevel 0 is clamped to the nearest level, with a development warning.
    expect(screen.getByRole("heading", { level: 1, name: "Holding both" })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith("[attune] GuidedPractice headingLevel must be an integer from 1 to 6; using 1.");
    expect(screen.queryByText(/agreed to come back/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    act(() => void vi.advanceTimersByTime(21_000));
    expect(screen.getByText("Step 2 of 8")).toBeInTheDocument();
    expect(errors).toEqual([]);
  });

  it("ignores tampered stored progress and reports it, starting fresh", async () => {
    const onError = vi.fn<(e: AttuneError) => void>();
    for (const stored of ['{"version":1,"practiceId":"holding-both","stepIndex":-4,"stepElapsedMs":1}', "{not json", '"<img src=x onerror=alert(1)>"', '{"version":1,"practiceId":"holding-both","stepIndex":999,"stepElapsedMs":1}']) {
      onError.mockClear();
      const storage = memoryStorageAdapter({ "attune:guided-practice:k": stored });
      const { container, unmount } = strict(
        <AttuneProvider storage={storage}>
          <GuidedPractice practices={[holdingBoth]} persistKey="k" onError={onError} />
        </AttuneProvider>,
      );
      await settle(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage-corrupt" })));
      expect(container.querySelector(".attune-guided-practice")).toHaveAttribute("data-state", "idle");
      expect(container.querySelector("img")).toBeNull();
      unmount();
    }
    expect(errors).toEqual([]);
  });

  it("a storage that throws is reported and the practice still runs", async () => {
    const onError = vi.fn<(e: AttuneError) => void>();
    const storage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("full");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    strict(
      <AttuneProvider storage={storage}>
        <GuidedPractice practices={[holdingBoth]} persistKey="k" onError={onError} />
      </AttuneProvider>,
    );
    await settle(() => expect(onError.mock.calls.map(([e]) => e.code)).toEqual(["storage-read"]));
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    await settle(() => expect(onError.mock.calls.map(([e]) => e.code)).toEqual(expect.arrayContaining(["storage-write"])));
    expect(screen.getByRole("button", { name: "Resume" })).toBeInTheDocument();
    expect(errors).toEqual([]);
    expect(warn).toHaveBeenCalled();
  });

  it("audio that cannot play is reported; the words carry on", async () => {
    const play = vi.spyOn(HTMLMediaElement.prototype, "play").mockImplementation(() => Promise.reject(Object.assign(new Error("blocked"), { name: "NotAllowedError" })));
    const onError = vi.fn<(e: AttuneError) => void>();
    strict(<GuidedPractice practices={[{ version: 1, id: "v", title: "Voice", steps: [{ text: "Listen.", seconds: 5, audio: "https://host.example/1.mp3" }] }]} onError={onError} />);
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    await act(async () => {
      await Promise.resolve();
      await Promise.resolve();
    });
    expect(play).toHaveBeenCalled();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input", message: "GuidedPractice: the audio for step 1 could not play." }));
    expect(screen.getByText("Listen.")).toBeInTheDocument();
    expect(errors).toEqual([]);
  });
});
