// @vitest-environment node
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cases, componentExports, coveredBy } from "./cases";

afterEach(() => vi.restoreAllMocks());

describe("server rendering in plain Node", () => {
  it("has no window or document here", () => {
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
  });

  it("covers every exported component", () => {
    const missing = componentExports().filter((name) => !(name in cases) && !(name in coveredBy));
    expect(missing).toEqual([]);
  });

  for (const [name, make] of Object.entries(cases)) {
    it(`renders ${name} without errors`, () => {
      const error = vi.spyOn(console, "error");
      const html = renderToString(make());
      expect(html.length).toBeGreaterThan(0);
      expect(error).not.toHaveBeenCalled();
    });
  }
});
