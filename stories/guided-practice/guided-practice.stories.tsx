import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { GuidedPractice, PracticePlayer, usePracticePlayer, type Practice, type PracticeStart, type PracticeStatus } from "@attune/guided-practice";
import { parsePracticeStart } from "@attune/guided-practice/logic";
import { AttuneProvider, Button, memoryStorageAdapter } from "@attune/core";
import { beforeWeTalkAgain, holdingBoth, practices, whileIWait } from "@attune/guided-practice/practices/en";
import { practices as esPractices } from "@attune/guided-practice/practices/es";
import { practices as arPractices } from "@attune/guided-practice/practices/ar";

const meta = {
  title: "Guided practice/GuidedPractice",
  component: GuidedPractice,
  // The .mdx page next to this file is the documentation.
  tags: ["!autodocs", "test"],
  args: {
    practices: [holdingBoth],
    onStatusChange: fn(),
    onStepChange: fn(),
    onStart: fn(),
    onComplete: fn(),
    onError: fn(),
  },
  argTypes: {
    announce: { control: "inline-radio", options: ["steps", "quiet", "off"] },
    headingLevel: { control: { type: "number", min: 1, max: 6 } },
  },
} satisfies Meta<typeof GuidedPractice>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A short practice so stories reach every state in seconds. */
const quick: Practice = {
  version: 1,
  id: "quick",
  title: "A short pause",
  description: "Three short steps, for trying the player.",
  steps: [
    { text: "Let your shoulders drop a little.", seconds: 2 },
    { text: "Breathe with the circle.", seconds: 8, breathing: { phases: [{ kind: "inhale", seconds: 2 }, { kind: "exhale", seconds: 2 }] } },
    { text: "Notice one thing that feels steady.", seconds: 2 },
    { text: "Carry on when you're ready." },
  ],
};

const stateOf = (el: HTMLElement) => el.querySelector(".attune-guided-practice")!.getAttribute("data-state");

/* The practices ----------------------------------------------------------------------------*/

/** "Holding both", about 5 minutes. Nothing moves until the person begins. */
export const HoldingBoth: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: "Holding both" })).toBeVisible();
    await expect(canvas.getByText(/About 5 minutes · 8 steps/)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Begin" })).toBeVisible();
    await expect(canvas.getByRole("status")).toBeInTheDocument();
    await expect(stateOf(canvasElement)).toBe("idle");
  },
};

/** "While I wait", with the return time from a received reassurance card. */
export const WhileIWait: Story = {
  args: { practices: [whileIWait], returnAt: { at: "2026-11-21T19:30:00.000Z", timeZone: "Europe/Berlin" } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/The time you agreed to come back together: Sat 8:30/)).toBeVisible();
  },
};

/** "Before we talk again": its last step waits for the person ("when you're ready"). */
export const BeforeWeTalkAgain: Story = { args: { practices: [beforeWeTalkAgain] } };

/** All three, with a picker (native radio buttons: arrow keys choose). */
export const ChooseAPractice: Story = {
  args: { practices },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("radio", { name: "Holding both" }));
    await userEvent.keyboard("{ArrowDown}");
    await expect(canvas.getByRole("radio", { name: "While I wait" })).toBeChecked();
    await expect(canvas.getByRole("heading", { name: "While I wait" })).toBeVisible();
  },
};

/** With no practice given (the texts are a separate import): a quiet note, no controls. */
export const NoPractice: Story = {
  args: { practices: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("There is no practice here yet.")).toBeVisible();
    await expect(within(canvasElement).queryByRole("button")).toBeNull();
  },
};

/* States -----------------------------------------------------------------------------------*/

/** Running: large calm text, progress and time left. */
export const Running: Story = {
  args: { practices: [holdingBoth], defaultStatus: "running" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // A running session loads its code at mount (a separate chunk): the first step shows when it arrives.
    await expect(await canvas.findByText(holdingBoth.steps[0]!.text)).toBeVisible();
    await expect(canvas.getByText("Step 1 of 8")).toBeVisible();
    await expect(canvas.getByRole("progressbar")).toHaveAttribute("aria-valuetext", expect.stringMatching(/^Step 1 of 8, [45]:\d\d left$/));
  },
};

