import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import {
  NeedsHistory,
  NeedsProfile,
  NeedsSpectrum,
  NeedsSpectrumEndLabels,
  NeedsSpectrumPartnerMarker,
  NeedsSpectrumReflection,
  NeedsSpectrumRoot,
  NeedsSpectrumThumb,
  NeedsSpectrumTrack,
  parseSpectrumPosition,
  useNeedsSpectrum,
  type SpectrumPosition,
} from "@attune/needs-spectrum";

const meta: Meta<typeof NeedsSpectrum> = {
  title: "Widgets/NeedsSpectrum",
  component: NeedsSpectrum,
  args: { onValueChange: fn(), onValueCommit: fn() },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 520 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          "Where I lean between space and closeness, and, when we both choose to share, where my partner leans. No position is better than another; the middle is not a goal.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<typeof NeedsSpectrum>;

/** Taps anywhere on the track at a fraction of its length, as a finger would. */
function tapTrack(root: HTMLElement, fraction: number, axis: "x" | "y" = "x") {
  const track = root.querySelector<HTMLElement>('[data-attune-part="track"]')!;
  const r = track.getBoundingClientRect();
  const clientX = axis === "x" ? r.left + r.width * fraction : r.left + r.width / 2;
  const clientY = axis === "y" ? r.top + r.height * fraction : r.top + r.height / 2;
  for (const type of ["pointerdown", "pointerup"]) {
    track.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, button: 0, pointerId: 1, clientX, clientY }));
  }
}

export const Default: Story = {
  args: { defaultValue: 50 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const slider = canvas.getByRole("slider", { name: "Where I lean: when I have to choose, which pulls harder?" });
    await userEvent.tab();
    await expect(slider).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}{PageUp}");
    await expect(slider).toHaveAttribute("aria-valuenow", "61");
    await expect(slider).toHaveAttribute("aria-valuetext", "Leaning toward closeness");
    await expect(args.onValueCommit).toHaveBeenLastCalledWith(61);
    await userEvent.keyboard("{Home}");
    await expect(canvas.getByText(/room of your own pulls much harder/)).toBeVisible();
    const box = slider.getBoundingClientRect();
    await expect(box.width).toBeGreaterThanOrEqual(24);
    await expect(box.height).toBeGreaterThanOrEqual(24);
  },
};

export const TapAnywhere: Story = {
  name: "Tap anywhere on the track",
  args: { defaultValue: 50 },
  play: async ({ canvasElement }) => {
    tapTrack(canvasElement, 0.8);
    const slider = within(canvasElement).getByRole("slider");
    await waitFor(() => expect(slider).toHaveAttribute("aria-valuenow", "80"));
    await expect(slider).toHaveFocus();
  },
};

export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = React.useState(35);
    return (
      <div style={{ display: "grid", gap: 12 }}>
        <NeedsSpectrum {...args} value={value} onValueChange={setValue} />
        <output>Host state: {value}</output>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole("slider").focus();
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByText("Host state: 34")).toBeInTheDocument();
  },
};

export const Vertical: Story = {
  args: { orientation: "vertical", defaultValue: 70 },
  play: async ({ canvasElement }) => {
    tapTrack(canvasElement, 0.1, "y");
    const slider = within(canvasElement).getByRole("slider");
    await waitFor(() => expect(slider).toHaveAttribute("aria-valuenow", "90"));
    await userEvent.keyboard("{ArrowDown}");
    await expect(slider).toHaveAttribute("aria-valuenow", "89");
  },
};

export const RightToLeft: Story = {
  name: "Right to left",
  args: { defaultValue: 50 },
  globals: { dir: "rtl" },
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole("slider");
    slider.focus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(slider).toHaveAttribute("aria-valuenow", "51");
    tapTrack(canvasElement, 0.1);
    await waitFor(() => expect(slider).toHaveAttribute("aria-valuenow", "90"));
  },
};

