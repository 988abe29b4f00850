import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { Button, LiveRegion, preloadDatePicker } from "@attune/core";
import {
  Agenda as PlannerAgenda,
  NextRitual,
  PlanDialog,
  PlannerRoot,
  RitualPlanner,
  forPartner,
  parsePlan,
  preloadPlanDialog,
  useRitualPlanner,
  type Plan,
  type RitualPlan,
} from "@attune/ritual-planner";
import { makeBenchmarkRituals } from "../../bench/lib/planner-fixtures.mjs";

/** Wednesday 4 March 2026, 13:00 in Berlin: every story is pinned to it so it reads the same each day. */
const NOW = Date.UTC(2026, 2, 4, 12, 0);

const walk: RitualPlan = {
  kind: "ritual",
  id: "walk",
  title: "Evening walk",
  how: "walk",
  where: "Along the river",
  timeZone: "Europe/Berlin",
  startDate: "2026-03-02",
  time: "19:00",
  durationMinutes: 30,
  recurrence: { freq: "weekly", days: ["WE", "FR"] },
  starter: "either",
  agreement: { status: "accepted", by: "partner" },
};
const checkIn: RitualPlan = {
  kind: "ritual",
  id: "check-in",
  title: "Daily check-in",
  how: "talk",
  timeZone: "Europe/Berlin",
  startDate: "2026-03-01",
  time: "08:15",
  durationMinutes: 10,
  recurrence: { freq: "daily" },
  reminderMinutes: 5,
  agreement: { status: "proposed", by: "partner" },
};
const sundayTea: RitualPlan = {
  kind: "ritual",
  id: "tea",
  title: "Sunday tea, phones away",
  how: "tea",
  timeZone: "Europe/Berlin",
  startDate: "2026-03-08",
  time: "16:00",
  durationMinutes: 45,
  recurrence: { freq: "weekly", interval: 2, days: ["SU"] },
  ending: "A long hug",
  agreement: { status: "change-suggested", by: "me", note: "Could we start at 16:30?" },
  exceptions: { "2026-03-22": { moveTo: { date: "2026-03-21", time: "17:00" } } },
};
const apart: Plan = {
  kind: "apart",
  id: "apart",
  title: "Back together after some quiet",
  how: "hug",
  timeZone: "Europe/Berlin",
  start: "2026-03-04T12:00:00.000Z",
  returnAt: "2026-03-04T13:30:00.000Z",
  myActivity: "A run",
  partnerActivity: "Reading",
};
const plans: Plan[] = [walk, checkIn, sundayTea, apart];

const meta: Meta<typeof RitualPlanner> = {
  title: "Widgets/RitualPlanner",
  component: RitualPlanner,
  args: { now: NOW, timeZone: "Europe/Berlin", onValueChange: fn(), onPropose: fn(), onAccept: fn(), onSuggestChange: fn() },
  // The plan dialog and the date picker load on first use; the stories that open them test the
  // dialogs, not the download (the planner's own lazy tests cover that), so their code is
  // fetched before each story renders.
  loaders: [async () => ({ preloaded: await Promise.all([preloadPlanDialog(), preloadDatePicker()]).then(() => true) })],
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 760 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          "Where partners agree when and how they come back together after time apart, and keep regular rituals of connection. Times show in your zone and, when you live apart, in your partner's too. Calendar files are made on the device.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<typeof RitualPlanner>;

const agenda = (el: HTMLElement) => within(el).getByRole("region", { name: /Upcoming plans|Próximos planes|الخطط القادمة/ });

export const Agenda: Story = {
  args: { defaultValue: plans },
  play: async ({ canvasElement }) => {
    const items = within(agenda(canvasElement)).getAllByRole("button");
    await expect(items[0]).toHaveTextContent("Back together after some quiet");
    await expect(within(canvasElement).getAllByText("Your partner proposed this").length).toBeGreaterThan(0);
  },
};

export const Empty: Story = { args: { defaultValue: [] } };

export const WeekView: Story = {
  args: { defaultValue: plans, defaultView: "week" },
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole("grid");
    const cells = within(grid).getAllByRole("gridcell");
    cells[0]!.focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowDown}");
    await expect(within(cells[2]!).getAllByRole("button")[0]).toHaveFocus();
  },
};

