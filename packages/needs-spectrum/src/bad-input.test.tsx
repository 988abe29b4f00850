import * as React from "react";
import { render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetWarnings } from "@attune/core";
import { NeedsHistory, NeedsProfile, NeedsSpectrum } from "./index";
import hostile from "./__fixtures__/hostile-text.json";

// Hostile props, one at a time, in StrictMode: no crash, no React console error, every
// problem reported (warning or onError), no raw bad enum in the DOM, no NaN in attributes.
let warn: ReturnType<typeof vi.spyOn>;
let error: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  error = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  expect(error).not.toHaveBeenCalled();
  warn.mockRestore();
  error.mockRestore();
});

const strict = (ui: React.ReactElement) => render(<React.StrictMode>{ui}</React.StrictMode>);
const text = [...hostile.markup, ...hostile.unicode, hostile.sizes.empty, hostile.sizes.long_word];

function expectNoNaNAttributes(container: HTMLElement) {
  for (const el of container.querySelectorAll("*")) {
    for (const attr of el.attributes) expect(`${attr.name}=${attr.value}`).not.toMatch(/NaN|Infinity|undefined/);
  }
}

describe("NeedsSpectrum bad input", () => {
  it.each([
    ["dir", { dir: "sideways" }, /dir must be "ltr" or "rtl"/],
    ["orientation", { orientation: "diagonal" }, /orientation must be "horizontal" or "vertical"/],
    ["variant", { variant: "venn" }, /variant must be "line" or "overlap"/],
  ])("reports a bad %s and keeps it out of the DOM", (name, props, message) => {
    const { container } = strict(<NeedsSpectrum {...(props as object)} />);
    const root = container.querySelector('[data-attune-part="root"]')!;
    expect(warn.mock.calls.join("\n")).toMatch(message);
    expect(container.innerHTML).not.toMatch(/sideways|diagonal|venn/);
    expect(root.getAttribute("data-orientation")).toBe("horizontal");
    if (name === "variant") expect(root).toHaveAttribute("data-variant", "line");
    expectNoNaNAttributes(container);
  });

  it.each([NaN, Infinity, -Infinity, "70", null, {}, 1e308, -1e308])("value %s is clamped or replaced, reported, never NaN in the DOM", (value) => {
    const { container } = strict(<NeedsSpectrum value={value as number} onValueChange={() => {}} />);
    const slider = screen.getByRole("slider");
    expect(Number(slider.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(0);
    expect(Number(slider.getAttribute("aria-valuenow"))).toBeLessThanOrEqual(100);
    expect(warn).toHaveBeenCalled();
    expectNoNaNAttributes(container);
  });

  it.each([
    [{ min: NaN, max: NaN, step: NaN }],
    [{ min: 100, max: 0 }],
    [{ step: 0 }],
    [{ step: -5 }],
    [{ min: "0", max: "x" }],
    [{ partner: { value: NaN, shared: true } }],
    [{ partner: { value: 1e308, label: "<b>x</b>" } }],
    [{ secondaryValue: NaN, onSecondaryValueChange: () => {} }],
  ])("numbers %j never crash or write NaN", (props) => {
    const { container } = strict(<NeedsSpectrum {...(props as object)} />);
    expect(screen.getAllByRole("slider").length).toBeGreaterThan(0);
    expectNoNaNAttributes(container);
  });

  it.each(text)("hostile label and partner name %j render as text", (s) => {
    const { container } = strict(<NeedsSpectrum label={s} partner={{ value: 30, label: s }} messages={{ "needsSpectrum.endEnd": s }} />);
    expect(container.querySelector("img, script, svg[onload]")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe("NeedsProfile bad input", () => {
  it.each([
    [null],
    ["topics"],
    [[null, undefined, 3, "x"]],
    [[{ id: "a", label: "A" }, { id: "a", label: "B" }]],
    [[{ id: "", label: "empty" }, { id: "ok", label: { nested: true } }]],
    [[{ id: "__proto__", label: "proto" }, { id: "constructor", label: "ctor" }]],
  ])("topics %j render without a crash or key error", (topics) => {
    const { container } = strict(<NeedsProfile topics={topics as never} />);
    expect(container.querySelector('[data-attune-part="profile"]')).not.toBeNull();
    expectNoNaNAttributes(container);
  });

  it.each([[null], [42], [[1, 2]], [{ evenings: NaN, weekends: "x" }]])("value %j is repaired", (value) => {
    const { container } = strict(<NeedsProfile value={value as never} onValueChange={() => {}} />);
    expect(screen.getAllByRole("slider")).toHaveLength(4);
    expectNoNaNAttributes(container);
  });

  it("a bad dir is reported and never reaches the DOM", () => {
    const { container } = strict(<NeedsProfile dir={"upward" as "ltr"} />);
    expect(container.innerHTML).not.toMatch(/upward/);
    expect(warn.mock.calls.join("\n")).toMatch(/dir must be/);
  });
});

describe("NeedsHistory bad input", () => {
  it.each([
    [null],
    ["entries"],
    [[null, undefined, 1, "x", {}]],
    [[{ date: 8.64e15 + 1, value: 50 }]],
    [[{ date: -8.64e15 - 1, value: 50 }]],
    [[{ date: "2026-02-30", value: 50 }]],
    [[{ date: "2026-02-29", value: 50 }]],
    [[{ date: new Date(NaN), value: 50 }]],
    [[{ date: { toString: () => "2026-01-01" }, value: 50 }]],
    [[{ date: "2026-01-01", value: NaN }, { date: "2026-01-02", value: 1e308 }]],
  ])("entries %j never crash", (entries) => {
    const onError = vi.fn();
    const { container } = strict(<NeedsHistory entries={entries as never} timeZone="UTC" onError={onError} />);
    expect(container.querySelector('[data-attune-part="history"]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/Mar 1, 2026|Mar 2, 2026/);
    expectNoNaNAttributes(container);
  });

  it.each(["Mars/Olympus", "", 42, null])("time zone %j falls back without a crash", (timeZone) => {
    strict(<NeedsHistory entries={[{ date: "2026-03-08T12:00:00Z", value: 40 }]} timeZone={timeZone as string} />);
    expect(screen.getAllByRole("row")).toHaveLength(2);
  });

  it("a bad dir and heading level are not written raw", () => {
    const { container } = strict(<NeedsHistory entries={[]} dir={"north" as "ltr"} />);
    expect(container.innerHTML).not.toMatch(/north/);
  });
});
