import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { userEvent } from "vitest/browser";
import { describe, expect, it, vi } from "vitest";
import { AttuneProvider, type Direction } from "@attune/core";
import { LoopMap, type LoopHalf } from "./index";
import { ar } from "./locales/ar";
import "./styles.css";

const half = (feel: string, move: string, step = ""): LoopHalf => ({
  version: 1,
  date: Date.UTC(2026, 10, 1),
  feel: { suggestion: feel, text: "" },
  move: { suggestion: move, text: "" },
  longing: { text: "something to hold on to when the evening gets long and quiet" },
  step: step ? { suggestion: step, text: "" } : { text: "" },
  shared: true,
});
const mine = half("far", "keepTexting");
const theirs = half("crowded", "leaveRoom", "sayBack");

function Widget({ width, dir, locale, motion = "always" }: { width: number; dir?: Direction; locale?: "ar"; motion?: "always" | "never" }) {
  return (
    <AttuneProvider dir={dir} locale={locale} messages={locale === "ar" ? ar : undefined} reducedMotion={motion}>
      <div style={{ width }}>
        <LoopMap defaultValue={mine} partner={theirs} partnerName="Sam" onNewStep={() => {}} />
      </div>
    </AttuneProvider>
  );
}

describe("LoopMap in Chromium", () => {
  it("fits 320 px without sideways scrolling", () => {
    render(<Widget width={320} />);
    const root = document.querySelector<HTMLElement>(".attune-loop-map")!;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
    const right = root.getBoundingClientRect().right;
    for (const el of root.querySelectorAll<HTMLElement>("button, input, li, p")) {
      expect(el.getBoundingClientRect().right, el.outerHTML.slice(0, 80)).toBeLessThanOrEqual(right + 1);
    }
  });

  it("gives every control a target of at least 24 px", () => {
    render(<Widget width={375} />);
    for (const el of document.querySelectorAll<HTMLElement>(".attune-loop-map :is(button, input)")) {
      const r = el.getBoundingClientRect();
      expect(r.height, el.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(24);
      expect(r.width, el.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(24);
    }
  });

  it("puts the drawing beside the steps when there is room", () => {
    render(<Widget width={900} />);
    const picture = document.querySelector('[data-attune-part="picture"]')!.getBoundingClientRect();
    const steps = document.querySelector('[data-attune-part="steps"]')!.getBoundingClientRect();
    expect(steps.left).toBeGreaterThan(picture.right - 1);
    // The centre line sits inside the ring.
    const centre = screen.getByText("The loop is the problem, not either of you.").getBoundingClientRect();
    expect(centre.left).toBeGreaterThan(picture.left);
    expect(centre.right).toBeLessThan(picture.right);
  });

  it("is one tab stop per set of suggestions, arrows move within, mirrored right to left", async () => {
    render(<Widget width={600} locale="ar" />);
    const chips = within(screen.getByRole("toolbar", { name: "اقتراحات لـ «حين أشعر بـ…»" })).getAllByRole("button");
    chips[0]!.focus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(chips[1]).toHaveFocus();
    await userEvent.keyboard("{Tab}");
    // Tab leaves the chips for the same question's own-words field.
    expect(within(screen.getByRole("group", { name: "حين أشعر بـ…" })).getByRole("textbox")).toHaveFocus();
  });

  it("is still under reduced motion: the flow is hidden and the ring fully drawn with numbered steps", () => {
    render(<Widget width={600} motion="always" />);
    const flow = document.querySelector<SVGElement>('[data-attune-part="flow"]')!;
    expect(getComputedStyle(flow).display).toBe("none");
    for (const arc of document.querySelectorAll<SVGElement>('[data-attune-part="arc"]')) expect(getComputedStyle(arc).opacity).toBe("1");
    expect([...document.querySelectorAll('[data-attune-part="node"] text')].map((t) => t.textContent)).toEqual(["1", "2", "3", "4"]);
  });

  it("draws the arcs in one by one with full motion, once the picture's motion has loaded", async () => {
    render(<Widget width={600} motion="never" />);
    const arcs = [...document.querySelectorAll<SVGElement>('[data-attune-part="arc"]')];
    expect(Number(getComputedStyle(arcs[3]!).opacity)).toBeLessThan(1);
    await vi.waitFor(() => expect(arcs.map((a) => Number(getComputedStyle(a).opacity))).toEqual([1, 1, 1, 1]), { timeout: 6000, interval: 100 });
  });

  it("flows slowly around the ring with full motion (transform only)", async () => {
    render(<Widget width={600} motion="never" />);
    const flow = document.querySelector<SVGElement>('[data-attune-part="flow"]')!;
    expect(getComputedStyle(flow).display).not.toBe("none");
    await new Promise((r) => setTimeout(r, 600));
    const turn = () => getComputedStyle(flow).transform + getComputedStyle(flow).rotate;
    const a = turn();
    await new Promise((r) => setTimeout(r, 600));
    const b = turn();
    expect(a).not.toBe("nonenone");
    expect(b).not.toBe(a);
  });
});