/** Berlin and New York: the gap is 6 hours most of the year, 5 in the weeks the US changes clocks first (from 8 March 2026). */
export const TwoTimeZones: Story = {
  args: { defaultValue: [walk, checkIn], partnerTimeZone: "America/New_York" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // This week: 19:00 in Berlin is 13:00 in New York (6 hours).
    const first = within(agenda(canvasElement)).getAllByRole("button").find((b) => b.textContent?.includes("Evening walk"))!;
    await expect(first).toHaveTextContent(/7:00\sPM · 1:00\sPM EST for your partner/);
    // Next week New York has changed its clocks and Berlin has not: 14:00 there (5 hours).
    await userEvent.click(canvas.getByRole("button", { name: "Week" }));
    await userEvent.click(canvas.getByRole("button", { name: "Next week" }));
    const grid = canvas.getByRole("grid");
    const walks = within(grid).getAllByRole("button").filter((b) => b.textContent?.includes("Evening walk"));
    await expect(walks[0]).toHaveTextContent(/7:00\sPM · 2:00\sPM EDT for your partner/);
  },
};

/** Opposite hemispheres: Sydney and London, 11 hours apart in March. */
export const SydneyAndLondon: Story = {
  args: {
    timeZone: "Australia/Sydney",
    partnerTimeZone: "Europe/London",
    defaultValue: [{ ...walk, id: "syd", title: "Video call", how: "talk", timeZone: "Australia/Sydney", time: "07:30", recurrence: { freq: "daily" } }],
  },
};

/** The week clocks go forward in Berlin (29 March): a 02:30 ritual that day moves to 03:30, and the note says so. */
export const DaylightSavingWeek: Story = {
  args: {
    now: Date.UTC(2026, 2, 23, 6, 0),
    defaultView: "week",
    partnerTimeZone: "America/New_York",
    defaultValue: [
      { ...walk, id: "early", title: "Early-shift hello", how: "talk", time: "02:30", startDate: "2026-03-23", recurrence: { freq: "daily" }, agreement: undefined },
      { ...walk, id: "evening", startDate: "2026-03-23" },
    ],
  },
  play: async ({ canvasElement }) => {
    const grid = within(canvasElement).getByRole("grid");
    await expect(within(grid).getAllByRole("button").length).toBeGreaterThan(7);
    // Sunday 29 March: 02:30 does not exist in Berlin, so it happens at 03:30, with its note.
    const sunday = grid.querySelector<HTMLElement>('[data-date="2026-03-29"]')!;
    const early = within(sunday).getAllByRole("button").find((b) => b.textContent?.includes("Early-shift hello"))!;
    await expect(early).toHaveTextContent(/3:30\sAM/);
    await expect(early).toHaveTextContent(/Clocks go forward that day, so it moves to 3:30\sAM\./);
    // Other days keep 02:30.
    const saturday = grid.querySelector<HTMLElement>('[data-date="2026-03-28"]')!;
    await expect(within(saturday).getAllByRole("button").find((b) => b.textContent?.includes("Early-shift hello"))).toHaveTextContent(/2:30\sAM/);
  },
};

export const DaylightSavingAgenda: Story = {
  args: {
    now: Date.UTC(2026, 2, 28, 6, 0),
    days: 3,
    defaultValue: [{ ...walk, id: "early", title: "Early-shift hello", how: "talk", time: "02:30", startDate: "2026-03-23", recurrence: { freq: "daily" }, agreement: undefined }],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Clocks go forward that day/)).toBeInTheDocument();
  },
};

/** A return time chosen in a ReassuranceComposer card starts a time-apart plan. */
export const FromReturnTime: Story = {
  args: { defaultValue: [walk], returnTime: { at: "2026-03-04T13:15:00.000Z", timeZone: "Europe/Berlin" } },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Plan the reconnection" }));
    const dialog = await within(document.body).findByRole("dialog");
    await expect(within(dialog).getByRole("radio", { name: "Time apart, then reconnect" })).toBeChecked();
  },
};

export const AnswerAProposal: Story = {
  args: { defaultValue: [checkIn] },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(agenda(canvasElement)).getAllByRole("button")[0]!);
    const dialog = await within(document.body).findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Accept" }));
    await waitFor(() => expect(args.onAccept).toHaveBeenCalled());
  },
};

export const CreateDialog: Story = {
  args: { defaultValue: [walk] },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "New plan" }));
    const dialog = await within(document.body).findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    await expect(within(dialog).getByRole("alert")).toHaveTextContent("Give the plan a name.");
  },
};

export const TimeApartGuidance: Story = {
  args: { defaultValue: [] },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "New plan" }));
    const dialog = await within(document.body).findByRole("dialog");
    await userEvent.click(within(dialog).getByRole("radio", { name: "Time apart, then reconnect" }));
    const minutes = within(dialog).getByLabelText("Minutes apart");
    await userEvent.clear(minutes);
    await userEvent.type(minutes, "1500");
    await expect(within(dialog).getByText(/More than a day can feel long/)).toBeInTheDocument();
  },
};