export const Spanish: Story = {
  name: "Spanish",
  args: { defaultValue: 25, defaultSecondaryValue: 60 },
  globals: { locale: "es" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("slider", { name: "Hacia dónde me inclino: cuando tengo que elegir, ¿qué pesa más? Ahora mismo" })).toHaveAttribute(
      "aria-valuetext",
      "Inclinación hacia el espacio",
    );
  },
};

export const Arabic: Story = {
  name: "Arabic (right to left)",
  args: { defaultValue: 80, partner: { value: 30, label: "سامي" } },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole("slider", { name: "إلى أين أميل: حين يلزم الاختيار، أيّهما يجذب أكثر؟" });
    slider.focus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(slider).toHaveAttribute("aria-valuenow", "81");
  },
};

export const Disabled: Story = {
  args: { defaultValue: 30, disabled: true },
  play: async ({ canvasElement, args }) => {
    const slider = within(canvasElement).getByRole("slider");
    await expect(slider).toHaveAttribute("aria-disabled", "true");
    await userEvent.tab();
    await expect(slider).not.toHaveFocus();
    tapTrack(canvasElement, 0.9);
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

export const ReadOnly: Story = {
  name: "Read-only",
  args: { defaultValue: 65, readOnly: true },
  play: async ({ canvasElement, args }) => {
    const slider = within(canvasElement).getByRole("slider");
    await userEvent.tab();
    await expect(slider).toHaveFocus();
    await userEvent.keyboard("{End}");
    await expect(slider).toHaveAttribute("aria-valuenow", "65");
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

export const WithPartner: Story = {
  name: "With my partner's position",
  args: { defaultValue: 30, partner: { value: 78, label: "Sam" } },
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole("slider");
    await expect(slider).toHaveAccessibleDescription("Sam: Leaning toward closeness");
  },
};

export const NowAndUsually: Story = {
  name: "Right now and usually",
  args: { defaultValue: 20, defaultSecondaryValue: 60, onSecondaryValueChange: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const usually = canvas.getByRole("slider", { name: "Where I lean: when I have to choose, which pulls harder? Usually" });
    await userEvent.tab();
    await userEvent.tab();
    await expect(usually).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(args.onSecondaryValueChange).toHaveBeenCalledWith(61);
  },
};

export const NowAndWhatIdLike: Story = {
  name: "Right now and what I'd like",
  args: { defaultValue: 25, defaultSecondaryValue: 55, secondaryLabel: "What I'd like", partner: { value: 70, label: "Sam" } },
};

function RevealWalkthrough() {
  // The host carries each person's shared value to the other; the widget never does.
  const [alex, setAlex] = React.useState<number | undefined>();
  const [sam, setSam] = React.useState<number | undefined>();
  return (
    <div style={{ display: "grid", gap: 24 }}>
      <section aria-label="Alex's screen">
        <NeedsSpectrum label="Alex: where I lean this week" reveal defaultValue={30} onShare={setAlex} partner={{ value: sam, label: "Sam", shared: sam !== undefined }} />
      </section>
      <section aria-label="Sam's screen">
        <NeedsSpectrum label="Sam: where I lean this week" reveal defaultValue={70} onShare={setSam} partner={{ value: alex, label: "Alex", shared: alex !== undefined }} />
      </section>
    </div>
  );
}

export const PartnerReveal: Story = {
  name: "Two-partner reveal walkthrough",
  render: () => <RevealWalkthrough />,
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const alex = within(canvas.getByRole("region", { name: "Alex's screen" }));
    const sam = within(canvas.getByRole("region", { name: "Sam's screen" }));
    await step("Nothing is shown before anyone shares", async () => {
      await expect(alex.getByRole("status")).toHaveTextContent("stays private until you have both shared");
      await expect(canvasElement.querySelector('[data-attune-part="partner-marker"]')).toBeNull();
    });
    await step("Alex moves and shares; Sam sees that Alex has shared, not where", async () => {
      alex.getByRole("slider").focus();
      await userEvent.keyboard("{ArrowLeft}{ArrowLeft}");
      await userEvent.click(alex.getByRole("button", { name: "Share where I lean" }));
      await expect(alex.getByRole("status")).toHaveTextContent("You have shared");
      await expect(sam.getByRole("status")).toHaveTextContent("Your partner has shared");
      await expect(canvasElement.querySelector('[data-attune-part="partner-marker"]')).toBeNull();
      await expect(alex.getByRole("slider")).toHaveAttribute("aria-readonly", "true");
    });
    await step("Sam shares; both see each other", async () => {
      await userEvent.click(sam.getByRole("button", { name: "Share where I lean" }));
      await expect(alex.getByRole("status")).toHaveTextContent("You have both shared");
      await expect(sam.getByRole("status")).toHaveTextContent("You have both shared");
      await expect(alex.getByRole("slider")).toHaveAccessibleDescription("Sam: Leaning toward closeness");
      await expect(sam.getByRole("slider")).toHaveAccessibleDescription("Alex: Leaning toward space");
    });
  },
};

export const Overlap: Story = {
  name: "Overlap (two circles)",
  args: { variant: "overlap", defaultValue: 40 },
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole("slider");
    slider.focus();
    await userEvent.keyboard("{End}");
    await expect(slider).toHaveAttribute("aria-valuetext", "Leaning strongly toward closeness");
    // The second circle is the partner, and the caption says what the overlap means.
    await expect(canvasElement.querySelector('[data-attune-part="overlap-other"]')).toHaveTextContent("My partner");
    await expect(within(canvasElement).getByText("How much togetherness I'd like now")).toBeVisible();
  },
};

export const ReducedMotion: Story = {
  name: "Reduced motion",
  args: { defaultValue: 50, partner: { value: 20, label: "Sam" } },
  globals: { motion: "always" },
  play: async ({ canvasElement }) => {
    const position = canvasElement.querySelector<HTMLElement>('[data-attune-part="thumb-position"]')!;
    await expect(parseFloat(getComputedStyle(position).transitionDuration)).toBe(0);
    await expect(canvasElement.querySelector('[data-attune-motion="reduce"]')).not.toBeNull();
  },
};

export const FullMotion: Story = {
  name: "Full motion",
  args: { defaultValue: 50, defaultSecondaryValue: 70 },
  globals: { motion: "never" },
};

export const DarkTheme: Story = {
  name: "Dark theme",
  args: { defaultValue: 35, defaultSecondaryValue: 65, partner: { value: 80, label: "Sam" } },
  globals: { theme: "dark" },
};

export const BrandTheme: Story = {
  name: "Brand theme",
  args: { defaultValue: 35, defaultSecondaryValue: 65, partner: { value: 80, label: "Sam" }, reveal: false },
  globals: { theme: "brand" },
};

export const OverlapRightToLeft: Story = {
  name: "Overlap, right to left",
  args: { variant: "overlap", defaultValue: 70 },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole("slider");
    await expect(slider).toHaveAttribute("aria-orientation", "horizontal");
    slider.focus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(slider).toHaveAttribute("aria-valuenow", "71");
  },
};

