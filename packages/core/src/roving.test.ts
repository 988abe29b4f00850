import { describe, expect, it } from "vitest";
import { rovingIndex } from "./roving";
import { dateTimeFormat, formatDateTime } from "./format";
import { parseDirection } from "./direction";

describe("rovingIndex", () => {
  it("moves along a list and stops at the ends", () => {
    expect(rovingIndex("ArrowRight", 0, { count: 3 })).toBe(1);
    expect(rovingIndex("ArrowDown", 2, { count: 3 })).toBe(2);
    expect(rovingIndex("ArrowUp", 0, { count: 3 })).toBe(0);
    expect(rovingIndex("Home", 2, { count: 3 })).toBe(0);
    expect(rovingIndex("End", 0, { count: 3 })).toBe(2);
    expect(rovingIndex("a", 0, { count: 3 })).toBeNull();
  });
  it("mirrors left and right under rtl", () => {
    expect(rovingIndex("ArrowLeft", 0, { count: 3, dir: "rtl" })).toBe(1);
    expect(rovingIndex("ArrowRight", 1, { count: 3, dir: "rtl" })).toBe(0);
  });
  it("honours orientation and loop", () => {
    expect(rovingIndex("ArrowDown", 0, { count: 3, orientation: "horizontal" })).toBeNull();
    expect(rovingIndex("ArrowRight", 0, { count: 3, orientation: "vertical" })).toBeNull();
    expect(rovingIndex("ArrowRight", 2, { count: 3, loop: true })).toBe(0);
    expect(rovingIndex("ArrowLeft", 0, { count: 3, loop: true })).toBe(2);
  });
  it("moves by rows in a grid", () => {
    expect(rovingIndex("ArrowDown", 1, { count: 14, columns: 7 })).toBe(8);
    expect(rovingIndex("ArrowUp", 8, { count: 14, columns: 7 })).toBe(1);
    expect(rovingIndex("ArrowDown", 10, { count: 14, columns: 7 })).toBe(13);
  });
  it("survives bad input", () => {
    expect(rovingIndex("ArrowRight", Number.NaN, { count: 2 })).toBe(1);
    expect(rovingIndex("ArrowRight", 0, { count: 0 })).toBeNull();
    expect(rovingIndex("ArrowRight", 99, { count: 2 })).toBe(1);
  });
});

describe("dateTimeFormat", () => {
  it("caches one formatter per locale and options", () => {
    expect(dateTimeFormat("en", { month: "long" })).toBe(dateTimeFormat("en", { month: "long" }));
    expect(dateTimeFormat("en", { month: "long" })).not.toBe(dateTimeFormat("es", { month: "long" }));
  });
  it("never throws on a bad zone, locale or instant", () => {
    expect(() => dateTimeFormat("en", { timeZone: "Mars/Olympus" })).not.toThrow();
    expect(() => dateTimeFormat("not a locale!!", {})).not.toThrow();
    expect(formatDateTime(Number.NaN, "en")).toBe("");
    expect(formatDateTime(8.64e15 + 1, "en")).toBe("");
    expect(formatDateTime(Date.UTC(2026, 0, 2), "en", { timeZone: "UTC", day: "numeric" })).toBe("2");
  });
});

describe("parseDirection", () => {
  it("keeps ltr and rtl and drops anything else", () => {
    expect(parseDirection("rtl")).toBe("rtl");
    expect(parseDirection("ltr")).toBe("ltr");
    expect(parseDirection("RTL")).toBeUndefined();
    expect(parseDirection(1)).toBeUndefined();
  });
});
