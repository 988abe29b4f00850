// What a running session needs (the session clock, the frame loop, the actions' work, the
// step text, breath, progress, session controls and audio) is a dynamic import: these tests
// load "./index" fresh so the chunk is not already in memory from another test. Time comes from
// a clock the test moves by hand (the player's `clock` prop), so loading stays real.
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { freshLazyChunk } from "../../../tests/setup/fresh-lazy-chunk";
import { gatedModule, until } from "../../../tests/setup/until";
import { short } from "./__fixtures__/short";
import type { AttuneError } from "@attune/core";
import { buildTimeline, type Practice, type PracticeClock } from "./logic";
import { practices as en } from "./practices/en";
import { practices as es } from "./practices/es";
import { practices as ar } from "./practices/ar";

const logged = freshLazyChunk(() => vi.doUnmock("./session"));

const EPOCH = Date.UTC(2026, 10, 21, 20);

/** A clock the test moves: `time.ms` is monotonic; the wall clock is EPOCH plus it. */
function handClock() {
  const time = { ms: 1_000 };
  const clock: PracticeClock = { now: () => time.ms, epochNow: () => EPOCH + time.ms };
  return { time, clock };
}

/** The session chunk, held back until the test lets it arrive; `loaded` counts requests for it. */
function gateSession() {
  const { loaded, open, factory } = gatedModule();
  vi.doMock("./session", factory);
  return {
    loaded,
    /** Lets the chunk arrive, and waits until the player (from the same fresh modules) has it. */
    arrive: async () => {
      const { preloadGuidedPracticeSession } = await import("./index");
      await act(async () => {
        open();
        await preloadGuidedPracticeSession();
      });
      await act(() => new Promise((r) => setTimeout(r, 0)));
    },
  };
}

const stepText = (c: HTMLElement) => c.querySelector('[data-attune-part="step-text"]')?.textContent;
const root = (c: HTMLElement) => c.querySelector<HTMLElement>(".attune-guided-practice")!;

