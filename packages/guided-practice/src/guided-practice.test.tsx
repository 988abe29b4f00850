import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, memoryStorageAdapter, resetWarnings, type AttuneError } from "@attune/core";
import { until } from "../../../tests/setup/until";
import { short } from "./__fixtures__/short";
import { GuidedPractice, PracticePlayer, useGuidedPractice, type Practice, type PracticeStatus, preloadGuidedPracticeSession } from "./index";
import { beforeWeTalkAgain, holdingBoth, practices as enPractices, whileIWait } from "./practices/en";
import { practices as arPractices } from "./practices/ar";
import { ar } from "./locales/ar";

// What a running session needs loads on first need; here it is loaded first, so these tests are
// about behaviour (loading it is tested in session.lazy.test.tsx).
beforeAll(() => preloadGuidedPracticeSession());

let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame", "performance", "Date", "setTimeout", "clearTimeout"] });
  vi.setSystemTime(new Date("2026-11-21T20:00:00Z"));
});

afterEach(() => {
  vi.useRealTimers();
  warn.mockRestore();
});

function wait(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** Lets promises and lazily loaded code settle (setTimeout is faked here; setImmediate is not) until `check` passes. */
const settle = (check: () => void) => until(check, { wait: "immediate", tries: 2_000 });


const live = () => screen.getByRole("status");
const stepText = (c: HTMLElement) => c.querySelector('[data-attune-part="step-text"]')?.textContent;
const root = (c: HTMLElement) => c.querySelector<HTMLElement>(".attune-guided-practice")!;
const stage = () => screen.getByRole("group", { name: "Practice step" });

describe("GuidedPractice", () => {
  it("renders with no props: an empty note, a live region, no controls", () => {
    render(<GuidedPractice />);
    expect(screen.getByText("There is no practice here yet.")).toBeInTheDocument();
    expect(live()).toHaveAttribute("aria-live", "polite");
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    // The practices are a separate import: a developer who forgot them is told where they are.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no practices given; pass some, e.g. `practices` from "@attune/guided-practice/practices/en"'));
  });

  it("does not ask for practices when the host passed a list, even an empty one", () => {
    render(<GuidedPractice practices={[]} />);
    expect(screen.getByText("There is no practice here yet.")).toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
  });

  it("never starts by itself; Begin shows and announces the first step once", () => {
    const { container } = render(<GuidedPractice practices={[short]} />);
    expect(screen.getByRole("heading", { level: 2, name: "Short one" })).toBeInTheDocument();
    expect(screen.getByText(/About 1 minute · 4 steps/)).toBeInTheDocument();
    wait(30_000);
    expect(root(container)).toHaveAttribute("data-state", "idle");
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    wait(20);
    expect(stepText(container)).toBe("Arrive here.");
    expect(screen.getByText("Step 1 of 4")).toBeInTheDocument();
    expect(live()).toHaveTextContent("Step 1 of 4. Arrive here.");
    const said = live().textContent;
    wait(5_000);
    expect(live().textContent).toBe(said);
  });

  it("moves on by itself on time, breathes in a breathing step, and waits on a ready step", () => {
    const onStepChange = vi.fn();
    const { container } = render(<GuidedPractice practices={[short]} onStepChange={onStepChange} />);
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    wait(10_050);
    expect(stepText(container)).toBe("Breathe with the circle.");
    expect(screen.getByText("Breathe in, 4")).toBeInTheDocument();
    wait(4_000);
    expect(screen.getByText("Hold, 4")).toBeInTheDocument();
    expect(onStepChange).toHaveBeenLastCalledWith({ practiceId: "short", stepIndex: 1, step: short.steps[1] });
    wait(22_000);
    expect(stepText(container)).toBe("Carry on when you like.");
    expect(screen.getByText("Take your time. Continue when you're ready.")).toBeInTheDocument();
    wait(600_000);
    expect(stepText(container)).toBe("Carry on when you like.");
    expect(root(container)).toHaveAttribute("data-state", "running");
    fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    expect(root(container)).toHaveAttribute("data-state", "complete");
    expect(screen.getByText("That's the whole practice.")).toBeInTheDocument();
    expect(live()).toHaveTextContent("That's the whole practice. Come back whenever you like.");
  });

  it("shows progress and time left", () => {
    render(<GuidedPractice practices={[short]} />);
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    wait(5_500);
    const bar = screen.getByRole("progressbar", { name: "Progress through the practice" });
    expect(bar).toHaveAttribute("aria-valuenow", "14");
    expect(bar).toHaveAttribute("aria-valuetext", "Step 1 of 4, 0:31 left");
    expect(screen.getByText("0:31 left")).toBeInTheDocument();
  });

  it("Space pauses and resumes from the stage; pausing keeps the place for as long as it takes", () => {
    const { container } = render(<GuidedPractice practices={[short]} />);
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    wait(4_000);
    stage().focus();
    fireEvent.keyDown(stage(), { key: " " });
    expect(root(container)).toHaveAttribute("data-state", "paused");
    expect(screen.getByText("Paused. Take all the time you need.")).toBeInTheDocument();
    expect(live()).toHaveTextContent("Paused.");
    wait(3_600_000);
    expect(stepText(container)).toBe("Arrive here.");
    expect(screen.getByText("0:32 left")).toBeInTheDocument();
    fireEvent.keyDown(stage(), { key: " " });
    expect(root(container)).toHaveAttribute("data-state", "running");
    wait(6_100);
    expect(stepText(container)).toBe("Breathe with the circle.");
  });

  it("arrow keys move between steps, mirrored right to left", () => {
    const { container, rerender } = render(<GuidedPractice practices={[short]} />);
    fireEvent.keyDown(stage(), { key: " " });
    fireEvent.keyDown(stage(), { key: "ArrowRight" });
    expect(stepText(container)).toBe("Breathe with the circle.");
    expect(live()).toHaveTextContent("Step 2 of 4. Breathe with the circle.");
    fireEvent.keyDown(stage(), { key: "ArrowLeft" });
    expect(stepText(container)).toBe("Arrive here.");
    rerender(<GuidedPractice practices={[short]} dir="rtl" />);
    fireEvent.keyDown(stage(), { key: "ArrowLeft" });
    expect(stepText(container)).toBe("Breathe with the circle.");
    fireEvent.keyDown(stage(), { key: "ArrowRight" });
    expect(stepText(container)).toBe("Arrive here.");
  });

  it("the buttons go back, skip ahead and stop; stopping midway is fine", () => {
    const { container } = render(<GuidedPractice practices={[short]} />);
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    fireEvent.click(screen.getByRole("button", { name: "Skip ahead" }));
    fireEvent.click(screen.getByRole("button", { name: "Skip ahead" }));
    expect(stepText(container)).toBe("Notice one need.");
    fireEvent.click(screen.getByRole("button", { name: "Back a step" }));
    expect(stepText(container)).toBe("Breathe with the circle.");
    fireEvent.click(screen.getByRole("button", { name: "Stop" }));
    expect(root(container)).toHaveAttribute("data-state", "idle");
    expect(screen.getByText("Come back whenever you like.")).toBeInTheDocument();
    expect(live()).toHaveTextContent("Stopped. Come back whenever you like.");
  });

  it("Escape stops; a focused button keeps Space for itself", () => {
    const { container } = render(<GuidedPractice practices={[short]} />);
    const begin = screen.getByRole("button", { name: "Begin" });
    fireEvent.keyDown(begin, { key: " " });
    expect(root(container)).toHaveAttribute("data-state", "idle");
    fireEvent.click(begin);
    fireEvent.keyDown(stage(), { key: "Escape" });
    expect(root(container)).toHaveAttribute("data-state", "idle");
  });

  it("the quiet setting says only the step number, and off says nothing", () => {
    const { unmount } = render(<GuidedPractice practices={[short]} announce="quiet" />);
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    expect(live()).toHaveTextContent(/^Step 1 of 4\s*$/);
    unmount();
    render(<GuidedPractice practices={[short]} announce="off" />);
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    expect(live()).toHaveTextContent(/^$/);
  });

  it("announces a step again when the person comes back to it", () => {
    render(<GuidedPractice practices={[short]} />);
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    const first = live().textContent;
    fireEvent.click(screen.getByRole("button", { name: "Skip ahead" }));
    fireEvent.click(screen.getByRole("button", { name: "Back a step" }));
    expect(live()).toHaveTextContent("Step 1 of 4. Arrive here.");
    fireEvent.click(screen.getByRole("button", { name: "Back a step" }));
    expect(live()).toHaveTextContent("Step 1 of 4. Arrive here.");
    expect(live().textContent).not.toBe(first === live().textContent ? "" : first);
  });

  it("lets a host pause from outside through status / onStatusChange", () => {
    const onStatusChange = vi.fn();
    function Host() {
      const [status, setStatus] = React.useState<PracticeStatus>("idle");
      return (
        <>
          <button onClick={() => setStatus("paused")}>Host pause</button>
          <button onClick={() => setStatus("running")}>Host play</button>
          <GuidedPractice
            practices={[short]}
            status={status}
            onStatusChange={(s) => {
              onStatusChange(s);
              setStatus(s);
            }}
          />
        </>
      );
    }
    const { container } = render(<Host />);
    fireEvent.click(screen.getByRole("button", { name: "Host play" }));
    expect(root(container)).toHaveAttribute("data-state", "running");
    wait(3_000);
    fireEvent.click(screen.getByRole("button", { name: "Host pause" }));
    expect(root(container)).toHaveAttribute("data-state", "paused");
    wait(60_000);
    fireEvent.click(screen.getByRole("button", { name: "Resume" }));
    expect(onStatusChange).toHaveBeenLastCalledWith("running");
    expect(root(container)).toHaveAttribute("data-state", "running");
  });

  it("offers a picker for several practices and plays the chosen one", () => {
    const onPracticeIdChange = vi.fn();
    const { container } = render(<GuidedPractice practices={enPractices} onPracticeIdChange={onPracticeIdChange} />);
    const group = screen.getByRole("group", { name: "Choose a practice" });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Holding both" })).toBeChecked();
    fireEvent.click(screen.getByRole("radio", { name: "While I wait" }));
    expect(onPracticeIdChange).toHaveBeenCalledWith("while-i-wait");
    expect(screen.getByRole("heading", { name: "While I wait" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    expect(screen.queryByRole("group", { name: "Choose a practice" })).not.toBeInTheDocument();
    expect(stepText(container)).toBe(whileIWait.steps[0]!.text);
  });

  it("shows the return time from a received reassurance card, in its zone", () => {
    render(<GuidedPractice practices={[whileIWait]} returnAt={{ at: new Date(Date.UTC(2026, 10, 21, 19, 30)).toISOString(), timeZone: "Europe/Berlin" }} />);
    expect(screen.getByText(/The time you agreed to come back together: Sat 8:30\sPM/)).toBeInTheDocument();
  });

  it("reports a bad practice and still plays the good ones", async () => {
    const onError = vi.fn<(e: AttuneError) => void>();
    render(<GuidedPractice practices={[{ version: 1, id: "bad", title: "Broken", steps: [{ text: "" }] }, holdingBoth]} onError={onError} />);
    // The problem's words load with the first broken practice (a separate chunk).
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: "invalid-input", message: "GuidedPractice: Broken: step 1 needs text (1 to 600 characters)" });
    expect(screen.getByRole("heading", { name: "Holding both" })).toBeInTheDocument();
    expect(screen.queryByRole("radio")).not.toBeInTheDocument();
  });

  it("gives the host the start to send a partner, and reports a rejected onStart", async () => {
    const onError = vi.fn();
    const onStart = vi.fn(() => Promise.reject(new Error("offline")));
    render(<GuidedPractice practices={[short]} onStart={onStart} onError={onError} />);
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    expect(onStart).toHaveBeenCalledWith({ version: 1, practiceId: "short", startAt: Date.UTC(2026, 10, 21, 20) });
    await act(async () => {
      await Promise.resolve();
    });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "share" }));
    expect(screen.getByRole("button", { name: "Pause" })).toBeInTheDocument();
  });

  it("joins a shared start: counts down, then shows the step both partners see", () => {
    const startAt = Date.UTC(2026, 10, 21, 20) + 3_000;
    const { container } = render(<GuidedPractice practices={[short]} startAt={startAt} />);
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    expect(screen.getByText("Starting together in 3 seconds")).toBeInTheDocument();
    wait(3_000 + 12_500);
    expect(stepText(container)).toBe("Breathe with the circle.");
    expect(screen.getByText("Breathe in, 2")).toBeInTheDocument();
  });

  it("calls onComplete once at the end", () => {
    const onComplete = vi.fn();
    render(<GuidedPractice practices={[{ ...short, steps: short.steps.slice(0, 1) }]} onComplete={onComplete} />);
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    wait(11_000);
    wait(5_000);
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ practiceId: "short" });
    expect(screen.getByRole("button", { name: "Start again" })).toBeInTheDocument();
  });

  it("remembers where the person paused, when the host opts in", async () => {
    const storage = memoryStorageAdapter();
    const first = render(
      <AttuneProvider storage={storage}>
        <GuidedPractice practices={[short]} persistKey="evening" />
      </AttuneProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    fireEvent.click(screen.getByRole("button", { name: "Skip ahead" }));
    wait(4_000);
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    // Saved through the provider's storage once the saving code is here (it loads at mount).
    await settle(() => expect(JSON.parse(String(storage.getItem("attune:guided-practice:evening")))).toMatchObject({ practiceId: "short", stepIndex: 1, stepElapsedMs: 4_000 }));
    first.unmount();
    const { container } = render(
      <AttuneProvider storage={storage}>
        <GuidedPractice practices={[short]} persistKey="evening" />
      </AttuneProvider>,
    );
    await settle(() => expect(root(container)).toHaveAttribute("data-state", "paused"));
    expect(stepText(container)).toBe("Breathe with the circle.");
    expect(screen.getByText("You paused here last time. Resume whenever you like.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Resume" }));
    wait(12_050);
    expect(stepText(container)).toBe("Notice one need.");
  });

  it("stores nothing without a persistKey", () => {
    const storage = memoryStorageAdapter();
    const setItem = vi.spyOn(storage, "setItem");
    render(
      <AttuneProvider storage={storage}>
        <GuidedPractice practices={[short]} />
      </AttuneProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    expect(setItem).not.toHaveBeenCalled();
  });

  it("works under StrictMode: one announcement, one onStart, autostart once", () => {
    const onStart = vi.fn();
    const onStepChange = vi.fn();
    const { container } = render(
      <React.StrictMode>
        <GuidedPractice practices={[short]} defaultStatus="running" onStart={onStart} onStepChange={onStepChange} />
      </React.StrictMode>,
    );
    wait(20);
    expect(onStart).toHaveBeenCalledTimes(1);
    expect(onStepChange).toHaveBeenCalledTimes(1);
    expect(stepText(container)).toBe("Arrive here.");
  });

  it("speaks Arabic with the Arabic practices, right to left", () => {
    const { container } = render(
      <AttuneProvider locale="ar" dir="rtl" messages={ar}>
        <GuidedPractice practices={arPractices} />
      </AttuneProvider>,
    );
    expect(root(container)).toHaveAttribute("dir", "rtl");
    expect(screen.getByRole("button", { name: "البدء" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "احتضان الاثنين معًا" })).toBeInTheDocument();
    expect(screen.getByText(/نحو 5 دقائق/)).toBeInTheDocument();
  });

  it("accepts message overrides and a heading level", () => {
    render(<GuidedPractice practices={[beforeWeTalkAgain]} headingLevel={3} messages={{ "guidedPractice.begin": "Start now" }} />);
    expect(screen.getByRole("heading", { level: 3, name: "Before we talk again" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Start now" })).toBeInTheDocument();
  });

  it("parts forward refs and rest props, and the host's key handler runs first", () => {
    const ref = React.createRef<HTMLElement>();
    const stageRef = React.createRef<HTMLDivElement>();
    const { container } = render(
      <PracticePlayer.Root practices={[short]} ref={ref} data-testid="mine" onKeyDown={(e) => e.key === " " && e.preventDefault()}>
        <PracticePlayer.Stage ref={stageRef} className="host-stage" />
        <PracticePlayer.Controls />
      </PracticePlayer.Root>,
    );
    expect(ref.current).toBe(screen.getByTestId("mine"));
    expect(stageRef.current).toHaveClass("host-stage");
    fireEvent.keyDown(stage(), { key: " " });
    expect(root(container)).toHaveAttribute("data-state", "idle");
  });

  it("the hook drives a host's own markup", () => {
    function Mine() {
      const p = useGuidedPractice({ practices: [short] });
      return (
        <div>
          <output aria-label="where">{p.status === "running" ? p.step?.text : p.status}</output>
          <button onClick={p.toggle}>go</button>
          <button onClick={p.next}>on</button>
        </div>
      );
    }
    render(<Mine />);
    expect(screen.getByLabelText("where")).toHaveTextContent("idle");
    fireEvent.click(screen.getByRole("button", { name: "go" }));
    fireEvent.click(screen.getByRole("button", { name: "on" }));
    expect(screen.getByLabelText("where")).toHaveTextContent("Breathe with the circle.");
  });

  it("plays the host's audio for a step with a plain audio element, and nothing without one", () => {
    const play = vi.spyOn(HTMLMediaElement.prototype, "play").mockImplementation(() => Promise.resolve());
    const pause = vi.spyOn(HTMLMediaElement.prototype, "pause").mockImplementation(() => {});
    const withAudio: Practice = { ...short, id: "voice", steps: [{ text: "Listen.", seconds: 10, audio: "/voice/1.mp3" }, { text: "Quiet.", seconds: 10 }] };
    const { container } = render(<GuidedPractice practices={[withAudio]} />);
    expect(container.querySelector("audio")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Begin" }));
    expect(container.querySelector("audio")).toHaveAttribute("src", "/voice/1.mp3");
    expect(play).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    expect(pause).toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Skip ahead" }));
    expect(container.querySelector("audio")).toBeNull();
    play.mockRestore();
    pause.mockRestore();
  });
});
