/// <reference types="@vitest/browser-playwright" />
// Layout checks over every story: nothing scrolls sideways on a 320 px phone, and every
// interactive element is at least 44 × 44 px when the pointer is coarse (Chromium's touch
// emulation, under which `(pointer: coarse)` matches, as on a phone).
import * as React from "react";
import { render } from "@testing-library/react";
import { cdp, page } from "vitest/browser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadStories } from "./stories";

const stories = loadStories({ theme: "light" }).filter((s) => !s.Story.tags?.includes("skip-test"));
const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Elements a person can press, type in or move: native controls and ARIA widgets. */
const INTERACTIVE = [
  "button",
  "a[href]",
  "input:not([type='hidden'])",
  "select",
  "textarea",
  "summary",
  "[role='slider']",
  "[role='option']",
  "[role='radio']",
  "[role='checkbox']",
  "[role='switch']",
  "[role='tab']",
  "[role='gridcell'][tabindex]",
  "[tabindex]:not([tabindex='-1'])",
].join(",");

const visible = (el: Element) => {
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  const style = getComputedStyle(el);
  if (style.visibility === "hidden" || style.display === "none") return false;
  // Visually hidden text (1 px, clipped) is not a target.
  return !(r.width <= 1 && r.height <= 1);
};

/** The area that takes the press: a radio or checkbox's label when the label wraps it. */
function target(el: Element): Element {
  if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")) {
    const label = el.closest("label");
    if (label) return label;
  }
  return el;
}

/** Is the element inside a box that clips or scrolls sideways (a scrolling row, a dialog)? */
function clippedInline(el: Element): boolean {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX;
    if (o !== "visible") return true;
  }
  return false;
}

describe("at 320 px nothing scrolls sideways", () => {
  beforeAll(async () => {
    await page.viewport(320, 800);
  });

  it.each(stories.map((s) => [`${s.file} ${s.name}`, s] as const))("%s", async (_label, { Story }) => {
    render(<Story />);
    await settle();
    const root = document.scrollingElement!;
    const overflowing = [...document.body.querySelectorAll(".attune:not(.attune-provider), .attune:not(.attune-provider) *")]
      .filter((el) => visible(el) && !clippedInline(el))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < -1 || r.right > innerWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}[data-attune-part=${el.getAttribute("data-attune-part")}] ${Math.round(el.getBoundingClientRect().right)}px`);
    expect(overflowing, "elements past the edge of a 320 px screen").toEqual([]);
    expect(root.scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(root.clientWidth);
  });
});

describe("with a coarse pointer every target is at least 44 × 44 px", () => {
  beforeAll(async () => {
    await page.viewport(1024, 800);
    await cdp().send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 5 });
    expect(matchMedia("(pointer: coarse)").matches).toBe(true);
  });
  afterAll(async () => {
    await cdp().send("Emulation.setTouchEmulationEnabled", { enabled: false });
  });

  it.each(stories.map((s) => [`${s.file} ${s.name}`, s] as const))("%s", async (_label, { Story }) => {
    render(<Story />);
    await settle();
    const small = [...document.body.querySelectorAll(INTERACTIVE)]
      // Inside a widget (or a portalled layer of one), not the story's own scaffolding.
      .filter((el) => el.closest(".attune:not(.attune-provider)") && !(el as HTMLButtonElement).disabled)
      .map(target)
      .filter(visible)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width < 43.5 || r.height < 43.5;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        const name = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 24);
        return `${el.tagName.toLowerCase()}[${el.getAttribute("data-attune-part") ?? el.getAttribute("role") ?? ""}] "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`;
      });
    expect(small, "targets smaller than 44 × 44 px").toEqual([]);
  });
});

describe("a shaded or bordered group's title sits inside it", () => {
  // A fieldset draws its background and border from the middle of its own legend, so an
  // unfloated legend straddles the top edge of a shaded box. Floated (or positioned), the
  // legend is laid out inside the box like any other child.
  const painted = (style: CSSStyleDeclaration) => {
    const alpha = style.backgroundColor.match(/rgba?\(([^)]+)\)/)?.[1]?.split(/[ ,/]+/).filter(Boolean)[3];
    const shaded = style.backgroundColor !== "transparent" && alpha !== "0";
    const bordered = ["Top", "Right", "Bottom", "Left"].some((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== "none");
    return shaded || bordered;
  };

  it.each(stories.map((s) => [`${s.file} ${s.name}`, s] as const))("%s", async (_label, { Story }) => {
    await page.viewport(1024, 800);
    render(<Story />);
    await settle();
    const straddling = [...document.body.querySelectorAll(".attune:not(.attune-provider) fieldset")]
      .filter((fieldset) => visible(fieldset) && painted(getComputedStyle(fieldset)))
      .map((fieldset) => [fieldset, [...fieldset.children].find((c) => c.tagName === "LEGEND")] as const)
      .filter(([, legend]) => legend && visible(legend) && getComputedStyle(legend).float === "none" && !["absolute", "fixed"].includes(getComputedStyle(legend).position))
      .map(([fieldset, legend]) => `fieldset[data-attune-part=${fieldset.getAttribute("data-attune-part")}] "${legend!.textContent?.trim().slice(0, 32)}"`);
    expect(straddling, "legends on the edge of a shaded or bordered box").toEqual([]);
  });
});
