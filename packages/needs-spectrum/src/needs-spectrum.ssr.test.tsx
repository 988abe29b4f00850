import * as React from "react";
import { afterEach, describe, expect, it, vi } from "vitest";

// The shared jsdom setup needs `window`, so this file cannot use the node environment; it
// hides `document` instead and imports the widgets afresh, as a server would load them.
afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("server rendering (no document)", () => {
  it("renders every widget to a string without warnings", { timeout: 30_000 }, async () => {
    vi.stubGlobal("document", undefined);
    vi.resetModules();
    const { renderToString } = await import("react-dom/server");
    const { NeedsHistory, NeedsProfile, NeedsSpectrum } = await import("./index");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(typeof document).toBe("undefined");
    const html = renderToString(
      <>
        <NeedsSpectrum defaultValue={70} partner={{ value: 20, label: "Sam" }} name="lean" />
        <NeedsSpectrum variant="overlap" reveal defaultValue={10} />
        <NeedsProfile />
        <NeedsHistory entries={[{ date: "2026-01-01T00:00:00Z", value: 30 }]} timeZone="UTC" />
      </>,
    );
    expect(html).toContain('role="slider"');
    expect(html).toContain('aria-valuenow="70"');
    expect(html).toContain("Leaning toward closeness");
    expect(html).toContain('name="lean"');
    expect(html).toContain("Sam: Leaning toward space");
    expect(html).toContain("Evenings");
    expect(html).toContain("Jan 1, 2026");
    expect(errors).not.toHaveBeenCalled();
  });
});
