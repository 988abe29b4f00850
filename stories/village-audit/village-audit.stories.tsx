import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import {
  VillageAudit,
  VillageAuditPicture,
  VillageAuditRoot,
  VillageAuditSources,
  VillageAuditSummary,
  VillageAuditTable,
  preloadVillageAuditParts,
  useVillageAudit,
  type VillageAuditData,
} from "@attune/village-audit";

const lastMonth: VillageAuditData = {
  version: 1,
  date: Date.UTC(2026, 10, 1),
  people: [{ id: "person-1", name: "Maya" }],
  needs: [
    { id: "a", label: "", suggestion: "comfort", sources: ["partner"] },
    { id: "b", label: "", suggestion: "venting", sources: ["partner"] },
    { id: "c", label: "", suggestion: "play", sources: ["partner", "friends"] },
    { id: "d", label: "Long walks", sources: ["partner"] },
    { id: "e", label: "", suggestion: "ideas", sources: ["partner", "person-1"] },
  ],
};
const thisMonth: VillageAuditData = {
  ...lastMonth,
  date: Date.UTC(2026, 10, 29),
  needs: [
    { id: "a", label: "", suggestion: "comfort", sources: ["partner", "family"] },
    { id: "b", label: "", suggestion: "venting", sources: ["partner", "colleagues"] },
    ...lastMonth.needs.slice(2),
  ],
};

const meta: Meta<typeof VillageAudit> = {
  title: "Widgets/VillageAudit",
  component: VillageAudit,
  args: { onValueChange: fn(), onPlan: fn(), onError: fn() },
  // The picture, the plan and the changes load with the first need; the stories test those parts,
  // not the download (the package's lazy tests cover that), so their code is fetched first.
  loaders: [async () => ({ preloaded: await preloadVillageAuditParts().then(() => true) })],
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 880 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          "One person cannot be a whole village. Name a few needs, mark who meets each one now, see which rest on the partner alone, and pick one to bring to someone else this week. Private by default.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<typeof VillageAudit>;

/** Starts empty: a person adds needs by keyboard, marks who meets one, and saves a plan. */
export const Default: Story = {
  args: { partnerName: "Sam" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const toolbar = canvas.getByRole("toolbar", { name: "Needs to start from" });
    await userEvent.click(within(toolbar).getByRole("button", { name: "Venting about work" }));
    await userEvent.keyboard("{ArrowRight}{Enter}");
    await expect(within(toolbar).getByRole("button", { name: "Comfort when I'm sad" })).toHaveAttribute("aria-pressed", "true");
    const group = canvas.getByRole("group", { name: "Venting about work" });
    within(group).getAllByRole("button")[0]!.focus();
    await userEvent.keyboard(" ");
    await expect(canvas.getByText("1 of 2 needs rests on Sam alone.")).toBeInTheDocument();
    await userEvent.click(canvas.getByRole("radio", { name: "Venting about work" }));
    await userEvent.type(canvas.getByRole("textbox", { name: "Who could I ask" }), "Priya from work");
    await userEvent.type(canvas.getByRole("textbox", { name: "When" }), "Tuesday lunch");
    await userEvent.keyboard("{Enter}");
    await expect(args.onPlan).toHaveBeenCalledWith(expect.objectContaining({ who: "Priya from work", when: "Tuesday lunch" }));
  },
};

/** Five needs, four resting on the partner alone: said kindly, drawn without alarm. */
export const FilledIn: Story = {
  args: { defaultValue: lastMonth, partnerName: "Sam" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("3 of 5 needs rest on Sam alone.")).toBeInTheDocument();
    await expect(canvas.getByRole("table", { name: "My village, need by need" })).toBeInTheDocument();
  },
};

/** Coming back a month later: what changed since the last audit. */
export const SinceLastTime: Story = {
  args: { defaultValue: thisMonth, previous: lastMonth, partnerName: "Sam" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Comfort when I'm sad now also rests on Family.")).toBeInTheDocument();
    await expect(canvas.getByText("Needs resting on Sam alone: 3 then, 1 now.")).toBeInTheDocument();
  },
};

/** Hands the plan on as time for myself, for a host to open RitualPlanner with. */
export const PlanTimeApart: Story = {
  args: { defaultValue: { ...lastMonth, plan: { needId: "d", who: "myself", when: "Saturday morning" } }, onPlanTimeApart: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Plan an evening for myself" }));
    await expect(args.onPlanTimeApart).toHaveBeenCalledWith(expect.objectContaining({ needLabel: "Long walks", whoLabel: "Myself" }));
  },
};

