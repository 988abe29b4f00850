import * as React from "react";
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "vitest/browser";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AttuneProvider, type Direction } from "@attune/core";
import { makeBenchmarkRituals } from "../../../bench/lib/planner-fixtures.mjs";
import { RitualPlanner, preloadPlanDialog, type RitualPlannerProps } from "./index";
import "./styles.css";

const NOW = Date.UTC(2026, 2, 4, 12, 0);

function Widget({ dir, ...props }: RitualPlannerProps & { dir?: Direction }) {
  return (
    <AttuneProvider reducedMotion="always" dir={dir}>
      <div style={{ width: 720, padding: 16 }}>
        <RitualPlanner now={NOW} timeZone="Europe/Berlin" {...props} />
      </div>
    </AttuneProvider>
  );
}

describe("the plan dialog in Chromium", () => {
  // The dialog's code loads on first use (its own lazy tests cover that); here it is fetched
  // first, so a cold start of the dev server is not counted against the keyboard walk.
  beforeAll(() => preloadPlanDialog(), 60_000);

  it("moves focus in, traps Tab, closes on Escape and returns focus to the trigger", async () => {
    render(<Widget />);
    const trigger = screen.getByRole("button", { name: "New plan" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog", { name: "New plan" });
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    for (let i = 0; i < 40; i++) {
      await userEvent.keyboard("{Tab}");
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(trigger).toHaveFocus();
  });

  it("creates and exports with the keyboard only", async () => {
    const onValueChange = vi.fn();
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (b: Blob) => (created.push(b), "blob:test");
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    render(<Widget onValueChange={onValueChange} />);
    screen.getByRole("button", { name: "New plan" }).focus();
    await userEvent.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog");
    within(dialog).getByLabelText("Name").focus();
    await userEvent.keyboard("Morning tea{Enter}");
    await waitFor(() => expect(onValueChange).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    screen.getByRole("button", { name: "Download all (.ics)" }).focus();
    await userEvent.keyboard("{Enter}");
    // The calendar writer loads on the first press: the file follows a moment later.
    await waitFor(() => expect(created).toHaveLength(1));
    expect(await created[0]!.text()).toContain("SUMMARY:Morning tea");
    URL.createObjectURL = original;
    click.mockRestore();
  });
});

describe("the date picker in Chromium", () => {
  async function openPicker() {
    render(<Widget />);
    screen.getByRole("button", { name: "New plan" }).focus();
    await userEvent.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog", { name: "New plan" });
    within(dialog).getAllByRole("button", { name: /Choose date/ })[0]!.focus();
    await userEvent.keyboard("{Enter}");
    const picker = await screen.findByRole("dialog", { name: "Choose a date" });
    return { dialog, picker };
  }

  it("opens on the chosen day and follows the APG keys", async () => {
    const { dialog, picker } = await openPicker();
    const focused = () => document.activeElement as HTMLElement;
    await waitFor(() => expect(focused()).toHaveAttribute("aria-label", "Wednesday, March 4"));
    expect(within(picker).getByRole("grid", { name: "March 2026" })).toBeInTheDocument();
    await userEvent.keyboard("{ArrowRight}");
    expect(focused()).toHaveAttribute("aria-label", "Thursday, March 5");
    await userEvent.keyboard("{ArrowDown}");
    expect(focused()).toHaveAttribute("aria-label", "Thursday, March 12");
    await userEvent.keyboard("{Home}");
    expect(focused()).toHaveAttribute("aria-label", "Monday, March 9");
    await userEvent.keyboard("{End}");
    expect(focused()).toHaveAttribute("aria-label", "Sunday, March 15");
    await userEvent.keyboard("{PageDown}");
    expect(focused()).toHaveAttribute("aria-label", "Wednesday, April 15");
    expect(within(picker).getByRole("grid", { name: "April 2026" })).toBeInTheDocument();
    await userEvent.keyboard("{Shift>}{PageUp}{/Shift}");
    expect(focused()).toHaveAttribute("aria-label", "Tuesday, April 15");
    await userEvent.keyboard("{PageDown}{ArrowLeft}{ArrowUp}{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Choose a date" })).toBeNull());
    expect(within(dialog).getByLabelText("Date (YYYY-MM-DD)")).toHaveValue("2025-05-07");
    // Focus returns to the button that opened the picker, inside the plan dialog.
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
  });

  it("mirrors Left and Right in right-to-left layouts", async () => {
    render(<Widget dir="rtl" />);
    screen.getByRole("button", { name: "New plan" }).focus();
    await userEvent.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog", { name: "New plan" });
    within(dialog).getAllByRole("button", { name: /Choose date/ })[0]!.focus();
    await userEvent.keyboard("{Enter}");
    await screen.findByRole("dialog", { name: "Choose a date" });
    await waitFor(() => expect(document.activeElement).toHaveAttribute("aria-label", "Wednesday, March 4"));
    await userEvent.keyboard("{ArrowLeft}");
    expect(document.activeElement).toHaveAttribute("aria-label", "Thursday, March 5");
  });

  it("Escape closes only the picker", async () => {
    const { dialog } = await openPicker();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Choose a date" })).toBeNull());
    expect(dialog).toBeInTheDocument();
  });
});

describe("speed in a real browser (timings reported; the goals are checked in bench/)", () => {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  it("renders the agenda for 1,000 rituals and moves the week view to the next week", async () => {
    const plans = makeBenchmarkRituals(1000);
    const renders: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const r = render(<Widget defaultValue={plans} now={Date.UTC(2026, 2, 20)} />);
      void document.body.getBoundingClientRect().height;
      renders.push(performance.now() - t);
      if (i < 6) r.unmount();
    }
    // Each recurring ritual once, within the first 50 occurrences.
    const entries = document.querySelectorAll('[data-attune-part="entry"]');
    expect(entries.length).toBeGreaterThan(10);
    cleanup();

    render(<Widget defaultValue={plans} now={Date.UTC(2026, 2, 20)} defaultView="week" />);
    const next = screen.getByRole("button", { name: "Next week" });
    const moves: number[] = [];
    for (let i = 0; i < 7; i++) {
      // Give the idle expansion of the neighbouring week its moment, as a person's pause would.
      await new Promise((r) => setTimeout(r, 120));
      const before = screen.getByRole("grid").getAttribute("aria-label");
      const t = performance.now();
      act(() => next.click());
      void document.body.getBoundingClientRect().height;
      moves.push(performance.now() - t);
      expect(screen.getByRole("grid").getAttribute("aria-label")).not.toBe(before);
    }
    console.info(
      `Chromium, 1,000 rituals: agenda render median ${median(renders).toFixed(1)} ms (${renders.map((x) => x.toFixed(0)).join(", ")}); next week median ${median(moves).toFixed(1)} ms (${moves.map((x) => x.toFixed(1)).join(", ")})`,
    );
  });
});
