import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import {
  Reflection,
  ReflectionProgress,
  ReflectionRoot,
  ReflectionStep,
  ReflectionSummary,
  preloadReflectionSteps,
  useReflection,
  type ReflectionDraft,
  type ReflectionShare,
} from "@attune/reflection";

const answered: ReflectionDraft = {
  version: 1,
  active: "pull",
  positions: { pull: 4 },
  answers: {
    pull: {
      lean: { value: 72, shared: true },
      reach: { value: "I ask for plans and text more when I feel far away.", shared: true },
      story: { value: "That I'm too much, and one day they'll leave.", shared: false },
      else: { value: "Maybe they need an evening to recharge, and still want us.", shared: true },
    },
  },
  sent: [],
};

const partnerShare: ReflectionShare = {
  version: 1,
  setId: "pull",
  title: "When we pull in different directions",
  answers: [
    { stepId: "lean", kind: "lean", prompt: "On this topic, when I feel I have to choose, which way do I lean: toward space, or toward closeness?", value: 28 },
    { stepId: "reach", kind: "text", prompt: "What do I do to get my partner to meet that need?", value: "I go quiet and hope the evening frees up." },
  ],
};

const evening = [
  {
    id: "evening",
    title: "Evening check-in",
    intro: "Written by a host: two questions for the end of the day.",
    steps: [
      { id: "today", kind: "text", prompt: "What was one moment from today I'd like you to know about?", help: "Big or small." },
      { id: "tonight", kind: "choice", prompt: "Tonight I'd like…", options: [{ id: "near", label: "Some time close" }, { id: "own", label: "Some time on my own" }, { id: "mix", label: "A bit of both" }] },
    ],
  },
];

const meta: Meta<typeof Reflection> = {
  title: "Widgets/Reflection",
  component: Reflection,
  args: { onValueChange: fn(), onError: fn() },
  // What an open set shows (answer fields, summary, preview) loads when a set first opens; the
  // stories test the widget, not the download, so it is fetched first.
  loaders: [async () => ({ preloaded: await preloadReflectionSteps().then(() => true) })],
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
          "Questions that loosen an old story, one at a time: where I lean, what I do to get it, the story I tell myself when I don't, and what else might be true. Every step can be skipped; answers stay private and only the ones a person switches on are shared.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<typeof Reflection>;

/** The list of sets. The play walks a set by keyboard: start, answer, skip, back, review. */
export const Default: Story = {
  args: { onShare: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    canvas.getByRole("button", { name: "Start", description: "Right now" }).focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(canvas.getByRole("heading", { name: "What is this need connected to in me?" })).toHaveFocus());
    await userEvent.tab();
    await userEvent.keyboard("Feeling left out at dinner");
    await userEvent.tab(); // share switch
    await userEvent.keyboard(" ");
    await expect(canvas.getByRole("switch", { name: "Share this answer" })).toHaveAttribute("aria-checked", "true");
    await userEvent.tab(); // back (disabled, skipped) → next
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "Question 2 of 3");
    await userEvent.click(canvas.getByRole("button", { name: "Skip" }));
    await userEvent.click(canvas.getByRole("button", { name: "Review" }));
    await userEvent.click(await canvas.findByRole("button", { name: "Share" }));
    await expect(args.onShare).toHaveBeenCalledWith(
      expect.objectContaining({ setId: "now", answers: [expect.objectContaining({ stepId: "connected", value: "Feeling left out at dinner" })] }),
      expect.stringContaining("Feeling left out at dinner"),
    );
  },
};

/** The lean step: NeedsSpectrum, loaded when a set needs it; the arrow keys move the lean. */
export const LeanStep: Story = {
  args: { defaultValue: { version: 1, active: "pull", positions: {}, answers: {}, sent: [] } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvasElement.querySelector('[data-attune-part="lean-fallback"]')).toBeNull());
    canvas.getByRole("slider").focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    await expect(args.onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ answers: { pull: { lean: { value: 52, shared: false } } } }));
  },
};

/** A choice step: radio buttons, arrow keys between them. */
export const ChoiceStep: Story = {
  args: { defaultValue: { version: 1, active: "fire", positions: {}, answers: {}, sent: [] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("radio", { name: "Space to be my own person" }));
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("radio", { name: "Closeness and being held" })).toBeChecked();
  },
};

/** The "what else might be true?" step, with ideas in both directions a person may borrow. */
export const WhatElseMightBeTrue: Story = {
  args: { defaultValue: { version: 1, active: "pull", positions: { pull: 3 }, answers: {}, sent: [] } },
};

/** The summary: every answer, its share switch, and exactly what would be sent. */
export const Summary: Story = { args: { defaultValue: answered, onShare: fn() } };

/** The partner shared, I have not: their answers wait until I share too. */
export const PartnerWaiting: Story = {
  args: { defaultValue: answered, onShare: fn(), partner: partnerShare },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Your partner has shared. Share yours to see theirs.")).toBeInTheDocument();
    await expect(canvas.queryByText("I go quiet and hope the evening frees up.")).not.toBeInTheDocument();
  },
};

/** Both shared: answers side by side. */
export const BothShared: Story = { args: { defaultValue: { ...answered, sent: ["pull"] }, onShare: fn(), partner: partnerShare } };