export const CustomRange: Story = {
  name: "Custom range and step",
  args: { min: -3, max: 3, step: 0.5, defaultValue: 0 },
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole("slider");
    slider.focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(slider).toHaveAttribute("aria-valuenow", "0.5");
  },
};

export const BadInput: Story = {
  name: "Bad input is repaired",
  args: { value: Number.NaN, min: 100, max: 0, step: -1, partner: { value: Number.POSITIVE_INFINITY } },
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole("slider");
    await expect(slider).toHaveAttribute("aria-valuenow", "50");
    await expect(slider).toHaveAttribute("aria-valuemin", "0");
  },
};

export const InAForm: Story = {
  name: "In a form",
  render: function Render(args) {
    const [sent, setSent] = React.useState("");
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSent(String(new FormData(e.currentTarget).get("lean")));
        }}
        style={{ display: "grid", gap: 12 }}
      >
        <NeedsSpectrum {...args} name="lean" defaultValue={42} />
        <button type="submit">Save</button>
        <output>{sent ? `Submitted: ${sent}` : ""}</output>
      </form>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(canvas.getByText("Submitted: 42")).toBeInTheDocument();
  },
};

export const CustomMessages: Story = {
  name: "Host's own words",
  args: {
    defaultValue: 50,
    messages: { "needsSpectrum.endStart": "Me time", "needsSpectrum.endEnd": "Us time", "needsSpectrum.label": "This weekend" },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("slider", { name: "This weekend" })).toBeInTheDocument();
  },
};

