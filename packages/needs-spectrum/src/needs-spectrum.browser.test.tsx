import * as React from "react";
import { render, screen } from "@testing-library/react";
import { userEvent } from "vitest/browser";
import { describe, expect, it, vi } from "vitest";
import { AttuneProvider, type Direction } from "@attune/core";
import { NeedsProfile, NeedsSpectrum, type NeedsSpectrumProps } from "./index";
import "./styles.css";

function Widget({ dir, motion = "always", ...props }: NeedsSpectrumProps & { dir?: Direction; motion?: "always" | "never" }) {
  return (
    <AttuneProvider reducedMotion={motion} dir={dir}>
      <div style={{ width: 360, padding: 16, boxSizing: "border-box" }}>
        <NeedsSpectrum {...props} />
      </div>
    </AttuneProvider>
  );
}

const track = () => document.querySelector<HTMLElement>('[data-attune-part="track"]')!;
const centre = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

describe("NeedsSpectrum in Chromium", () => {
  it("takes the keyboard: Tab in, arrows, Page keys, Home/End", async () => {
    const onValueCommit = vi.fn();
    render(<Widget defaultValue={50} onValueCommit={onValueCommit} />);
    const slider = screen.getByRole("slider", { name: "Where I lean: when I have to choose, which pulls harder?" });
    await userEvent.keyboard("{Tab}");
    expect(slider).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{PageUp}");
    expect(slider).toHaveAttribute("aria-valuenow", "62");
    await userEvent.keyboard("{Home}");
    expect(slider).toHaveAttribute("aria-valuetext", "Leaning strongly toward space");
    await userEvent.keyboard("{End}");
    expect(onValueCommit).toHaveBeenLastCalledWith(100);
    // The page does not scroll under the keys: they belong to the slider.
    expect(window.scrollY).toBe(0);
  });

  it("sets the value with one click on the track (LTR), and the thumb lands under the pointer", async () => {
    render(<Widget defaultValue={50} />);
    const rect = track().getBoundingClientRect();
    await userEvent.click(track(), { position: { x: rect.width * 0.25, y: rect.height / 2 } });
    const slider = screen.getByRole("slider");
    expect(slider).toHaveAttribute("aria-valuenow", "25");
    expect(slider).toHaveFocus();
    expect(Math.abs(centre(slider).x - (rect.left + rect.width * 0.25))).toBeLessThan(1.5);
  });

  it("mirrors under RTL: a click a quarter from the left means three quarters toward closeness", async () => {
    render(<Widget dir="rtl" defaultValue={50} />);
    const rect = track().getBoundingClientRect();
    await userEvent.click(track(), { position: { x: rect.width * 0.25, y: rect.height / 2 } });
    const slider = screen.getByRole("slider");
    expect(slider).toHaveAttribute("aria-valuenow", "75");
    expect(Math.abs(centre(slider).x - (rect.left + rect.width * 0.25))).toBeLessThan(1.5);
    await userEvent.keyboard("{ArrowLeft}");
    expect(slider).toHaveAttribute("aria-valuenow", "76");
    expect(centre(slider).x).toBeLessThan(rect.left + rect.width * 0.25);
  });

  it("works vertically: closeness at the top, a click sets the value", async () => {
    render(<Widget orientation="vertical" defaultValue={50} />);
    const rect = track().getBoundingClientRect();
    expect(rect.height).toBeGreaterThan(rect.width);
    await userEvent.click(track(), { position: { x: rect.width / 2, y: rect.height * 0.25 } });
    const slider = screen.getByRole("slider");
    expect(slider).toHaveAttribute("aria-valuenow", "75");
    expect(Math.abs(centre(slider).y - (rect.top + rect.height * 0.25))).toBeLessThan(1.5);
    await userEvent.keyboard("{ArrowUp}");
    expect(slider).toHaveAttribute("aria-valuenow", "76");
  });

  it("works vertically under RTL too: up is still closeness, left follows the reading direction", async () => {
    render(<Widget orientation="vertical" dir="rtl" defaultValue={50} />);
    const rect = track().getBoundingClientRect();
    await userEvent.click(track(), { position: { x: rect.width / 2, y: rect.height * 0.75 } });
    const slider = screen.getByRole("slider");
    expect(slider).toHaveAttribute("aria-valuenow", "25");
    await userEvent.keyboard("{ArrowUp}{ArrowLeft}");
    expect(slider).toHaveAttribute("aria-valuenow", "27");
  });

  it("has targets of at least 24 px and keeps markers at the ends inside the widget", async () => {
    render(<Widget defaultValue={0} defaultSecondaryValue={100} partner={{ value: 100, label: "Sam" }} />);
    const [now, usually] = screen.getAllByRole("slider");
    for (const s of [now!, usually!]) {
      const r = s.getBoundingClientRect();
      expect(r.width).toBeGreaterThanOrEqual(24);
      expect(r.height).toBeGreaterThanOrEqual(24);
    }
    expect(track().getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    const root = document.querySelector('[data-attune-part="root"]')!.getBoundingClientRect();
    expect(now!.getBoundingClientRect().left).toBeGreaterThanOrEqual(root.left - 0.5);
    expect(usually!.getBoundingClientRect().right).toBeLessThanOrEqual(root.right + 0.5);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    // The partner marker sits at the closeness end too, beside "usually".
    const marker = document.querySelector('[data-attune-part="partner-dot"]')!;
    expect(Math.abs(centre(marker).x - centre(usually!).x)).toBeLessThan(1.5);
  });

  it("clicking the thumb itself does not move it", async () => {
    render(<Widget defaultValue={37} />);
    const slider = screen.getByRole("slider");
    await userEvent.click(slider);
    expect(slider).toHaveAttribute("aria-valuenow", "37");
  });

  it("drags as well as taps", async () => {
    const onValueCommit = vi.fn();
    render(<Widget defaultValue={50} onValueCommit={onValueCommit} />);
    const rect = track().getBoundingClientRect();
    const y = rect.top + rect.height / 2;
    const el = track();
    el.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, button: 0, pointerId: 1, clientX: rect.left + rect.width * 0.1, clientY: y }));
    el.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, pointerId: 1, clientX: rect.left + rect.width * 0.9, clientY: y }));
    el.dispatchEvent(new PointerEvent("pointerup", { bubbles: true, pointerId: 1, clientX: rect.left + rect.width * 0.9, clientY: y }));
    await expect.poll(() => screen.getByRole("slider").getAttribute("aria-valuenow")).toBe("90");
    expect(onValueCommit).toHaveBeenCalledTimes(1);
    expect(onValueCommit).toHaveBeenCalledWith(90);
  });

  it("glides with transform only after a tap, moves at once for keys, and instantly under reduced motion", async () => {
    const { unmount } = render(<Widget motion="never" defaultValue={50} />);
    let position = document.querySelector<HTMLElement>('[data-attune-part="thumb-position"]')!;
    let style = getComputedStyle(position);
    expect(style.transitionProperty).toBe("transform");
    expect(parseFloat(style.transitionDuration)).toBeGreaterThan(0);
    // A key press moves the marker at once: starting a transition on every key cost a frame.
    screen.getByRole("slider").focus();
    await userEvent.keyboard("{End}");
    expect(position.getAnimations()).toHaveLength(0);
    // A tap on the track glides there with a real transform transition, nothing else.
    const rect = track().getBoundingClientRect();
    track().dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, button: 0, pointerId: 1, clientX: rect.left + rect.width * 0.1, clientY: rect.top + rect.height / 2 }));
    track().dispatchEvent(new PointerEvent("pointerup", { bubbles: true, pointerId: 1, clientX: rect.left + rect.width * 0.1, clientY: rect.top + rect.height / 2 }));
    await expect.poll(() => position.getAnimations().length).toBeGreaterThan(0);
    expect((position.getAnimations() as CSSTransition[]).every((a) => a.transitionProperty === "transform")).toBe(true);
    unmount();
    render(<Widget motion="always" defaultValue={50} />);
    position = document.querySelector<HTMLElement>('[data-attune-part="thumb-position"]')!;
    style = getComputedStyle(position);
    expect(parseFloat(style.transitionDuration)).toBe(0);
    const reflection = document.querySelector('[data-attune-part="reflection"]')!;
    expect(parseFloat(getComputedStyle(reflection).animationDuration)).toBe(0);
    screen.getByRole("slider").focus();
    await userEvent.keyboard("{End}");
    expect(position.getAnimations()).toHaveLength(0);
    expect(screen.getByRole("slider").getBoundingClientRect().right).toBeGreaterThan(track().getBoundingClientRect().right);
  });

  it("draws the overlap picture: the circles close in as the value rises", async () => {
    render(<Widget variant="overlap" defaultValue={0} />);
    const self = document.querySelector('[data-attune-part="overlap-self"] circle')!;
    const other = document.querySelector('[data-attune-part="overlap-other"] circle')!;
    const gap = () => other.getBoundingClientRect().left - self.getBoundingClientRect().left;
    const apart = gap();
    screen.getByRole("slider").focus();
    await userEvent.keyboard("{End}");
    expect(gap()).toBeLessThan(apart / 5);
    const rect = track().getBoundingClientRect();
    await userEvent.click(track(), { position: { x: rect.width / 2, y: rect.height - 10 } });
    expect(screen.getByRole("slider")).toHaveAttribute("aria-valuenow", "50");
  });

  it("tabs through a profile, one row at a time", async () => {
    render(
      <AttuneProvider reducedMotion="always">
        <NeedsProfile />
      </AttuneProvider>,
    );
    const sliders = screen.getAllByRole("slider");
    for (const s of sliders) {
      await userEvent.keyboard("{Tab}");
      expect(s).toHaveFocus();
    }
    await userEvent.keyboard("{ArrowRight}");
    expect(sliders[3]).toHaveAttribute("aria-valuenow", "51");
  });
});