/** A step with breathing: the circle and the phase word, timed by the breathing engine. */
export const BreathingStep: Story = {
  args: { practices: [quick], defaultStatus: "running" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText("Breathe with the circle.")).toBeVisible(), { timeout: 4_000 });
    await expect(canvas.getByRole("group", { name: "Breathing" })).toBeVisible();
    await waitFor(() => expect(canvas.getByText(/^Breathe out, /)).toBeVisible(), { timeout: 4_000 });
  },
};

/** Paused: nothing is lost, for as long as it takes. */
export const Paused: Story = {
  args: { practices: [holdingBoth], defaultStatus: "running" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Pause" }));
    await expect(canvas.getByText("Paused. Take all the time you need.")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Resume" })).toBeVisible();
  },
};

/** A "when you're ready" step waits for Continue. Then the calm end. */
export const WhenYoureReadyAndTheEnd: Story = {
  args: { practices: [quick], defaultStatus: "running" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText("Carry on when you're ready.")).toBeVisible(), { timeout: 15_000 });
    await expect(canvas.getByText("Take your time. Continue when you're ready.")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
    await expect(canvas.getByText("That's the whole practice.")).toBeVisible();
    await expect(args.onComplete).toHaveBeenCalledWith({ practiceId: "quick" });
    await expect(canvas.getByRole("button", { name: "Start again" })).toHaveFocus();
  },
};

/** Stopping midway is fine. */
export const StoppedMidway: Story = {
  args: { practices: [holdingBoth], defaultStatus: "running" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Stop" }));
    await expect(canvas.getByText("Come back whenever you like.")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Begin" })).toHaveFocus();
  },
};

/**
 * With a `persistKey` the player remembers where the person paused, through the provider's
 * storage (here in memory): coming back, it opens paused there. The code that saves progress
 * loads only with a key.
 */
export const ComeBackWherePaused: Story = {
  args: { practices: [holdingBoth], persistKey: "storybook-practice" },
  render: function Render(args, { globals }) {
    const [storage] = React.useState(() => memoryStorageAdapter());
    const [mount, setMount] = React.useState(0);
    return (
      <AttuneProvider theme={(globals.theme as string) ?? "light"} storage={storage}>
        <div style={{ display: "grid", gap: 16 }}>
          <Button onClick={() => setMount((n) => n + 1)}>Come back later (remount)</Button>
          <GuidedPractice key={mount} {...args} />
        </div>
      </AttuneProvider>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const stage = () => canvasElement.querySelector('[data-attune-part="stage"]')!;
    await userEvent.click(canvas.getByRole("button", { name: "Begin" }));
    await userEvent.click(await canvas.findByRole("button", { name: "Skip ahead" }));
    await userEvent.click(canvas.getByRole("button", { name: "Pause" }));
    await expect(stage()).toHaveAttribute("data-step", "2");
    await userEvent.click(canvas.getByRole("button", { name: "Come back later (remount)" }));
    await expect(await canvas.findByText("You paused here last time. Resume whenever you like.", {}, { timeout: 10_000 })).toBeVisible();
    await expect(stage()).toHaveAttribute("data-step", "2");
    await expect(canvas.getByRole("button", { name: "Resume" })).toBeVisible();
  },
};

/** A host's practice list with a broken entry: the host hears about it, the rest plays. */
export const BadPracticeReported: Story = {
  render: function BadPracticeReported(args) {
    const [errors, setErrors] = React.useState<string[]>([]);
    return (
      <div>
        <GuidedPractice {...args} onError={(e) => setErrors((list) => (list.includes(e.message) ? list : [...list, e.message]))} />
        <ul aria-label="Reported to the host">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </div>
    );
  },
  args: { practices: [{ version: 1, id: "mine", title: "My practice", steps: [{ text: "", seconds: 10 }] }, whileIWait] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The problem's words load with the first broken practice (a separate chunk): find, not get.
    await expect(await canvas.findByText("GuidedPractice: My practice: step 1 needs text (1 to 600 characters)")).toBeVisible();
    await expect(canvas.getByRole("heading", { name: "While I wait" })).toBeVisible();
  },
};

/** The host owns the status (status / onStatusChange) and pauses from outside, e.g. for a call. */
export const HostPausesFromOutside: Story = {
  render: function HostPausesFromOutside(args) {
    const [status, setStatus] = React.useState<PracticeStatus>("running");
    return (
      <div>
        <p>
          <button type="button" onClick={() => setStatus("paused")}>
            Incoming call: pause
          </button>
        </p>
        <GuidedPractice {...args} status={status} onStatusChange={setStatus} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(stateOf(canvasElement)).toBe("running"));
    await userEvent.click(canvas.getByRole("button", { name: "Incoming call: pause" }));
    await expect(stateOf(canvasElement)).toBe("paused");
  },
};

/* Keyboard ---------------------------------------------------------------------------------*/

/** Begin, Space pauses and resumes, arrows move between steps, Escape stops: keyboard alone. */
export const KeyboardWalkthrough: Story = {
  args: { practices: [holdingBoth] },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const stage = canvas.getByRole("group", { name: "Practice step" });
    await userEvent.tab();
    await expect(stage).toHaveFocus();
    await userEvent.keyboard(" ");
    await waitFor(() => expect(stateOf(canvasElement)).toBe("running"));
    await expect(args.onStart).toHaveBeenCalledWith(expect.objectContaining({ version: 1, practiceId: "holding-both" }));
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvas.getByText("Step 2 of 8")).toBeVisible();
    await expect(canvas.getByRole("status")).toHaveTextContent(/Step 2 of 8\. Breathe slowly/);
    await userEvent.keyboard("{ArrowLeft}");
    await expect(canvas.getByText("Step 1 of 8")).toBeVisible();
    await userEvent.keyboard(" ");
    await expect(stateOf(canvasElement)).toBe("paused");
    await userEvent.keyboard(" ");
    await expect(stateOf(canvasElement)).toBe("running");
    await userEvent.keyboard("{Escape}");
    await expect(stateOf(canvasElement)).toBe("idle");
    await expect(canvas.getByText("Come back whenever you like.")).toBeVisible();
  },
};