export const Composed: Story = {
  name: "Composed from parts",
  render: () => (
    <NeedsSpectrumRoot defaultValue={60} aria-label="Sleep">
      <NeedsSpectrumEndLabels />
      <NeedsSpectrumTrack>
        <NeedsSpectrumPartnerMarker value={25} label="Sam" />
        <NeedsSpectrumThumb aria-label="Sleep" />
      </NeedsSpectrumTrack>
      <NeedsSpectrumReflection />
    </NeedsSpectrumRoot>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("slider", { name: "Sleep" })).toHaveAttribute("aria-valuenow", "60");
  },
};

export const Profile: StoryObj<typeof NeedsProfile> = {
  name: "Profile: one row per topic",
  render: () => <NeedsProfile defaultValue={{ evenings: 30, weekends: 70, conflict: 15, sleep: 55 }} onValueCommit={fn()} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("group", { name: "Where I lean, topic by topic" })).toBeInTheDocument();
    await userEvent.tab();
    await userEvent.tab();
    const weekends = canvas.getByRole("slider", { name: "Weekends" });
    await expect(weekends).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(weekends).toHaveAttribute("aria-valuenow", "69");
  },
};

export const History: StoryObj<typeof NeedsHistory> = {
  name: "History",
  render: () => (
    <NeedsHistory
      timeZone="UTC"
      entries={[
        { date: "2026-06-01", value: 62 },
        { date: "2026-07-01", value: 30 },
        { date: "2026-08-01", value: 55 },
        { date: "2026-09-01", value: 78 },
        { date: "2026-10-01", value: 40 },
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("figure", { name: "How my lean has moved" })).toBeInTheDocument();
    await expect(canvas.getAllByRole("row")).toHaveLength(6);
  },
};

export const HistoryAsTable: StoryObj<typeof NeedsHistory> = {
  name: "History with a visible table",
  render: () => (
    <NeedsHistory
      showTable
      timeZone="America/New_York"
      entries={[
        { date: "2026-03-08T06:30:00Z", value: 80 },
        { date: "2026-11-01T05:30:00Z", value: 45 },
      ]}
    />
  ),
};

export const HistoryEmpty: StoryObj<typeof NeedsHistory> = {
  name: "History, nothing yet",
  render: () => <NeedsHistory entries={[]} />,
};

/* Build your own ---------------------------------------------------------------------------*/

/**
 * A host's own markup from `useNeedsSpectrum`: a compact card with the lean in words above a
 * plain bar, and a thumb the host styled itself. The hook supplies the slider semantics, the
 * keyboard, the tap-anywhere track and the words.
 */
function HostCard() {
  const s = useNeedsSpectrum({ defaultValue: 50, step: 5 });
  return (
    <div {...s.getRootProps({ style: { display: "grid", gap: 12, padding: 16, border: "1px solid currentColor", borderRadius: 12 } })}>
      <p id="host-question" style={{ margin: 0, fontWeight: 600 }}>
        Tonight, when I have to choose, which pulls harder?
      </p>
      <p style={{ margin: 0 }} data-testid="host-words">
        {s.valueText()}
      </p>
      <div {...s.getTrackProps({ style: { position: "relative", blockSize: 44, touchAction: "none" } })}>
        <div style={{ position: "absolute", insetInline: 0, insetBlockStart: 20, blockSize: 4, background: "currentColor", opacity: 0.4 }} />
        <span
          {...s.getThumbProps(0, {
            "aria-labelledby": "host-question",
            style: {
              position: "absolute",
              insetBlockStart: 8,
              insetInlineStart: `calc(${s.percent}% - 14px)`,
              inlineSize: 28,
              blockSize: 28,
              borderRadius: 6,
              background: "currentColor",
            },
          })}
        />
      </div>
      <div style={{ display: "flex", justifyContent: "space-between" }}>
        <span>{s.t("needsSpectrum.endStart")}</span>
        <span>{s.t("needsSpectrum.endEnd")}</span>
      </div>
    </div>
  );
}

export const BuildYourOwn: Story = {
  name: "Build your own (hook and host markup)",
  render: () => <HostCard />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const slider = canvas.getByRole("slider", { name: "Tonight, when I have to choose, which pulls harder?" });
    await userEvent.tab();
    await expect(slider).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}");
    await expect(slider).toHaveAttribute("aria-valuenow", "30");
    await expect(slider).toHaveAttribute("aria-valuetext", "Leaning toward space");
    await expect(canvas.getByTestId("host-words")).toHaveTextContent("Leaning toward space");
  },
};

