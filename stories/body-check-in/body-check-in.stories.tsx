import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import {
  BodyCheckIn,
  BodyCheckInChange,
  BodyCheckInDetails,
  BodyCheckInMap,
  BodyCheckInRoot,
  BodyCheckInSentence,
  preloadBodyCheckInDetails,
  useBodyCheckIn,
  type BodyCheckInEntry,
  type BodyCheckInShare,
} from "@attune/body-check-in";

const NOW = Date.UTC(2026, 11, 1, 19, 30);
const first: BodyCheckInEntry = {
  version: 1,
  date: NOW,
  marks: [
    { place: "face", sensations: ["hot"], intensity: 5 },
    { place: "chest", sensations: ["tight", "heavy"], intensity: 7 },
  ],
  feeling: "overwhelmed",
  need: "pause",
  minutes: 20,
};
const later: BodyCheckInEntry = {
  version: 1,
  date: NOW + 25 * 60_000,
  marks: [
    { place: "face", sensations: ["warm"], intensity: 2 },
    { place: "chest", sensations: ["tight"], intensity: 3 },
  ],
  need: "slow",
};

const meta: Meta<typeof BodyCheckIn> = {
  title: "Widgets/BodyCheckIn",
  component: BodyCheckIn,
  args: { onValueChange: fn(), onShare: fn(), onBreathe: fn(), onWriteCard: fn(), onError: fn(), now: NOW, timeZone: "Europe/Berlin" },
  // The parts shown for marked places load with the first mark; the stories test those parts,
  // not the download (the package's lazy tests cover that), so their code is fetched first.
  loaders: [async () => ({ preloaded: await preloadBodyCheckInDetails().then(() => true) })],
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 720 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          "Somatic tracking: notice where stress, fear or calm sits in the body, put words and a number to it, and say it before reacting. Never a diagnosis; private until shared.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<typeof BodyCheckIn>;

/** Starts empty: a person marks a place, picks words and a strength by keyboard, asks for a pause and shares. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const map = within(canvas.getByRole("group", { name: "Where I notice something" }));
    map.getByRole("button", { name: "Head" }).focus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown} ");
    await expect(map.getByRole("button", { name: "Chest" })).toHaveAttribute("aria-pressed", "true");
    const words = within(canvas.getByRole("group", { name: "What it feels like in: Chest" }));
    words.getByRole("button", { name: "tightness" }).focus();
    await userEvent.keyboard(" ");
    const slider = canvas.getByRole("slider", { name: "How strong, Chest" });
    slider.focus();
    await userEvent.keyboard("{End}{ArrowLeft}{ArrowLeft}{ArrowLeft}");
    await expect(slider).toHaveAttribute("aria-valuetext", "7 of 10, strong");
    await userEvent.click(canvas.getByRole("button", { name: "A pause" }));
    await expect(canvas.getByRole("textbox", { name: "What I could say" })).toHaveValue(
      "I'm noticing tightness in my chest, about 7 of 10. I'd like 20 minutes before we keep talking.",
    );
    await userEvent.click(canvas.getByRole("button", { name: "Share this" }));
    await expect(args.onShare).toHaveBeenCalledWith(
      expect.objectContaining({ returnAt: { at: new Date(NOW + 20 * 60_000).toISOString(), timeZone: "Europe/Berlin" } }),
    );
  },
};

/** Filled in: two places, words, a feeling and a need. */
export const FilledIn: Story = { args: { defaultValue: first } };

/** The plain list instead of the outline, for anyone who prefers it. */
export const AsAList: Story = {
  args: { defaultView: "list" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("checkbox", { name: "Throat" }));
    await expect(canvas.getByRole("slider", { name: "How strong, Throat" })).toBeInTheDocument();
  },
};

/** After the pause: the second check-in next to the first ("7 to 3"). */
export const AfterThePause: Story = {
  args: { defaultValue: later, defaultPrevious: first },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Strongest: 7 to 3")).toBeInTheDocument();
  },
};

/** Check in again by keyboard: the first check-in is kept and the change shows. */
export const CheckInAgain: Story = {
  args: { defaultValue: first, onPreviousChange: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    canvas.getByRole("button", { name: "Check in again" }).focus();
    await userEvent.keyboard("{Enter}");
    await expect(args.onPreviousChange).toHaveBeenCalled();
    canvas.getByRole("button", { name: "Chest" }).focus();
    await userEvent.keyboard(" ");
    canvas.getByRole("slider", { name: "How strong, Chest" }).focus();
    await userEvent.keyboard("{Home}{ArrowRight}{ArrowRight}");
    await expect(canvas.getByText("Chest: 7 to 2")).toBeInTheDocument();
  },
};

