import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import { userEvent } from "vitest/browser";
import { describe, expect, it } from "vitest";
import { AttuneProvider } from "@attune/core";
import { CuriosityDeck } from "./index";
import { questions as en } from "./questions/en";
import { questions as ar } from "./questions/ar";
import "./styles.css";

const card = () => document.querySelector<HTMLElement>('[data-attune-part="card"]')!;
const question = () => document.querySelector('[data-attune-part="question"]')?.textContent ?? "";

describe("CuriosityDeck in Chromium", () => {
  it("is driven by the keyboard alone: Tab to draw, Space for another, Shift+Tab back", async () => {
    render(
      <AttuneProvider reducedMotion="always">
        <CuriosityDeck questions={en} seed="kb" onSend={() => {}} />
      </AttuneProvider>,
    );
    // Tab through the theme checkboxes to the draw button; Space on a checkbox toggles it.
    await userEvent.keyboard("{Tab}");
    expect(screen.getByRole("checkbox", { name: "Lately" })).toHaveFocus();
    await userEvent.keyboard(" ");
    expect(screen.getByRole("checkbox", { name: "Lately" })).toBeChecked();
    await userEvent.keyboard(" ");
    for (let i = 0; i < 8; i++) await userEvent.keyboard("{Tab}");
    const next = screen.getByRole("button", { name: "Draw a question" });
    expect(next).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    const first = question();
    expect(first).not.toBe("");
    expect(next).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent(first);
    await userEvent.keyboard(" ");
    expect(question()).not.toBe(first);
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    expect(screen.getByRole("button", { name: "Previous question" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(question()).toBe(first);
    // Previous stays focusable (aria-disabled) when there is nothing before.
    expect(screen.getByRole("button", { name: "Previous question" })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Previous question" })).toHaveAttribute("aria-disabled", "true");
    await userEvent.keyboard("{Tab}{Tab}");
    expect(screen.getByRole("button", { name: "Asked" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Asked" })).toHaveAttribute("aria-pressed", "true");
  });

  it("keeps every target at least 24 px, and the main buttons at 44 px", async () => {
    render(<CuriosityDeck questions={en} seed="size" onSend={() => {}} />);
    await userEvent.click(screen.getByRole("button", { name: "Draw a question" }));
    const targets = [...document.querySelectorAll<HTMLElement>('button, [data-attune-part="theme"], input[data-attune-part="note"], textarea')];
    expect(targets.length).toBeGreaterThan(12);
    for (const el of targets) {
      const r = el.getBoundingClientRect();
      expect(r.width, el.textContent ?? el.tagName).toBeGreaterThanOrEqual(24);
      expect(r.height, el.textContent ?? el.tagName).toBeGreaterThanOrEqual(24);
    }
    for (const name of ["Previous question", "Another question"]) {
      expect(screen.getByRole("button", { name }).getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    }
  });

  it("grows the small targets to 44 px on coarse pointers", () => {
    const coarse = [...document.styleSheets]
      .flatMap((s) => [...s.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes("pointer: coarse"))
      .map((r) => r.cssText)
      .join("\n");
    for (const part of ["theme", "mark", "note"]) expect(coarse).toContain(`data-attune-part="${part}"`);
    expect(coarse).toMatch(/min-block-size: var\(--attune-touch-target\)/);
  });

  it("flips the card in on transform and opacity with full motion", async () => {
    render(
      <AttuneProvider reducedMotion="never">
        <CuriosityDeck questions={en} seed="m" />
      </AttuneProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Draw a question" }));
    const props = () =>
      card()
        .getAnimations()
        .map((a) => ((a.effect as KeyframeEffect).getKeyframes()[0] ?? {}) as Record<string, unknown>)
        .flatMap((k) => Object.keys(k).filter((p) => p === "transform" || p === "opacity"))
        .sort();
    // The animation library loads with the first animation: wait for the flip to start.
    await waitFor(() => expect(props()).toEqual(["opacity", "transform"]), { interval: 16 });
  });

  it("cross-fades only, without movement, under reduced motion", async () => {
    render(
      <AttuneProvider reducedMotion="always">
        <CuriosityDeck questions={en} seed="m" />
      </AttuneProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Draw a question" }));
    const animated = () =>
      card()
        .getAnimations()
        .flatMap((a) => Object.keys((a.effect as KeyframeEffect).getKeyframes()[0] ?? {}))
        .filter((p) => p === "transform" || p === "opacity");
    // The animation library loads with the first animation: wait for the fade to start.
    await waitFor(() => expect(animated()).toEqual(["opacity"]), { interval: 16 });
    expect(getComputedStyle(card()).transform).toBe("none");
    // The same information arrives without motion: the text and the progress change.
    expect(question()).not.toBe("");
    expect(screen.getByText("1 of 84 questions seen")).toBeInTheDocument();
  });

  it("takes a real touch swipe (mirrored in Arabic) and ignores a vertical scroll", async () => {
    render(
      <AttuneProvider reducedMotion="always" locale="ar" dir="rtl">
        <CuriosityDeck questions={ar} seed="swipe" />
      </AttuneProvider>,
    );
    const el = card();
    const r = el.getBoundingClientRect();
    const y = r.top + r.height / 2;
    const swipe = (fromX: number, toX: number, toY = y) => {
      el.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, pointerId: 7, pointerType: "touch", clientX: fromX, clientY: y }));
      el.dispatchEvent(new PointerEvent("pointerup", { bubbles: true, pointerId: 7, pointerType: "touch", clientX: toX, clientY: toY }));
    };
    swipe(r.left + 40, r.left + 40, y + 120); // a scroll, not a swipe
    await new Promise((done) => setTimeout(done, 50));
    expect(question()).toBe("");
    swipe(r.left + 40, r.right - 40); // toward the end of an Arabic line: the next card
    await waitFor(() => expect(question()).toMatch(/[\u0600-\u06ff]/));
    expect(getComputedStyle(el).touchAction).toBe("pan-y");
  });

  it("fits a 320 px column without horizontal overflow, in right-to-left too", async () => {
    render(
      <div style={{ inlineSize: 320 }}>
        <CuriosityDeck questions={ar} seed="narrow" dir="rtl" onSend={() => {}} />
      </div>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Draw a question" }));
    const root = document.querySelector<HTMLElement>(".attune-curiosity-deck")!;
    // While the card slides in it may pass the edge (clipped by the root); once it has
    // settled, nothing is wider than the column.
    await waitFor(() => expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1), { timeout: 3000 });
    expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(getComputedStyle(root).overflowX).toBe("clip");
  });
});
