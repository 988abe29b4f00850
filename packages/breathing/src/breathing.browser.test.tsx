import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import { userEvent } from "vitest/browser";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider } from "@attune/core";
import { BreathingGuide, type BreathingPattern } from "./index";
import "./styles.css";

// Short phases keep real-time tests quick.
const quick: BreathingPattern = {
  phases: [
    { kind: "inhale", seconds: 1.5 },
    { kind: "exhale", seconds: 1.5 },
  ],
};

const root = () => document.querySelector<HTMLElement>(".attune-breathing")!;
const shape = () => document.querySelector<HTMLElement>('[data-attune-part="shape"]')!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The x scale of an element's computed transform ("none" counts as 1). */
function scaleOf(el: Element): number {
  const t = getComputedStyle(el).transform;
  if (!t || t === "none") return 1;
  return new DOMMatrixReadOnly(t).a;
}

describe("BreathingGuide in Chromium", () => {
  // The guide re-renders from animation frames in real time, outside any act() scope.
  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });

  it("starts, pauses, resumes and stops with the keyboard alone", async () => {
    render(
      <AttuneProvider reducedMotion="always">
        <button type="button">before</button>
        <BreathingGuide pattern={quick} />
      </AttuneProvider>,
    );
    screen.getByRole("button", { name: "before" }).focus();
    await userEvent.keyboard("{Tab}");
    const primary = screen.getByRole("button", { name: "Start" });
    expect(primary).toHaveFocus();

    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(root()).toHaveAttribute("data-state", "running"));
    expect(primary).toHaveAccessibleName("Pause");
    expect(primary).toHaveFocus();

    await userEvent.keyboard(" ");
    expect(root()).toHaveAttribute("data-state", "paused");
    expect(primary).toHaveAccessibleName("Resume");
    const countdown = document.querySelector('[data-attune-part="countdown"]')!.textContent;
    await sleep(1_800);
    expect(document.querySelector('[data-attune-part="countdown"]')!.textContent).toBe(countdown);

    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(root()).toHaveAttribute("data-state", "running"));

    await userEvent.keyboard("{Tab}");
    expect(screen.getByRole("button", { name: "Stop" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(root()).toHaveAttribute("data-state", "idle");
    expect(screen.getByRole("button", { name: "Start" })).toHaveFocus();

    // Escape stops from anywhere inside the widget.
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(root()).toHaveAttribute("data-state", "running"));
    await userEvent.keyboard("{Escape}");
    expect(root()).toHaveAttribute("data-state", "idle");
    expect(screen.getByRole("status")).toHaveTextContent("Stopped");
  });

  it("follows phases in real time and announces them politely", async () => {
    const onPhaseChange = vi.fn();
    render(<BreathingGuide pattern={quick} onPhaseChange={onPhaseChange} />);
    const region = screen.getByRole("status");
    expect(region).toHaveAttribute("aria-live", "polite");
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    await waitFor(() => expect(region).toHaveTextContent("Breath 1 of"));
    await waitFor(() => expect(region).toHaveTextContent("Breathe out, 1.5 seconds"), { timeout: 2_500 });
    expect(onPhaseChange.mock.calls.map((c) => c[0].phase)).toEqual(["inhale", "exhale"]);
  });

  it("grows the shape on the inhale and shrinks it on the exhale with full motion", async () => {
    render(
      <AttuneProvider reducedMotion="never">
        <BreathingGuide pattern={{ phases: [{ kind: "inhale", seconds: 2 }, { kind: "exhale", seconds: 2 }] }} />
      </AttuneProvider>,
    );
    expect(scaleOf(shape())).toBeCloseTo(0.5, 2);
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    await sleep(500);
    const early = scaleOf(shape());
    await sleep(900);
    const later = scaleOf(shape());
    expect(later).toBeGreaterThan(early);
    expect(shape().getAnimations().length).toBe(1);
    await waitFor(() => expect(root()).toHaveAttribute("data-phase", "exhale"), { timeout: 2_000 });
    await sleep(700);
    const exhaling = scaleOf(shape());
    await sleep(700);
    expect(scaleOf(shape())).toBeLessThan(exhaling);
  });

  it("keeps the shape still under reduced motion and tells the phase by colour, opacity and text", async () => {
    render(
      <AttuneProvider reducedMotion="always">
        <BreathingGuide pattern={quick} />
      </AttuneProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    await waitFor(() => expect(root()).toHaveAttribute("data-phase", "inhale"));
    expect(root()).toHaveAttribute("data-attune-motion", "reduce");
    expect(getComputedStyle(shape()).transform).toBe("none");
    expect(shape().getAnimations()).toHaveLength(0);
    const inhaleOpacity = getComputedStyle(shape()).opacity;
    expect(screen.getByText("Breathe in")).toBeVisible();
    expect(screen.getByRole("progressbar", { name: "Session progress" })).toBeVisible();
    await waitFor(() => expect(root()).toHaveAttribute("data-phase", "exhale"), { timeout: 2_500 });
    expect(getComputedStyle(shape()).transform).toBe("none");
    expect(getComputedStyle(shape()).opacity).not.toBe(inhaleOpacity);
    expect(screen.getByText("Breathe out")).toBeVisible();
  });

  it("leaves no animation frame, animation or callback behind after unmount under StrictMode", async () => {
    const onPhaseChange = vi.fn();
    const pending = new Set<number>();
    const realRaf = window.requestAnimationFrame.bind(window);
    const realCancel = window.cancelAnimationFrame.bind(window);
    const raf = vi.spyOn(window, "requestAnimationFrame").mockImplementation((cb) => {
      const id = realRaf((t) => {
        pending.delete(id);
        cb(t);
      });
      pending.add(id);
      return id;
    });
    const cancel = vi.spyOn(window, "cancelAnimationFrame").mockImplementation((id) => {
      pending.delete(id);
      realCancel(id);
    });
    try {
      const { unmount } = render(
        <React.StrictMode>
          <AttuneProvider reducedMotion="never">
            <BreathingGuide pattern={quick} autoStart onPhaseChange={onPhaseChange} />
          </AttuneProvider>
        </React.StrictMode>,
      );
      await waitFor(() => expect(root()).toHaveAttribute("data-state", "running"));
      await sleep(200);
      // StrictMode's double effects still start one session and report its first phase once.
      expect(onPhaseChange).toHaveBeenCalledTimes(1);
      expect(pending.size).toBe(1);
      const el = shape();
      expect(el.getAnimations()).toHaveLength(1);
      unmount();
      expect(pending.size).toBe(0);
      expect(el.getAnimations()).toHaveLength(0);
      const calls = onPhaseChange.mock.calls.length;
      await sleep(1_800);
      expect(onPhaseChange).toHaveBeenCalledTimes(calls);
      expect(pending.size).toBe(0);
    } finally {
      raf.mockRestore();
      cancel.mockRestore();
    }
  });

  it("lays the progress bar out from the right in RTL", () => {
    render(
      <AttuneProvider locale="ar" dir="rtl">
        <BreathingGuide />
      </AttuneProvider>,
    );
    const fill = document.querySelector('[data-attune-part="progress-fill"]')!;
    expect(getComputedStyle(fill).transformOrigin.startsWith(`${(fill as HTMLElement).offsetWidth}px`)).toBe(true);
  });
});
