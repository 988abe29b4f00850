// Hostile and broken input, one prop at a time, under StrictMode: never a crash, never a React
// console error; each problem reported through onError (or clamped with a development warning).
import * as React from "react";
import { renderToString } from "react-dom/server";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, memoryStorageAdapter, resetWarnings, type AttuneError } from "@attune/core";
import { RitualPlanner, type Plan, type RitualPlan, type RitualPlannerProps } from "./index";

const NOW = Date.UTC(2026, 2, 4, 12, 0);
const walk: RitualPlan = {
  kind: "ritual",
  id: "walk",
  title: "Evening walk",
  timeZone: "Europe/Berlin",
  startDate: "2026-03-02",
  time: "19:00",
  durationMinutes: 30,
  recurrence: { freq: "weekly", days: ["WE", "FR"] },
};

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, "error");
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  // No React error (or any console error) in any case. React 18's renderToString in jsdom
  // warns that useLayoutEffect does nothing on the server: a test artifact (tests/setup/console.ts).
  const errors = consoleError.mock.calls.filter((args: unknown[]) => !/useLayoutEffect does nothing on the server/.test(String(args[0])));
  expect(errors).toEqual([]);
  resetWarnings();
  vi.restoreAllMocks();
});

function mount(props: Partial<RitualPlannerProps> & Record<string, unknown>, storage = memoryStorageAdapter()) {
  const onError = vi.fn<(e: AttuneError) => void>();
  const utils = render(
    <React.StrictMode>
      <AttuneProvider storage={storage}>
        <RitualPlanner timeZone="Europe/Berlin" now={NOW} onError={onError} {...(props as RitualPlannerProps)} />
      </AttuneProvider>
    </React.StrictMode>,
  );
  return { ...utils, onError, user: userEvent.setup() };
}