/* Motion, direction, language, themes ------------------------------------------------------*/

/** No movement: the circle keeps its size; the phase word and countdown carry the rhythm. */
export const ReducedMotion: Story = {
  args: { practices: [quick], defaultStatus: "running" },
  globals: { motion: "always" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector(".attune-guided-practice")).toHaveAttribute("data-attune-motion", "reduce");
    await waitFor(() => expect(canvas.getByText(/^Breathe (in|out), /)).toBeVisible(), { timeout: 4_000 });
    await expect(getComputedStyle(canvasElement.querySelector('[data-attune-part="breath-shape"]')!).transform).toBe("none");
  },
};

/** Arrow keys follow the reading direction: the left arrow goes forward. */
export const RightToLeft: Story = {
  args: { practices: [holdingBoth], defaultStatus: "running" },
  globals: { dir: "rtl" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole("group", { name: "Practice step" }).focus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(canvas.getByText("Step 2 of 8")).toBeVisible();
  },
};

export const Spanish: Story = {
  args: { practices: esPractices },
  globals: { locale: "es" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "Empezar" })).toBeVisible();
    await expect(canvas.getByRole("heading", { name: "Sostener las dos" })).toBeVisible();
  },
};

export const Arabic: Story = {
  args: { practices: arPractices, defaultStatus: "running" },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "إيقاف مؤقت" })).toBeVisible();
    await expect(canvasElement.querySelector(".attune-guided-practice")!.closest("[dir]")).toHaveAttribute("dir", "rtl");
  },
};

export const DarkTheme: Story = { args: { practices: [quick], defaultStatus: "running" }, globals: { theme: "dark" } };
export const BrandTheme: Story = { args: { practices, returnAt: { at: "2026-11-21T19:00:00.000Z", timeZone: "UTC" } }, globals: { theme: "brand" } };

/* Two partners -----------------------------------------------------------------------------*/

/** A tiny in-page channel standing in for the host's backend between two phones. */
function useChannel<T>() {
  const listeners = React.useRef(new Set<(message: string) => void>());
  return React.useMemo(
    () => ({
      send: (value: T) => listeners.current.forEach((l) => l(JSON.stringify(value))),
      listen: (l: (message: string) => void) => {
        listeners.current.add(l);
        return () => void listeners.current.delete(l);
      },
    }),
    [],
  );
}

