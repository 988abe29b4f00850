import * as React from "react";
import { render } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { AttuneProvider } from "@attune/core";
import { LoopMap, type LoopHalf } from "./index";
import { emptyHalf } from "./logic";

// The picture's motion is a dynamic import that loads with the first picture drawn under full
// motion. Until it arrives the arcs wait undrawn; once it has run they are drawn.
const half = (feel: string, move: string): LoopHalf => ({ ...emptyHalf(Date.UTC(2026, 10, 1)), feel: { suggestion: feel, text: "" }, move: { suggestion: move, text: "" }, shared: true });
const arcs = () => [...document.querySelectorAll<SVGElement>('[data-attune-part="arc"]')];

function Widget({ motion }: { motion: "always" | "never" }) {
  return (
    <AttuneProvider reducedMotion={motion}>
      <LoopMap defaultValue={half("far", "askMore")} partner={half("crowded", "leaveRoom")} />
    </AttuneProvider>
  );
}

describe("LoopMap picture motion", () => {
  it("loads the motion with the first picture under full motion and runs it on that picture", async () => {
    const started: Element[] = [];
    const stopped = vi.fn();
    vi.doMock("./loop-motion", async (original) => {
      const real = await original<typeof import("./loop-motion")>();
      return {
        animateLoop: (svg: SVGSVGElement) => {
          started.push(svg);
          const stop = real.animateLoop(svg);
          return () => {
            stopped();
            stop();
          };
        },
      };
    });
    try {
      const { unmount } = render(<Widget motion="never" />);
      expect(arcs()).toHaveLength(4);
      // Waiting undrawn, not drawn then hidden again.
      for (const arc of arcs()) expect(arc.style.opacity).toBe("0");
      await vi.waitFor(() => expect(started).toHaveLength(1));
      expect(started[0] === document.querySelector('[data-attune-part="picture"]')).toBe(true);
      unmount();
      expect(stopped).toHaveBeenCalledTimes(1);
    } finally {
      vi.doUnmock("./loop-motion");
    }
  });

  it("under reduced motion draws the arcs at once and loads nothing", () => {
    render(<Widget motion="always" />);
    expect(arcs().map((a) => a.style.opacity)).toEqual(["", "", "", ""]);
    expect([...document.querySelectorAll('[data-attune-part="node"] text')].map((t) => t.textContent)).toEqual(["1", "2", "3", "4"]);
  });

  it("shows the arcs still when the picture goes away before the motion arrives", () => {
    const { unmount, rerender } = render(<Widget motion="never" />);
    const before = arcs();
    for (const arc of before) expect(arc.style.opacity).toBe("0");
    rerender(<Widget motion="always" />);
    expect(arcs().map((a) => a.style.opacity)).toEqual(["", "", "", ""]);
    unmount();
  });
});
