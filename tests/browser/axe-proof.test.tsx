// The story runs (stories-light, -dark, -brand) fail on an accessibility violation because the
// a11y addon runs axe with the options in .storybook/preview.tsx. This proves those same
// options do catch what matters: a low-contrast element fails, the same element with Attune's
// tokens passes. If someone weakens the options (drops the AA tags, disables color-contrast),
// this test fails.
import * as React from "react";
import { render } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { AttuneProvider } from "@attune/core";
import preview from "../../.storybook/preview";

const options = (preview.parameters as { a11y: { test: string; options: axe.RunOptions } }).a11y;

describe("the story runs' axe settings", () => {
  it("fail the run on a violation", () => {
    expect(options.test).toBe("error");
  });

  it("catch a low-contrast element", async () => {
    const { container } = render(
      <AttuneProvider theme="light">
        <p style={{ color: "#d8d8d8", background: "#ffffff", fontSize: 14 }}>Barely there</p>
      </AttuneProvider>,
    );
    const result = await axe.run(container, options.options);
    expect(result.violations.map((v) => v.id)).toContain("color-contrast");
  });

  it("pass the same text in Attune's own colours", async () => {
    const { container } = render(
      <AttuneProvider theme="dark">
        <p className="attune" style={{ color: "var(--attune-text)", background: "var(--attune-surface)", fontSize: 14 }}>
          Clearly there
        </p>
      </AttuneProvider>,
    );
    const result = await axe.run(container, options.options);
    expect(result.violations).toEqual([]);
  });
});
