import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import { userEvent } from "vitest/browser";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AttuneProvider } from "@attune/core";
import { GuidedPractice, type Practice, preloadGuidedPracticeSession } from "./index";
import { practices } from "./practices/en";
import "./styles.css";

// What a running session needs loads on first need; here it is loaded first, so these tests are
// about behaviour (loading it is tested in session.lazy.test.tsx).
beforeAll(() => preloadGuidedPracticeSession());

// Short steps keep real-time tests quick.
const quick: Practice = {
  version: 1,
  id: "quick",
  title: "Quick",
  steps: [
    { text: "First step.", seconds: 1.2 },
    { text: "Breathe.", seconds: 4, breathing: { phases: [{ kind: "inhale", seconds: 1 }, { kind: "exhale", seconds: 1 }] } },
    { text: "Last step.", seconds: 30 },
  ],
};

const root = () => document.querySelector<HTMLElement>(".attune-guided-practice")!;
const stepText = () => document.querySelector('[data-attune-part="step-text"]')!.textContent;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function scaleOf(el: Element): number {
  const t = getComputedStyle(el).transform;
  if (!t || t === "none") return 1;
  return new DOMMatrixReadOnly(t).a;
}

describe("GuidedPractice in Chromium", () => {
  // The player re-renders from animation frames in real time, outside any act() scope.
  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });

  it("runs a practice by keyboard alone: Tab, Space, arrows, Escape, and focus stays in the widget", async () => {
    render(
      <AttuneProvider reducedMotion="always">
        <button type="button">before</button>
        <GuidedPractice practices={[quick]} />
      </AttuneProvider>,
    );
    screen.getByRole("button", { name: "before" }).focus();
    await userEvent.keyboard("{Tab}");
    const stage = screen.getByRole("group", { name: "Practice step" });
    expect(stage).toHaveFocus();
    await userEvent.keyboard(" ");
    await waitFor(() => expect(root()).toHaveAttribute("data-state", "running"));
    expect(stepText()).toBe("First step.");
    // It moves on by itself, on time.
    await waitFor(() => expect(stepText()).toBe("Breathe."), { timeout: 2_500 });
    await userEvent.keyboard(" ");
    expect(root()).toHaveAttribute("data-state", "paused");
    const left = document.querySelector('[data-attune-part="time-left"]')!.textContent;
    await sleep(1_500);
    expect(document.querySelector('[data-attune-part="time-left"]')!.textContent).toBe(left);
    expect(stepText()).toBe("Breathe.");
    await userEvent.keyboard("{ArrowRight}");
    expect(stepText()).toBe("Last step.");
    await userEvent.keyboard("{ArrowLeft}");
    expect(stepText()).toBe("Breathe.");
    await userEvent.keyboard(" ");
    expect(root()).toHaveAttribute("data-state", "running");
    // Tab reaches the controls in order.
    await userEvent.keyboard("{Tab}");
    expect(screen.getByRole("button", { name: "Back a step" })).toHaveFocus();
    await userEvent.keyboard("{Tab}");
    expect(screen.getByRole("button", { name: "Pause" })).toHaveFocus();
    await userEvent.keyboard("{Tab}{Tab}");
    expect(screen.getByRole("button", { name: "Stop" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(root()).toHaveAttribute("data-state", "idle");
    // Stop went away with the session: focus moved to Begin, not to the page.
    expect(screen.getByRole("button", { name: "Begin" })).toHaveFocus();
  });

  it("mirrors the arrow keys right to left", async () => {
    // A long first step: the keys, not the clock, move the step (a busy machine once took the
    // 1.2 s first step past before the first key press).
    const slow: Practice = { ...quick, steps: [{ text: "First step.", seconds: 60 }, ...quick.steps.slice(1)] };
    render(
      <AttuneProvider locale="ar" dir="rtl" reducedMotion="always">
        <GuidedPractice practices={[slow]} defaultStatus="running" />
      </AttuneProvider>,
    );
    screen.getByRole("group", { name: "Practice step" }).focus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(stepText()).toBe("Breathe.");
    await userEvent.keyboard("{ArrowRight}");
    expect(stepText()).toBe("First step.");
  });

  it("controls and picker options are at least 24 px, and 44 px on a coarse pointer", async () => {
    render(<GuidedPractice practices={practices} />);
    const targets = () => [...screen.getAllByRole("button"), ...document.querySelectorAll<HTMLElement>('[data-attune-part="picker-option"]')];
    for (const el of targets()) {
      const r = el.getBoundingClientRect();
      expect(r.height).toBeGreaterThanOrEqual(24);
      expect(r.width).toBeGreaterThanOrEqual(24);
    }
    // The test runs in an iframe that media emulation does not reach: apply the widget's own
    // coarse-pointer rules unconditionally instead, and measure what they do.
    const coarse = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === "(pointer: coarse)")
      .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText))
      .filter((text) => text.includes("attune-guided-practice"));
    expect(coarse.length).toBeGreaterThan(0);
    const style = document.createElement("style");
    style.textContent = coarse.join("\n");
    document.head.appendChild(style);
    for (const el of targets()) {
      const r = el.getBoundingClientRect();
      expect(r.height).toBeGreaterThanOrEqual(44);
      expect(r.width).toBeGreaterThanOrEqual(44);
    }
    style.remove();
  });

  it("breathes with motion: the circle grows on the in-breath", async () => {
    render(
      <AttuneProvider reducedMotion="never">
        <GuidedPractice practices={[{ ...quick, steps: [quick.steps[1]!] }]} defaultStatus="running" />
      </AttuneProvider>,
    );
    const shape = await waitFor(() => document.querySelector<HTMLElement>('[data-attune-part="breath-shape"]')!);
    // The in-breath is one running transform animation from a smaller to a larger circle, over
    // the phase (read from the animation itself, not sampled over time; the animation library
    // loads with the first animation, so it is awaited).
    const growing = await waitFor(() => {
      const running = shape.getAnimations().filter((a) => a.playState === "running");
      expect(running).toHaveLength(1);
      const frames = (running[0]!.effect as KeyframeEffect).getKeyframes().map((k) => k.transform as string);
      return frames.map((t) => new DOMMatrixReadOnly(t).a);
    });
    expect(growing.at(-1)!).toBeGreaterThan(growing[0]! + 0.1);
    expect(screen.getByText(/^Breathe in, /)).toBeVisible();
  });

  it("under reduced motion the circle stays one size while the words carry the breath", async () => {
    render(
      <AttuneProvider reducedMotion="always">
        <GuidedPractice practices={[{ ...quick, steps: [quick.steps[1]!] }]} defaultStatus="running" />
      </AttuneProvider>,
    );
    const shape = await waitFor(() => document.querySelector<HTMLElement>('[data-attune-part="breath-shape"]')!);
    expect(screen.getByText(/^Breathe in, /)).toBeVisible();
    expect(shape.getAnimations()).toEqual([]);
    expect(scaleOf(shape)).toBe(1);
    // Across the change to the out-breath too: the words change, the circle does not move.
    await waitFor(() => expect(screen.getByText(/^Breathe out, /)).toBeVisible(), { timeout: 2_000 });
    expect(shape.getAnimations()).toEqual([]);
    expect(scaleOf(shape)).toBe(1);
  });

  it("lays out in a 320 px container without overflow", async () => {
    render(
      <div style={{ inlineSize: 320 }}>
        <GuidedPractice practices={practices} defaultStatus="running" />
      </div>,
    );
    await waitFor(() => expect(root()).toHaveAttribute("data-state", "running"));
    expect(root().scrollWidth).toBeLessThanOrEqual(root().clientWidth + 1);
    expect(root().getBoundingClientRect().width).toBeLessThanOrEqual(320);
  });
});
