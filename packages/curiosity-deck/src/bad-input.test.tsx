import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, memoryStorageAdapter, type StorageAdapter } from "@attune/core";
import hostile from "./__fixtures__/hostile-text.json";
import { CuriosityDeck, type CuriosityDeckQuestion, type CuriosityDeckValue } from "./index";
import { createDeckState, parseQuestions } from "./logic";
import { questions as en } from "./questions/en";

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, "error");
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  // No React error (keys, nesting, hooks, uncontrolled inputs) in any of these renders.
  expect(errors).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

const hostileTexts: string[] = [...hostile.markup, ...hostile.unicode, ...Object.values(hostile.sizes)].filter((t): t is string => typeof t === "string");
const strict = (ui: React.ReactElement) => render(<React.StrictMode>{ui}</React.StrictMode>);
const question = () => document.querySelector('[data-attune-part="question"]')?.textContent ?? "";

describe("CuriosityDeck with hostile input", () => {
  it("shows hostile question text as text, never as markup", async () => {
    const user = userEvent.setup();
    const mine = hostileTexts.map((text, i) => ({ id: `h${i}`, theme: "play", depth: "light", text }));
    const onError = vi.fn();
    strict(<CuriosityDeck questions={mine as CuriosityDeckQuestion[]} seed="h" onError={onError} />);
    const usable = parseQuestions(mine).questions.length;
    for (let i = 0; i < usable; i++) {
      await user.click(screen.getByRole("button", { name: i ? "Another question" : "Draw a question" }));
      const shown = question();
      expect(mine.some((q) => q.text === shown)).toBe(true);
    }
    expect(document.querySelector("script, img, iframe, [onerror], [onclick]")).toBeNull();
    // Entries with blank text are left out and reported.
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input" }));
  });

  it.each([
    ["a string", "questions"],
    ["null entries", [null, undefined, 3, "x", { id: "ok", theme: "us", depth: "light", text: "Fine?" }]],
    ["duplicate ids", [...en.slice(0, 3), { ...en[0]!, text: "Again?" }]],
    ["wrong types", [{ id: 5, theme: ["us"], depth: {}, text: { toString: (): string => "x" } }]],
  ])("survives questions that are %s", (_, questions) => {
    const onError = vi.fn();
    strict(<CuriosityDeck questions={questions as unknown as CuriosityDeckQuestion[]} onError={onError} />);
    expect(screen.getByRole("button", { name: "Draw a question" })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input" }));
  });

  it.each([
    ["null", null],
    ["a number", 42],
    ["a future version", { ...createDeckState("s"), version: 9 }],
    ["a position outside history", { ...createDeckState("s"), history: ["us-1"], position: 5 }],
    ["unknown marks", { ...createDeckState("s"), marks: { "us-1": "<b>love</b>" } }],
    ["huge seen lists", { ...createDeckState("s"), seen: Array.from({ length: 5000 }, (_, i) => `x${i}`) }],
  ])("survives a controlled value that is %s, reporting it and showing a new deck", async (_, value) => {
    const user = userEvent.setup();
    const onError = vi.fn();
    const onValueChange = vi.fn();
    strict(<CuriosityDeck questions={en} value={value as unknown as CuriosityDeckValue} onValueChange={onValueChange} onError={onError} />);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input" }));
    await user.click(screen.getByRole("button", { name: "Draw a question" }));
    expect(onValueChange).toHaveBeenCalledWith(expect.objectContaining({ version: 1, history: [expect.any(String)] }));
  });

  it("ignores a history entry whose question is gone, and still draws", async () => {
    const user = userEvent.setup();
    const value = { ...createDeckState("s"), history: ["gone"], seen: ["gone"], position: 0 };
    strict(<CuriosityDeck questions={en} defaultValue={value} />);
    expect(question()).toBe("");
    await user.click(screen.getByRole("button", { name: "Draw a question" }));
    expect(question()).not.toBe("");
  });

  it.each([
    ["not JSON", "{oops"],
    ["the wrong shape", JSON.stringify({ version: 1, seed: 3 })],
    ["answers that are not text", JSON.stringify({ "us-1": { nested: true } })],
  ])("survives stored data that is %s, reporting it", async (_, raw) => {
    const storage = memoryStorageAdapter({ "attune:curiosity-deck:k": raw, "attune:curiosity-deck:k:answers": raw });
    const onError = vi.fn();
    strict(
      <AttuneProvider storage={storage}>
        <CuriosityDeck questions={en} persistKey="k" onError={onError} />
      </AttuneProvider>,
    );
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage-corrupt" })));
    expect(screen.getByRole("button", { name: "Draw a question" })).toBeInTheDocument();
  });

  it("keeps what was typed when storage fails to write", async () => {
    const user = userEvent.setup();
    const broken: StorageAdapter = {
      getItem: () => null,
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {},
    };
    const onError = vi.fn();
    strict(
      <AttuneProvider storage={broken}>
        <CuriosityDeck questions={en} persistKey="k" seed="s" onError={onError} />
      </AttuneProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Draw a question" }));
    const long = hostile.markup[0]!;
    await user.type(screen.getByLabelText("My answer (private)"), long.replace(/[{[]/g, (c) => c + c));
    expect(screen.getByLabelText("My answer (private)")).toHaveValue(long);
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage-write" })));
  });

  it("survives odd props (headingLevel, dir, depths)", () => {
    const onError = vi.fn();
    strict(
      <CuriosityDeck
        questions={en}
        seed="s"
        headingLevel={99}
        dir={"sideways" as "ltr"}
        depths={["nope" as "light"]}
        onSend={() => {
          throw new Error("sync throw");
        }}
        onError={onError}
      />,
    );
    // A heading level past 6 is clamped to the nearest level, with a development warning.
    expect(screen.getByRole("heading", { level: 6 })).toBeInTheDocument();
    expect(vi.mocked(console.warn).mock.calls.map(String)).toContainEqual(expect.stringContaining("CuriosityDeck headingLevel must be an integer from 1 to 6; using 6."));
    // An unknown depth matches nothing: the deck says so instead of crashing.
    expect(screen.getByText(/No questions fit/)).toBeInTheDocument();
  });

  it("keeps the note when onSend throws synchronously", async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    strict(
      <CuriosityDeck
        questions={en}
        seed="s"
        onSend={() => {
          throw new Error("sync throw");
        }}
        onError={onError}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Draw a question" }));
    const note = screen.getByLabelText("A note for your partner (optional)");
    await user.type(note, hostile.unicode[0]!.replace(/[{[]/g, (c) => c + c) + "{Enter}");
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "share" })));
    expect(note).toHaveValue(hostile.unicode[0]);
  });
});
