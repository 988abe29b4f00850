import * as React from "react";
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { AttuneProvider } from "@attune/core";
import { LoopMap, type LoopHalf } from "./index";
import { emptyHalf } from "./logic";

// The motion chunk cannot load (offline, blocked): the picture stays still and whole, as under
// reduced motion, and the loop in words is untouched. A later picture tries again.
let attempts = 0;
vi.mock("./loop-motion", () => {
  attempts += 1;
  throw new Error("offline");
});

const half = (feel: string, move: string): LoopHalf => ({ ...emptyHalf(Date.UTC(2026, 10, 1)), feel: { suggestion: feel, text: "" }, move: { suggestion: move, text: "" }, shared: true });
const arcs = () => [...document.querySelectorAll<SVGElement>('[data-attune-part="arc"]')];

describe("LoopMap picture when its motion cannot load", () => {
  it("draws every arc still, keeps the steps, and tries again with the next picture", async () => {
    const widget = (
      <AttuneProvider reducedMotion="never">
        <LoopMap defaultValue={half("far", "askMore")} partner={half("crowded", "leaveRoom")} partnerName="Sam" />
      </AttuneProvider>
    );
    const { unmount } = render(widget);
    await vi.waitFor(() => expect(arcs().map((a) => a.style.opacity)).toEqual(["", "", "", ""]));
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)[0]).toBe("Step 1 of 4 When I feel far away,");
    expect([...document.querySelectorAll('[data-attune-part="node"] text')].map((t) => t.textContent)).toEqual(["1", "2", "3", "4"]);
    const first = attempts;
    expect(first).toBeGreaterThan(0);
    unmount();
    render(widget);
    await vi.waitFor(() => expect(attempts).toBeGreaterThan(first));
    await vi.waitFor(() => expect(arcs().map((a) => a.style.opacity)).toEqual(["", "", "", ""]));
  });
});