/** Seven needs is the limit: the rest of the suggestions say so without vanishing. */
export const Full: Story = {
  args: {
    defaultValue: {
      ...lastMonth,
      needs: [...lastMonth.needs, { id: "f", label: "", suggestion: "practical", sources: [] }, { id: "g", label: "", suggestion: "quiet", sources: ["myself"] }],
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("textbox", { name: "A need in my own words" })).toBeDisabled();
  },
};

export const Spanish: Story = { args: { defaultValue: lastMonth, partnerName: "Sam" }, globals: { locale: "es" } };
export const Arabic: Story = {
  args: { defaultValue: lastMonth, partnerName: "سام" },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole("group", { name: "المواساة عند الحزن" });
    const buttons = within(group).getAllByRole("button");
    buttons[0]!.focus();
    // Right to left: the left arrow moves forward.
    await userEvent.keyboard("{ArrowLeft}");
    await expect(buttons[1]).toHaveFocus();
  },
};
export const RightToLeft: Story = { args: { defaultValue: lastMonth }, globals: { dir: "rtl" } };
export const ReducedMotion: Story = { args: { defaultValue: lastMonth }, globals: { motion: "always" } };

/** Bad data from storage or a backend: the valid needs stay, the problem goes to onError. */
export const BadData: Story = {
  args: { value: { ...lastMonth, needs: [null, ...lastMonth.needs.slice(0, 2), { id: "x" }] } as unknown as VillageAuditData },
  play: async ({ canvasElement, args }) => {
    await expect(within(canvasElement).getAllByText("Comfort when I'm sad").length).toBeGreaterThan(0);
    await expect(args.onError).toHaveBeenCalled();
  },
};

/** Build your own: a compact home-screen card from the hook and parts, picture first. */
export const BuildYourOwn: Story = {
  render: () => <CompactVillage />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("3 of 5")).toBeInTheDocument();
    await userEvent.click(canvas.getByRole("button", { name: "Show who meets each need" }));
    await expect(canvas.getByRole("group", { name: "Long walks" })).toBeInTheDocument();
  },
};

function CompactVillage() {
  const [open, setOpen] = React.useState(false);
  const village = useVillageAudit({ defaultValue: lastMonth, partnerName: "Sam" });
  return (
    <div style={{ display: "grid", gap: 16, maxWidth: 420 }}>
      <p style={{ margin: 0, fontSize: 28, fontWeight: 600 }}>
        {village.summary.partnerAlone} of {village.summary.total}
      </p>
      <p style={{ margin: 0 }}>needs rest on {village.partnerInText} alone this month.</p>
      <VillageAuditRoot defaultValue={lastMonth} partnerName="Sam" headingLevel={3} aria-label="My village">
        <VillageAuditPicture style={{ maxWidth: 220 }} />
        <button type="button" className="attune-button" aria-expanded={open} onClick={() => setOpen(!open)} style={{ justifySelf: "start" }}>
          Show who meets each need
        </button>
        {open ? <VillageAuditSources /> : <VillageAuditSummary />}
      </VillageAuditRoot>
    </div>
  );
}

/** Two partners: each audit stays private until its owner shares the picture. */
export const TwoPartners: Story = {
  render: () => <TwoDevices />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("table", { name: "Shared by Alex" })).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole("button", { name: "Share this picture with Sam" }));
    await expect(canvas.getByRole("table", { name: "Shared by Alex" })).toBeInTheDocument();
  },
};

function TwoDevices() {
  const [inbox, setInbox] = React.useState<VillageAuditData | null>(null);
  return (
    <div style={{ display: "grid", gap: 24, gridTemplateColumns: "repeat(auto-fit, minmax(300px, 1fr))" }}>
      <section aria-label="Alex's phone">
        <VillageAudit defaultValue={lastMonth} partnerName="Sam" headingLevel={3} onSharePicture={(audit) => setInbox(JSON.parse(JSON.stringify(audit)))} />
      </section>
      <section aria-label="Sam's phone">
        {inbox ? (
          <VillageAuditRoot value={inbox} partnerName="me" headingLevel={3} aria-label="Alex's village">
            <VillageAuditPicture />
            <VillageAuditTable aria-label="Shared by Alex" />
          </VillageAuditRoot>
        ) : (
          <p>Nothing shared yet.</p>
        )}
      </section>
    </div>
  );
}
