// The widget contract: parts forward refs and rest props, compose handlers, take heading levels,
// and work from a host's own useRitualPlanner(); the calendar text and copy come from the catalogue.
import * as React from "react";
import { render, renderHook, screen, waitFor, within, act } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, resetWarnings } from "@attune/core";
import { ar } from "./locales/ar";
import { es } from "./locales/es";
import {
  Agenda,
  ExportButton,
  NextRitual,
  PlannerRoot,
  Planner,
  RitualPlanner,
  WeekView,
  useRitualPlanner,
  type RitualPlan,
} from "./index";

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

let blobs: Blob[] = [];
beforeEach(() => {
  blobs = [];
  URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), "blob:local/1")) as never;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
});
afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

describe("parts", () => {
  it("forward refs and rest props, and take heading levels", () => {
    const root = React.createRef<HTMLElement>();
    const next = React.createRef<HTMLElement>();
    const agenda = React.createRef<HTMLDivElement>();
    render(
      <PlannerRoot ref={root} defaultPlans={[walk]} now={NOW} timeZone="Europe/Berlin" data-testid="root" aria-label="Rituals">
        <NextRitual ref={next} headingLevel={4} data-testid="next" />
        <Agenda ref={agenda} headingLevel={5} className="mine" />
      </PlannerRoot>,
    );
    expect(root.current).toBe(screen.getByTestId("root"));
    expect(root.current).toHaveAttribute("data-attune-scope", "ritual-planner");
    expect(next.current).toBe(screen.getByTestId("next"));
    expect(agenda.current).toHaveClass("mine");
    expect(screen.getByRole("heading", { level: 4, name: "Next" })).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 5 })[0]).toHaveTextContent("Wednesday, March 4");
    expect(screen.getByTestId("next")).toHaveTextContent("Evening walk");
  });

  it("run the host's onKeyDown first; preventDefault there stops the agenda's keys", async () => {
    const user = userEvent.setup();
    render(
      <PlannerRoot defaultPlans={[walk]} now={NOW} timeZone="Europe/Berlin">
        <Agenda onKeyDown={(e) => e.key === "ArrowDown" && e.preventDefault()} />
      </PlannerRoot>,
    );
    const buttons = within(screen.getByRole("region")).getAllByRole("button");
    buttons[0]!.focus();
    await user.keyboard("{ArrowDown}");
    expect(buttons[0]).toHaveFocus();
    await user.keyboard("{End}");
    expect(buttons.at(-1)).toHaveFocus();
  });

  it("say clearly when used outside a root", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<WeekView />)).toThrow("[attune] Planner.WeekView must be inside Planner.Root.");
  });

  it("are one namespace and named exports", () => {
    expect(Planner.Root).toBe(PlannerRoot);
    expect(Planner.ExportButton).toBe(ExportButton);
  });
});

describe("useRitualPlanner", () => {
  it("drives parts from a host's own state: view, week moves, agreement actions", async () => {
    const onPlansChange = vi.fn();
    const onViewChange = vi.fn();
    const onPropose = vi.fn();
    const { result } = renderHook(() => useRitualPlanner({ defaultPlans: [walk], now: NOW, timeZone: "Europe/Berlin", onPlansChange, onViewChange, onPropose }));
    expect(result.current.ready).toBe(true);
    expect(result.current.next?.plan.id).toBe("walk");
    // Two weeks of a daily ritual: one entry holding every time.
    expect(result.current.entries.flatMap((d) => d.entries)).toHaveLength(1);
    act(() => result.current.setView("week"));
    expect(onViewChange).toHaveBeenCalledWith("week");
    const start = result.current.week!.start;
    act(() => result.current.nextWeek());
    expect(result.current.week!.start).toBe(start + 7);
    expect(result.current.week!.days.every((d) => d.length === 1)).toBe(true);
    act(() => result.current.propose(walk));
    expect(onPropose).toHaveBeenCalledWith(expect.objectContaining({ agreement: { status: "proposed", by: "me" } }));
    expect(onPlansChange.mock.calls.at(-1)![0][0].agreement.status).toBe("proposed");
  });

  it("works the week out when read, once per plans and week", () => {
    const { result, rerender } = renderHook(() => useRitualPlanner({ defaultPlans: [walk], now: NOW, timeZone: "Europe/Berlin" }));
    const week = result.current.week;
    expect(week?.days).toHaveLength(7);
    rerender();
    expect(result.current.week).toBe(week);
    act(() => result.current.moveWeek(-1));
    expect(result.current.week).not.toBe(week);
    expect(result.current.week!.start).toBe(week!.start - 7);
  });

  it("gives a host's own state every string at once, before any dialog or export has loaded", () => {
    const { result } = renderHook(() => useRitualPlanner({ now: NOW, timeZone: "UTC", messages: { "ritualPlanner.cancel": "Not now" } }));
    expect(result.current.t("fieldTitle")).toBe("Name");
    expect(result.current.t("announceSaved", { title: "Walk" })).toBe("Saved Walk.");
    expect(result.current.t("ics.either")).toBe("Either of us starts it");
    expect(result.current.t("cancel")).toBe("Not now");
  });

  it("before mount without now or timeZone it is not ready, and then it is", async () => {
    const { result } = renderHook(() => useRitualPlanner({ defaultPlans: [walk] }));
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(typeof result.current.viewerZone).toBe("string");
  });
});