export const DatePickerOpen: Story = {
  args: { defaultValue: [] },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "New plan" }));
    const dialog = await within(document.body).findByRole("dialog");
    await userEvent.click(within(dialog).getAllByRole("button", { name: /Choose date/ })[0]!);
    const picker = await within(document.body).findByRole("dialog", { name: "Choose a date" });
    await waitFor(() => expect(within(picker).getByRole("gridcell", { name: "Wednesday, March 4" })).toHaveFocus());
    await userEvent.keyboard("{PageDown}");
    await expect(within(picker).getByRole("grid", { name: "April 2026" })).toBeInTheDocument();
  },
};

/** Keyboard only: Tab to "New plan", name it, save with Enter, then download the calendar. */
export const KeyboardCreateAndExport: Story = {
  args: { defaultValue: [walk] },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const files: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => (files.push(b as Blob), "blob:story");
    HTMLAnchorElement.prototype.click = () => {};
    try {
      const newPlan = canvas.getByRole("button", { name: "New plan" });
      for (let i = 0; i < 5 && document.activeElement !== newPlan; i++) await userEvent.tab();
      await expect(newPlan).toHaveFocus();
      await userEvent.keyboard("{Enter}");
      const dialog = await within(document.body).findByRole("dialog", { name: "New plan" });
      await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
      // The first field is the kind of plan; Tab reaches the name.
      for (let i = 0; i < 5 && document.activeElement !== within(dialog).getByLabelText("Name"); i++) await userEvent.tab();
      await userEvent.keyboard("Friday tea{Enter}");
      await waitFor(() => expect(args.onValueChange).toHaveBeenCalled());
      await waitFor(() => expect(newPlan).toHaveFocus());
      await userEvent.tab();
      await expect(canvas.getByRole("button", { name: "Download all (.ics)" })).toHaveFocus();
      await userEvent.keyboard("{Enter}");
      // The calendar writer loads on the first download.
      await waitFor(() => expect(files).toHaveLength(1));
      await expect(await files[0]!.text()).toContain("SUMMARY:Friday tea");
      await expect(canvas.getByRole("status")).toHaveTextContent("Calendar file ready");
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
  },
};

export const InvalidPlans: Story = {
  args: {
    defaultValue: [
      walk,
      { ...walk, id: "mars", title: "Walk on Mars", timeZone: "Mars/Olympus" },
      { ...walk, id: "feb30", title: "Leap of faith", startDate: "2026-02-30" },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("note")).toHaveTextContent("2 plans can't be shown");
  },
};

const hostileTitles = [
  '<img src=x onerror="window.__pwned=1">',
  "<script>window.__pwned=1</script>",
  "👩‍❤️‍👨 Z̴̡̢a̶̡l̵g̷o̸",
  "‮RTL override‬",
  "שלום, I'll be back at 8",
  "a".repeat(300),
];

export const HostileTitles: Story = {
  args: { defaultValue: hostileTitles.map((title, i): RitualPlan => ({ ...walk, id: `h${i}`, title, recurrence: undefined, startDate: "2026-03-04" })) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("img, script")).toBeNull();
    await expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  },
};

export const AThousandRituals: Story = {
  args: { defaultValue: makeBenchmarkRituals(1000), now: Date.UTC(2026, 2, 20) },
};

export const Paused: Story = { args: { defaultValue: [{ ...walk, paused: true }, checkIn] } };

export const Spanish: Story = { args: { defaultValue: plans }, globals: { locale: "es" } };

export const Arabic: Story = {
  args: { defaultValue: plans, partnerTimeZone: "Asia/Riyadh" },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("[dir='rtl']")).not.toBeNull();
  },
};

/** Arabic, right to left: the week runs from the right, and Left and Right are mirrored. */
export const RightToLeftWeek: Story = {
  args: { defaultValue: plans, defaultView: "week", dir: "rtl" },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    const cells = within(within(canvasElement).getByRole("grid")).getAllByRole("gridcell");
    cells[0]!.focus();
    // In a right-to-left week, ArrowLeft moves to the next day (visually to the left).
    await userEvent.keyboard("{ArrowLeft}");
    await expect(cells[1]).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(cells[0]).toHaveFocus();
  },
};

export const ReducedMotion: Story = {
  args: { defaultValue: plans },
  globals: { motion: "always" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("[data-attune-motion='reduce']")).not.toBeNull();
  },
};

export const Dark: Story = { args: { defaultValue: plans }, globals: { theme: "dark" } };

/* -------------------------------------------------------------------------------------------------
 * Build your own: the hook and parts in a layout unlike the default
 * -----------------------------------------------------------------------------------------------*/