function Partner({ name, channel, practicesList }: { name: string; channel: ReturnType<typeof useChannel<PracticeStart>>; practicesList: readonly Practice[] }) {
  const [start, setStart] = React.useState<PracticeStart | undefined>(undefined);
  const [status, setStatus] = React.useState<PracticeStatus>("idle");
  React.useEffect(
    () =>
      channel.listen((message) => {
        // What arrives is checked like anything from a network.
        const parsed = parsePracticeStart(JSON.parse(message));
        if (!parsed.ok) return;
        setStart((mine) => (mine?.startAt === parsed.value.startAt ? mine : parsed.value));
        setStatus("running");
      }),
    [channel],
  );
  return (
    <GuidedPractice
      aria-label={name}
      practices={practicesList}
      practiceId={start?.practiceId}
      startAt={start?.startAt}
      status={status}
      onStatusChange={setStatus}
      onStart={(s) => {
        // Invite the partner for a moment from now, so both begin together.
        if (start) return;
        const shared = { ...s, startAt: Date.now() + 3_000 };
        setStart(shared);
        channel.send(shared);
      }}
    />
  );
}

/**
 * One partner begins; the start (practice id and an instant three seconds ahead) travels as
 * JSON through a channel; both players count down and then show the same step at the same moment.
 */
export const TwoPartners: Story = {
  render: function TwoPartners() {
    const channel = useChannel<PracticeStart>();
    return (
      <div style={{ display: "flex", gap: 16, flexWrap: "wrap", alignItems: "start" }}>
        <Partner name="My practice" channel={channel} practicesList={[quick]} />
        <Partner name="My partner's practice" channel={channel} practicesList={[quick]} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [mine] = canvas.getAllByRole("button", { name: "Begin" });
    await userEvent.click(mine!);
    await waitFor(() => expect(canvas.getAllByText(/Starting together in/)).toHaveLength(2), { timeout: 2_000 });
    await waitFor(() => expect(canvas.getAllByText("Breathe with the circle.")).toHaveLength(2), { timeout: 8_000 });
    const numbers = () => [...canvasElement.querySelectorAll('[data-attune-part="step-number"]')].map((n) => n.textContent);
    await waitFor(() => expect(new Set(numbers()).size).toBe(1));
  },
};

/* Build your own ---------------------------------------------------------------------------*/

/** A host's own part: every step as a list, the current one marked. */
function StepList() {
  const { practice, snapshot, status } = usePracticePlayer();
  if (!practice) return null;
  return (
    <ol style={{ margin: 0, paddingInlineStart: "1.25rem", display: "grid", gap: 4, fontSize: 14 }}>
      {practice.steps.map((s, i) => (
        <li key={i} aria-current={status !== "idle" && i === snapshot.stepIndex ? "step" : undefined} style={{ fontWeight: status !== "idle" && i === snapshot.stepIndex ? 700 : 400 }}>
          {s.text.split(/[.:]/)[0]}
        </li>
      ))}
    </ol>
  );
}

/** The parts in another layout: the step list beside the stage, controls on top, no summary. */
export const BuildYourOwn: Story = {
  render: (args) => (
    <PracticePlayer.Root {...args} practices={[beforeWeTalkAgain]} style={{ maxInlineSize: 760 }}>
      <PracticePlayer.Controls />
      <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 2fr)", gap: 16 }}>
        <StepList />
        <div style={{ display: "grid", gap: 12 }}>
          <PracticePlayer.Title headingLevel={3} />
          <PracticePlayer.Stage />
          <PracticePlayer.Breath />
          <PracticePlayer.Progress />
        </div>
      </div>
    </PracticePlayer.Root>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 3, name: "Before we talk again" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Begin" }));
    await userEvent.click(canvas.getByRole("button", { name: "Skip ahead" }));
    await expect(canvasElement.querySelector('[aria-current="step"]')).toHaveTextContent("Breathe in through your nose, add a little more air, then let a long breath out");
  },
};