/** The host's onShare failed: said plainly, nothing lost. */
export const ShareFailed: Story = {
  args: { defaultValue: answered, onShare: () => Promise.reject(new Error("offline")) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Share" }));
    const preview = canvas.getByRole("group", { name: "What will be sent" });
    await expect(await within(preview).findByText("That didn't go through. Your answers are still here.")).toBeInTheDocument();
  },
};

/** A host's own set from JSON beside a bad one: the bad one is named, the rest works. */
export const HostSets: Story = { args: { builtInSets: ["now"], sets: [...evening, { id: "broken", title: "Broken", steps: "nope" }] } };

/** Drafts kept (the host opted in with persistKey): "Save and leave", then Resume. */
export const SaveAndResume: Story = {
  args: { persistKey: "story", defaultValue: { version: 1, active: "now", positions: { now: 1 }, answers: { now: { connected: { value: "A long week", shared: false } } }, sent: [] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Save and leave" }));
    await userEvent.click(canvas.getByRole("button", { name: "Resume", description: "Right now" }));
    await expect(canvas.getByRole("heading", { name: "What do I need right now?" })).toHaveFocus();
  },
};

export const Spanish: Story = { args: { defaultValue: answered, onShare: fn() }, globals: { locale: "es" } };
export const Arabic: Story = {
  args: { defaultValue: { version: 1, active: "pull", positions: { pull: 1 }, answers: {}, sent: [] } },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "السؤال 2 من 4");
  },
};
export const RightToLeft: Story = { args: { defaultValue: answered, onShare: fn(), partner: partnerShare }, globals: { dir: "rtl" } };
export const ReducedMotion: Story = { args: { defaultValue: { version: 1, active: "pull", positions: { pull: 2 }, answers: {}, sent: [] } }, globals: { motion: "always" } };

/** Build your own: a one-card stepper from the hook and parts, progress on the side. */
export const BuildYourOwn: Story = {
  render: () => <Compact />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Evening check-in" }));
    await userEvent.type(canvas.getByRole("textbox", { name: "What was one moment from today I'd like you to know about?" }), "The bus driver sang");
    await userEvent.click(canvas.getByRole("button", { name: "Next" }));
    await expect(canvas.getByRole("heading", { name: "Tonight I'd like…" })).toHaveFocus();
  },
};

function SetPicker() {
  const r = useReflection({ sets: evening, builtInSets: [] });
  return (
    <nav aria-label="Sets" style={{ display: "flex", gap: 8 }}>
      {r.sets.map((s) => (
        <span key={s.id}>{s.title}</span>
      ))}
    </nav>
  );
}

function Compact() {
  const [draft, setDraft] = React.useState<ReflectionDraft>({ version: 1, active: null, positions: {}, answers: {}, sent: [] });
  return (
    <div style={{ display: "grid", gap: 16, maxWidth: 420 }}>
      <SetPicker />
      <button type="button" onClick={() => setDraft((d) => ({ ...d, active: "evening", positions: { evening: 0 } }))}>
        Evening check-in
      </button>
      {draft.active ? (
        <ReflectionRoot value={draft} onValueChange={setDraft} sets={evening} builtInSets={[]} headingLevel={3} aria-label="Evening check-in" onShare={fn()}>
          <div style={{ display: "grid", gridTemplateColumns: "1fr", gap: 12 }}>
            <ReflectionStep />
            <ReflectionSummary />
            <ReflectionProgress />
          </div>
        </ReflectionRoot>
      ) : null}
    </div>
  );
}

/** Two partners on two devices, wired through a small in-page channel: each sees the other's answers only after both shared. */
export const TwoPartners: Story = {
  render: () => <TwoDevices />,
  play: async ({ canvasElement }) => {
    const alex = within(canvasElement.querySelector<HTMLElement>('[aria-label="Alex\'s phone"]')!);
    const sam = within(canvasElement.querySelector<HTMLElement>('[aria-label="Sam\'s phone"]')!);
    await userEvent.click(await alex.findByRole("button", { name: "Share" }));
    await expect(await sam.findByText("Your partner has shared. Share yours to see theirs.")).toBeInTheDocument();
    await userEvent.click(sam.getByRole("button", { name: "Share" }));
    await expect(sam.getByText("I ask for plans and text more when I feel far away.")).toBeInTheDocument();
    await expect(alex.getByText("I'd like a quiet hour after work, then us.")).toBeInTheDocument();
  },
};

function TwoDevices() {
  const [toSam, setToSam] = React.useState<unknown>();
  const [toAlex, setToAlex] = React.useState<unknown>();
  const sams: ReflectionDraft = {
    version: 1,
    active: "pull",
    positions: { pull: 4 },
    answers: { pull: { lean: { value: 30, shared: true }, reach: { value: "I'd like a quiet hour after work, then us.", shared: true } } },
    sent: [],
  };
  return (
    <div style={{ display: "grid", gap: 24, gridTemplateColumns: "repeat(auto-fit, minmax(300px, 1fr))" }}>
      <section aria-label="Alex's phone">
        <Reflection headingLevel={3} defaultValue={answered} partner={toAlex} onShare={(share) => setToSam(JSON.parse(JSON.stringify(share)))} />
      </section>
      <section aria-label="Sam's phone">
        <Reflection headingLevel={3} defaultValue={sams} partner={toSam} onShare={(share) => setToAlex(JSON.parse(JSON.stringify(share)))} />
      </section>
    </div>
  );
}
