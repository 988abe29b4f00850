// The summary's answers and preview are a dynamic import: these tests load "./index" fresh so
// the chunk is not already in memory from another test.
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ReflectionDraft } from "./logic";

const answered: ReflectionDraft = {
  version: 1,
  active: "now",
  positions: { now: 3 },
  answers: { now: { need: { value: "Some quiet", shared: true } } },
  sent: [],
};

let errors: string[];
beforeEach(() => {
  vi.resetModules();
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(" ")));
});
afterEach(() => {
  vi.doUnmock("./summary-body");
  vi.restoreAllMocks();
});

describe("Reflection's summary, loaded when it first shows", () => {
  it("shows the heading and the way back at once, then the answers and the preview", async () => {
    const { Reflection } = await import("./index");
    render(<Reflection defaultValue={answered} onShare={() => {}} />);
    const summary = screen.getByRole("group", { name: "Your answers" });
    // Before the chunk arrives: the heading and the way back, marked busy, no half-drawn list.
    expect(summary).toHaveAttribute("aria-busy", "true");
    expect(within(summary).queryByRole("list")).toBeNull();
    expect(within(summary).getByRole("button", { name: "Back" })).toBeInTheDocument();
    // Loaded: every answer, and the preview of exactly what would be sent.
    const list = await within(summary).findByRole("list");
    expect(summary).not.toHaveAttribute("aria-busy");
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    expect(within(screen.getByRole("group", { name: "What will be sent" })).getByText(/What do I need right now\?\s+Some quiet/)).toBeInTheDocument();
    expect(errors).toEqual([]);
  });

  it("keeps the heading, Back and leave, and reports through onError when the chunk cannot load", async () => {
    vi.doMock("./summary-body", () => Promise.reject(new Error("offline")));
    const { Reflection } = await import("./index");
    const onError = vi.fn();
    const user = userEvent.setup();
    render(<Reflection defaultValue={answered} onShare={() => {}} onError={onError} />);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-data", message: expect.stringContaining("could not load the summary") })));
    expect(screen.getByRole("heading", { name: "Your answers" })).toBeInTheDocument();
    expect(screen.queryByRole("list")).toBeNull();
    // Not stuck: Back returns to the last question, with the answer still there.
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("heading", { name: /How can I say it/ })).toBeInTheDocument();
    expect(errors).toEqual([]);
  });
});
