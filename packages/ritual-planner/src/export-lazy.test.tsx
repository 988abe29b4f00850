// The calendar writer is a dynamic import: these tests load "./index" fresh so the chunk is not
// already in memory from another test, and mock it to see when it is asked for.
import * as React from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { freshLazyChunk } from "../../../tests/setup/fresh-lazy-chunk";
import type { RitualPlan } from "./index";

const logged = freshLazyChunk(() => vi.doUnmock("./ics-export"));

const NOW = Date.UTC(2026, 2, 4, 12, 0);
const walk: RitualPlan = {
  kind: "ritual",
  id: "walk",
  title: "Evening walk",
  how: "walk",
  starter: "partner",
  timeZone: "Europe/Berlin",
  startDate: "2026-03-02",
  time: "19:00",
  durationMinutes: 30,
  recurrence: { freq: "daily" },
};

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => "blob:local/1") as never;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
});

describe("RitualPlanner's calendar writer, loaded when needed", () => {
  it("starts loading when the download button is hovered, before any press", async () => {
    const exportCalendar = vi.fn((..._args: unknown[]) => "rituals.ics");
    let loads = 0;
    vi.doMock("./ics-export", () => {
      loads += 1;
      return { exportCalendar };
    });
    const { RitualPlanner } = await import("./index");
    const user = userEvent.setup();
    render(<RitualPlanner defaultValue={[walk]} now={NOW} timeZone="Europe/Berlin" />);
    const button = screen.getByRole("button", { name: "Download all (.ics)" });
    expect(loads).toBe(0);
    await user.hover(button);
    await waitFor(() => expect(loads).toBe(1));
    expect(exportCalendar).not.toHaveBeenCalled();
    await user.click(button);
    await waitFor(() => expect(exportCalendar).toHaveBeenCalledTimes(1));
    expect(exportCalendar).toHaveBeenCalledWith([walk], "Rituals of connection", expect.any(Function), expect.any(Number), undefined);
    expect(loads).toBe(1);
    expect(logged.errors).toEqual([]);
  });

  it("starts loading when the download button takes keyboard focus", async () => {
    let loads = 0;
    vi.doMock("./ics-export", () => {
      loads += 1;
      return { exportCalendar: () => "x.ics" };
    });
    const { RitualPlanner } = await import("./index");
    render(<RitualPlanner defaultValue={[walk]} now={NOW} timeZone="Europe/Berlin" />);
    act(() => screen.getByRole("button", { name: "Download all (.ics)" }).focus());
    await waitFor(() => expect(loads).toBe(1));
  });

  it("preloadCalendarExport loads the writer for a host's own button", async () => {
    let loads = 0;
    vi.doMock("./ics-export", () => {
      loads += 1;
      return { exportCalendar: () => "x.ics" };
    });
    const { preloadCalendarExport } = await import("./index");
    await preloadCalendarExport();
    await preloadCalendarExport();
    expect(loads).toBe(1);
  });

  it("reports load-failed through onError when the writer cannot load, keeps the plans, and lets the person try again", async () => {
    vi.doMock("./ics-export", () => Promise.reject(new Error("offline")));
    const { RitualPlanner } = await import("./index");
    const onError = vi.fn();
    const onValueChange = vi.fn();
    const user = userEvent.setup();
    render(<RitualPlanner defaultValue={[walk]} now={NOW} timeZone="Europe/Berlin" onError={onError} onValueChange={onValueChange} />);
    const button = screen.getByRole("button", { name: "Download all (.ics)" });
    await user.click(button);
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "load-failed", message: expect.stringContaining("could not load") })));
    // Not stuck busy: the button can be pressed again, and nothing was changed or lost.
    await waitFor(() => expect(button).not.toHaveAttribute("aria-busy"));
    expect(button).toBeEnabled();
    expect(onValueChange).not.toHaveBeenCalled();
    expect(screen.getAllByText("Evening walk", { exact: false }).length).toBeGreaterThan(0);
    expect(logged.errors).toEqual([]);
  });
});