describe("GuidedPractice's session, loaded on first need", () => {
  it("loads nothing for an idle player until a person reaches for Begin", async () => {
    const { loaded } = gateSession();
    const { GuidedPractice } = await import("./index");
    render(<GuidedPractice practices={[short]} />);
    await act(() => new Promise((r) => setTimeout(r, 30)));
    expect(loaded).not.toHaveBeenCalled();
    // The idle player is whole without it: title, length, the stage's note, progress, Begin.
    expect(screen.getByRole("heading", { name: "Short one" })).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "Step 1 of 4, 0:36 left");
    expect(screen.getByText(/About 1 minute · 4 steps/)).toBeInTheDocument();
    expect(screen.getByText("Begin whenever you like. You can pause at any moment.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Begin" })).not.toHaveAttribute("aria-busy");
    expect(logged.errors.join("\n")).toBe("");
  });

  it.each([
    ["focus", (el: HTMLElement) => fireEvent.focus(el)],
    ["pointer down", (el: HTMLElement) => fireEvent.pointerDown(el)],
    ["pointer over", (el: HTMLElement) => fireEvent.pointerEnter(el)],
  ])("starts loading on %s on Begin, without starting", async (_, reach) => {
    const { loaded, arrive } = gateSession();
    const { GuidedPractice, preloadGuidedPracticeSession } = await import("./index");
    expect(typeof preloadGuidedPracticeSession).toBe("function");
    const onStart = vi.fn();
    const { container } = render(<GuidedPractice practices={[short]} onStart={onStart} />);
    reach(screen.getByRole("button", { name: "Begin" }));
    await until(() => expect(loaded).toHaveBeenCalledTimes(1));
    await arrive();
    expect(root(container)).toHaveAttribute("data-state", "idle");
    expect(onStart).not.toHaveBeenCalled();
    // Nothing moved: the idle stage and Begin are as they were.
    expect(screen.getByText("Begin whenever you like. You can pause at any moment.")).toBeInTheDocument();
    // The progress bar was there before the code (so Begin never moves) and still reads nothing done.
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0");
    expect(logged.errors.join("\n")).toBe("");
  });

  it("a Begin pressed before the code arrives starts when it arrives, timed from the press", async () => {
    const { arrive } = gateSession();
    const { GuidedPractice } = await import("./index");
    const { time, clock } = handClock();
    const onStart = vi.fn();
    const onStepChange = vi.fn();
    const { container } = render(<GuidedPractice practices={[short]} clock={clock} onStart={onStart} onStepChange={onStepChange} />);
    const begin = screen.getByRole("button", { name: "Begin" });
    begin.focus();
    fireEvent.click(begin);
    // Waiting for the code: Begin says it is starting; nothing is half drawn.
    expect(begin).toHaveAttribute("aria-busy", "true");
    expect(begin).toHaveAttribute("data-starting");
    expect(root(container)).toHaveAttribute("data-state", "idle");
    // A second press while it loads does not start twice.
    fireEvent.click(begin);
    time.ms += 3_000;
    await arrive();
    expect(root(container)).toHaveAttribute("data-state", "running");
    expect(stepText(container)).toBe("Arrive here.");
    // The same button, still focused, now pauses.
    expect(begin).toBe(document.activeElement);
    expect(begin).toHaveAccessibleName("Pause");
    expect(begin).not.toHaveAttribute("aria-busy");
    // Timed from the press: 3 of the first step's 10 seconds have gone, and the shared start is the press.
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "Step 1 of 4, 0:33 left");
    expect(onStart.mock.calls).toEqual([[{ version: 1, practiceId: "short", startAt: EPOCH + 1_000 }]]);
    expect(onStepChange).toHaveBeenCalledTimes(1);
    // The second step begins 10 s after the press, not after the arrival.
    time.ms = 1_000 + 10_050;
    await until(() => expect(stepText(container)).toBe("Breathe with the circle."));
    expect(logged.errors.join("\n")).toBe("");
  });

  it("a failed load is reported as load-failed, says so calmly, and Begin tries again", async () => {
    vi.doMock("./session", () => Promise.reject(new Error("offline")));
    const { GuidedPractice } = await import("./index");
    const onError = vi.fn<(e: AttuneError) => void>();
    const onStart = vi.fn();
    const { container } = render(<GuidedPractice practices={[short]} onError={onError} onStart={onStart} />);
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    await until(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: "load-failed", cause: expect.any(Error) });
    // Calm, never broken: idle, the message on the stage and in the live region, Begin ready again.
    expect(root(container)).toHaveAttribute("data-state", "idle");
    const message = "The practice could not load just now. Begin tries again whenever you like.";
    expect(container.querySelector('[data-attune-part="note"]')).toHaveTextContent(message);
    expect(screen.getByRole("status")).toHaveTextContent(message);
    const begin = screen.getByRole("button", { name: "Begin" });
    expect(begin).not.toHaveAttribute("aria-busy");
    expect(onStart).not.toHaveBeenCalled();
    // Back online: the next press loads it and starts.
    vi.doUnmock("./session");
    fireEvent.click(begin);
    await until(() => expect(root(container)).toHaveAttribute("data-state", "running"));
    expect(stepText(container)).toBe("Arrive here.");
    expect(screen.queryByText(message)).toBeNull();
    expect(onStart).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(logged.errors.join("\n")).toBe("");
  });

  it("loads at mount and starts when the status asks for a running session", async () => {
    const { loaded, arrive } = gateSession();
    const { GuidedPractice } = await import("./index");
    const onStart = vi.fn();
    const { container } = render(
      <React.StrictMode>
        <GuidedPractice practices={[short]} defaultStatus="running" onStart={onStart} />
      </React.StrictMode>,
    );
    await until(() => expect(loaded).toHaveBeenCalled());
    await arrive();
    expect(root(container)).toHaveAttribute("data-state", "running");
    expect(stepText(container)).toBe("Arrive here.");
    expect(onStart).toHaveBeenCalledTimes(1);
    expect(logged.errors.join("\n")).toBe("");
  });

  it("loads at mount for a shared start, and two partners see the same step", async () => {
    const { loaded, arrive } = gateSession();
    const { GuidedPractice } = await import("./index");
    const { time, clock } = handClock();
    // The partner began 12.5 s ago (wall clock): both are in the second step.
    const startAt = EPOCH + time.ms - 12_500;
    const { container } = render(<GuidedPractice practices={[short]} clock={clock} startAt={startAt} />);
    await until(() => expect(loaded).toHaveBeenCalled());
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    time.ms += 2_000;
    await arrive();
    expect(stepText(container)).toBe("Breathe with the circle.");
    // 14.5 s in: 4.5 s into the box breath's 4 s in-breath, so holding.
    expect(screen.getByText("Hold, 4")).toBeInTheDocument();
    expect(logged.errors.join("\n")).toBe("");
  });

  it("loads at mount to restore saved progress, and opens paused where it was left", async () => {
    // The provider from the same fresh modules as the player.
    const { AttuneProvider, memoryStorageAdapter } = await import("@attune/core");
    const storage = memoryStorageAdapter();
    storage.setItem("attune:guided-practice:evening", JSON.stringify({ version: 1, practiceId: "short", stepIndex: 2, stepElapsedMs: 4_000 }));
    const { loaded, arrive } = gateSession();
    const { GuidedPractice } = await import("./index");
    const { container } = render(
      <AttuneProvider storage={storage}>
        <GuidedPractice practices={[short]} persistKey="evening" />
      </AttuneProvider>,
    );
    await until(() => expect(loaded).toHaveBeenCalled());
    expect(root(container)).toHaveAttribute("data-state", "idle");
    await arrive();
    await until(() => expect(root(container)).toHaveAttribute("data-state", "paused"));
    expect(stepText(container)).toBe("Notice one need.");
    expect(screen.getByText("You paused here last time. Resume whenever you like.")).toBeInTheDocument();
    expect(logged.errors.join("\n")).toBe("");
  });

  it("the hook's actions, called before the code arrives, happen in order once it does", async () => {
    const { arrive } = gateSession();
    const { useGuidedPractice } = await import("./index");
    const { time, clock } = handClock();
    let player!: ReturnType<typeof useGuidedPractice>;
    function Mine() {
      player = useGuidedPractice({ practices: [short], clock });
      return <output aria-label="where">{`${player.status} ${player.snapshot.stepIndex}`}</output>;
    }
    render(<Mine />);
    act(() => {
      player.start();
      player.next();
    });
    time.ms += 1_000;
    act(() => player.pause());
    expect(screen.getByLabelText("where")).toHaveTextContent("idle 0");
    await arrive();
    expect(screen.getByLabelText("where")).toHaveTextContent("paused 1");
    // Actions work as before once it is here.
    act(() => player.resume());
    expect(screen.getByLabelText("where")).toHaveTextContent("running 1");
    expect(logged.errors.join("\n")).toBe("");
  });
});

describe("the idle player's step lengths", () => {
  it("match the session's timeline for every bundled practice, alone and shared", async () => {
    const { stepLengths } = await import("./use-guided-practice");
    const custom: Practice = {
      version: 1,
      id: "custom",
      title: "Custom",
      steps: [
        { text: "Odd phases.", seconds: 61, breathing: { phases: [{ kind: "inhale", seconds: 4.13 }, { kind: "exhale", seconds: 0.1 }, { kind: "hold", seconds: 60 }] } },
        { text: "A ready breath.", breathing: "4-7-8" },
        { text: "Resonance.", seconds: 1800, breathing: "resonance" },
        { text: "Sigh.", seconds: 0.5, breathing: "cyclic-sigh" },
      ],
    };
    for (const practice of [...en, ...es, ...ar, custom, short]) {
      for (const shared of [false, true]) {
        const full = buildTimeline(practice, { shared });
        expect(stepLengths(practice, shared), `${practice.id}${shared ? " shared" : ""}`).toEqual({ steps: full.steps.map(({ index, ms }) => ({ index, ms })), timedMs: full.timedMs });
      }
    }
  });
});
