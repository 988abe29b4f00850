// What an open set shows (a step's answer field, hints and share switch; the summary's answers
// and preview) is a dynamic import: these tests load "./index" fresh so the chunk is not already
// in memory from another test.
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
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
  vi.doUnmock("./set-body");
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
    vi.doMock("./set-body", () => Promise.reject(new Error("offline")));
    const { Reflection } = await import("./index");
    const onError = vi.fn();
    const user = userEvent.setup();
    render(<Reflection defaultValue={answered} onShare={() => {}} onError={onError} />);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "load-failed", message: expect.stringContaining("could not load the summary") })));
    expect(screen.getByRole("heading", { name: "Your answers" })).toBeInTheDocument();
    expect(screen.queryByRole("list")).toBeNull();
    // Not stuck: Back returns to the last question, with the answer still there.
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("heading", { name: /How can I say it/ })).toBeInTheDocument();
    expect(errors).toEqual([]);
  });
});

describe("Reflection's step, its answer field loaded when a set first opens", () => {
  const atStep: ReflectionDraft = { version: 1, active: "now", positions: { now: 1 }, answers: {}, sent: [] };

  it("shows the prompt, its help and the way on at once, then the answer field and the share switch", async () => {
    const { Reflection } = await import("./index");
    render(<Reflection defaultValue={atStep} onShare={() => {}} />);
    const step = screen.getByRole("group", { name: "What do I need right now?" });
    // Before the chunk arrives: the prompt, its help and Back / Skip / leave, marked busy.
    expect(step).toHaveAttribute("aria-busy", "true");
    expect(within(step).getByText(/Space, closeness, or some of each/)).toBeInTheDocument();
    expect(within(step).queryByRole("textbox")).toBeNull();
    expect(within(step).getByRole("button", { name: "Skip" })).toBeInTheDocument();
    // Loaded: the field, described by the help, and the share switch; nothing else moved.
    const field = await within(step).findByRole("textbox", { name: "What do I need right now?" });
    expect(field).toHaveAccessibleDescription(/Space, closeness, or some of each/);
    expect(step).not.toHaveAttribute("aria-busy");
    expect(within(step).getByRole("switch", { name: "Share this answer" })).toBeDisabled();
    expect(errors).toEqual([]);
  });

  it("starts loading when a person points at or focuses Start, so the field is there when the step shows", async () => {
    const requested = vi.fn();
    vi.doMock("./set-body", async (importOriginal) => {
      requested();
      return importOriginal();
    });
    const { Reflection, preloadReflectionSteps } = await import("./index");
    render(<Reflection builtInSets={["now"]} />);
    const start = screen.getByRole("button", { name: "Start", description: "Right now" });
    expect(requested).not.toHaveBeenCalled();
    fireEvent.pointerEnter(start);
    await vi.waitFor(() => expect(requested).toHaveBeenCalledTimes(1));
    start.focus();
    // The load that pointing started (one request, however often it is asked for).
    await preloadReflectionSteps();
    expect(requested).toHaveBeenCalledTimes(1);
    fireEvent.click(start);
    expect(screen.getByRole("heading", { name: "What is this need connected to in me?" })).toHaveFocus();
    expect(screen.getByRole("textbox", { name: "What is this need connected to in me?" })).toBeInTheDocument();
    expect(errors).toEqual([]);
  });

  it("keeps the prompt, Skip, Back and leave, and reports through onError when the chunk cannot load", async () => {
    vi.doMock("./set-body", () => Promise.reject(new Error("offline")));
    const { Reflection } = await import("./index");
    const onError = vi.fn();
    const onValueChange = vi.fn();
    const user = userEvent.setup();
    render(<Reflection defaultValue={atStep} onError={onError} onValueChange={onValueChange} />);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "load-failed", message: expect.stringContaining("could not load the answer field") })));
    expect(screen.getByRole("heading", { name: "What do I need right now?" })).toBeInTheDocument();
    expect(screen.queryByRole("textbox")).toBeNull();
    // Not stuck: Back and Skip move between questions, leave returns to the sets.
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("heading", { name: "What is this need connected to in me?" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Skip" }));
    expect(screen.getByRole("heading", { name: "What do I need right now?" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Leave" }));
    expect(screen.getByRole("button", { name: "Resume", description: "Right now" })).toBeInTheDocument();
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ active: null, positions: { now: 1 } }));
    expect(errors).toEqual([]);
  });
});
