import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useRovingFocus } from "./use-roving-focus";
import { useComposedRefs } from "./use-composed-refs";

function Toolbar({ dir }: { dir?: "ltr" | "rtl" }) {
  const roving = useRovingFocus<HTMLDivElement>({ orientation: "horizontal", dir });
  const outer = React.useRef<HTMLDivElement>(null);
  const ref = useComposedRefs(roving.ref, outer);
  return (
    <div ref={ref} role="toolbar" aria-label="Tools" onKeyDown={roving.onKeyDown}>
      {["One", "Two", "Three"].map((label, i) => (
        <button key={label} type="button" disabled={label === "Two" ? true : undefined} {...roving.itemProps(i)}>
          {label}
        </button>
      ))}
    </div>
  );
}

describe("useRovingFocus", () => {
  it("keeps one tab stop and moves with arrows, skipping disabled items", async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    await user.tab();
    expect(screen.getByRole("button", { name: "One" })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Three" })).toHaveAttribute("tabindex", "-1");
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("button", { name: "Three" })).toHaveFocus();
    expect(screen.getByRole("button", { name: "Three" })).toHaveAttribute("tabindex", "0");
    await user.keyboard("{Home}");
    expect(screen.getByRole("button", { name: "One" })).toHaveFocus();
  });
  it("mirrors arrows right-to-left", async () => {
    const user = userEvent.setup();
    render(<Toolbar dir="rtl" />);
    await user.tab();
    await user.keyboard("{ArrowLeft}");
    expect(screen.getByRole("button", { name: "Three" })).toHaveFocus();
  });
});
