import * as React from "react";
import { render, screen } from "@testing-library/react";
import { userEvent } from "vitest/browser";
import { beforeAll, describe, expect, it } from "vitest";
import { AttuneProvider, type Direction } from "@attune/core";
import { Reflection, preloadReflectionSteps, type ReflectionDraft } from "./index";
import { ar } from "./locales/ar";
import "./styles.css";
import "../../needs-spectrum/src/styles.css";

const summary: ReflectionDraft = {
  version: 1,
  active: "pull",
  positions: { pull: 4 },
  answers: {
    pull: {
      lean: { value: 72, shared: true },
      reach: { value: "I ask for plans and text more when I feel far away, sometimes a lot more than I would like to.", shared: true },
      else: { value: "Maybe they need an evening to recharge.", shared: false },
    },
  },
  sent: ["pull"],
};
const partner = { version: 1, setId: "pull", title: "x", answers: [{ stepId: "reach", kind: "text", prompt: "p", value: "I go quiet." }] };

function Widget({ width, dir, value, motion = "always" }: { width: number; dir?: Direction; value?: ReflectionDraft; motion?: "always" | "never" }) {
  return (
    <AttuneProvider dir={dir} locale={dir === "rtl" ? "ar" : undefined} messages={dir === "rtl" ? ar : undefined} reducedMotion={motion}>
      <div style={{ width }}>
        <Reflection defaultValue={value} onShare={() => {}} partner={partner} />
      </div>
    </AttuneProvider>
  );
}

const root = () => document.querySelector<HTMLElement>(".attune-reflection")!;

// These tests are about layout and the keyboard, not the download: the code an open set shows (answer fields,
// summary, preview) is loaded first. summary-lazy.test.tsx covers loading it.
beforeAll(() => preloadReflectionSteps());

describe("Reflection in Chromium", () => {
  it.each([undefined, summary, { ...summary, positions: { pull: 3 } }])("fits 320 px without sideways scrolling (%#)", (value) => {
    render(<Widget width={320} value={value} />);
    expect(root().scrollWidth).toBeLessThanOrEqual(root().clientWidth + 1);
  });

  it("gives every control a target of at least 24 px", () => {
    render(<Widget width={375} value={summary} />);
    for (const el of root().querySelectorAll<HTMLElement>("button, summary")) {
      const r = el.getBoundingClientRect();
      expect(r.height, el.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(24);
      expect(r.width, el.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(24);
    }
  });

  it("walks by keyboard with focus on each question, and the spectrum takes arrow keys", async () => {
    render(<Widget width={600} />);
    screen.getByRole("button", { name: "Start", description: "When we pull in different directions" }).focus();
    await userEvent.keyboard("{Enter}");
    const prompt = screen.getByRole("heading", { name: /which way do I lean/ });
    expect(document.activeElement).toBe(prompt);
    await expect.poll(() => document.querySelector('[data-attune-part="lean-fallback"]')).toBeNull();
    await userEvent.tab();
    expect(document.activeElement?.getAttribute("role")).toBe("slider");
    await userEvent.keyboard("{ArrowRight}");
    expect(document.activeElement?.getAttribute("aria-valuenow")).toBe("51");
  });

  it("puts my answer and my partner's side by side on a wide widget, stacked on a narrow one", () => {
    const { unmount } = render(<Widget width={900} value={summary} />);
    const pair = () => [...document.querySelectorAll<HTMLElement>('[data-attune-part="answer-pair"]')][1]!;
    const [mine, theirs] = [pair().children[0]!.getBoundingClientRect(), pair().children[1]!.getBoundingClientRect()];
    expect(theirs.left).toBeGreaterThanOrEqual(mine.right - 1);
    unmount();
    render(<Widget width={360} value={summary} />);
    const [m, t] = [pair().children[0]!.getBoundingClientRect(), pair().children[1]!.getBoundingClientRect()];
    expect(t.top).toBeGreaterThanOrEqual(m.bottom - 1);
  });

  it("grows the progress bar from the start edge, right to left too", () => {
    const value = { ...summary, positions: { pull: 1 } };
    const { unmount } = render(<Widget width={400} value={value} />);
    const bar = () => document.querySelector<HTMLElement>('[data-attune-part="progress-bar"]')!.getBoundingClientRect();
    const track = () => document.querySelector<HTMLElement>('[data-attune-part="progress-track"]')!.getBoundingClientRect();
    expect(Math.abs(bar().left - track().left)).toBeLessThan(1);
    expect(bar().width).toBeCloseTo(track().width / 4, 0);
    unmount();
    render(<Widget width={400} value={value} dir="rtl" />);
    expect(Math.abs(bar().right - track().right)).toBeLessThan(1);
  });

  it("moves the bar without a transition under reduced motion, with one otherwise", () => {
    const { unmount } = render(<Widget width={400} value={summary} motion="always" />);
    const bar = () => getComputedStyle(document.querySelector<HTMLElement>('[data-attune-part="progress-bar"]')!);
    expect(bar().transitionDuration).toBe("0s");
    unmount();
    render(<Widget width={400} value={summary} motion="never" />);
    expect(bar().transitionProperty).toBe("transform");
    expect(bar().transitionDuration).not.toBe("0s");
  });
});
