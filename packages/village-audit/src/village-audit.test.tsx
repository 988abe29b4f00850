import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AttuneProvider, memoryStorageAdapter } from "@attune/core";
import { VillageAudit, VillageAuditRoot, VillageAuditSummary, useVillageAudit, preloadVillageAuditParts, type VillageAuditData } from "./index";
import { es } from "./locales/es";
import { ar } from "./locales/ar";

// These tests are about the picture, the plan and the changes, not their download
// (later-lazy.test.tsx covers that): their code is loaded before any test renders.
beforeAll(() => preloadVillageAuditParts());

const five: VillageAuditData = {
  version: 1,
  date: Date.UTC(2026, 10, 1),
  people: [{ id: "person-1", name: "Maya" }],
  needs: [
    { id: "a", label: "", suggestion: "comfort", sources: ["partner"] },
    { id: "b", label: "", suggestion: "venting", sources: ["partner"] },
    { id: "c", label: "", suggestion: "play", sources: ["partner", "friends"] },
    { id: "d", label: "Long walks", sources: ["partner"] },
    { id: "e", label: "", suggestion: "ideas", sources: ["partner"] },
  ],
};

describe("VillageAudit", () => {
  it("adds needs from suggestions and in the person's own words, and says so", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<VillageAudit onValueChange={onValueChange} now={Date.UTC(2026, 10, 20)} />);
    await user.click(screen.getByRole("button", { name: "Comfort when I'm sad" }));
    expect(screen.getByRole("button", { name: "Comfort when I'm sad" })).toHaveAttribute("aria-pressed", "true");
    await user.type(screen.getByRole("textbox", { name: "A need in my own words" }), "Someone to cook with{Enter}");
    const list = screen.getByRole("list", { name: "" }) ?? undefined;
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining("Comfort when I'm sad"), expect.stringContaining("Someone to cook with")]),
    );
    expect(screen.getByRole("status")).toHaveTextContent("Someone to cook with added.");
    const last = onValueChange.mock.lastCall![0] as VillageAuditData;
    expect(last.date).toBe(Date.UTC(2026, 10, 20));
    expect(last.needs.map((n) => n.suggestion ?? n.label)).toEqual(["comfort", "Someone to cook with"]);
  });

  it("moves across a need's people with arrow keys (one tab stop) and toggles with Space", async () => {
    const user = userEvent.setup();
    render(<VillageAudit defaultValue={{ ...five, needs: five.needs.slice(0, 2) }} partnerName="Sam" />);
    const group = screen.getByRole("group", { name: "Comfort when I'm sad" });
    const buttons = within(group).getAllByRole("button");
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    act(() => buttons[0]!.focus());
    expect(buttons[0]).toHaveAccessibleName("Sam, for Comfort when I'm sad");
    await user.keyboard("{ArrowRight}");
    expect(within(group).getByRole("button", { name: "Friends, for Comfort when I'm sad" })).toHaveFocus();
    await user.keyboard(" ");
    expect(within(group).getByRole("button", { name: "Friends, for Comfort when I'm sad" })).toHaveAttribute("aria-pressed", "true");
    await user.keyboard("{End}");
    expect(within(group).getByRole("button", { name: "Maya, for Comfort when I'm sad" })).toHaveFocus();
  });

  it("says kindly how many needs rest on the partner alone, and shows the same facts in a table", () => {
    render(<VillageAudit defaultValue={five} partnerName="Sam" />);
    expect(screen.getByText("4 of 5 needs rest on Sam alone.")).toBeInTheDocument();
    expect(screen.getByText(/Wanting a lot from one person is natural/)).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "My village, need by need" });
    const row = within(table).getByRole("row", { name: /Play and laughter/ });
    expect(row).toHaveTextContent("Sam and Friends");
    expect(row).toHaveTextContent("Shared by 2");
    expect(within(table).getAllByText("Rests on Sam alone")).toHaveLength(4);
    // The picture repeats the table, so assistive technology skips it.
    expect(document.querySelector('[data-attune-part="picture"]')).toHaveAttribute("aria-hidden", "true");
    expect(document.querySelectorAll('[data-attune-part="picture-halo"]')).toHaveLength(4);
  });

  it("never shows more than seven needs and reorders and removes them", async () => {
    const user = userEvent.setup();
    render(<VillageAudit defaultValue={five} />);
    await user.click(screen.getByRole("button", { name: "Move Long walks up" }));
    const items = screen.getAllByRole("listitem").filter((li) => li.getAttribute("data-attune-part") === "need");
    expect(items[2]).toHaveTextContent("Long walks");
    expect(screen.getByRole("status")).toHaveTextContent("Long walks is now number 3.");
    await user.click(screen.getByRole("button", { name: "Remove Long walks" }));
    expect(screen.queryByText("Long walks")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Adventure and new things" }));
    await user.click(screen.getByRole("button", { name: "Practical help" }));
    await user.click(screen.getByRole("button", { name: "Quiet company" }));
    expect(screen.getByText(/That's 7 needs/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Sharing a hobby" }));
    expect(screen.getByRole("button", { name: "Sharing a hobby" })).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByRole("textbox", { name: "A need in my own words" })).toBeDisabled();
  });

  it("hands the week's plan to the host, and asks for what is missing first", async () => {
    const user = userEvent.setup();
    const onPlan = vi.fn();
    const onPlanTimeApart = vi.fn();
    render(<VillageAudit defaultValue={five} onPlan={onPlan} onPlanTimeApart={onPlanTimeApart} />);
    await user.click(screen.getByRole("button", { name: "Save my plan" }));
    expect(onPlan).not.toHaveBeenCalled();
    expect(screen.getAllByText("Choose a need and who you could ask.").length).toBeGreaterThan(0);
    await user.click(screen.getByRole("radio", { name: "Talking ideas through" }));
    await user.type(screen.getByRole("textbox", { name: "Who could I ask" }), "Maya");
    await user.type(screen.getByRole("textbox", { name: "When" }), "Thursday evening");
    await user.click(screen.getByRole("button", { name: "Save my plan" }));
    expect(onPlan).toHaveBeenCalledWith(expect.objectContaining({ needId: "e", who: "Maya", when: "Thursday evening", needLabel: "Talking ideas through" }));
    await user.click(screen.getByRole("button", { name: "Plan an evening for myself" }));
    expect(onPlanTimeApart).toHaveBeenCalledTimes(1);
  });

  it("reports a rejected callback through onError and keeps the plan", async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    render(<VillageAudit defaultValue={{ ...five, plan: { needId: "a", who: "Maya", when: "" } }} onPlan={() => Promise.reject(new Error("offline"))} onError={onError} />);
    await user.click(screen.getByRole("button", { name: "Save my plan" }));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "onPlan was rejected." })));
    expect(screen.getByRole("textbox", { name: "Who could I ask" })).toHaveValue("Maya");
  });

  it("is private by default: sharing only appears when the host allows it, and only on a press", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<VillageAudit defaultValue={five} partnerName="Sam" />);
    expect(screen.queryByRole("button", { name: /Share this picture/ })).not.toBeInTheDocument();
    const onSharePicture = vi.fn();
    rerender(<VillageAudit defaultValue={five} partnerName="Sam" onSharePicture={onSharePicture} />);
    expect(onSharePicture).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Share this picture with Sam" }));
    expect(onSharePicture).toHaveBeenCalledWith(expect.objectContaining({ version: 1, needs: expect.any(Array) }));
  });

  it("shows what changed since the previous audit", () => {
    const now: VillageAuditData = {
      ...five,
      date: Date.UTC(2026, 10, 20),
      needs: [{ ...five.needs[0]!, sources: ["partner", "person-1"] }, ...five.needs.slice(1)],
    };
    render(<VillageAudit value={now} previous={five} partnerName="Sam" />);
    expect(screen.getByRole("heading", { name: "Since Nov 1, 2026" })).toBeInTheDocument();
    expect(screen.getByText("Comfort when I'm sad now also rests on Maya.")).toBeInTheDocument();
    expect(screen.getByText("Needs resting on Sam alone: 4 then, 3 now.")).toBeInTheDocument();
  });

  it("persists only when the host opts in, and reads the draft back", async () => {
    const storage = memoryStorageAdapter();
    const user = userEvent.setup();
    const { unmount } = render(
      <AttuneProvider storage={storage}>
        <VillageAudit persistKey="me" />
      </AttuneProvider>,
    );
    await act(async () => {}); // the stored draft is read after mount
    await user.click(screen.getByRole("button", { name: "Play and laughter" }));
    expect(JSON.parse(storage.getItem("attune:village-audit:me") as string).needs).toHaveLength(1);
    unmount();
    render(
      <AttuneProvider storage={storage}>
        <VillageAudit persistKey="me" />
      </AttuneProvider>,
    );
    await act(async () => {});
    await vi.waitFor(() => expect(screen.getByRole("button", { name: "Play and laughter" })).toHaveAttribute("aria-pressed", "true"));
  });

  it("writes nothing to storage without a persistKey", async () => {
    const storage = memoryStorageAdapter();
    const setItem = vi.spyOn(storage, "setItem");
    const user = userEvent.setup();
    render(
      <AttuneProvider storage={storage}>
        <VillageAudit />
      </AttuneProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Play and laughter" }));
    expect(setItem).not.toHaveBeenCalled();
  });

  it("speaks Spanish and Arabic", () => {
    const { unmount } = render(
      <AttuneProvider locale="es" messages={es}>
        <VillageAudit defaultValue={five} partnerName="Sam" />
      </AttuneProvider>,
    );
    expect(screen.getByText("4 de 5 necesidades recaen solo en Sam.")).toBeInTheDocument();
    unmount();
    render(
      <AttuneProvider locale="ar" messages={ar}>
        <VillageAudit defaultValue={five} partnerName="سام" />
      </AttuneProvider>,
    );
    expect(screen.getByRole("heading", { name: "من يلبّي احتياجاتي" })).toBeInTheDocument();
    expect(screen.getByRole("region")).toHaveAttribute("dir", "rtl");
  });

  it("lets a host build its own layout from the hook", async () => {
    function Compact() {
      const village = useVillageAudit({ defaultValue: five, partnerName: "Sam" });
      return (
        <p>
          {village.summary.partnerAlone}/{village.summary.total}
          <button type="button" onClick={() => village.toggleSource("a", "family")}>
            family
          </button>
        </p>
      );
    }
    const user = userEvent.setup();
    render(<Compact />);
    expect(screen.getByText(/4\/5/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "family" }));
    expect(screen.getByText(/3\/5/)).toBeInTheDocument();
  });

  it("composes from parts and forwards refs and rest props", () => {
    const ref = React.createRef<HTMLElement>();
    const summary = React.createRef<HTMLDivElement>();
    render(
      <VillageAuditRoot ref={ref} defaultValue={five} data-testid="root" aria-label="Village">
        <VillageAuditSummary ref={summary} className="mine" />
      </VillageAuditRoot>,
    );
    expect(ref.current).toBe(screen.getByTestId("root"));
    expect(summary.current).toHaveClass("mine");
    expect(screen.getByRole("region", { name: "Village" })).toBeInTheDocument();
  });

  it("renders nothing typed as HTML", () => {
    render(<VillageAudit defaultValue={{ ...five, needs: [{ id: "x", label: '<img src=x onerror="window.__pwned=1">', sources: [] }] }} />);
    expect(document.querySelector("img")).toBeNull();
    expect(screen.getAllByText('<img src=x onerror="window.__pwned=1">').length).toBeGreaterThan(0);
  });

  it("reports bad data and keeps the good needs beside it", async () => {
    const onError = vi.fn();
    render(<VillageAudit value={{ ...five, needs: [null, five.needs[0]] } as unknown as VillageAuditData} onError={onError} />);
    expect(screen.getByText("Comfort when I'm sad", { selector: "[data-attune-part=need-label]" })).toBeInTheDocument();
    await act(async () => {});
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input", message: expect.stringContaining("needs[0]: invalid") }));
  });
});
