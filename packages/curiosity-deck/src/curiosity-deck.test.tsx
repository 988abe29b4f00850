import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { AttuneProvider, memoryStorageAdapter } from "@attune/core";
import { CuriosityDeck, Deck, useCuriosityDeck, type CuriosityDeckValue } from "./index";
import { createDeckState, currentId, drawNext, type Question } from "./logic";
import { questions as en } from "./questions/en";
import { questions as es } from "./questions/es";
import { es as esMessages } from "./locales/es";

const byId = new Map(en.map((q) => [q.id, q]));
const question = () => document.querySelector('[data-attune-part="question"]')?.textContent ?? "";
const status = () => screen.getByRole("status");

describe("CuriosityDeck", () => {
  it("draws, skips and goes back by keyboard, announcing each new question once", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<CuriosityDeck questions={en} seed="s1" onValueChange={onValueChange} />);
    expect(screen.getByRole("heading", { level: 2, name: "A question for the two of you" })).toBeInTheDocument();
    expect(screen.getByText("Draw a card when you are both ready.")).toBeInTheDocument();
    expect(status()).toHaveTextContent("");

    const draw = screen.getByRole("button", { name: "Draw a question" });
    draw.focus();
    await user.keyboard("{Enter}");
    const first = question();
    expect(first).toBe(byId.get(currentId(drawNext(createDeckState("s1"), en))!)!.text);
    expect(status()).toHaveTextContent(first);
    expect(screen.getByText("1 of 84 questions seen")).toBeInTheDocument();
    // The same button now reads "Another question" and keeps focus.
    expect(screen.getByRole("button", { name: "Another question" })).toHaveFocus();

    await user.keyboard(" ");
    const second = question();
    expect(second).not.toBe(first);
    expect(status()).toHaveTextContent(second);
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ seed: "s1", position: 1, seen: expect.any(Array) }));

    await user.click(screen.getByRole("button", { name: "Previous question" }));
    expect(question()).toBe(first);
    expect(status()).toHaveTextContent(first);
    expect(screen.getByRole("button", { name: "Previous question" })).toHaveAttribute("aria-disabled", "true");
  });

  it("does not announce again on a re-render that keeps the card", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<CuriosityDeck questions={en} seed="s" />);
    await user.click(screen.getByRole("button", { name: "Draw a question" }));
    const region = status();
    const text = region.textContent;
    const observer = new MutationObserver(() => {});
    const changes: MutationRecord[] = [];
    const obs = new MutationObserver((m) => changes.push(...m));
    obs.observe(region, { childList: true, characterData: true, subtree: true });
    rerender(<CuriosityDeck questions={en} seed="s" className="x" />);
    await user.type(screen.getByLabelText("My answer (private)"), "hi");
    await act(async () => {});
    expect(changes).toHaveLength(0);
    expect(region.textContent).toBe(text);
    obs.disconnect();
    observer.disconnect();
  });

  it("filters by theme with checkboxes and by the host's depths", async () => {
    const user = userEvent.setup();
    render(<CuriosityDeck questions={en} seed="t" depths={["light"]} />);
    await user.click(screen.getByRole("checkbox", { name: "Play" }));
    expect(screen.getByRole("checkbox", { name: "Play" })).toBeChecked();
    expect(screen.getByText("0 of 5 questions seen")).toBeInTheDocument();
    for (let i = 0; i < 5; i++) {
      await user.click(screen.getByRole("button", { name: i ? "Another question" : "Draw a question" }));
      expect(document.querySelector('[data-attune-part="card"]')).toHaveAttribute("data-theme", "play");
      expect(document.querySelector('[data-attune-part="card"]')).toHaveAttribute("data-depth", "light");
    }
    expect(screen.getByText("5 of 5 questions seen")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Another question" }));
    expect(status()).toHaveTextContent(/^You have seen every question in these themes/);
  });

  it("marks a card with toggle buttons and sets 'not for us' aside", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<CuriosityDeck questions={en} seed="m" onValueChange={onValueChange} />);
    await user.click(screen.getByRole("button", { name: "Draw a question" }));
    const id = currentId(drawNext(createDeckState("m"), en))!;
    const group = screen.getByRole("group", { name: "Mark this question" });
    expect(group).toBeInTheDocument();
    const later = screen.getByRole("button", { name: "Save for later" });
    await user.click(later);
    expect(later).toHaveAttribute("aria-pressed", "true");
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ marks: { [id]: "later" } }));
    await user.click(screen.getByRole("button", { name: "Not for us" }));
    expect(later).toHaveAttribute("aria-pressed", "false");
    expect(status()).toHaveTextContent("Set aside.");
    expect(screen.getByText("0 of 83 questions seen")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Not for us" }));
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ marks: {} }));
  });

  it("sends the question with a note; a rejected send is reported and keeps the note", async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const onSend = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValueOnce(undefined);
    render(<CuriosityDeck questions={en} seed="n" onSend={onSend} onError={onError} />);
    expect(screen.queryByRole("button", { name: "Send this question to my partner" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Draw a question" }));
    const note = screen.getByLabelText("A note for your partner (optional)");
    await user.type(note, "Tonight?{Enter}");
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "share" })));
    expect(note).toHaveValue("Tonight?");
    expect(document.querySelector('[data-attune-part="status"]')).toHaveTextContent(/could not be sent/);
    await user.click(screen.getByRole("button", { name: "Send this question to my partner" }));
    await waitFor(() => expect(status()).toHaveTextContent("Sent to your partner."));
    expect(onSend).toHaveBeenLastCalledWith(expect.objectContaining({ version: 1, text: question(), note: "Tonight?", sentAt: expect.any(Number) }));
    expect(note).toHaveValue("");
  });

  it("keeps private answers in memory only, unless the host opts into persistence", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<CuriosityDeck questions={en} seed="a" />);
    await user.click(screen.getByRole("button", { name: "Draw a question" }));
    expect(screen.getByText("Not saved: it is gone when you leave this page.")).toBeInTheDocument();
    await user.type(screen.getByLabelText("My answer (private)"), "mine");
    await user.click(screen.getByRole("button", { name: "Another question" }));
    expect(screen.getByLabelText("My answer (private)")).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "Previous question" }));
    expect(screen.getByLabelText("My answer (private)")).toHaveValue("mine");
    unmount();

    const storage = memoryStorageAdapter();
    const keys = () => storage.keys!() as string[];
    const tree = () => (
      <AttuneProvider storage={storage}>
        <CuriosityDeck questions={en} seed="a" persistKey="deck" />
      </AttuneProvider>
    );
    const first = render(tree());
    await user.click(screen.getByRole("button", { name: "Draw a question" }));
    expect(screen.getByText("Kept on this device only.")).toBeInTheDocument();
    await user.type(screen.getByLabelText("My answer (private)"), "kept");
    const shown = question();
    first.unmount();
    expect(keys().sort()).toEqual(["attune:curiosity-deck:deck", "attune:curiosity-deck:deck:answers"]);
    render(tree());
    await waitFor(() => expect(question()).toBe(shown));
    expect(screen.getByLabelText("My answer (private)")).toHaveValue("kept");
  });

  it("can be controlled: a partner's state arriving moves the card", () => {
    const state = drawNext(createDeckState("shared"), en);
    const { rerender } = render(<CuriosityDeck questions={en} value={state} onValueChange={() => {}} />);
    expect(question()).toBe(byId.get(currentId(state)!)!.text);
    const next = drawNext(state, en);
    rerender(<CuriosityDeck questions={en} value={next} onValueChange={() => {}} />);
    expect(question()).toBe(byId.get(currentId(next)!)!.text);
    expect(status()).toHaveTextContent(question());
  });

  it("two partners with one seed see the same cards, each in their own language", async () => {
    const user = userEvent.setup();
    render(
      <>
        <div data-testid="me">
          <CuriosityDeck questions={en} seed="our evening" />
        </div>
        <div data-testid="partner" lang="es">
          <AttuneProvider locale="es" messages={esMessages}>
            <CuriosityDeck questions={es} seed="our evening" />
          </AttuneProvider>
        </div>
      </>,
    );
    const ids = (who: string) => document.querySelector(`[data-testid="${who}"] [data-attune-part="card"]`)!;
    const esText = new Map(es.map((q) => [q.text, q.id]));
    const enText = new Map(en.map((q) => [q.text, q.id]));
    for (let i = 0; i < 6; i++) {
      await user.click(screen.getAllByRole("button", { name: i ? "Another question" : "Draw a question" })[0]!);
      await user.click(screen.getByRole("button", { name: i ? "Otra pregunta" : "Sacar una pregunta" }));
      const mine = ids("me").querySelector('[data-attune-part="question"]')!.textContent!;
      const theirs = ids("partner").querySelector('[data-attune-part="question"]')!.textContent!;
      expect(esText.get(theirs)).toBe(enText.get(mine));
    }
  });

  it("reports bad host questions and keeps the rest", () => {
    const onError = vi.fn();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const mine = [
      { id: "x1", theme: "play", depth: "light", text: "Which song makes you dance?" },
      { id: "x2", theme: "nope", depth: "light", text: "bad" },
    ] as unknown as Question[];
    render(<CuriosityDeck questions={mine} onError={onError} />);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input", message: expect.stringMatching(/questions: 1 left out/) }));
    expect(screen.getByText("0 of 1 question seen")).toBeInTheDocument();
  });

  it("shows that no question fits, and the draw button does nothing", async () => {
    const user = userEvent.setup();
    render(<CuriosityDeck questions={[]} />);
    expect(screen.getByText(/No questions fit these themes/)).toBeInTheDocument();
    const draw = screen.getByRole("button", { name: "Draw a question" });
    expect(draw).toHaveAttribute("aria-disabled", "true");
    await user.click(draw);
    expect(question()).toBe("");
  });

  it("swipes on touch: toward the start draws, the other way goes back; mouse drags and short moves do nothing", () => {
    render(<CuriosityDeck questions={en} seed="w" />);
    const card = document.querySelector('[data-attune-part="card"]')!;
    const swipe = (dx: number, pointerType = "touch") => {
      fireEvent.pointerDown(card, { pointerId: 1, pointerType, clientX: 200, clientY: 100 });
      fireEvent.pointerUp(card, { pointerId: 1, pointerType, clientX: 200 + dx, clientY: 104 });
    };
    swipe(-80);
    const first = question();
    expect(first).not.toBe("");
    swipe(-20);
    expect(question()).toBe(first);
    swipe(-80, "mouse");
    expect(question()).toBe(first);
    swipe(-80);
    expect(question()).not.toBe(first);
    swipe(80);
    expect(question()).toBe(first);
  });

  it("mirrors swipes in right-to-left", () => {
    render(<CuriosityDeck questions={en} seed="w" dir="rtl" />);
    const card = document.querySelector('[data-attune-part="card"]')!;
    fireEvent.pointerDown(card, { pointerId: 1, pointerType: "touch", clientX: 100, clientY: 100 });
    fireEvent.pointerUp(card, { pointerId: 1, pointerType: "touch", clientX: 200, clientY: 100 });
    expect(question()).not.toBe("");
  });

  it("speaks Spanish and takes a heading level", async () => {
    const user = userEvent.setup();
    render(
      <AttuneProvider locale="es" messages={esMessages}>
        <CuriosityDeck questions={es} seed="e" headingLevel={3} />
      </AttuneProvider>,
    );
    expect(screen.getByRole("heading", { level: 3, name: "Una pregunta para compartir" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Sacar una pregunta" }));
    expect(screen.getByText("1 de 84 preguntas vistas")).toBeInTheDocument();
    expect(question()).toMatch(/^¿|^Si /);
  });

  it("runs under StrictMode without double effects on the state", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <React.StrictMode>
        <CuriosityDeck questions={en} seed="strict" onValueChange={onValueChange} />
      </React.StrictMode>,
    );
    await user.click(screen.getByRole("button", { name: "Draw a question" }));
    expect(onValueChange).toHaveBeenCalledTimes(1);
    expect((onValueChange.mock.calls[0]![0] as CuriosityDeckValue).history).toHaveLength(1);
  });

  it("forwards refs and rest props on parts, and lets the host's handler stop ours", () => {
    const ref = React.createRef<HTMLElement>();
    function Mine() {
      const deck = useCuriosityDeck({ questions: en, seed: "p" });
      return (
        <Deck.Root deck={deck} data-testid="root">
          <Deck.Card ref={ref} data-testid="card" onPointerDown={(e) => e.preventDefault()} />
          <button onClick={deck.draw}>Mine</button>
        </Deck.Root>
      );
    }
    render(<Mine />);
    expect(ref.current).toBe(screen.getByTestId("card"));
    expect(screen.getByTestId("root")).toHaveAttribute("data-attune-scope", "curiosity-deck");
    fireEvent.pointerDown(ref.current!, { pointerId: 1, pointerType: "touch", clientX: 200, clientY: 0 });
    fireEvent.pointerUp(ref.current!, { pointerId: 1, pointerType: "touch", clientX: 50, clientY: 0 });
    expect(question()).toBe("");
    fireEvent.click(screen.getByRole("button", { name: "Mine" }));
    expect(question()).not.toBe("");
  });
});
