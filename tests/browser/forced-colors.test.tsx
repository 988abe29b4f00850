// Windows High Contrast and other forced-colour modes replace every colour with a few system
// colours, so anything drawn only with a background or a box-shadow disappears. Emulated here
// in Chromium: every widget's controls, focus ring, slider thumb and breathing visual must
// still draw something (a border, an outline, a system-colour fill).
import * as React from "react";
import { render } from "@testing-library/react";
import { cdp, userEvent } from "vitest/browser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Attune from "@attune/react";
import "@attune/react/styles.css";

beforeAll(async () => {
  await cdp().send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value: "active" }] });
});
afterAll(async () => {
  await cdp().send("Emulation.setEmulatedMedia", { features: [] });
});

const visible = (el: Element): boolean => drawn(el) || drawn(el, "::before");
const drawn = (el: Element, pseudo?: string) => {
  const s = getComputedStyle(el, pseudo);
  if (pseudo && (s.content === "none" || s.content === "normal")) return false;
  const border = ["Top", "Right", "Bottom", "Left"].some(
    (side) => parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== "none",
  );
  const outline = parseFloat(s.outlineWidth) > 0 && s.outlineStyle !== "none";
  // In forced colours, a background survives only as a system colour the browser forces.
  const fill = s.backgroundColor !== "rgba(0, 0, 0, 0)" && s.forcedColorAdjust === "none";
  const svg = el instanceof SVGElement && (s.stroke !== "none" || s.fill !== "none");
  return border || outline || fill || svg;
};

function Page() {
  return (
    <Attune.AttuneProvider reducedMotion="always">
      <div style={{ width: 720 }}>
        <Attune.NeedsSpectrum defaultValue={40} />
        <Attune.ReassuranceComposer onSend={() => {}} />
        <Attune.BreathingGuide pattern="box" />
        <Attune.VillageAudit defaultValue={{ version: 1, date: 1, people: [], needs: [{ id: "a", label: "", suggestion: "play", sources: ["partner"] }] }} />
      </div>
    </Attune.AttuneProvider>
  );
}

describe("forced colours (emulated in Chromium)", () => {
  it("is really emulated", () => {
    expect(matchMedia("(forced-colors: active)").matches).toBe(true);
  });

  it("keeps every button and text field visible", () => {
    render(<Page />);
    const controls = [...document.querySelectorAll(".attune :is(button, input:not([type=hidden]), textarea, select)")].filter(
      (el) => (el as HTMLElement).offsetParent !== null && !el.closest(".attune-visually-hidden"),
    );
    expect(controls.length).toBeGreaterThan(20);
    const invisible = controls.filter((el) => !visible(el) && !(el as HTMLInputElement).matches("[type=checkbox], [type=radio]"));
    expect(invisible.map((el) => el.outerHTML.slice(0, 90))).toEqual([]);
  });

  it("keeps the slider thumb and the breathing visual visible", () => {
    render(<Page />);
    const thumb = document.querySelector('[role="slider"]')!;
    expect(visible(thumb)).toBe(true);
    const shape = document.querySelector('.attune-breathing [data-attune-part="shape"]');
    expect(shape).not.toBeNull();
    expect(visible(shape!)).toBe(true);
  });

  it("draws a focus ring on the focused control", async () => {
    render(<Page />);
    await userEvent.keyboard("{Tab}");
    const focused = document.activeElement!;
    expect(focused.closest(".attune")).not.toBeNull();
    const s = getComputedStyle(focused);
    expect(parseFloat(s.outlineWidth)).toBeGreaterThan(0);
    expect(s.outlineStyle).not.toBe("none");
  });
});