/* Two partners -----------------------------------------------------------------------------*/

/**
 * A small in-page channel standing in for a host's backend: each message is sent as JSON
 * text and checked with `parseSpectrumPosition` on arrival, as it would be from a server.
 */
function createChannel() {
  const listeners = new Set<(from: string, text: string) => void>();
  return {
    send: (from: string, position: SpectrumPosition) => listeners.forEach((l) => l(from, JSON.stringify(position))),
    listen: (l: (from: string, text: string) => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
}

function PartnerDevice({ me, partner, channel, start }: { me: string; partner: string; channel: ReturnType<typeof createChannel>; start: number }) {
  const [theirs, setTheirs] = React.useState<SpectrumPosition | undefined>();
  const [value, setValue] = React.useState(start);
  React.useEffect(
    () =>
      channel.listen((from, text) => {
        if (from === me) return;
        const parsed = parseSpectrumPosition(JSON.parse(text));
        if (parsed.ok) setTheirs(parsed.value);
      }),
    [channel, me],
  );
  return (
    <section aria-label={`${me}'s device`}>
      <NeedsSpectrum
        label={`${me}: evenings this week`}
        reveal
        value={value}
        onValueChange={setValue}
        onShare={(v) => channel.send(me, { version: 1, value: v, shared: true, topic: "evenings", updatedAt: Date.now() })}
        partner={{ value: theirs?.value, label: partner, shared: theirs?.shared ?? false }}
      />
    </section>
  );
}

function TwoPartnersDemo() {
  const [channel] = React.useState(createChannel);
  return (
    <div style={{ display: "grid", gap: 24 }}>
      <PartnerDevice me="Noor" partner="Kai" channel={channel} start={50} />
      <PartnerDevice me="Kai" partner="Noor" channel={channel} start={50} />
    </div>
  );
}

export const TwoPartners: Story = {
  name: "Two partners (through a channel)",
  render: () => <TwoPartnersDemo />,
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const noor = within(canvas.getByRole("region", { name: "Noor's device" }));
    const kai = within(canvas.getByRole("region", { name: "Kai's device" }));
    await step("Noor leans toward closeness and shares: Kai learns only that Noor shared", async () => {
      noor.getByRole("slider").focus();
      await userEvent.keyboard("{PageUp}{PageUp}");
      await userEvent.click(noor.getByRole("button", { name: "Share where I lean" }));
      await expect(kai.getByRole("status")).toHaveTextContent("Your partner has shared");
      await expect(canvasElement.querySelector('[data-attune-part="partner-marker"]')).toBeNull();
    });
    await step("Kai leans toward space and shares: both positions show on both devices", async () => {
      kai.getByRole("slider").focus();
      await userEvent.keyboard("{PageDown}{PageDown}{PageDown}");
      await userEvent.click(kai.getByRole("button", { name: "Share where I lean" }));
      await expect(noor.getByRole("slider")).toHaveAccessibleDescription("Kai: Leaning toward space");
      await expect(kai.getByRole("slider")).toHaveAccessibleDescription("Noor: Leaning toward closeness");
    });
  },
};