/** A breathing guide passed in by the host opens in place; resources sit at the end. */
export const WithBreathingAndResources: Story = {
  args: {
    defaultValue: first,
    breathing: <p style={{ padding: 16, borderRadius: 12, background: "var(--attune-surface-sunken)" }}>The host's breathing guide goes here.</p>,
    resources: (
      <p>
        If you are in danger or thinking of harming yourself, <a href="#help" style={{ display: "inline-block", minHeight: 44, lineHeight: "44px" }}>contact local emergency services</a>.
      </p>
    ),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Breathe now" }));
    await expect(args.onBreathe).toHaveBeenCalled();
    await expect(canvas.getByText("The host's breathing guide goes here.")).toBeInTheDocument();
  },
};

/** All over, or hard to place: the whole outline lights up. */
export const AllOver: Story = { args: { defaultValue: { version: 1, marks: [{ place: "allOver", sensations: ["buzzing", "restless"], intensity: 6 }] } } };

export const Spanish: Story = { args: { defaultValue: first }, globals: { locale: "es" } };
export const Arabic: Story = {
  args: { defaultValue: first },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const slider = canvas.getByRole("slider", { name: "ما مدى قوته، الصدر" });
    slider.focus();
    // Right to left: the left arrow makes it stronger.
    await userEvent.keyboard("{ArrowLeft}");
    await expect(slider).toHaveAttribute("aria-valuenow", "8");
  },
};
export const RightToLeft: Story = { args: { defaultValue: first }, globals: { dir: "rtl" } };
export const ReducedMotion: Story = { args: { defaultValue: first }, globals: { motion: "always" } };

/** Bad data from storage or a backend: the valid marks stay, the problem goes to onError. */
export const BadData: Story = {
  args: { defaultValue: { version: 1, marks: [null, { place: "chest", sensations: ["tight", "???"], intensity: 99 }, { place: "elbow" }] } as unknown as BodyCheckInEntry },
  play: async ({ canvasElement, args }) => {
    await expect(within(canvasElement).getByRole("slider", { name: "How strong, Chest" })).toHaveAttribute("aria-valuenow", "10");
    await expect(args.onError).toHaveBeenCalled();
  },
};

/** Build your own: a compact card, sentence first, outline and details side by side. */
export const BuildYourOwn: Story = {
  render: () => <CompactCheckIn />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("2 places")).toBeInTheDocument();
    canvas.getByRole("button", { name: "Stomach" }).focus();
    await userEvent.keyboard(" ");
    await expect(canvas.getByText("3 places")).toBeInTheDocument();
  },
};

function CompactCheckIn() {
  const [value, setValue] = React.useState<BodyCheckInEntry>(first);
  const mine = useBodyCheckIn({ value });
  return (
    <div style={{ display: "grid", gap: 16, maxWidth: 640 }}>
      <p style={{ margin: 0, fontSize: 20, fontWeight: 600 }}>{mine.entry.marks.length} places</p>
      <BodyCheckInRoot value={value} onValueChange={setValue} headingLevel={3} aria-label="Quick check-in">
        <BodyCheckInSentence />
        <div style={{ display: "grid", gap: 16, gridTemplateColumns: "repeat(auto-fit, minmax(260px, 1fr))" }}>
          <BodyCheckInMap />
          <BodyCheckInDetails />
        </div>
      </BodyCheckInRoot>
    </div>
  );
}

/** Two partners: one shares a check-in; the other sees the sentence and the check-in as JSON arrives. */
export const TwoPartners: Story = {
  render: () => <TwoDevices />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Nothing shared yet.")).toBeInTheDocument();
    await userEvent.click(canvas.getByRole("button", { name: "Share this" }));
    await expect(canvas.getByText(/about 7 of 10/, { selector: "blockquote" })).toBeInTheDocument();
    await expect(canvas.getByText("Strongest: 7 to 3")).toBeInTheDocument();
  },
};

function TwoDevices() {
  const [inbox, setInbox] = React.useState<BodyCheckInShare | null>(null);
  return (
    <div style={{ display: "grid", gap: 24, gridTemplateColumns: "repeat(auto-fit, minmax(300px, 1fr))" }}>
      <section aria-label="Alex's phone">
        <BodyCheckIn defaultValue={first} now={NOW} timeZone="Europe/Berlin" headingLevel={3} onShare={(e) => setInbox(JSON.parse(JSON.stringify(e)))} />
      </section>
      <section aria-label="Sam's phone">
        {inbox ? (
          <>
            <blockquote style={{ margin: 0 }}>{inbox.text}</blockquote>
            <BodyCheckInRoot value={later} previous={inbox.checkIn} headingLevel={3} aria-label="Alex, after the pause">
              <BodyCheckInChange />
            </BodyCheckInRoot>
          </>
        ) : (
          <p>Nothing shared yet.</p>
        )}
      </section>
    </div>
  );
}
