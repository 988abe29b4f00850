// The card's motion and the code that builds a sent question are dynamic imports, loaded when a
// person acts. These tests load "./index" fresh so neither chunk is already in memory from
// another test.
import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider } from "@attune/core";
import { questions as en } from "./questions/en";

const card = () => document.querySelector<HTMLElement>('[data-attune-part="card"]')!;
const question = () => document.querySelector('[data-attune-part="question"]')?.textContent ?? "";

let errors: string[];
beforeEach(() => {
  vi.resetModules();
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(" ")));
});
afterEach(() => {
  vi.doUnmock("./card-motion");
  vi.doUnmock("./sent-question");
  vi.restoreAllMocks();
});

describe("CuriosityDeck's card motion, loaded with the first card", () => {
  it("holds the first card unshown while its motion loads, then flips that card in from the reading end", async () => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const flips: Array<[HTMLElement, number, boolean]> = [];
    vi.doMock("./card-motion", async () => {
      await arrived;
      return { flipCard: (el: HTMLElement, sign: number, reduced: boolean) => void flips.push([el, sign, reduced]) };
    });
    const { CuriosityDeck } = await import("./index");
    const user = userEvent.setup();
    render(
      <AttuneProvider reducedMotion="never">
        <CuriosityDeck questions={en} seed="m" />
      </AttuneProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Draw a question" }));
    // Waiting unshown, never shown and then hidden again; the text and the count are there.
    expect(card().style.opacity).toBe("0");
    expect(question()).not.toBe("");
    expect(screen.getByText("1 of 84 questions seen")).toBeInTheDocument();
    expect(flips).toEqual([]);
    release();
    await waitFor(() => expect(flips).toHaveLength(1));
    expect(flips[0]).toEqual([card(), 1, false]);
    // Loaded: the next card flips at once.
    await user.click(screen.getByRole("button", { name: "Another question" }));
    expect(flips).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Previous question" }));
    expect(flips[2]).toEqual([card(), -1, false]);
    expect(errors).toEqual([]);
  });

  it("shows the card still when the motion cannot load, and tries again with the next card", async () => {
    let attempts = 0;
    vi.doMock("./card-motion", () => {
      attempts += 1;
      throw new Error("offline");
    });
    const { CuriosityDeck } = await import("./index");
    const user = userEvent.setup();
    render(<CuriosityDeck questions={en} seed="m" />);
    await user.click(screen.getByRole("button", { name: "Draw a question" }));
    const first = question();
    expect(first).not.toBe("");
    await waitFor(() => expect(card().style.opacity).toBe(""));
    const tried = attempts;
    expect(tried).toBeGreaterThan(0);
    await user.click(screen.getByRole("button", { name: "Another question" }));
    expect(question()).not.toBe(first);
    await waitFor(() => expect(attempts).toBeGreaterThan(tried));
    await waitFor(() => expect(card().style.opacity).toBe(""));
    expect(errors).toEqual([]);
  });

  it("flips the first card at once after preloadCuriosityDeck", async () => {
    const flips: number[] = [];
    vi.doMock("./card-motion", () => ({ flipCard: (_el: HTMLElement, sign: number) => void flips.push(sign) }));
    const { CuriosityDeck, preloadCuriosityDeck } = await import("./index");
    await preloadCuriosityDeck();
    render(<CuriosityDeck questions={en} seed="m" dir="rtl" />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Draw a question" }));
    // Mirrored in a right-to-left deck: the card comes from the left.
    expect(flips).toEqual([-1]);
  });
});

describe("CuriosityDeck's sending, loaded with the first send", () => {
  it("reports a send whose code cannot load, keeps the note, and sends on the next try", async () => {
    let fail = true;
    vi.doMock("./sent-question", async (original) => {
      if (fail) throw new Error("offline");
      return original();
    });
    const { CuriosityDeck } = await import("./index");
    const user = userEvent.setup();
    const onError = vi.fn();
    const onSend = vi.fn();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    render(<CuriosityDeck questions={en} seed="n" onSend={onSend} onError={onError} />);
    await user.click(screen.getByRole("button", { name: "Draw a question" }));
    const note = screen.getByLabelText("A note for your partner (optional)");
    await user.type(note, "Tonight?{Enter}");
    await waitFor(() =>
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "load-failed", message: expect.stringContaining("its send code could not load") })),
    );
    expect(onSend).not.toHaveBeenCalled();
    expect(note).toHaveValue("Tonight?");
    expect(document.querySelector('[data-attune-part="status"]')).toHaveTextContent(/could not be sent/);
    fail = false;
    vi.resetModules();
    await user.click(screen.getByRole("button", { name: "Send this question to my partner" }));
    await waitFor(() => expect(onSend).toHaveBeenCalledWith(expect.objectContaining({ version: 1, text: question(), note: "Tonight?" })));
    expect(note).toHaveValue("");
    expect(errors).toEqual([]);
  });
});
