import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetWarnings } from "@attune/core";
import { BreathingGuide } from "./index";

// Hostile props, one at a time, in StrictMode: no crash, no React console error, each problem
// reported, no raw bad enum in the DOM, no NaN in attributes, no endless wait.
let warn: ReturnType<typeof vi.spyOn>;
let error: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  error = vi.spyOn(console, "error").mockImplementation(() => {});
  vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame", "performance", "Date", "setTimeout", "clearTimeout"] });
  vi.setSystemTime(new Date("2026-11-21T20:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
  expect(error).not.toHaveBeenCalled();
  warn.mockRestore();
  error.mockRestore();
});
const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const strict = (ui: React.ReactElement) => render(<React.StrictMode>{ui}</React.StrictMode>);

function expectCleanAttributes(container: HTMLElement) {
  for (const el of container.querySelectorAll("*")) {
    for (const attr of el.attributes) expect(`${attr.name}=${attr.value}`).not.toMatch(/NaN|Infinity|undefined/);
  }
}

describe("BreathingGuide bad input", () => {
  it.each([1e308, Infinity, NaN, "soon", -1e308, Date.now() + 2 * 60 * 60 * 1000])("startAt %s never waits forever and is reported", (startAt) => {
    const onError = vi.fn();
    const { container } = strict(<BreathingGuide startAt={startAt as number} onError={onError} pattern="box" />);
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(100);
    expect(container.querySelector("section")).not.toHaveAttribute("data-state", "waiting");
    if (startAt !== -1e308) expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input" }));
    expectCleanAttributes(container);
  });

  it("a start an hour ahead still counts down (a real plan)", () => {
    const { container } = strict(<BreathingGuide startAt={Date.now() + 30 * 60 * 1000} pattern="box" />);
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(100);
    expect(container.querySelector("section")).toHaveAttribute("data-state", "waiting");
  });

  it.each([
    ["dir", { dir: "sideways" }, /dir must be "ltr" or "rtl"/, /sideways/],
    ["visual", { visual: "blob" }, /visual must be one of/, /blob/],
    ["status", { status: "dancing" }, /status must be one of/, /dancing/],
    ["defaultStatus", { defaultStatus: 3 }, /defaultStatus must be one of/, /data-state="3"/],
  ])("reports a bad %s and keeps it out of the DOM", (_name, props, message, raw) => {
    const { container } = strict(<BreathingGuide {...(props as object)} />);
    expect(warn.mock.calls.join("\n")).toMatch(message);
    expect(container.innerHTML).not.toMatch(raw);
    expectCleanAttributes(container);
  });

  it.each([
    [{ duration: NaN }],
    [{ duration: -5 }],
    [{ duration: 1e308 }],
    [{ cycles: 0 }],
    [{ cycles: Infinity }],
    [{ cycles: "3" }],
    [{ breathsPerMinute: NaN }],
    [{ breathsPerMinute: 1e308 }],
    [{ pattern: "square" }],
    [{ pattern: null }],
    [{ pattern: { phases: null } }],
    [{ pattern: { phases: [null, { kind: "inhale", seconds: NaN }, { kind: "exhale", seconds: 1e308 }] } }],
    [{ announce: "loud" }],
    [{ whenHidden: "sometimes" }],
    [{ clock: { now: () => NaN, epochNow: () => NaN } }],
  ])("%j never crashes or writes NaN, even while running", (props) => {
    const { container } = strict(<BreathingGuide {...(props as object)} />);
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    wait(5_000);
    expectCleanAttributes(container);
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
  });
});
