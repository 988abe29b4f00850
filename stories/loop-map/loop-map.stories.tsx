import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { LoopMap, LoopMapPicture, LoopMapRoot, LoopMapSteps, LoopMapField, useLoopMap, type LoopHalf } from "@attune/loop-map";
import { toLoopEntry } from "@attune/loop-map/logic";

const DATE = Date.UTC(2026, 10, 1);
const alex: LoopHalf = {
  version: 1,
  date: DATE,
  feel: { suggestion: "far", text: "" },
  move: { suggestion: "keepTexting", text: "" },
  longing: { suggestion: "okay", text: "" },
  step: { text: "" },
  shared: true,
};
const sam: LoopHalf = {
  version: 1,
  date: DATE,
  feel: { suggestion: "crowded", text: "" },
  move: { text: "go for a long walk without saying when I'll be back" },
  longing: { suggestion: "breathe", text: "" },
  step: { suggestion: "sayBack", text: "" },
  shared: true,
};

const meta: Meta<typeof LoopMap> = {
  title: "Widgets/LoopMap",
  component: LoopMap,
  args: { onValueChange: fn(), onShare: fn(), onError: fn() },
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
          "Each partner fills in their half of the pursue-withdraw loop; once both have shared, the loop is drawn as the shared problem, and each picks one new step out of it.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<typeof LoopMap>;

/** Starts empty: a person fills in their half by keyboard and shares it. */
export const Default: Story = {
  args: { partnerName: "Sam" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const feel = canvas.getByRole("toolbar", { name: "Suggestions for “When I feel…”" });
    within(feel).getAllByRole("button")[0]!.focus();
    await userEvent.keyboard("{ArrowRight} ");
    await expect(within(feel).getByRole("button", { name: "shut out" })).toHaveAttribute("aria-pressed", "true");
    await userEvent.tab();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowRight} ");
    await expect(canvas.getByRole("button", { name: "raise my voice" })).toHaveAttribute("aria-pressed", "false");
    await userEvent.type(within(canvas.getByRole("group", { name: "I tend to…" })).getByRole("textbox"), "ask more questions");
    await userEvent.click(canvas.getByRole("button", { name: "Share my half" }));
    await expect(args.onShare).toHaveBeenCalledWith(expect.objectContaining({ shared: true, move: expect.objectContaining({ text: "ask more questions" }) }));
    await expect(canvas.getByText("You've shared your half. Sam can add theirs whenever they're ready.")).toBeInTheDocument();
  },
};

/** Only my half: the widget draws what it can and invites, never demands, the partner's half. */
export const Alone: Story = {
  args: { defaultValue: { ...alex, shared: false }, partnerName: "Sam" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/The rest of the loop is Sam's to tell/)).toBeInTheDocument();
  },
};

/** Both halves shared: the loop as a cycle, read in loop order, and one new step each. */
export const BothShared: Story = {
  args: { defaultValue: alex, partner: sam, partnerName: "Sam", onNewStep: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Step 4 of 4, then it starts again/)).toBeInTheDocument();
    await expect(canvas.getByText("The loop is the problem, not either of you.")).toBeInTheDocument();
    const steps = canvas.getByRole("toolbar", { name: "Suggestions for “One new step I could try”" });
    within(steps).getAllByRole("button")[0]!.focus();
    await userEvent.keyboard("{ArrowRight}{Enter}");
    await expect(canvas.getByText("When far away, I'll breathe for a minute before I text.")).toBeInTheDocument();
    await userEvent.click(canvas.getByRole("button", { name: "Turn my step into a message" }));
    await expect(args.onNewStep).toHaveBeenCalledWith(expect.objectContaining({ step: "I'll breathe for a minute before I text" }), "composer");
  },
};

/** Coming back later: what changed since the stored entry. */
export const SinceLastTime: Story = {
  args: {
    defaultValue: { ...alex, move: { suggestion: "askMore", text: "" } },
    partner: sam,
    partnerName: "Sam",
    previous: toLoopEntry(alex, { ...sam, step: { text: "" } }, Date.UTC(2026, 9, 4)),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("I tend to… was “keep texting”, now “ask more”.")).toBeInTheDocument();
  },
};

