// The parts shown once a place is marked are a dynamic import: these tests load "./index" fresh
// so the chunk is not already in memory from another test.
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { freshLazyChunk } from "../../../tests/setup/fresh-lazy-chunk";

const logged = freshLazyChunk(() => vi.doUnmock("./marked-parts"));

describe("BodyCheckIn's marked-place parts, loaded with the first mark", () => {
  it("names a marked place at once, then shows its words, intensity and next steps", async () => {
    const { BodyCheckIn } = await import("./index");
    render(
      <BodyCheckIn
        defaultValue={{ version: 1, marks: [{ place: "chest", sensations: ["tight"], intensity: 7 }] }}
        previous={{ version: 1, date: 1, marks: [{ place: "chest", sensations: [], intensity: 9 }] }}
        onBreathe={() => {}}
      />,
    );
    // Before the chunk arrives: the place is named and marked busy, nothing half drawn.
    const details = screen.getByRole("group", { name: "Chest" });
    expect(details).toHaveAttribute("aria-busy", "true");
    expect(screen.queryByRole("slider")).toBeNull();
    // The sentence is there from the start.
    expect(screen.getByRole("textbox", { name: "What I could say" })).toHaveValue("I'm noticing tightness in my chest, about 7 of 10.");
    // Loaded: the words, the slider, the next steps and the change since last time.
    expect(await within(details).findByRole("slider", { name: "How strong, Chest" })).toHaveAttribute("aria-valuenow", "7");
    expect(details).not.toHaveAttribute("aria-busy");
    expect(within(details).getByRole("button", { name: "tightness" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: "Breathe now" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Since your last check-in" })).toHaveTextContent("Strongest: 9 to 7");
    expect(logged.errors).toEqual([]);
  });

  it("starts loading when a person reaches for a place, and shows the details once marked", async () => {
    const { BodyCheckIn } = await import("./index");
    const user = userEvent.setup();
    render(<BodyCheckIn />);
    await user.click(screen.getByRole("button", { name: "Throat" }));
    expect(screen.getByRole("button", { name: "Throat" })).toHaveAttribute("aria-pressed", "true");
    expect(await screen.findByRole("slider", { name: "How strong, Throat" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "What it feels like in: Throat" })).toBeInTheDocument();
    expect(logged.errors).toEqual([]);
  });

  it("loads the code for a host's own slider shown before anything is marked", async () => {
    const { BodyCheckInRoot, BodyCheckInSlider } = await import("./index");
    render(
      <BodyCheckInRoot>
        <BodyCheckInSlider place="stomach" />
      </BodyCheckInRoot>,
    );
    const slider = await screen.findByRole("slider", { name: "How strong, Stomach" });
    expect(slider).toHaveAttribute("data-state", "unset");
    expect(logged.errors).toEqual([]);
  });

  it("keeps marking, the sentence and sharing working, and reports through onError, when the chunk cannot load", async () => {
    vi.doMock("./marked-parts", () => Promise.reject(new Error("offline")));
    const { BodyCheckIn } = await import("./index");
    const onError = vi.fn();
    const onShare = vi.fn();
    const user = userEvent.setup();
    render(<BodyCheckIn onError={onError} onShare={onShare} />);
    await user.click(screen.getByRole("button", { name: "Chest" }));
    await vi.waitFor(() =>
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "load-failed", message: expect.stringContaining("could not load") })),
    );
    expect(screen.getByRole("group", { name: "Chest" })).toBeInTheDocument();
    expect(screen.queryByRole("slider")).toBeNull();
    expect(screen.getByRole("textbox", { name: "What I could say" })).toHaveValue("I'm noticing something in my chest.");
    await user.click(screen.getByRole("button", { name: "Share this" }));
    expect(onShare).toHaveBeenCalledWith(expect.objectContaining({ text: "I'm noticing something in my chest." }));
    expect(logged.errors).toEqual([]);
  });
});
