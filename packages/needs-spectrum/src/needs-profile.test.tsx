import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { NeedsProfile } from "./index";
import hostile from "./__fixtures__/hostile-text.json";

describe("NeedsProfile", () => {
  it("shows the default topics as one labelled group of sliders", () => {
    render(<NeedsProfile />);
    const group = screen.getByRole("group", { name: "Where I lean, topic by topic" });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole("slider").map((s) => s.getAttribute("aria-labelledby") && s.ownerDocument.getElementById(s.getAttribute("aria-labelledby")!)!.textContent)).toEqual([
      "Evenings",
      "Weekends",
      "During a disagreement",
      "Sleep",
    ]);
  });

  it("moves row to row with Tab and reports the whole record and the topic on commit", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const onValueCommit = vi.fn();
    render(
      <NeedsProfile
        topics={[
          { id: "evenings", label: "Evenings" },
          { id: "money", label: "Money talks" },
        ]}
        defaultValue={{ evenings: 20 }}
        onValueChange={onValueChange}
        onValueCommit={onValueCommit}
      />,
    );
    const evenings = screen.getByRole("slider", { name: "Evenings" });
    const money = screen.getByRole("slider", { name: "Money talks" });
    expect(evenings).toHaveAttribute("aria-valuenow", "20");
    expect(money).toHaveAttribute("aria-valuenow", "50");
    await user.tab();
    expect(evenings).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    await user.tab();
    expect(money).toHaveFocus();
    await user.keyboard("{Home}");
    expect(onValueChange).toHaveBeenLastCalledWith({ evenings: 21, money: 0 });
    expect(onValueCommit).toHaveBeenCalledWith("evenings", 21);
    expect(onValueCommit).toHaveBeenLastCalledWith("money", 0);
    await user.tab({ shift: true });
    expect(evenings).toHaveFocus();
  });

  it("submits each topic under name[topic]", async () => {
    const { container } = render(
      <form>
        <NeedsProfile name="lean" topics={[{ id: "sleep", label: "Sleep" }]} defaultValue={{ sleep: 65 }} />
      </form>,
    );
    expect(new FormData(container.querySelector("form")!).get("lean[sleep]")).toBe("65");
  });

  it("is controlled when given a value", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<NeedsProfile topics={[{ id: "sleep", label: "Sleep" }]} value={{ sleep: 10 }} onValueChange={onValueChange} />);
    const slider = screen.getByRole("slider", { name: "Sleep" });
    slider.focus();
    await user.keyboard("{ArrowUp}");
    expect(onValueChange).toHaveBeenCalledWith({ sleep: 11 });
    expect(slider).toHaveAttribute("aria-valuenow", "10");
  });

  it("survives bad values per topic", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<NeedsProfile topics={[{ id: "a", label: "A" }]} value={{ a: NaN }} min={5} max={1} />);
    const slider = screen.getByRole("slider", { name: "A" });
    expect(slider).toHaveAttribute("aria-valuemin", "1");
    expect(slider).toHaveAttribute("aria-valuenow", "3");
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it("renders hostile topic labels as plain text and still names each slider", () => {
    const labels = [...hostile.markup, ...hostile.unicode.slice(0, 6), hostile.sizes.long_word];
    const { container } = render(<NeedsProfile topics={labels.map((label, i) => ({ id: `t${i}`, label }))} />);
    expect(container.querySelector("img, script, svg[onload]")).toBeNull();
    for (const label of labels) expect(screen.getByRole("slider", { name: label.trim() })).toBeInTheDocument();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
