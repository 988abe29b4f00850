import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { userEvent } from "vitest/browser";
import { beforeAll, describe, expect, it } from "vitest";
import { AttuneProvider, type Direction } from "@attune/core";
import { BodyCheckIn, preloadBodyCheckInDetails, type BodyCheckInEntry } from "./index";
import { ar } from "./locales/ar";
import "./styles.css";

// These tests are about the parts shown for marked places, not their download (marked-lazy.test.tsx
// covers that): their code is loaded before any test renders.
beforeAll(() => preloadBodyCheckInDetails());

const entry: BodyCheckInEntry = {
  version: 1,
  marks: [
    { place: "face", sensations: ["hot"], own: "my jaw is clenched all the way to my ears", intensity: 5 },
    { place: "chest", sensations: ["tight", "heavy"], intensity: 7 },
  ],
  need: "pause",
};

function Widget({ width, dir, locale, reduced = "always" }: { width: number; dir?: Direction; locale?: "ar"; reduced?: "always" | "never" }) {
  return (
    <AttuneProvider dir={dir} locale={locale} messages={locale === "ar" ? ar : undefined} reducedMotion={reduced}>
      <div style={{ width, boxSizing: "border-box" }}>
        <BodyCheckIn defaultValue={entry} onShare={() => {}} onBreathe={() => {}} onWriteCard={() => {}} />
      </div>
    </AttuneProvider>
  );
}

const root = () => document.querySelector<HTMLElement>(".attune-body-check-in")!;

describe("BodyCheckIn in Chromium", () => {
  it.each(["ltr", "rtl"] as const)("fits 320 px without sideways scrolling (%s)", (dir) => {
    render(<Widget width={320} dir={dir} locale={dir === "rtl" ? "ar" : undefined} />);
    const box = root().getBoundingClientRect();
    expect(root().scrollWidth).toBeLessThanOrEqual(root().clientWidth + 1);
    for (const el of root().querySelectorAll<HTMLElement>("button, input, textarea, [role=slider]")) {
      const r = el.getBoundingClientRect();
      expect(r.left, el.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(box.left - 1);
      expect(r.right, el.outerHTML.slice(0, 80)).toBeLessThanOrEqual(box.right + 1);
    }
  });

  it("gives every place a target of at least 44 x 44 px at 320 px, with no two overlapping", () => {
    render(<Widget width={320} />);
    const places = [...root().querySelectorAll<HTMLElement>('[data-attune-part="place"]')].map((el) => el.getBoundingClientRect());
    expect(places).toHaveLength(10);
    for (const r of places) {
      expect(r.width).toBeGreaterThanOrEqual(44);
      expect(r.height).toBeGreaterThanOrEqual(44);
    }
    for (const [i, a] of places.entries())
      for (const b of places.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
    const slider = screen.getByRole("slider", { name: "How strong, Chest" }).getBoundingClientRect();
    expect(slider.height).toBeGreaterThanOrEqual(44);
  });

  it("lays places head to feet and mirrors the sides right to left", () => {
    const { unmount } = render(<Widget width={480} />);
    const top = (p: string) => root().querySelector(`[data-place="${p}"][data-attune-part="place"]`)!.getBoundingClientRect();
    expect(top("head").top).toBeLessThan(top("chest").top);
    expect(top("chest").top).toBeLessThan(top("legs").top);
    const ltrHead = top("head").left;
    const ltrFace = top("face").left;
    expect(ltrHead).toBeLessThan(ltrFace);
    unmount();
    render(<Widget width={480} dir="rtl" />);
    expect(top("head").left).toBeGreaterThan(top("face").left);
  });

  it("moves focus with arrows, toggles with Space and sets the intensity with a tap", async () => {
    render(<Widget width={400} />);
    const map = within(screen.getByRole("group", { name: "Where I notice something" }));
    await userEvent.click(map.getByRole("button", { name: "Chest" }));
    expect(map.getByRole("button", { name: "Chest" })).toHaveAttribute("aria-pressed", "false");
    await userEvent.keyboard("{ArrowDown}");
    expect(map.getByRole("button", { name: "Back" })).toHaveFocus();
    await userEvent.keyboard(" ");
    expect(map.getByRole("button", { name: "Back" })).toHaveAttribute("aria-pressed", "true");
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement?.getAttribute("data-attune-part")).not.toBe("place");
    const slider = screen.getByRole("slider", { name: "How strong, Face and jaw" });
    const r = slider.getBoundingClientRect();
    await userEvent.click(slider, { position: { x: r.width * 0.9, y: r.height / 2 } });
    expect(slider).toHaveAttribute("aria-valuenow", "9");
    expect(slider).toHaveFocus();
  });

  it("draws the intensity with transform only, and the outline with no animation under reduced motion", () => {
    render(<Widget width={400} reduced="always" />);
    const range = root().querySelector<HTMLElement>('[data-attune-part="slider-range"]')!;
    expect(getComputedStyle(range).transform).not.toBe("none");
    expect(getComputedStyle(root().querySelector('[data-attune-part="region"]')!).transitionDuration).toBe("0s");
  });
});
