import * as React from "react";
import { render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Heading, clampHeadingLevel, headingLevelProp } from "../index";
import { resetWarnings } from "../dev";

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

describe("Heading", () => {
  it("renders the level asked for and forwards its ref and props", () => {
    const ref = React.createRef<HTMLHeadingElement>();
    const { container } = render(<Heading level={4} ref={ref} id="t" className="c">Title</Heading>);
    const h = container.querySelector("h4")!;
    expect(h).toBe(ref.current);
    expect(h.id).toBe("t");
    expect(h.className).toBe("c");
    expect(h.textContent).toBe("Title");
  });

  it.each([
    [0, 1],
    [-3, 1],
    [7, 6],
    [3.7, 3],
    [Number.NaN, 2],
    [Infinity, 2],
    ["4", 2],
  ])("clamps level %s to h%s", (level, tag) => {
    expect(clampHeadingLevel(level)).toBe(tag);
    const { container } = render(<Heading level={level as number}>x</Heading>);
    expect(container.querySelector(`h${tag}`)).not.toBeNull();
  });
});

describe("headingLevelProp", () => {
  it("passes valid levels quietly and falls back for undefined", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(headingLevelProp("W", 3, 5)).toBe(3);
    expect(headingLevelProp("W", undefined, 5)).toBe(2);
    expect(warn).not.toHaveBeenCalled();
  });

  it("clamps bad levels with a development warning naming the widget", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(headingLevelProp("LoopMap", 6, 5)).toBe(5);
    expect(headingLevelProp("LoopMap", Number.NaN, 5)).toBe(2);
    expect(headingLevelProp("LoopMap", 0, 5)).toBe(1);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(String(warn.mock.calls[0]?.[0])).toContain("LoopMap headingLevel must be an integer from 1 to 5; using 5.");
  });
});