describe("strings that load with the dialog and the export", () => {
  it("shows the dialog's and the announcement's defaults, and a host's overrides still win", async () => {
    const user = userEvent.setup();
    render(
      <AttuneProvider messages={{ "ritualPlanner.fieldWhere": "Place" }}>
        <RitualPlanner defaultPlans={[walk]} now={NOW} timeZone="Europe/Berlin" messages={{ "ritualPlanner.save": "Keep it" }} />
      </AttuneProvider>,
    );
    await user.click(screen.getByRole("button", { name: "New plan" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("heading", { name: "New plan" })).toBeInTheDocument();
    expect(within(dialog).getByLabelText("Place")).toBeInTheDocument();
    expect(within(dialog).getByLabelText("Time zone")).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText("Name"), "Tea");
    await user.click(within(dialog).getByRole("button", { name: "Keep it" }));
    expect(await screen.findByText("Saved Tea.")).toBeInTheDocument();
  });
});

describe("calendar export", () => {
  it("writes the description from the catalogue and says who starts by name", async () => {
    const user = userEvent.setup();
    render(<RitualPlanner defaultPlans={[walk]} now={NOW} timeZone="Europe/Berlin" names={{ me: "Sam", partner: "Alex" }} />);
    await user.click(screen.getByRole("button", { name: "Download all (.ics)" }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const ics = (await blobs[0]!.text()).replace(/\r\n /g, "");
    expect(ics).toContain("DESCRIPTION:How: A walk together\\nAlex starts it");
    expect(ics).not.toContain("Who starts");
    expect(await screen.findByText("Calendar file ready: rituals-of-connection.ics")).toBeInTheDocument();
  });

  it("in Spanish, with the catalogue's names when none are given", async () => {
    const user = userEvent.setup();
    render(
      <AttuneProvider locale="es" messages={es}>
        <RitualPlanner defaultPlans={[{ ...walk, starter: "me" }]} now={NOW} timeZone="Europe/Berlin" />
      </AttuneProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Descargar todo (.ics)" }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect((await blobs[0]!.text()).replace(/\r\n /g, "")).toContain("Empieza: Yo");
  });

  it("the button is busy while the writer loads, then idle", async () => {
    const user = userEvent.setup();
    render(<RitualPlanner defaultPlans={[walk]} now={NOW} timeZone="Europe/Berlin" />);
    const button = screen.getByRole("button", { name: "Download all (.ics)" });
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute("data-state", "idle"));
    expect(blobs).toHaveLength(1);
  });
});

describe("copy that cares", () => {
  const emptyWeek = (messages?: Record<string, unknown>, locale = "en") => {
    render(
      <AttuneProvider locale={locale} messages={messages as never}>
        <RitualPlanner defaultPlans={[]} defaultView="week" now={NOW} timeZone="Europe/Berlin" />
      </AttuneProvider>,
    );
    return screen.getAllByRole("gridcell")[0]!.getAttribute("aria-label");
  };

  it("an empty day reads as nothing planned, not as free time, in en, es and ar", () => {
    expect(emptyWeek()).toBe("Monday, March 2: Nothing planned");
    document.body.innerHTML = "";
    expect(emptyWeek(es, "es")).toMatch(/: Nada planeado$/);
    document.body.innerHTML = "";
    expect(emptyWeek(ar, "ar")).toMatch(/: لا شيء مخطط$/);
  });

  it("the return line does not assume who left, in en, es and ar", () => {
    const returnTime = { at: "2026-03-04T14:30:00.000Z", timeZone: "Europe/Berlin" };
    for (const [messages, locale, expected] of [
      [undefined, "en", "You'll be together again Wed, Mar 4, 3:30 PM."],
      [es, "es", "El reencuentro queda para "],
      [ar, "ar", "موعد اللقاء من جديد"],
    ] as const) {
      const { unmount } = render(
        <AttuneProvider locale={locale} messages={messages}>
          <RitualPlanner returnTime={returnTime} now={NOW} timeZone="Europe/Berlin" />
        </AttuneProvider>,
      );
      const offer = document.querySelector('[data-attune-part="return-offer"]')!;
      expect(offer.textContent).toContain(expected);
      expect(offer.textContent).not.toMatch(/You chose|Elegiste|اخترت/);
      unmount();
    }
  });

  it("Spanish speaks without Spain-only vosotros forms", () => {
    const text = Object.values(es).map((m) => (typeof m === "string" ? m : Object.values(m).join(" "))).join(" ");
    expect(text).not.toMatch(/\b(podríais|planeáis|acordad|reencontraros|os reencontráis|vuestr\w*|volvéis)\b/i);
  });
});