export const Spanish: Story = { args: { defaultValue: alex, partner: sam, partnerName: "Sam" }, globals: { locale: "es" } };
export const Arabic: Story = {
  args: { defaultValue: alex, partner: sam, partnerName: "سام" },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const chips = within(canvas.getByRole("toolbar", { name: "اقتراحات لـ «حين أشعر بـ…»" })).getAllByRole("button");
    chips[0]!.focus();
    // Right to left: the left arrow moves forward.
    await userEvent.keyboard("{ArrowLeft}");
    await expect(chips[1]).toHaveFocus();
  },
};
export const RightToLeft: Story = { args: { defaultValue: alex, partner: sam }, globals: { dir: "rtl" } };
export const ReducedMotion: Story = { args: { defaultValue: alex, partner: sam }, globals: { motion: "always" } };

/** Bad data from a partner: the valid answers stay, the problem goes to onError. */
export const BadData: Story = {
  args: { defaultValue: alex, partner: { ...sam, longing: { suggestion: "<img src=x>", text: 5 } } as unknown as LoopHalf },
  play: async ({ canvasElement, args }) => {
    await expect(within(canvasElement).getByText(/my partner feeling crowded/)).toBeInTheDocument();
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-data" }));
  },
};

/** Build your own: a small check-in card, the loop's picture beside one question at a time. */
export const BuildYourOwn: Story = {
  render: () => <CheckInCard />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Next question" }));
    await expect(canvas.getByRole("group", { name: "I tend to…" })).toBeInTheDocument();
  },
};

function CheckInCard() {
  const fields = ["feel", "move", "longing"] as const;
  const [i, setI] = React.useState(0);
  const loop = useLoopMap({ defaultValue: alex, partner: sam });
  return (
    <div style={{ display: "grid", gap: 16, maxWidth: 420 }}>
      <p style={{ margin: 0 }}>{loop.revealed ? "Your loop is ready to look at together." : "Your half, one question at a time."}</p>
      <LoopMapRoot defaultValue={alex} partner={sam} headingLevel={3} aria-label="Check-in">
        <div style={{ display: "grid", gridTemplateColumns: "120px 1fr", gap: 16, alignItems: "center" }}>
          <LoopMapPicture />
          <LoopMapField field={fields[i]!} />
        </div>
        <button type="button" className="attune-button" onClick={() => setI((i + 1) % fields.length)} style={{ justifySelf: "start" }}>
          Next question
        </button>
        <LoopMapSteps />
      </LoopMapRoot>
    </div>
  );
}

/** A tiny in-page channel, as a host's backend would be between two phones. */
function useChannel() {
  const [halves, setHalves] = React.useState<Record<string, LoopHalf | undefined>>({});
  const post = (from: string, half: LoopHalf) => {
    if (half.shared) setHalves((h) => ({ ...h, [from]: JSON.parse(JSON.stringify(half)) as LoopHalf }));
  };
  return { halves, post };
}

/** Two partners on two devices: each shares their half; both see the loop once both have. */
export const TwoPartners: Story = {
  render: () => <TwoDevices />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alexPhone = within(canvas.getByRole("region", { name: "Alex's phone" }));
    const samPhone = within(canvas.getByRole("region", { name: "Sam's phone" }));
    await userEvent.click(alexPhone.getByRole("button", { name: "Share my half" }));
    await expect(alexPhone.queryByText(/Step 4 of 4/)).not.toBeInTheDocument();
    await userEvent.click(samPhone.getByRole("button", { name: "Share my half" }));
    await expect(alexPhone.getByText(/Step 4 of 4/)).toBeInTheDocument();
    await expect(samPhone.getByText(/Step 4 of 4/)).toBeInTheDocument();
  },
};

function TwoDevices() {
  const channel = useChannel();
  return (
    <div style={{ display: "grid", gap: 24, gridTemplateColumns: "repeat(auto-fit, minmax(300px, 1fr))" }}>
      <section aria-label="Alex's phone">
        <LoopMap
          defaultValue={{ ...alex, shared: false }}
          partner={channel.halves.sam}
          partnerName="Sam"
          headingLevel={3}
          onShare={(half) => channel.post("alex", half)}
          onValueChange={(half) => channel.post("alex", half)}
        />
      </section>
      <section aria-label="Sam's phone">
        <LoopMap
          defaultValue={{ ...sam, shared: false }}
          partner={channel.halves.alex}
          partnerName="Alex"
          headingLevel={3}
          onShare={(half) => channel.post("sam", half)}
          onValueChange={(half) => channel.post("sam", half)}
        />
      </section>
    </div>
  );
}
