import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AttuneProvider, memoryStorageAdapter } from "@attune/core";
import { BodyCheckIn, BodyCheckInParts, preloadBodyCheckInDetails, useBodyCheckIn, type BodyCheckInEntry } from "./index";
import { es } from "./locales/es";
import { ar } from "./locales/ar";

// These tests are about the parts shown for marked places, not their download (marked-lazy.test.tsx
// covers that): their code is loaded before any test renders.
beforeAll(() => preloadBodyCheckInDetails());

const NOW = Date.UTC(2026, 11, 1, 20);
const places = () => within(screen.getByRole("group", { name: "Where I notice something" }));

describe("BodyCheckIn", () => {
  it("marks places by keyboard: one tab stop, arrows head to feet, Space toggles", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<BodyCheckIn onValueChange={onValueChange} now={NOW} />);
    const buttons = places().getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual([
      "Head",
      "Face and jaw",
      "Throat",
      "Shoulders",
      "Chest",
      "Back",
      "Stomach",
      "Arms and hands",
      "Legs and feet",
      "All over, or hard to place",
    ]);
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Show as a list" }));
    await user.click(screen.getByRole("button", { name: "Show the body outline" }));
    act(() => places().getByRole("button", { name: "Head" }).focus());
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(places().getByRole("button", { name: "Chest" })).toHaveFocus();
    await user.keyboard(" ");
    expect(places().getByRole("button", { name: "Chest" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("status")).toHaveTextContent("Chest marked.");
    expect(onValueChange).toHaveBeenLastCalledWith({ version: 1, date: NOW, marks: [{ place: "chest", sensations: [] }] });
    await user.keyboard("{End} ");
    expect(places().getByRole("button", { name: "All over, or hard to place" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("group", { name: "What it feels like in: Chest" })).toBeInTheDocument();
  });

  it("offers the same places as a plain list", async () => {
    const user = userEvent.setup();
    const onViewChange = vi.fn();
    render(<BodyCheckIn onViewChange={onViewChange} />);
    await user.click(screen.getByRole("button", { name: "Show as a list" }));
    expect(onViewChange).toHaveBeenCalledWith("list");
    expect(screen.queryByRole("button", { name: "Head" })).toBeNull();
    await user.click(screen.getByRole("checkbox", { name: "Stomach" }));
    expect(screen.getByRole("checkbox", { name: "Stomach" })).toBeChecked();
    expect(screen.getByRole("slider", { name: "How strong, Stomach" })).toBeInTheDocument();
  });

  it("builds the sentence from words, own words, intensity and need, and shares it with a zoned return time", async () => {
    const user = userEvent.setup();
    const onShare = vi.fn();
    render(<BodyCheckIn onShare={onShare} now={NOW} timeZone="Europe/Berlin" defaultValue={{ version: 1, marks: [{ place: "chest", sensations: [] }] }} />);
    await user.click(screen.getByRole("button", { name: "tightness" }));
    const slider = screen.getByRole("slider", { name: "How strong, Chest" });
    expect(slider).toHaveAttribute("aria-valuetext", "not rated yet");
    act(() => slider.focus());
    await user.keyboard("{End}{ArrowLeft}{PageDown}{ArrowUp}");
    expect(slider).toHaveAttribute("aria-valuenow", "8");
    expect(slider).toHaveAttribute("aria-valuetext", "8 of 10, strong");
    await user.keyboard("{Home}");
    expect(slider).toHaveAttribute("aria-valuetext", "0 of 10, nothing");
    await user.keyboard("{ArrowRight}".repeat(7));
    await user.click(screen.getByRole("button", { name: "A pause" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "How long" }), "30");
    const box = screen.getByRole("textbox", { name: "What I could say" });
    expect(box).toHaveValue("I'm noticing tightness in my chest, about 7 of 10. I'd like 30 minutes before we keep talking.");
    await user.type(box, " Thank you.");
    await user.click(screen.getByRole("button", { name: "Share this" }));
    const event = onShare.mock.lastCall![0];
    expect(event.text).toBe("I'm noticing tightness in my chest, about 7 of 10. I'd like 30 minutes before we keep talking. Thank you.");
    expect(event.returnAt).toEqual({ at: new Date(NOW + 30 * 60_000).toISOString(), timeZone: "Europe/Berlin" });
    expect(event.checkIn.marks).toEqual([{ place: "chest", sensations: ["tight"], intensity: 7 }]);
    // The edit stands when choices change, until the person asks to rebuild it.
    await user.click(screen.getByRole("button", { name: "heat" }));
    expect(box).toHaveValue(event.text);
    await user.click(screen.getByRole("button", { name: "Rebuild from my choices" }));
    expect(box).toHaveValue("I'm noticing tightness and heat in my chest, about 7 of 10. I'd like 30 minutes before we keep talking.");
  });

  it("checks in again and shows the change since the first check-in", async () => {
    const user = userEvent.setup();
    const onPreviousChange = vi.fn();
    render(<BodyCheckIn onPreviousChange={onPreviousChange} now={NOW} defaultValue={{ version: 1, marks: [{ place: "chest", sensations: ["tight"], intensity: 7 }] }} />);
    await user.click(screen.getByRole("button", { name: "Check in again" }));
    expect(onPreviousChange).toHaveBeenCalledWith({ version: 1, date: NOW, marks: [{ place: "chest", sensations: ["tight"], intensity: 7 }] });
    expect(places().getByRole("button", { name: "Chest" })).toHaveAttribute("aria-pressed", "false");
    expect(places().getByRole("button", { name: "Head" })).toHaveFocus();
    await user.click(places().getByRole("button", { name: "Chest" }));
    act(() => screen.getByRole("slider", { name: "How strong, Chest" }).focus());
    await user.keyboard("{Home}{ArrowUp}{ArrowUp}{ArrowUp}");
    const change = screen.getByRole("group", { name: "Since your last check-in" });
    expect(within(change).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Strongest: 7 to 3", "Chest: 7 to 3"]);
  });

  it("offers breathing and a reassurance card, embeds a breathing guide and shows the host's resources", async () => {
    const user = userEvent.setup();
    const onBreathe = vi.fn();
    const onWriteCard = vi.fn();
    render(
      <BodyCheckIn
        onBreathe={onBreathe}
        onWriteCard={onWriteCard}
        breathing={<p>Breathing guide here</p>}
        resources={<a href="#help">Crisis line</a>}
        defaultValue={{ version: 1, marks: [{ place: "throat", sensations: ["tight"] }] }}
      />,
    );
    expect(screen.getByRole("link", { name: "Crisis line" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Breathe now" }));
    expect(onBreathe).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Breathing guide here")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Write a reassurance card" }));
    expect(onWriteCard.mock.lastCall![0].text).toBe("I'm noticing tightness in my throat.");
  });

  it("reports a rejected share through onError", async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    render(<BodyCheckIn onShare={() => Promise.reject(new Error("offline"))} onError={onError} defaultValue={{ version: 1, marks: [{ place: "back", sensations: [] }] }} />);
    await user.click(screen.getByRole("button", { name: "Share this" }));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "callback-rejected" })));
  });

  it("persists the draft when the host opts in, and survives StrictMode", async () => {
    const storage = memoryStorageAdapter();
    const user = userEvent.setup();
    const { unmount } = render(
      <React.StrictMode>
        <AttuneProvider storage={storage}>
          <BodyCheckIn persistKey="me" />
        </AttuneProvider>
      </React.StrictMode>,
    );
    await act(async () => {}); // storage answers
    await user.click(places().getByRole("button", { name: "Shoulders" }));
    await user.type(screen.getByRole("textbox", { name: "My own words" }), "up by my ears");
    unmount();
    render(
      <AttuneProvider storage={storage}>
        <BodyCheckIn persistKey="me" />
      </AttuneProvider>,
    );
    await act(async () => {});
    expect(screen.getByRole("textbox", { name: "My own words" })).toHaveValue("up by my ears");
  });

  it("is controlled through value", async () => {
    const user = userEvent.setup();
    function Host() {
      const [value, setValue] = React.useState<BodyCheckInEntry>({ version: 1, marks: [] });
      return (
        <>
          <BodyCheckIn value={value} onValueChange={setValue} />
          <output>{value.marks.map((m) => m.place).join(",")}</output>
        </>
      );
    }
    render(<Host />);
    await user.click(places().getByRole("button", { name: "Legs and feet" }));
    await user.click(places().getByRole("button", { name: "Head" }));
    expect(document.querySelector("output")).toHaveTextContent("head,legs");
  });

  it("speaks Spanish and Arabic, right to left with arrows mirrored on the slider", async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <AttuneProvider locale="es" messages={es}>
        <BodyCheckIn defaultValue={{ version: 1, marks: [{ place: "chest", sensations: ["tight"], intensity: 6 }] }} />
      </AttuneProvider>,
    );
    expect(screen.getByRole("textbox", { name: "Lo que podría decir" })).toHaveValue("Noto tensión en el pecho, más o menos un 6 de 10.");
    unmount();
    render(
      <AttuneProvider locale="ar" dir="rtl" messages={ar}>
        <BodyCheckIn defaultValue={{ version: 1, marks: [{ place: "chest", sensations: [], intensity: 6 }] }} />
      </AttuneProvider>,
    );
    const slider = screen.getByRole("slider", { name: "ما مدى قوته، الصدر" });
    act(() => slider.focus());
    await user.keyboard("{ArrowLeft}");
    expect(slider).toHaveAttribute("aria-valuenow", "7");
  });

  it("lets a host build its own layout from the hook and parts", async () => {
    const user = userEvent.setup();
    const ref = React.createRef<HTMLDivElement>();
    function Mine() {
      const state = useBodyCheckIn({});
      return <p>{state.sentence || "empty"}</p>;
    }
    render(
      <>
        <Mine />
        <BodyCheckInParts.Root data-testid="root">
          <BodyCheckInParts.Map ref={ref} className="mine" />
          <BodyCheckInParts.Sentence />
        </BodyCheckInParts.Root>
      </>,
    );
    expect(screen.getByText("empty")).toBeInTheDocument();
    expect(ref.current).toHaveClass("mine");
    expect(screen.getByTestId("root")).toHaveAttribute("data-attune-scope", "body-check-in");
    await user.click(screen.getByRole("button", { name: "Throat" }));
    await act(async () => {});
    expect(screen.getByRole("textbox", { name: "What I could say" })).toHaveValue("I'm noticing something in my throat.");
  });
});
