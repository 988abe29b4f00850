import * as React from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

// The review dialog's code arrives when the test says so (or fails to): each import of
// "./review-dialog" waits for the gate of the moment.
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

afterEach(() => vi.doUnmock("./review-dialog"));

/** A fresh copy of the widget, so each test starts before the dialog's code has loaded. */
async function fresh() {
  vi.resetModules();
  vi.doMock("./review-dialog", async (importOriginal) => {
    await gate.next();
    return importOriginal();
  });
  const { ReassuranceComposer, preloadReviewDialog } = await import("./index");
  return Object.assign(ReassuranceComposer, { preload: preloadReviewDialog });
}

describe("the review dialog loads when a person reaches for it", () => {
  it("is not loaded with the widget; the trigger works at once and the dialog opens when its code arrives", async () => {
    const ReassuranceComposer = await fresh();
    const user = userEvent.setup();
    const start = gate.imports;
    render(<ReassuranceComposer onSend={() => {}} defaultTemplateId="checkinQuiet" />);
    expect(gate.imports).toBe(start);
    const trigger = screen.getByRole("button", { name: "Review and send" });
    expect(trigger).toHaveAttribute("aria-haspopup", "dialog");
    expect(trigger).toHaveAttribute("aria-expanded", "false");
    await user.click(trigger);
    // Waiting for the code: the button stays as it was, a status says the dialog is opening.
    expect(screen.getByText("Opening…")).toHaveAttribute("role", "status");
    expect(trigger).toBeEnabled();
    expect(trigger).toHaveAttribute("aria-expanded", "true");
    expect(screen.queryByRole("dialog")).toBeNull();
    await act(async () => gate.open());
    const dialog = await screen.findByRole("dialog", { name: "Review your card" });
    expect(screen.queryByText("Opening…")).toBeNull();
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(trigger).toHaveAttribute("aria-expanded", "false");
  });

  it("starts loading on pointer-enter or focus of the trigger, once", async () => {
    const ReassuranceComposer = await fresh();
    const user = userEvent.setup();
    render(<ReassuranceComposer onSend={() => {}} defaultTemplateId="checkinQuiet" />);
    const trigger = screen.getByRole("button", { name: "Review and send" });
    const start = gate.imports;
    await user.hover(trigger);
    await waitFor(() => expect(gate.imports).toBe(start + 1));
    act(() => trigger.focus());
    await act(async () => {
      gate.open();
      await ReassuranceComposer.preload();
    });
    expect(gate.imports).toBe(start + 1);
    await user.click(trigger);
    // Already loaded: no "Opening…" step.
    expect(screen.queryByText("Opening…")).toBeNull();
    expect(await screen.findByRole("dialog")).toBeInTheDocument();
  });

  it("a failed load leaves the dialog closed, the draft and the button as they were, reports it, and the next press tries again", async () => {
    const ReassuranceComposer = await fresh();
    const user = userEvent.setup();
    const onError = vi.fn();
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    render(<ReassuranceComposer onSend={() => {}} onError={onError} defaultTemplateId="checkinQuiet" />);
    const before = (document.querySelector("textarea") as HTMLTextAreaElement).value;
    const trigger = screen.getByRole("button", { name: "Review and send" });
    await user.click(trigger);
    await act(async () => gate.fail(new Error("offline")));
    expect(await screen.findByText("The review didn't open. You might try again.")).toHaveAttribute("role", "status");
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "load-failed" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(trigger).toBeEnabled();
    expect(trigger).toHaveAttribute("aria-expanded", "false");
    expect((document.querySelector("textarea") as HTMLTextAreaElement).value).toBe(before);
    consoleError.mockRestore();

    const importsBefore = gate.imports;
    await user.click(trigger);
    await waitFor(() => expect(gate.imports).toBe(importsBefore + 1));
    expect(screen.queryByText("The review didn't open. You might try again.")).toBeNull();
    await act(async () => gate.open());
    expect(await screen.findByRole("dialog", { name: "Review your card" })).toBeInTheDocument();
  });
});
