import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { AttuneProvider, memoryStorageAdapter } from "@attune/core";
import { LoopMap, LoopMapRoot, LoopMapSteps, LoopMapHalf, useLoopMap, type LoopHalf } from "./index";
import { emptyHalf, toLoopEntry } from "./logic";
import { es } from "./locales/es";

const DATE = Date.UTC(2026, 10, 1);
const mine: LoopHalf = {
  ...emptyHalf(DATE),
  feel: { suggestion: "far", text: "" },
  move: { suggestion: "askMore", text: "" },
  longing: { suggestion: "okay", text: "" },
  shared: true,
};
const theirs: LoopHalf = {
  ...emptyHalf(DATE),
  feel: { suggestion: "pressed", text: "" },
  move: { suggestion: "leaveRoom", text: "" },
  longing: { suggestion: "breathe", text: "" },
  step: { suggestion: "sayBack", text: "" },
  shared: true,
};

const stepTexts = () => within(document.querySelector<HTMLElement>('[data-attune-part="steps"]')!).getAllByRole("listitem").map((li) => li.textContent);

describe("LoopMap", () => {
  it("fills in my half from chips (one tab stop, arrow keys) and my own words, and shares it", async () => {
    const user = userEvent.setup();
    const onShare = vi.fn();
    const onValueChange = vi.fn();
    render(<LoopMap onShare={onShare} onValueChange={onValueChange} now={DATE} />);
    const chips = within(screen.getByRole("toolbar", { name: "Suggestions for “When I feel…”" })).getAllByRole("button");
    expect(chips.filter((c) => c.tabIndex === 0)).toHaveLength(1);
    chips[0]!.focus();
    await user.keyboard("{ArrowRight}{ArrowRight} ");
    expect(screen.getByRole("button", { name: "crowded" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "crowded" })).toHaveFocus();
    // Sharing before saying what I do asks kindly for it and shares nothing.
    await user.click(screen.getByRole("button", { name: "Share my half" }));
    expect(onShare).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("Fill in at least how you feel and what you tend to do.");
    const move = within(screen.getByRole("group", { name: "I tend to…" })).getByRole("textbox", { name: "Or in my own words" });
    await user.type(move, "go for a long drive");
    await user.click(screen.getByRole("button", { name: "Share my half" }));
    expect(onShare).toHaveBeenCalledTimes(1);
    const shared = onShare.mock.calls[0]![0] as LoopHalf;
    expect(shared).toMatchObject({ version: 1, date: DATE, shared: true, feel: { suggestion: "crowded" }, move: { text: "go for a long drive" } });
    expect(onValueChange.mock.lastCall![0]).toEqual(shared);
    expect(screen.getByRole("status")).toHaveTextContent("Your half is shared.");
  });

  it("with only my half, draws what it can and invites the partner's half", () => {
    render(<LoopMap defaultValue={mine} partnerName="Sam" />);
    expect(stepTexts()).toEqual(["Step 1 of 4 When I feel far away,", "Step 2 of 4 I tend to ask more. Underneath: to know we're okay."]);
    expect(screen.getByText("You've shared your half. Sam can add theirs whenever they're ready.")).toBeInTheDocument();
    expect(document.querySelectorAll('[data-attune-part="node"][data-state="unknown"]')).toHaveLength(2);
  });

  it("keeps the partner's half hidden until both are shared", () => {
    const { rerender } = render(<LoopMap value={{ ...mine, shared: false }} partner={theirs} partnerName="Sam" />);
    expect(screen.queryByText(/Sam feeling/)).not.toBeInTheDocument();
    expect(stepTexts()).toHaveLength(2);
    rerender(<LoopMap value={mine} partner={{ ...theirs, shared: false }} partnerName="Sam" />);
    expect(stepTexts()).toHaveLength(2);
    rerender(<LoopMap value={mine} partner={theirs} partnerName="Sam" />);
    expect(stepTexts()).toHaveLength(4);
  });

  it("reads the whole loop in loop order once both halves are shared, with the centre line", () => {
    render(<LoopMap defaultValue={mine} partner={theirs} partnerName="Sam" />);
    expect(stepTexts()).toEqual([
      "Step 1 of 4 When I feel far away,",
      "Step 2 of 4 I tend to ask more. Underneath: to know we're okay.",
      "Step 3 of 4 That can leave Sam feeling pressed for answers,",
      "Step 4 of 4, then it starts again. so Sam tends to leave the room, and I feel far away again. Underneath: to breathe.",
    ]);
    expect(screen.getByText("The loop is the problem, not either of you.")).toBeInTheDocument();
    expect(document.querySelector('[data-attune-part="picture"]')).toHaveAttribute("aria-hidden", "true");
    // The partner's new step is already drawn as a way out.
    expect(screen.getByText("Sam: when feeling pressed for answers, I'll say when I'll be back.")).toBeInTheDocument();
    expect(document.querySelectorAll('[data-attune-part="way-out"]')).toHaveLength(1);
  });

  it("picks my new step and hands it to the composer or the planner", async () => {
    const user = userEvent.setup();
    const onNewStep = vi.fn();
    render(<LoopMap defaultValue={mine} partner={theirs} onNewStep={onNewStep} />);
    await user.click(screen.getByRole("button", { name: "I'll breathe for a minute before I text" }));
    expect(screen.getByText("When far away, I'll breathe for a minute before I text.")).toBeInTheDocument();
    expect(document.querySelectorAll('[data-attune-part="way-out"]')).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Plan my step" }));
    expect(onNewStep).toHaveBeenCalledWith(expect.objectContaining({ text: "When far away, I'll breathe for a minute before I text." }), "planner");
    await user.click(screen.getByRole("button", { name: "Turn my step into a message" }));
    expect(onNewStep.mock.lastCall![1]).toBe("composer");
    expect(screen.getByRole("status")).toHaveTextContent("Your step is on its way.");
  });

  it("reports a rejected callback through onError", async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    render(<LoopMap defaultValue={{ ...mine, shared: false }} onShare={() => Promise.reject(new Error("offline"))} onError={onError} />);
    await user.click(screen.getByRole("button", { name: "Share my half" }));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "callback-rejected" })));
  });

  it("shows what changed since an earlier entry", () => {
    const previous = toLoopEntry({ ...mine, move: { suggestion: "keepTexting", text: "" } }, theirs, Date.UTC(2026, 9, 1));
    render(<LoopMap defaultValue={mine} partner={theirs} previous={previous} />);
    const changes = screen.getByRole("group", { name: /Since/ });
    expect(within(changes).getByRole("listitem")).toHaveTextContent("I tend to… was “keep texting”, now “ask more”.");
  });

  it("keeps a draft in the provider's storage when asked, and survives StrictMode", async () => {
    const storage = memoryStorageAdapter();
    const user = userEvent.setup();
    const { unmount } = await act(async () =>
      render(
        <React.StrictMode>
          <AttuneProvider storage={storage}>
            <LoopMap persistKey="ours" />
          </AttuneProvider>
        </React.StrictMode>,
      ),
    );
    await user.type(within(screen.getByRole("group", { name: "When I feel…" })).getByRole("textbox"), "small");
    unmount();
    await act(async () =>
      render(
        <AttuneProvider storage={storage}>
          <LoopMap persistKey="ours" />
        </AttuneProvider>,
      ),
    );
    await vi.waitFor(() => expect(within(screen.getByRole("group", { name: "When I feel…" })).getByRole("textbox")).toHaveValue("small"));
  });

  it("speaks Spanish from the provider", () => {
    render(
      <AttuneProvider locale="es" messages={es}>
        <LoopMap defaultValue={mine} partner={theirs} />
      </AttuneProvider>,
    );
    expect(screen.getByRole("heading", { name: "Nuestro ciclo" })).toBeInTheDocument();
    expect(screen.getByText("El problema es el ciclo, no ninguna de las dos personas.")).toBeInTheDocument();
  });

  it("builds from the hook and parts, with a settable heading level", () => {
    function Own() {
      const state = useLoopMap({ defaultValue: mine });
      return <p>{state.say("feel", state.mine.feel)}</p>;
    }
    render(
      <>
        <Own />
        <LoopMapRoot defaultValue={mine} headingLevel={3} aria-label="Loop">
          <LoopMapHalf />
          <LoopMapSteps />
        </LoopMapRoot>
      </>,
    );
    expect(screen.getByText("far away", { selector: "p" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "My half", level: 4 })).toBeInTheDocument();
  });
});
