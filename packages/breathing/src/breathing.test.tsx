import * as React from "react";
import { renderToString } from "react-dom/server";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, resetWarnings } from "@attune/core";
import { BreathingGuide } from "./index";
import { es } from "./locales/es";

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

/** Let time pass frame by frame, as a browser would. */
function wait(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

const phaseText = (container: HTMLElement) => container.querySelector('[data-attune-part="phase"]')?.textContent;
const liveRegion = () => screen.getByRole("status");
const root = (container: HTMLElement) => container.querySelector<HTMLElement>(".attune-breathing")!;

describe("BreathingGuide", () => {
  it("never starts by itself and has the live region from the first render", () => {
    const { container } = render(<BreathingGuide />);
    expect(screen.getByRole("button", { name: "Start" })).toBeInTheDocument();
    expect(liveRegion()).toHaveAttribute("aria-live", "polite");
    expect(liveRegion()).toHaveTextContent("");
    wait(30_000);
    expect(root(container)).toHaveAttribute("data-state", "idle");
    expect(screen.queryByRole("button", { name: "Stop" })).not.toBeInTheDocument();
    expect(screen.getByText(/Resonance breathing · 6 breaths a minute · about 5 minutes/)).toBeInTheDocument();
  });

  it("starts, shows the phase word and countdown, and announces the first breath", () => {
    const onPhaseChange = vi.fn();
    const { container } = render(<BreathingGuide onPhaseChange={onPhaseChange} duration={60} />);
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(20);
    expect(phaseText(container)).toBe("Breathe in");
    expect(container.querySelector('[data-attune-part="countdown"]')).toHaveTextContent("5");
    expect(liveRegion()).toHaveTextContent("Breath 1 of 6. Breathe in, 5 seconds");
    expect(onPhaseChange).toHaveBeenCalledWith({ phase: "inhale", cycle: 1, cycles: 6, seconds: 5 });
    wait(2_000);
    expect(container.querySelector('[data-attune-part="countdown"]')).toHaveTextContent("3");
    wait(3_000);
    expect(phaseText(container)).toBe("Breathe out");
    expect(liveRegion()).toHaveTextContent("Breathe out, 5 seconds");
    expect(onPhaseChange).toHaveBeenLastCalledWith({ phase: "exhale", cycle: 1, cycles: 6, seconds: 5 });
    const bar = screen.getByRole("progressbar", { name: "Session progress" });
    expect(bar).toHaveAttribute("aria-valuenow", "8");
    expect(bar).toHaveAttribute("aria-valuetext", "Breath 1 of 6, 0:55 left");
  });

  it("pausing keeps the place in the phase; resuming carries on from it", () => {
    const onCycleComplete = vi.fn();
    const { container } = render(<BreathingGuide pattern="box" cycles={3} onCycleComplete={onCycleComplete} />);
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(5_500); // 1.5 s into the hold
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    expect(root(container)).toHaveAttribute("data-state", "paused");
    expect(liveRegion()).toHaveTextContent("Paused");
    wait(120_000);
    expect(phaseText(container)).toBe("Hold gently");
    expect(container.querySelector('[data-attune-part="countdown"]')).toHaveTextContent("3");
    fireEvent.click(screen.getByRole("button", { name: "Resume" }));
    expect(liveRegion()).toHaveTextContent("Resumed");
    wait(2_400);
    expect(phaseText(container)).toBe("Hold gently");
    wait(200);
    expect(phaseText(container)).toBe("Breathe out");
    wait(8_000);
    expect(onCycleComplete).toHaveBeenCalledWith({ cycle: 1, cycles: 3 });
    expect(phaseText(container)).toBe("Breathe in");
  });

  it("ends calmly, reports the duration and cycles, and can begin again", () => {
    const onComplete = vi.fn();
    const onCycleComplete = vi.fn();
    const { container } = render(<BreathingGuide pattern="box" cycles={2} onComplete={onComplete} onCycleComplete={onCycleComplete} />);
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(32_100);
    expect(root(container)).toHaveAttribute("data-state", "complete");
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ durationMs: 32_000, cycles: 2 });
    expect(onCycleComplete.mock.calls.map((c) => c[0].cycle)).toEqual([1, 2]);
    expect(phaseText(container)).toBe("Notice how your body feels now.");
    expect(screen.getByText("0:32 of slow breathing, 2 breaths.")).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent("Notice how your body feels now.");
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
    fireEvent.click(screen.getByRole("button", { name: "Breathe again" }));
    wait(20);
    expect(phaseText(container)).toBe("Breathe in");
  });

  it("stops with Escape and keeps focus in the widget", () => {
    const { container } = render(<BreathingGuide />);
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(1_000);
    const stop = screen.getByRole("button", { name: "Stop" });
    stop.focus();
    fireEvent.keyDown(stop, { key: "Escape" });
    expect(root(container)).toHaveAttribute("data-state", "idle");
    expect(screen.getByRole("button", { name: "Start" })).toHaveFocus();
    expect(liveRegion()).toHaveTextContent("Stopped");
  });

  it("hands focus from Stop to the main button when the session completes", () => {
    render(<BreathingGuide pattern={{ phases: [{ kind: "inhale", seconds: 1 }, { kind: "exhale", seconds: 1 }] }} cycles={1} />);
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(500);
    screen.getByRole("button", { name: "Stop" }).focus();
    wait(2_000);
    expect(screen.queryByRole("button", { name: "Stop" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Breathe again" })).toHaveFocus();
  });

  it("announces only cycle starts when asked, or nothing at all", () => {
    const { unmount } = render(<BreathingGuide pattern="box" announce="cycles" />);
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(20);
    expect(liveRegion()).toHaveTextContent("Breath 1 of 19. Breathe in");
    wait(4_100);
    expect(liveRegion()).toHaveTextContent("Breath 1 of 19. Breathe in");
    wait(12_000);
    expect(liveRegion()).toHaveTextContent("Breath 2 of 19. Breathe in");
    unmount();

    const { container } = render(<BreathingGuide announce="off" />);
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(6_000);
    expect(phaseText(container)).toBe("Breathe out");
    expect(liveRegion()).toHaveTextContent("");
  });

  it("auto-starts only when asked, once under StrictMode, and leaves no frame pending on unmount", () => {
    const onPhaseChange = vi.fn();
    const { container, unmount } = render(
      <React.StrictMode>
        <BreathingGuide autoStart onPhaseChange={onPhaseChange} />
      </React.StrictMode>,
    );
    wait(20);
    expect(root(container)).toHaveAttribute("data-state", "running");
    expect(onPhaseChange).toHaveBeenCalledTimes(1);
    wait(5_000);
    expect(onPhaseChange).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    wait(20_000);
    expect(onPhaseChange).toHaveBeenCalledTimes(2);
  });

  it("keeps exact time after 10 minutes of frames", () => {
    const { container } = render(<BreathingGuide pattern="4-7-8" duration={900} />);
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    // 600 s is 31 whole 19 s cycles and 11 s: 4 s inhale + 7 s hold just ended.
    wait(600_000 - 16);
    expect(phaseText(container)).toBe("Hold gently");
    wait(32);
    expect(phaseText(container)).toBe("Breathe out");
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuetext", expect.stringContaining("Breath 32 of 48"));
  });

  describe("a hidden page", () => {
    function setHidden(hidden: boolean) {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (hidden ? "hidden" : "visible") });
      document.dispatchEvent(new Event("visibilitychange"));
    }
    afterEach(() => {
      delete (document as { visibilityState?: string }).visibilityState;
    });

    it("pauses a solo session", () => {
      const { container } = render(<BreathingGuide pattern="box" />);
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      wait(2_000);
      act(() => setHidden(true));
      wait(30_000);
      act(() => setHidden(false));
      expect(root(container)).toHaveAttribute("data-state", "paused");
      expect(screen.getByText("Paused. Resume whenever you like.")).toBeInTheDocument();
      expect(phaseText(container)).toBe("Breathe in");
      expect(screen.getByRole("button", { name: "Resume" })).toBeInTheDocument();
    });

    it("keeps a shared session on the shared clock and catches up on return", () => {
      const onCycleComplete = vi.fn();
      const { container } = render(<BreathingGuide pattern="box" startAt={Date.now()} onCycleComplete={onCycleComplete} />);
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      wait(1_000);
      act(() => setHidden(true));
      // Browsers stop animation frames in hidden tabs; the clock keeps going.
      wait(33_000); // now 34 s in: cycle 3, 2 s into the inhale
      act(() => setHidden(false));
      wait(20);
      expect(root(container)).toHaveAttribute("data-state", "running");
      expect(phaseText(container)).toBe("Breathe in");
      expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuetext", expect.stringContaining("Breath 3 of"));
      expect(onCycleComplete.mock.calls.map((c) => c[0].cycle)).toEqual([1, 2]);
    });
  });

  describe("breathing together", () => {
    it("counts down to a shared start in the future", () => {
      const { container } = render(<BreathingGuide startAt={Date.now() + 5_000} />);
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      wait(20);
      expect(root(container)).toHaveAttribute("data-state", "waiting");
      expect(screen.getByText("Starting together in 5 seconds")).toBeInTheDocument();
      wait(4_000);
      expect(screen.getByText("Starting together in 1 second")).toBeInTheDocument();
      wait(1_000);
      expect(phaseText(container)).toBe("Breathe in");
    });

    it("pausing during the countdown keeps the seconds left", () => {
      const { container } = render(<BreathingGuide startAt={Date.now() + 10_000} />);
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      wait(4_000);
      fireEvent.click(screen.getByRole("button", { name: "Pause" }));
      wait(60_000);
      expect(root(container)).toHaveAttribute("data-state", "paused");
      expect(container.querySelector('[data-attune-part="countdown"]')).toHaveTextContent("6");
      expect(phaseText(container)).toBe("\u00a0");
      fireEvent.click(screen.getByRole("button", { name: "Resume" }));
      wait(6_100);
      expect(phaseText(container)).toBe("Breathe in");
    });

    it("two guides with the same shared start show the same phase, even opened at different times", () => {
      const startAt = Date.now() - 7_500;
      const a = render(<BreathingGuide pattern="box" startAt={startAt} />);
      fireEvent.click(within(a.container).getByRole("button", { name: "Start" }));
      wait(3_333);
      const b = render(<BreathingGuide pattern="box" startAt={startAt} />);
      fireEvent.click(within(b.container).getByRole("button", { name: "Start" }));
      for (let i = 0; i < 8; i++) {
        wait(1_700);
        expect(phaseText(b.container)).toBe(phaseText(a.container));
        expect(b.container.querySelector('[data-attune-part="countdown"]')!.textContent).toBe(
          a.container.querySelector('[data-attune-part="countdown"]')!.textContent,
        );
      }
    });

    it("joins a shared start far in the past without finishing at once", () => {
      const onComplete = vi.fn();
      const { container } = render(<BreathingGuide startAt={Date.now() - 9 * 86_400_000 - 6_000} onComplete={onComplete} />);
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      wait(20);
      expect(root(container)).toHaveAttribute("data-state", "running");
      expect(phaseText(container)).toBe("Breathe out");
      expect(onComplete).not.toHaveBeenCalled();
    });
  });

  describe("bad inputs", () => {
    it.each([
      ["an empty pattern", { phases: [] }],
      ["zero durations", { phases: [{ kind: "inhale", seconds: 0 }, { kind: "exhale", seconds: 0 }] }],
      ["negative durations", { phases: [{ kind: "inhale", seconds: -4 }] }],
      ["NaN durations", { phases: [{ kind: "inhale", seconds: Number.NaN }, { kind: "exhale", seconds: Number.NaN }] }],
    ])("%s falls back to resonance breathing with a warning, never a crash", (_label, pattern) => {
      const { container } = render(<BreathingGuide pattern={pattern as never} />);
      expect(screen.getByText(/Resonance breathing · 6 breaths a minute/)).toBeInTheDocument();
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      wait(20);
      expect(phaseText(container)).toBe("Breathe in");
      expect(warn).toHaveBeenCalled();
    });

    it("keeps the usable phases of a partly broken custom pattern", () => {
      const { container } = render(
        <BreathingGuide pattern={{ phases: [{ kind: "inhale", seconds: 4.1 }, { kind: "hold", seconds: Number.NaN }, { kind: "exhale", seconds: 6 }] }} />,
      );
      expect(screen.getByText(/Your own pattern · 6 breaths a minute/)).toBeInTheDocument();
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      wait(4_100);
      expect(phaseText(container)).toBe("Breathe out");
    });

    it("repairs a NaN duration, zero cycles and an unusable shared start", () => {
      render(<BreathingGuide duration={Number.NaN} cycles={0} startAt={Number.NaN} />);
      expect(screen.getByText(/about 5 minutes/)).toBeInTheDocument();
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      wait(20);
      expect(screen.getByRole("button", { name: "Pause" })).toBeInTheDocument();
      expect(warn).toHaveBeenCalledTimes(3);
    });

    it("does not restart when a host re-renders with an equal inline pattern", () => {
      function Host() {
        const [n, setN] = React.useState(0);
        return (
          <>
            <button type="button" onClick={() => setN(n + 1)}>
              rerender {n}
            </button>
            <BreathingGuide pattern={{ phases: [{ kind: "inhale", seconds: 3 }, { kind: "exhale", seconds: 3 }] }} />
          </>
        );
      }
      const { container } = render(<Host />);
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      wait(1_000);
      fireEvent.click(screen.getByRole("button", { name: /rerender/ }));
      expect(root(container)).toHaveAttribute("data-state", "running");
    });
  });

  describe("motion and cues", () => {
    it("under reduced motion the shape never scales; the word, countdown and progress remain", () => {
      const { container } = render(
        <AttuneProvider reducedMotion="always">
          <BreathingGuide />
        </AttuneProvider>,
      );
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      wait(2_000);
      expect(root(container)).toHaveAttribute("data-attune-motion", "reduce");
      expect(root(container)).toHaveAttribute("data-phase", "inhale");
      expect(container.querySelector<HTMLElement>('[data-attune-part="shape"]')!.style.transform).toBe("");
      expect(phaseText(container)).toBe("Breathe in");
      expect(screen.getByRole("progressbar")).toBeInTheDocument();
    });

    it("with full motion the shape is given a scale for where the breath is", () => {
      const { container } = render(
        <AttuneProvider reducedMotion="never">
          <BreathingGuide pattern="box" />
        </AttuneProvider>,
      );
      const shape = container.querySelector<HTMLElement>('[data-attune-part="shape"]')!;
      expect(shape.style.transform).toBe("scale(0.5)");
      fireEvent.click(screen.getByRole("button", { name: "Start" }));
      wait(6_000); // in the hold: full lungs
      fireEvent.click(screen.getByRole("button", { name: "Pause" }));
      expect(shape.style.transform).toBe("scale(1)");
    });

    it("plays a soft tone and vibrates at phase changes only when enabled", () => {
      const tones: number[] = [];
      class FakeAudioContext {
        state = "running";
        currentTime = 0;
        destination = {};
        resume = vi.fn(() => Promise.resolve());
        close = vi.fn(() => Promise.resolve());
        createGain() {
          return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (x: unknown) => x };
        }
        createOscillator() {
          const osc = { type: "", frequency: { value: 0 }, connect: (x: unknown) => x, start: () => tones.push(osc.frequency.value), stop() {} };
          return osc;
        }
      }
      vi.stubGlobal("AudioContext", FakeAudioContext);
      const vibrate = vi.fn(() => true);
      Object.defineProperty(navigator, "vibrate", { configurable: true, value: vibrate });
      try {
        const quiet = render(<BreathingGuide />);
        fireEvent.click(screen.getByRole("button", { name: "Start" }));
        wait(6_000);
        expect(tones).toEqual([]);
        expect(vibrate).not.toHaveBeenCalled();
        quiet.unmount();

        const { unmount } = render(<BreathingGuide sound vibrate />);
        fireEvent.click(screen.getByRole("button", { name: "Start" }));
        wait(6_000);
        expect(tones).toHaveLength(2);
        expect(tones[0]).toBeGreaterThan(tones[1]!);
        expect(vibrate).toHaveBeenCalledTimes(2);
        unmount();
      } finally {
        vi.unstubAllGlobals();
        delete (navigator as { vibrate?: unknown }).vibrate;
      }
    });
  });

  it("speaks Spanish from the provider's messages", () => {
    render(
      <AttuneProvider locale="es" messages={es}>
        <BreathingGuide pattern="4-7-8" />
      </AttuneProvider>,
    );
    expect(screen.getByRole("region", { name: "Guía de respiración" })).toBeInTheDocument();
    expect(screen.getByText(/^Respiración 4-7-8 · alrededor de \d+ minutos$/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Empezar" }));
    wait(20);
    expect(screen.getByText("Inspira")).toBeInTheDocument();
  });

  it("renders on a server with the live region and no effects run", () => {
    const html = renderToString(<BreathingGuide pattern="cyclic-sigh" />);
    expect(html).toContain('role="status"');
    expect(html).toContain("Cyclic sighing");
    expect(html).toContain('data-state="idle"');
  });
});
