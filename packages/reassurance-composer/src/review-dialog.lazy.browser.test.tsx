import * as React from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import { userEvent } from "vitest/browser";
import { describe, expect, it, vi } from "vitest";
import { AttuneProvider } from "@attune/core";
import { ReassuranceComposer } from "./index";
import "./styles.css";

// The review dialog's code arrives when the test opens the gate, as on a slow network.
const gate = vi.hoisted(() => {
  let release: (() => void) | undefined;
  let imports = 0;
  return {
    next: () => {
      imports++;
      return new Promise<void>((resolve) => (release = resolve));
    },
    open: () => release?.(),
    get imports() {
      return imports;
    },
  };
});

vi.mock("./review-dialog", async (importOriginal) => {
  await gate.next();
  return importOriginal();
});

describe("the review dialog on a slow network, in Chromium", () => {
  it("Enter before the code arrives: the trigger keeps focus, the dialog opens with focus inside when it arrives, and focus returns on Escape", async () => {
    render(
      <AttuneProvider reducedMotion="always">
        <ReassuranceComposer onSend={() => {}} defaultTemplateId="checkinQuiet" />
      </AttuneProvider>,
    );
    const start = gate.imports;
    const trigger = screen.getByRole("button", { name: "Review and send" });
    trigger.focus(); // focus alone starts the download
    await waitFor(() => expect(gate.imports).toBe(start + 1));
    await userEvent.keyboard("{Enter}");
    expect(screen.getByText("Opening…")).toHaveAttribute("role", "status");
    expect(trigger).toHaveFocus();
    expect(trigger).toBeEnabled();
    expect(screen.queryByRole("dialog")).toBeNull();
    await act(async () => gate.open());
    const dialog = await screen.findByRole("dialog", { name: "Review your card" });
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
    // Loaded once: the second opening is immediate, with no "Opening…" step.
    await userEvent.keyboard("{Enter}");
    expect(screen.queryByText("Opening…")).toBeNull();
    expect(await screen.findByRole("dialog")).toBeInTheDocument();
    expect(gate.imports).toBe(start + 1);
  });
});
