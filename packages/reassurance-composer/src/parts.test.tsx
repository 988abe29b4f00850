import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import {
  Composer,
  ComposerEditor,
  ComposerRoot,
  ReassuranceCard,
  ReassuranceComposer,
  parseAcknowledgement,
  useReassuranceComposer,
  type ComposerDraft,
  type ReassuranceCardData,
} from "./index";
import * as logic from "@attune/reassurance-composer/logic";

const noop = () => {};

describe("the hook and parts", () => {
  it("build a composer in the host's own layout, with refs and rest props on every part", async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    const root = React.createRef<HTMLElement>();
    const editor = React.createRef<HTMLTextAreaElement>();
    const templates = React.createRef<HTMLDivElement>();
    const hostKey = vi.fn();
    function Host() {
      const composer = useReassuranceComposer({ onSend, timeZone: "UTC" });
      return (
        <Composer.Root composer={composer} ref={root} data-testid="root" className="mine">
          <aside>
            <Composer.Templates ref={templates} orientation="vertical" data-testid="templates" onKeyDown={hostKey} />
          </aside>
          <Composer.Preview headingLevel={4} />
          <Composer.Slots />
          <Composer.ReturnTime />
          <ComposerEditor ref={editor} data-testid="editor" />
          <Composer.Hints />
          <Composer.SendButton />
          <p>{composer.count} typed</p>
        </Composer.Root>
      );
    }
    render(<Host />);
    expect(root.current).toBe(screen.getByTestId("root"));
    expect(root.current).toHaveClass("mine");
    expect(root.current).toHaveAttribute("data-attune-scope", "reassurance-composer");
    expect(editor.current).toBe(screen.getByTestId("editor"));
    expect(templates.current).toHaveAttribute("data-orientation", "vertical");
    await user.click(screen.getByRole("option", { name: "Blank: I need some closeness" }));
    expect(root.current).toHaveAttribute("data-kind", "closeness");
    await user.type(editor.current!, "Dinner tonight?");
    expect(screen.getByText("15 typed")).toBeInTheDocument();
    expect(screen.getByRole("article", { name: "Preview" })).toContainElement(screen.getByRole("heading", { level: 4, name: "Asking for closeness" }));
    await user.click(screen.getByRole("button", { name: "Send" }));
    expect(onSend).toHaveBeenCalledWith(expect.objectContaining({ version: 1, kind: "closeness", templateId: "blank-closeness", text: "Dinner tonight?" }));
    // The host's key handler runs first, and preventDefault there stops ours.
    act(() => screen.getAllByRole("option")[0]!.focus());
    hostKey.mockImplementation((e: React.KeyboardEvent) => e.preventDefault());
    await user.keyboard("{ArrowDown}");
    expect(screen.getAllByRole("option")[0]).toHaveFocus();
  });

  it("lets a host own the draft (value / onValueChange)", () => {
    const changes: ComposerDraft[] = [];
    function Host() {
      const [draft, setDraft] = React.useState<ComposerDraft | undefined>(undefined);
      return (
        <>
          <ComposerRoot onSend={noop} value={draft} onValueChange={(d) => (changes.push(d), setDraft(d))}>
            <ComposerEditor />
          </ComposerRoot>
          <button onClick={() => setDraft({ ...changes.at(-1)!, text: "from the host" })}>host</button>
        </>
      );
    }
    render(<Host />);
    fireEvent.change(screen.getByRole("textbox", { name: "Your card" }), { target: { value: "mine" } });
    expect(changes.at(-1)!.text).toBe("mine");
    fireEvent.click(screen.getByRole("button", { name: "host" }));
    expect(screen.getByRole("textbox", { name: "Your card" })).toHaveValue("from the host");
  });

  it("the all-in-one forwards its ref and takes heading levels", async () => {
    const user = userEvent.setup();
    const ref = React.createRef<HTMLElement>();
    render(<ReassuranceComposer onSend={noop} ref={ref} headingLevel={3} defaultTemplateId="checkinThinking" data-testid="all" />);
    expect(ref.current).toBe(screen.getByTestId("all"));
    expect(screen.getByRole("heading", { level: 4, name: "Checking in" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Review and send" }));
    await screen.findByRole("dialog");
    expect(screen.getByRole("heading", { level: 3, name: "Review your card" })).toBeInTheDocument();
  });

  it("a pause to settle shows the 20 minutes to 24 hours guidance and points out a mismatched return time", () => {
    vi.useFakeTimers({ now: new Date("2026-11-21T18:00:00Z"), toFake: ["Date"] });
    try {
      render(<ReassuranceComposer onSend={noop} defaultTemplateId="repairPause" timeZone="UTC" />);
      expect(screen.getByText(/20 minutes to 24 hours/)).toBeInTheDocument();
      fireEvent.change(screen.getByLabelText("How long"), { target: { value: "60" } });
      const field = screen.getByRole("group", { name: "When you'll be back" });
      const when = within(field).getByRole("textbox", { name: "Date (YYYY-MM-DD)" });
      fireEvent.change(when, { target: { value: "2026-11-21" } });
      fireEvent.change(within(field).getByLabelText("Time"), { target: { value: "19:00" } });
      expect(screen.queryByText(/isn't 1 hour from now/)).toBeNull();
      expect(when).not.toHaveAttribute("aria-invalid");
      fireEvent.change(when, { target: { value: "2026-11-22" } });
      fireEvent.change(within(field).getByLabelText("Time"), { target: { value: "09:00" } });
      expect(screen.getByText("This return time isn't 1 hour from now. You might change one so they match.")).toBeInTheDocument();
      expect(when).toHaveAttribute("aria-invalid", "true");
      expect(when).toHaveAccessibleDescription("This return time isn't 1 hour from now. You might change one so they match.");
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("ReassuranceCard", () => {
  const base = { version: 1, kind: "space", templateId: "spaceRecharge", text: "Back at 8.", parts: {}, returnTime: null, locale: "en", style: "calm" } as const;

  it("heads the card by its template's group, with a neutral fallback", () => {
    const { rerender } = render(<ReassuranceCard card={{ ...base, group: "checkin", kind: "closeness" }} />);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Checking in");
    rerender(<ReassuranceCard card={{ ...base, templateId: "blank-closeness", kind: "closeness" }} headingLevel={5} />);
    expect(screen.getByRole("heading", { level: 5 })).toHaveTextContent("Asking for closeness");
    rerender(<ReassuranceCard card={{ ...base, kind: "nonsense" } as unknown as ReassuranceCardData} />);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("A note from your partner");
  });

  it("answers with one tap or a line of the reader's own, through onAcknowledge", async () => {
    const user = userEvent.setup();
    const onAcknowledge = vi.fn();
    const ref = React.createRef<HTMLElement>();
    const { rerender } = render(<ReassuranceCard ref={ref} card={{ ...base, group: "space" }} onAcknowledge={onAcknowledge} />);
    expect(ref.current).toHaveAttribute("data-attune-part", "card");
    const replies = screen.getByRole("group", { name: "Reply" });
    await user.click(within(replies).getByRole("button", { name: "Take the time you need" }));
    expect(onAcknowledge).toHaveBeenCalledWith({ version: 1, kind: "take-time", text: "Take the time you need" });
    expect(parseAcknowledgement(onAcknowledge.mock.calls[0]![0]).ok).toBe(true);
    expect(screen.getByText("You replied: Take the time you need")).toBeInTheDocument();
    rerender(<ReassuranceCard key="2" card={{ ...base, kind: "closeness", group: "closeness" }} onAcknowledge={onAcknowledge} />);
    expect(screen.getByRole("button", { name: "I'd love that too" })).toBeInTheDocument();
    await user.type(screen.getByLabelText("Or in your own words"), "See you at 8 <3");
    await user.click(screen.getByRole("button", { name: "Send reply" }));
    expect(onAcknowledge).toHaveBeenLastCalledWith({ version: 1, kind: "custom", text: "See you at 8 <3" });
  });

  it("offers no replies without onAcknowledge", () => {
    render(<ReassuranceCard card={base} />);
    expect(screen.queryByRole("group", { name: "Reply" })).toBeNull();
  });
});

describe("the logic entry", () => {
  it("exports the validators and templates without React", () => {
    expect(typeof logic.parseReassuranceCard).toBe("function");
    expect(typeof logic.normalizeTemplates).toBe("function");
    expect(logic.BUILT_IN_TEMPLATES.length).toBeGreaterThan(0);
  });
});

void act;
void waitFor;