function HomeScreen() {
  const planner = useRitualPlanner({ defaultPlans: plans, now: NOW, timeZone: "Europe/Berlin", days: 7 });
  const next = planner.next;
  return (
    <div style={{ display: "grid", gap: 12, maxWidth: 360 }}>
      <h2 style={{ margin: 0 }}>Good afternoon</h2>
      <PlannerRoot planner={planner} aria-label="Your next ritual" style={{ padding: 16, borderRadius: 16, border: "1px solid var(--attune-color-border, #ccc)" }}>
        <NextRitual headingLevel={3} />
        {next && (
          <Button size="sm" onClick={() => planner.openPlan(next.plan)}>
            Details
          </Button>
        )}
        <details>
          <summary style={{ minHeight: 44, display: "flex", alignItems: "center", cursor: "pointer" }}>This week</summary>
          <PlannerAgenda headingLevel={4} />
        </details>
        <PlanDialog />
        <LiveRegion message={planner.announcement} />
      </PlannerRoot>
    </div>
  );
}

/** A home screen's "next ritual" card, made only from `useRitualPlanner` and the parts. */
export const BuildYourOwn: Story = {
  render: () => <HomeScreen />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const card = canvas.getByRole("region", { name: "Next" });
    await expect(card).toHaveTextContent("Back together after some quiet");
    await userEvent.click(canvas.getByRole("button", { name: "Details" }));
    const dialog = await within(document.body).findByRole("dialog", { name: "Edit plan" });
    await expect(within(dialog).getByLabelText("Name")).toHaveValue("Back together after some quiet");
  },
};

/* -------------------------------------------------------------------------------------------------
 * Two partners: two devices wired through an in-page channel, as a host's backend would
 * -----------------------------------------------------------------------------------------------*/

/** Carries plan JSON between the two devices; each side checks what arrives with parsePlan. */
function useChannel() {
  return React.useMemo(() => new EventTarget(), []);
}

function Device({ name, channel, zone }: { name: "alex" | "sam"; channel: EventTarget; zone: string }) {
  const [list, setList] = React.useState<Plan[]>([]);
  React.useEffect(() => {
    const receive = (e: Event) => {
      const { to, json } = (e as CustomEvent<{ to: string; json: string }>).detail;
      if (to !== name) return;
      const r = parsePlan(JSON.parse(json));
      // The plan arrives as the sender saw it: "me" and "partner" swap on this side.
      if (r.ok) setList((l) => [...l.filter((p) => p.id !== r.value.id), forPartner(r.value)]);
    };
    channel.addEventListener("plan", receive);
    return () => channel.removeEventListener("plan", receive);
  }, [channel, name]);
  const send = (plan: Plan) =>
    channel.dispatchEvent(new CustomEvent("plan", { detail: { to: name === "alex" ? "sam" : "alex", json: JSON.stringify(plan) } }));
  return (
    <div aria-label={name === "alex" ? "Alex's phone" : "Sam's phone"} role="group" style={{ flex: "1 1 320px" }}>
      <RitualPlanner plans={list} onPlansChange={setList} onPropose={send} onAccept={send} onSuggestChange={send} now={NOW} timeZone={zone} headingLevel={3} />
    </div>
  );
}

function TwoDevices() {
  const channel = useChannel();
  return (
    <div style={{ display: "flex", flexWrap: "wrap", gap: 16 }}>
      <Device name="alex" channel={channel} zone="Europe/Berlin" />
      <Device name="sam" channel={channel} zone="Europe/Berlin" />
    </div>
  );
}

/** Alex proposes a ritual; it arrives on Sam's phone as plan JSON, and Sam accepts it. */
export const TwoPartners: Story = {
  render: () => <TwoDevices />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alex = within(canvas.getByRole("group", { name: "Alex's phone" }));
    const sam = within(canvas.getByRole("group", { name: "Sam's phone" }));
    await userEvent.click(alex.getByRole("button", { name: "New plan" }));
    const dialog = await within(document.body).findByRole("dialog", { name: "New plan" });
    await userEvent.type(within(dialog).getByLabelText("Name"), "Tea");
    await userEvent.click(within(dialog).getByRole("button", { name: "Propose to my partner" }));
    await waitFor(() => expect(within(document.body).queryByRole("dialog")).toBeNull());
    await expect(alex.getAllByText("You proposed this").length).toBeGreaterThan(0);
    // On Sam's phone it is the partner's proposal, ready to answer.
    await waitFor(() => expect(sam.getAllByText("Your partner proposed this").length).toBeGreaterThan(0));
    const item = within(sam.getByRole("region", { name: "Upcoming plans" })).getAllByRole("button")[0]!;
    await userEvent.click(item);
    const answer = await within(document.body).findByRole("dialog", { name: "Edit plan" });
    await userEvent.click(within(answer).getByRole("button", { name: "Accept" }));
    await waitFor(() => expect(alex.getAllByText("Agreed").length).toBeGreaterThan(0));
    await expect(sam.getAllByText("Agreed").length).toBeGreaterThan(0);
  },
};
