import * as React from "react";
import { renderToString } from "react-dom/server";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, memoryStorageAdapter, resetWarnings } from "@attune/core";
import hostile from "./__fixtures__/hostile-text.json";
import { ar } from "./locales/ar";
import { es } from "./locales/es";
import { makeBenchmarkRituals } from "../../../bench/lib/planner-fixtures.mjs";
import { RitualPlanner, type Plan, type RitualPlan } from "./index";

const NOW = Date.UTC(2026, 2, 4, 12, 0); // Wednesday 4 March 2026, 13:00 in Berlin

const walk: RitualPlan = {
  kind: "ritual",
  id: "walk",
  title: "Evening walk",
  how: "walk",
  timeZone: "Europe/Berlin",
  startDate: "2026-03-02",
  time: "19:00",
  durationMinutes: 30,
  recurrence: { freq: "weekly", days: ["WE", "FR"] },
};

let blobs: Blob[] = [];
beforeEach(() => {
  blobs = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return "blob:local/1";
  }) as never;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
});
afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

const setup = (ui: React.ReactElement) => ({ user: userEvent.setup(), ...render(ui) });

describe("agenda", () => {
  it("lists upcoming occurrences grouped by day, in the viewer's zone", () => {
    render(<RitualPlanner defaultValue={[walk]} now={NOW} timeZone="Europe/Berlin" days={7} />);
    const agenda = screen.getByRole("region", { name: "Upcoming plans" });
    const headings = within(agenda).getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    // A recurring ritual shows once, on its next day, with its later times in the window.
    expect(headings).toEqual(["Wednesday, March 4"]);
    expect(within(agenda).getByText("Also 1 more time:")).toBeInTheDocument();
    expect(within(agenda).getAllByRole("button")[1]).toHaveTextContent("Fri, Mar 6");
    expect(within(agenda).getAllByRole("button")[0]).toHaveTextContent("7:00 PM");
    expect(within(agenda).getAllByRole("button")[0]).toHaveTextContent("Evening walk");
    expect(within(agenda).getAllByRole("button")[0]).toHaveTextContent("Not shared yet");
  });

  it("shows both zones when the partner lives elsewhere", () => {
    render(<RitualPlanner defaultValue={[walk]} now={NOW} timeZone="Europe/Berlin" partnerTimeZone="America/New_York" days={2} />);
    const [first] = within(screen.getByRole("region", { name: "Upcoming plans" })).getAllByRole("button");
    expect(first).toHaveTextContent(/7:00\sPM · 1:00\sPM EST for your partner/);
  });

  it("has one tab stop and moves with the arrow keys, Home and End", async () => {
    const { user } = setup(<RitualPlanner defaultValue={[walk]} now={NOW} timeZone="Europe/Berlin" days={14} />);
    const items = within(screen.getByRole("region", { name: "Upcoming plans" })).getAllByRole("button");
    expect(items.map((i) => i.tabIndex)).toEqual([0, ...items.slice(1).map(() => -1)]);
    act(() => items[0]!.focus());
    await user.keyboard("{ArrowDown}");
    expect(items[1]).toHaveFocus();
    await user.keyboard("{End}");
    expect(items[items.length - 1]).toHaveFocus();
    await user.keyboard("{Home}");
    expect(items[0]).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(items[0]).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    // Only the last focused item stays in the tab order.
    expect(items.filter((i) => i.tabIndex === 0)).toEqual([items[2]]);
  });

  it("says what happened when clocks change: a missing time moves forward", () => {
    const early: RitualPlan = { ...walk, id: "e", time: "02:30", startDate: "2026-03-29", recurrence: undefined };
    render(<RitualPlanner defaultValue={[early]} now={Date.UTC(2026, 2, 28)} timeZone="Europe/Berlin" />);
    expect(screen.getByText(/^Clocks go forward that day, so it moves to 3:30\sAM\.$/)).toBeInTheDocument();
  });

  it("tells you in the dialog, before saving, what a clock change will do", async () => {
    const { user } = setup(<RitualPlanner now={NOW} timeZone="Europe/Berlin" />);
    await user.click(screen.getByRole("button", { name: "New plan" }));
    const dialog = await screen.findByRole("dialog");
    const [time] = within(dialog).getAllByLabelText("Time");
    await user.clear(time!);
    await user.type(time!, "02:30");
    await user.selectOptions(within(dialog).getByLabelText("Repeats"), "daily");
    expect(within(dialog).getByText(/^On Sunday, March 29: Clocks go forward that day, so it moves to 3:30\sAM\.$/)).toBeInTheDocument();
  });

  it("invites a first plan when there is none", () => {
    render(<RitualPlanner now={NOW} timeZone="UTC" />);
    expect(screen.getByText(/Nothing planned yet/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Download all (.ics)" })).toBeDisabled();
  });
});

describe("week view", () => {
  it("is a grid of seven days; arrows move between days and items", async () => {
    const { user } = setup(<RitualPlanner defaultValue={[walk]} now={NOW} timeZone="Europe/Berlin" defaultView="week" />);
    const grid = screen.getByRole("grid", { name: /Week of Monday, March 2/ });
    const cells = within(grid).getAllByRole("gridcell");
    expect(cells).toHaveLength(7);
    expect(within(cells[2]!).getByRole("button")).toHaveTextContent("Evening walk");
    act(() => cells[0]!.focus());
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(cells[2]).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(within(cells[2]!).getByRole("button")).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(cells[3]).toHaveFocus(); // Thursday is free: the day itself takes focus
    await user.keyboard("{ArrowRight}{ArrowDown}");
    expect(within(cells[4]!).getByRole("button")).toHaveFocus();
    await user.keyboard("{PageDown}");
    expect(screen.getByRole("grid", { name: /Week of Monday, March 9/ })).toBeInTheDocument();
  });
});

describe("create, edit, agree", () => {
  it("creates a ritual in the dialog and reports the new list", async () => {
    const onValueChange = vi.fn();
    const { user } = setup(<RitualPlanner onValueChange={onValueChange} now={NOW} timeZone="Europe/Berlin" />);
    await user.click(screen.getByRole("button", { name: "New plan" }));
    const dialog = await screen.findByRole("dialog", { name: "New plan" });
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(within(dialog).getByRole("alert")).toHaveTextContent("Give the plan a name.");
    expect(within(dialog).getByLabelText("Name")).toHaveAttribute("aria-invalid", "true");
    await user.type(within(dialog).getByLabelText("Name"), "Sunday tea");
    await user.selectOptions(within(dialog).getByLabelText("How you reconnect"), "tea");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(onValueChange).toHaveBeenCalledTimes(1);
    const [plans] = onValueChange.mock.calls[0]! as [Plan[]];
    expect(plans[0]).toMatchObject({ kind: "ritual", title: "Sunday tea", how: "tea", timeZone: "Europe/Berlin", startDate: "2026-03-04", time: "14:00" });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByRole("status")).toHaveTextContent("Saved Sunday tea.");
  });

  it("refuses an invalid zone and an end before the start with clear messages", async () => {
    const { user } = setup(<RitualPlanner now={NOW} timeZone="Europe/Berlin" />);
    await user.click(screen.getByRole("button", { name: "New plan" }));
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByLabelText("Name"), "Walk");
    const zone = within(dialog).getByLabelText("Time zone");
    await user.clear(zone);
    await user.type(zone, "Mars/Olympus");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(within(dialog).getByRole("alert")).toHaveTextContent("That time zone isn't recognised");
    await user.clear(zone);
    await user.type(zone, "Europe/Berlin");
    await user.type(within(dialog).getByLabelText("Until (optional, YYYY-MM-DD)"), "2026-03-01");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(within(dialog).getByRole("alert")).toHaveTextContent("The end comes before the start.");
  });

  it("plans time apart with gentle guidance about a short break", async () => {
    const onValueChange = vi.fn();
    const { user } = setup(<RitualPlanner onValueChange={onValueChange} now={NOW} timeZone="Europe/Berlin" />);
    await user.click(screen.getByRole("button", { name: "New plan" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("radio", { name: "Time apart, then reconnect" }));
    await user.type(within(dialog).getByLabelText("Name"), "Back together");
    const minutes = within(dialog).getByLabelText("Minutes apart");
    await user.clear(minutes);
    await user.type(minutes, "10");
    expect(within(dialog).getByText(/too short for the body to settle/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    const [plans] = onValueChange.mock.calls[0]! as [Plan[]];
    expect(plans[0]).toMatchObject({ kind: "apart", returnAt: new Date(NOW + 10 * 60000).toISOString() });
  });

  it("proposes to the partner through a callback", async () => {
    const onPropose = vi.fn();
    const { user } = setup(<RitualPlanner defaultValue={[walk]} onPropose={onPropose} now={NOW} timeZone="Europe/Berlin" />);
    await user.click(within(screen.getByRole("region", { name: "Upcoming plans" })).getAllByRole("button")[0]!);
    const dialog = await screen.findByRole("dialog", { name: "Edit plan" });
    await user.click(within(dialog).getByRole("button", { name: "Propose to my partner" }));
    expect(onPropose).toHaveBeenCalledWith(expect.objectContaining({ id: "walk", agreement: { status: "proposed", by: "me" } }));
    expect(await screen.findAllByText("You proposed this")).not.toHaveLength(0);
  });

  it("accepts or suggests a change to the partner's proposal", async () => {
    const proposed: Plan = { ...walk, agreement: { status: "proposed", by: "partner" } };
    const onAccept = vi.fn();
    const onSuggestChange = vi.fn();
    const { user } = setup(<RitualPlanner defaultValue={[proposed]} onAccept={onAccept} onSuggestChange={onSuggestChange} now={NOW} timeZone="Europe/Berlin" />);
    const first = () => within(screen.getByRole("region", { name: "Upcoming plans" })).getAllByRole("button")[0]!;
    expect(first()).toHaveTextContent("Your partner proposed this");
    await user.click(first());
    const dialog = await screen.findByRole("dialog");
    const [time] = within(dialog).getAllByLabelText("Time");
    await user.clear(time!);
    await user.type(time!, "20:00");
    await user.type(within(dialog).getByLabelText("What would you change? (optional)"), "A bit later?");
    await user.click(within(dialog).getByRole("button", { name: "Suggest a change" }));
    expect(onSuggestChange).toHaveBeenCalledWith(expect.objectContaining({ time: "20:00", agreement: { status: "change-suggested", by: "me", note: "A bit later?" } }));
    expect(onAccept).not.toHaveBeenCalled();
    // After the partner's answer comes back as their own suggestion, accepting closes the loop.
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(first()).toHaveTextContent("You suggested a change");
  });

  it("accepting marks the plan agreed, here and in what goes to the partner", async () => {
    const proposed: Plan = { ...walk, agreement: { status: "proposed", by: "partner" } };
    const onAccept = vi.fn();
    const { user } = setup(<RitualPlanner defaultValue={[proposed]} onAccept={onAccept} now={NOW} timeZone="Europe/Berlin" />);
    const first = () => within(screen.getByRole("region", { name: "Upcoming plans" })).getAllByRole("button")[0]!;
    await user.click(first());
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Accept" }));
    expect(onAccept).toHaveBeenCalledWith(expect.objectContaining({ agreement: { status: "accepted", by: "me" } }));
    await waitFor(() => expect(first()).toHaveTextContent("Agreed"));
  });

  it("skips one occurrence from the agenda", async () => {
    const onValueChange = vi.fn();
    const { user } = setup(<RitualPlanner defaultValue={[walk]} onValueChange={onValueChange} now={NOW} timeZone="Europe/Berlin" days={3} />);
    await user.click(within(screen.getByRole("region", { name: "Upcoming plans" })).getAllByRole("button")[0]!);
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: /Skip .* only/ }));
    expect((onValueChange.mock.calls[0]![0] as RitualPlan[])[0]!.exceptions).toEqual({ "2026-03-04": { skip: true } });
    expect(screen.getByRole("status")).toHaveTextContent(/Skipped Evening walk on Wednesday/);
  });

  it("starts a plan from a return time (a ReassuranceComposer ZonedTime)", async () => {
    const onValueChange = vi.fn();
    const { user } = setup(
      <RitualPlanner onValueChange={onValueChange} returnTime={{ at: "2026-03-04T14:30:00.000Z", timeZone: "Europe/Berlin" }} now={NOW} timeZone="Europe/Berlin" />,
    );
    expect(screen.getByText(/You'll be together again/)).toHaveTextContent("3:30 PM");
    await user.click(screen.getByRole("button", { name: "Plan the reconnection" }));
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByLabelText("Name"), "Tea after");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect((onValueChange.mock.calls[0]![0] as Plan[])[0]).toMatchObject({ kind: "apart", returnAt: "2026-03-04T14:30:00.000Z" });
  });

  it("ignores an invalid return time instead of crashing", () => {
    render(<RitualPlanner returnTime={{ at: "soon", timeZone: "Mars/Olympus" }} now={NOW} timeZone="UTC" />);
    expect(screen.queryByText(/You'll be together again/)).not.toBeInTheDocument();
  });
});

describe("export", () => {
  it("downloads all plans as one .ics through a Blob, with no network", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch" as never);
    const { user } = setup(<RitualPlanner defaultValue={[walk]} now={NOW} timeZone="Europe/Berlin" />);
    await user.click(screen.getByRole("button", { name: "Download all (.ics)" }));
    // The calendar writer loads on the first download.
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(blobs[0]!.type).toBe("text/calendar;charset=utf-8");
    const text = await blobs[0]!.text();
    expect(text).toContain("BEGIN:VCALENDAR\r\n");
    expect(text).toContain("DTSTART;TZID=Europe/Berlin:20260304T190000");
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("Calendar file ready: rituals-of-connection.ics");
  });

  it("downloads one plan from its dialog", async () => {
    const { user } = setup(<RitualPlanner defaultValue={[walk, { ...walk, id: "other", title: "Other" }]} now={NOW} timeZone="Europe/Berlin" />);
    await user.click(within(screen.getByRole("region", { name: "Upcoming plans" })).getAllByRole("button")[0]!);
    await user.click(await screen.findByRole("button", { name: "Download this plan (.ics)" }));
    // The calendar writer loads on the first download.
    await waitFor(() => expect(blobs).toHaveLength(1));
    const text = await blobs[0]!.text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});

describe("bad inputs", () => {
  it("shows plans with an invalid zone or date as fixable, never crashing", async () => {
    const broken: Plan[] = [
      { ...walk, id: "z", title: "Zone", timeZone: "Mars/Olympus" },
      { ...walk, id: "d", title: "Date", startDate: "2026-02-30" },
      { kind: "apart", id: "a", title: "Apart", timeZone: "UTC", start: "2026-03-04T12:00:00Z", returnAt: "2026-03-04T11:00:00Z" },
      walk,
    ];
    const { user } = setup(<RitualPlanner defaultValue={broken} now={NOW} timeZone="Europe/Berlin" />);
    expect(screen.getByRole("note")).toHaveTextContent("3 plans can't be shown");
    await user.click(screen.getByRole("button", { name: "Fix Zone" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByLabelText("Time zone")).toHaveValue("Mars/Olympus");
  });

  it("survives garbage in the value: nulls, missing fields, a non-array", async () => {
    const garbage = [null, 42, {}, { kind: "ritual", id: "t" }, { ...walk, id: "untitled", title: undefined }, walk] as unknown as Plan[];
    const { user } = setup(<RitualPlanner defaultValue={garbage} now={NOW} timeZone="Europe/Berlin" />);
    expect(screen.getByRole("note")).toHaveTextContent("2 plans can't be shown");
    await user.click(screen.getByRole("button", { name: "Download all (.ics)" }));
    // The calendar writer loads on the first download.
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(await blobs[0]!.text()).toContain("SUMMARY:Evening walk");
    render(<RitualPlanner value={"nope" as unknown as Plan[]} now={NOW} timeZone="UTC" />);
  });

  it("lists plans whose stored title is not text as fixable, never crashing", async () => {
    const stored = [
      { ...walk, id: "obj", title: { text: "Walk" } },
      { ...walk, id: "paused", title: ["Walk"], paused: true },
      { kind: "apart", id: "apart", title: { $$typeof: "x" }, timeZone: "UTC", start: "2026-03-04T12:00:00Z", returnAt: "2026-03-04T13:00:00Z" },
      walk,
    ] as unknown as Plan[];
    const { user } = setup(<RitualPlanner defaultValue={stored} now={NOW} timeZone="Europe/Berlin" />);
    expect(screen.getByRole("note")).toHaveTextContent("3 plans can't be shown");
    expect(screen.queryByRole("list", { name: /paused/i })).toBeNull();
    expect(document.querySelector('[data-attune-part="paused"]')).toBeNull();
    expect(screen.getAllByText("Evening walk").length).toBeGreaterThan(0);
    await user.click(screen.getByRole("button", { name: "Download all (.ics)" }));
    // The calendar writer loads on the first download.
    await waitFor(() => expect(blobs).toHaveLength(1));
    const text = await blobs[0]!.text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    await user.click(screen.getAllByRole("button", { name: /^Fix / })[0]!);
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByLabelText("Name")).toHaveValue("");
  });

  it("renders hostile titles as plain text", () => {
    const titles = [...hostile.markup, ...hostile.unicode];
    const plans = titles.map((title, i): RitualPlan => ({ ...walk, id: `h${i}`, title, recurrence: undefined, startDate: "2026-03-04" }));
    const { container } = render(<RitualPlanner defaultValue={plans} now={NOW} timeZone="Europe/Berlin" />);
    expect(container.querySelector("img, script, svg[onload]")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(screen.getAllByText(hostile.markup[0]!).length).toBeGreaterThan(0);
  });

  it("renders the agenda for 1,000 rituals, each ritual once", () => {
    const plans = makeBenchmarkRituals(1000);
    render(<RitualPlanner defaultValue={plans.slice(0, 20)} now={NOW} timeZone="Europe/Berlin" />).unmount(); // warm up
    const { container } = render(<RitualPlanner defaultValue={plans} now={Date.UTC(2026, 2, 20)} timeZone="Europe/Berlin" />);
    // The agenda holds the next 50 occurrences of all 1,000 rituals, each ritual once (timings: bench/).
    const entries = container.querySelectorAll('[data-attune-part="entry"]');
    const buttons = container.querySelectorAll('[data-attune-part="item"]');
    expect(buttons.length).toBe(entries.length);
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.length).toBeLessThanOrEqual(50);
  });
});

describe("state", () => {
  it("is controlled: nothing changes until the host passes the new value", async () => {
    const onValueChange = vi.fn();
    const { user } = setup(<RitualPlanner value={[walk]} onValueChange={onValueChange} now={NOW} timeZone="Europe/Berlin" />);
    await user.click(within(screen.getByRole("region", { name: "Upcoming plans" })).getAllByRole("button")[0]!);
    await user.click(await screen.findByRole("button", { name: "Delete plan" }));
    expect(onValueChange).toHaveBeenCalledWith([]);
    expect(screen.getAllByText("Evening walk").length).toBeGreaterThan(0);
  });

  it("persists uncontrolled plans only when the host opts in", async () => {
    const storage = memoryStorageAdapter();
    const { user } = setup(
      <AttuneProvider storage={storage}>
        <RitualPlanner defaultValue={[walk]} persistKey="us" now={NOW} timeZone="Europe/Berlin" />
      </AttuneProvider>,
    );
    await user.click(within(screen.getByRole("region", { name: "Upcoming plans" })).getAllByRole("button")[0]!);
    await user.click(await screen.findByRole("button", { name: "Pause this ritual" }));
    await waitFor(() => expect(storage.getItem("attune:ritual-planner:us")).toContain('"paused":true'));
    expect(screen.getByRole("button", { name: "Paused: Evening walk" })).toBeInTheDocument();
  });

  it("restores persisted plans after mount", async () => {
    const storage = memoryStorageAdapter({ "attune:ritual-planner:us": JSON.stringify([{ ...walk, title: "Stored walk" }]) });
    render(
      <AttuneProvider storage={storage}>
        <RitualPlanner persistKey="us" now={NOW} timeZone="Europe/Berlin" />
      </AttuneProvider>,
    );
    expect(await screen.findAllByText("Stored walk")).not.toHaveLength(0);
  });

  it("renders on the server with the same markup as the first client render", () => {
    const html = renderToString(<RitualPlanner defaultValue={[walk]} now={NOW} timeZone="Europe/Berlin" />);
    expect(html).toContain("Evening walk");
    expect(html).toContain("Rituals of connection");
  });
});

describe("locales", () => {
  it("speaks Spanish and Arabic (right to left)", () => {
    const { unmount } = render(
      <AttuneProvider locale="es" messages={es}>
        <RitualPlanner defaultValue={[walk]} now={NOW} timeZone="Europe/Berlin" />
      </AttuneProvider>,
    );
    expect(screen.getByRole("heading", { name: "Rituales de conexión" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Nuevo plan" })).toBeInTheDocument();
    unmount();
    const { container } = render(
      <AttuneProvider locale="ar" messages={ar}>
        <RitualPlanner defaultValue={[walk]} now={NOW} timeZone="Europe/Berlin" />
      </AttuneProvider>,
    );
    expect(screen.getByRole("heading", { name: "طقوس التواصل" })).toBeInTheDocument();
    expect(container.querySelector("[dir='rtl']")).not.toBeNull();
  });
});

describe("no act warnings from timers", () => {
  it("revokes the object URL after the download", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = setup(<RitualPlanner defaultValue={[walk]} now={NOW} timeZone="Europe/Berlin" />);
    await user.click(screen.getByRole("button", { name: "Download all (.ics)" }));
    act(() => void vi.advanceTimersByTime(1500));
    expect(URL.revokeObjectURL).toHaveBeenCalledWith("blob:local/1");
    vi.useRealTimers();
  });
});
