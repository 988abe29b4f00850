// The picture, the plan and the changes since last time are a dynamic import: these tests load
// "./index" fresh so the chunk is not already in memory from another test.
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { freshLazyChunk } from "../../../tests/setup/fresh-lazy-chunk";
import type { VillageAuditData } from "./logic";

const one: VillageAuditData = {
  version: 1,
  date: Date.UTC(2026, 10, 1),
  people: [],
  needs: [{ id: "a", label: "", suggestion: "comfort", sources: ["partner"] }],
};

const logged = freshLazyChunk(() => vi.doUnmock("./later-parts"));

describe("VillageAudit's picture, plan and changes, loaded when they first show", () => {
  it("shows the needs, the table and the summary at once, then the picture, the plan and the changes", async () => {
    const { VillageAudit } = await import("./index");
    const { container } = render(<VillageAudit defaultValue={one} previous={{ ...one, needs: [] }} partnerName="Sam" />);
    // Before the chunk arrives: every fact is there as text, nothing half drawn.
    expect(screen.getByRole("table")).toHaveTextContent("Comfort when I'm sad");
    expect(screen.getByText("1 of 1 needs rests on Sam alone.", { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole("form")).toBeNull();
    // Loaded: the plan, the changes since last time and the picture.
    expect(await screen.findByRole("heading", { name: "One need to share this week" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Since Nov 1, 2026" })).toBeInTheDocument();
    expect(container.querySelector('[data-attune-part="picture"]')).not.toBeNull();
    expect(logged.errors).toEqual([]);
  });

  it("loads them when a person adds the first need", async () => {
    const { VillageAudit } = await import("./index");
    const user = userEvent.setup();
    const { container } = render(<VillageAudit />);
    expect(container.querySelector('[data-attune-part="picture"]')).toBeNull();
    await user.click(screen.getByRole("button", { name: "Quiet company" }));
    expect(await screen.findByRole("heading", { name: "One need to share this week" })).toBeInTheDocument();
    expect(container.querySelector('[data-attune-part="picture"]')).not.toBeNull();
    expect(logged.errors).toEqual([]);
  });

  it("keeps the needs, sources and summary working, and reports through onError, when the chunk cannot load", async () => {
    vi.doMock("./later-parts", () => Promise.reject(new Error("offline")));
    const { VillageAudit } = await import("./index");
    const onError = vi.fn();
    const user = userEvent.setup();
    render(<VillageAudit onError={onError} />);
    await user.click(screen.getByRole("button", { name: "Quiet company" }));
    await vi.waitFor(() =>
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "load-failed", message: expect.stringContaining("could not load") })),
    );
    expect(screen.getByRole("button", { name: "Quiet company" })).toHaveAttribute("aria-pressed", "true");
    await user.click(screen.getByRole("button", { name: "Friends, for Quiet company" }));
    expect(screen.getByRole("table")).toHaveTextContent("Friends");
    expect(screen.queryByRole("heading", { name: "One need to share this week" })).toBeNull();
    expect(logged.errors).toEqual([]);
  });
});
