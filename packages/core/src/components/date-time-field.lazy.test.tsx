import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

// The picker's code arrives when the test says so (or fails to): each import of
// "./date-picker-dialog" waits for the gate of the moment.
const gate = vi.hoisted(() => {
  let release: (() => void) | undefined;
  let fail: ((error: Error) => void) | undefined;
  let imports = 0;
  return {
    next() {
      imports++;
      return new Promise<void>((resolve, reject) => {
        release = resolve;
        fail = reject;
      });
    },
    open: () => release?.(),
    fail: (error: Error) => fail?.(error),
    get imports() {
      return imports;
    },
  };
});

afterEach(() => vi.doUnmock("./date-picker-dialog"));

/** A fresh copy of core, so each test starts before the picker's code has loaded. */
async function fresh() {
  vi.resetModules();
  vi.doMock("./date-picker-dialog", async (importOriginal) => {
    await gate.next();
    return importOriginal();
  });
  const core = await import("../index");
  const { preloadDatePicker } = await import("./date-time-field");
  return { ...core, preloadDatePicker };
}

describe("DateTimeField's picker loads when a person reaches for it", () => {
  it("is not loaded with the field; the button works at once and the picker opens with focus inside when its code arrives", async () => {
    const { DateTimeField } = await fresh();
    const user = userEvent.setup();
    const start = gate.imports;
    render(<DateTimeField label="Back on" defaultValue={{ date: "2026-03-04", time: "19:30" }} />);
    expect(gate.imports).toBe(start);
    const button = screen.getByRole("button", { name: "Choose date, Wednesday, March 4" });
    expect(button).toHaveAttribute("aria-haspopup", "dialog");
    await user.click(button);
    await waitFor(() => expect(gate.imports).toBe(start + 1));
    // Waiting for the code: no dialog yet, the button as it was.
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(button).toBeEnabled();
    await act(async () => gate.open());
    const picker = await screen.findByRole("dialog", { name: "Choose a date" });
    expect(within(picker).getByRole("grid", { name: "March 2026" })).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toHaveAttribute("aria-label", "Wednesday, March 4"));
    expect(picker).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard("{ArrowRight}{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(screen.getByLabelText("Date (YYYY-MM-DD)")).toHaveValue("2026-03-05");
    await waitFor(() => expect(button).toHaveFocus());
  });

  it("starts loading on pointer-enter or focus of the button, once; later presses and fields open at once", async () => {
    const { DateTimeField, preloadDatePicker } = await fresh();
    const user = userEvent.setup();
    render(
      <>
        <DateTimeField label="First" granularity="day" />
        <DateTimeField label="Second" granularity="day" />
      </>,
    );
    const [first, second] = screen.getAllByRole("button", { name: "Choose date" });
    const start = gate.imports;
    await user.hover(first!);
    await waitFor(() => expect(gate.imports).toBe(start + 1));
    act(() => second!.focus());
    await act(async () => {
      gate.open();
      await preloadDatePicker();
    });
    expect(gate.imports).toBe(start + 1);
    await user.click(second!);
    // Already loaded: the picker is there in the same turn as the press.
    expect(screen.getByRole("dialog", { name: "Choose a date" })).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await user.click(first!);
    expect(screen.getByRole("dialog", { name: "Choose a date" })).toBeInTheDocument();
    expect(gate.imports).toBe(start + 1);
  });

  it("a failed load leaves the picker closed and the typed text as it was, reports it, and the next press tries again", async () => {
    const { AttuneProvider, DateTimeField } = await fresh();
    const user = userEvent.setup();
    const onError = vi.fn();
    const providerOnError = vi.fn();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    render(
      <AttuneProvider onError={providerOnError}>
        <DateTimeField label="Back on" onError={onError} />
      </AttuneProvider>,
    );
    const input = screen.getByLabelText("Date (YYYY-MM-DD)");
    await user.type(input, "2026-0");
    const button = screen.getByRole("button", { name: "Choose date" });
    await user.click(button);
    await act(async () => gate.fail(new Error("offline")));
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "load-failed" })));
    expect(providerOnError).toHaveBeenCalledWith(expect.objectContaining({ code: "load-failed" }));
    expect(onError.mock.calls[0]![0].cause).toBeInstanceOf(Error);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(input).toHaveValue("2026-0");
    expect(button).toBeEnabled();
    warn.mockRestore();

    // Typing goes on as before; the next press loads again and opens.
    await user.type(input, "3-04");
    const importsBefore = gate.imports;
    await user.click(button);
    await waitFor(() => expect(gate.imports).toBe(importsBefore + 1));
    await act(async () => gate.open());
    const picker = await screen.findByRole("dialog", { name: "Choose a date" });
    await waitFor(() => expect(picker).toContainElement(document.activeElement as HTMLElement));
    expect(document.activeElement).toHaveAttribute("aria-label", "Wednesday, March 4");
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