/** Creates a plan through the dialog: proves Save works after the bad input. */
async function saveNewPlan(user: ReturnType<typeof userEvent.setup>, title = "Tea") {
  await user.click(screen.getByRole("button", { name: "New plan" }));
  const dialog = await screen.findByRole("dialog");
  await user.type(within(dialog).getByLabelText("Name"), title);
  await user.click(within(dialog).getByRole("button", { name: "Save" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
}

const codes = (onError: ReturnType<typeof vi.fn>) => onError.mock.calls.map(([e]) => (e as AttuneError).code);

describe("now", () => {
  for (const now of [Infinity, 1e308, NaN, "2026-03-04", new Date(NaN), -Infinity]) {
    it(`${String(now)}: renders, reports, and Save still works`, async () => {
      const onValueChange = vi.fn();
      const { onError, user } = mount({ now: now as never, defaultValue: [walk], onValueChange });
      await waitFor(() => expect(codes(onError)).toContain("invalid-input"));
      expect(screen.getByRole("region", { name: "Upcoming plans" })).toBeInTheDocument();
      await saveNewPlan(user);
      expect(onValueChange.mock.calls.at(-1)![0]).toHaveLength(2);
    });
  }
});

describe("limit and days", () => {
  for (const [prop, value] of [["limit", -5], ["limit", 2.5], ["limit", NaN], ["days", 0], ["days", 100000], ["days", -1]] as const) {
    it(`${prop} ${value}: clamped with a report`, async () => {
      const { onError, container } = mount({ [prop]: value, defaultValue: [walk] });
      await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input", message: expect.stringContaining(prop) })));
      expect(container.querySelector('[data-attune-part="agenda"], [data-attune-part="empty"]')).not.toBeNull();
    });
  }

  it("a limit of 1 shows one entry", () => {
    const { container } = mount({ limit: 1, defaultValue: [walk, { ...walk, id: "b", time: "08:00" }] });
    expect(container.querySelectorAll('[data-attune-part="entry"]')).toHaveLength(1);
  });
});

describe("plans that are not a list of plans", () => {
  for (const value of ["oops", 42, {}, [null], [null, walk], [walk, undefined, 7]]) {
    it(`${JSON.stringify(value)}: no throw, reported, Save works`, async () => {
      const onValueChange = vi.fn();
      const { onError, user } = mount({ value: value as never, onValueChange });
      await waitFor(() => expect(codes(onError)).toContain("invalid-input"));
      await saveNewPlan(user);
      const saved = onValueChange.mock.calls.at(-1)![0] as Plan[];
      expect(saved.every((p) => p && typeof p === "object")).toBe(true);
      expect(saved.map((p) => p.title)).toContain("Tea");
    });
  }

  it('a stored "[null]" loads, is reported, and Save keeps the valid entries', async () => {
    const storage = memoryStorageAdapter({ "attune:ritual-planner:mine": JSON.stringify([null, walk]) });
    const { onError, user } = mount({ persistKey: "mine" }, storage);
    await waitFor(() => expect(codes(onError)).toContain("invalid-input"));
    await saveNewPlan(user);
    await waitFor(() => expect(JSON.parse(String(storage.getItem("attune:ritual-planner:mine")))).toHaveLength(2));
  });
});

describe("time zones", () => {
  it("an unknown timeZone is reported as invalid-time-zone, not silently the device's", async () => {
    const { onError } = mount({ timeZone: "Mars/Olympus", defaultValue: [walk] });
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-time-zone", message: expect.stringContaining("Mars/Olympus") })));
  });

  it("an unknown partnerTimeZone is reported and no partner time shows", async () => {
    const { onError, container } = mount({ partnerTimeZone: "Nowhere/Else", defaultValue: [walk] });
    await waitFor(() => expect(codes(onError)).toContain("invalid-time-zone"));
    expect(container.querySelector('[data-attune-part="partner-time"]')).toBeNull();
  });

  it("a return time in an unknown zone is reported and not offered", async () => {
    const { onError } = mount({ returnTime: { at: "2026-03-04T14:30:00.000Z", timeZone: "Atlantis/Deep" } });
    await waitFor(() => expect(codes(onError)).toContain("invalid-time-zone"));
    expect(screen.queryByRole("button", { name: "Plan the reconnection" })).toBeNull();
  });

  for (const returnTime of [null, "tomorrow", { at: 5 }, { at: "soon", timeZone: "UTC" }]) {
    it(`returnTime ${JSON.stringify(returnTime)} is reported, never a crash`, async () => {
      const { onError } = mount({ returnTime: returnTime as never });
      await waitFor(() => expect(onError).toHaveBeenCalled());
    });
  }
});

describe("plans whose fields are objects", () => {
  const bad = [
    { ...walk, id: "how-object", how: { html: "<b>x</b>" } },
    { ...walk, id: "where-object", where: ["a"] },
    { ...walk, id: "title-object", title: { text: "Walk" } },
  ] as unknown as Plan[];

  it("are listed as fixable with readable labels, beside the valid plan", async () => {
    const { user, container } = mount({ defaultValue: [walk, ...bad] });
    const note = screen.getByRole("note");
    expect(note).toHaveTextContent("3 plans can't be shown");
    expect(note).not.toHaveTextContent("[object Object]");
    expect(within(note).getAllByRole("button", { name: "Fix Evening walk" })).toHaveLength(2);
    expect(within(note).getByRole("button", { name: "Fix a plan without a name" })).toBeInTheDocument();
    expect(container.textContent).not.toContain("[object Object]");
    // The valid plan is still in the agenda.
    expect(within(screen.getByRole("region", { name: "Upcoming plans" })).getAllByText("Evening walk").length).toBeGreaterThan(0);
    // Opening one to fix it does not crash; its object field shows empty, ready to retype.
    await user.click(within(note).getAllByRole("button", { name: "Fix Evening walk" })[1]!);
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByLabelText("Where (optional)")).toHaveValue("");
  });
});

describe("server and browser render the same markup", () => {
  it("without now or timeZone, the first render reads neither the device's zone nor its clock", async () => {
    // Only Attune's own reads count: React 18's server renderer reads the clock itself.
    const ours: string[] = [];
    const record = () => {
      const stack = new Error().stack ?? "";
      if (stack.includes("Console.")) return; // the test runner timestamping a console line
      const frames = stack.split("\n").filter((line) => !line.includes(".test.") && /packages\/(ritual-planner|core)\/src\//.test(line));
      if (frames.length) ours.push(frames.join("\n"));
    };
    const realNow = Date.now;
    const realResolved = Intl.DateTimeFormat.prototype.resolvedOptions;
    const nowSpy = vi.spyOn(Date, "now").mockImplementation(() => (record(), realNow.call(Date)));
    const zoneSpy = vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions").mockImplementation(function (this: Intl.DateTimeFormat) {
      record();
      return realResolved.call(this);
    });
    const html = renderToString(<RitualPlanner defaultValue={[walk]} />);
    expect(ours).toEqual([]);
    nowSpy.mockRestore();
    zoneSpy.mockRestore();
    expect(html).toContain('data-state="loading"');
    // Hydrating that markup gives no mismatch; after mount the device's zone and clock fill it in.
    const host = document.createElement("div");
    host.innerHTML = html;
    document.body.append(host);
    const { hydrateRoot } = await import("react-dom/client");
    let root: ReturnType<typeof hydrateRoot>;
    await act(async () => {
      root = hydrateRoot(host, <RitualPlanner defaultValue={[walk]} />);
    });
    await waitFor(() => expect(host.querySelector("section")).toHaveAttribute("data-state", "ready"));
    act(() => root.unmount());
    host.remove();
  });
});
