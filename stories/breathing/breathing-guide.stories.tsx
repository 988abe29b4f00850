import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { BreathingGuide, parseBreathingStart, useBreathingSession, type BreathingStart, type BreathingStatus } from "@attune/breathing";

const meta = {
  title: "Breathing/BreathingGuide",
  component: BreathingGuide,
  // The .mdx page next to this file is the documentation.
  tags: ["!autodocs"],
  args: {
    onPhaseChange: fn(),
    onCycleComplete: fn(),
    onComplete: fn(),
  },
  argTypes: {
    pattern: { control: "select", options: ["resonance", "box", "4-7-8", "cyclic-sigh"] },
    breathsPerMinute: { control: { type: "range", min: 4.5, max: 6.5, step: 0.5 } },
    visual: { control: "inline-radio", options: ["circle", "rings", "bar"] },
    announce: { control: "inline-radio", options: ["phases", "cycles", "off"] },
    whenHidden: { control: "inline-radio", options: ["pause", "continue"] },
  },
} satisfies Meta<typeof BreathingGuide>;
export default meta;

type Story = StoryObj<typeof meta>;

/* Presets ----------------------------------------------------------------------------------*/

/** About 6 breaths a minute: 5 s in, 5 s out, no holds. The default. */
export const Resonance: Story = {
  args: { pattern: "resonance" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Resonance breathing · 6 breaths a minute/)).toBeVisible();
    // Nothing moves until the person chooses to start.
    await expect(canvas.getByRole("button", { name: "Start" })).toBeVisible();
    await expect(canvas.getByRole("status")).toBeInTheDocument();
  },
};

/** Resonance at a slower personal rate (adjustable from 4.5 to 6.5 breaths a minute). */
export const ResonanceFiveBreaths: Story = {
  name: "Resonance, 5 breaths a minute",
  args: { pattern: "resonance", breathsPerMinute: 5 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/5 breaths a minute/)).toBeVisible();
  },
};

/** Four equal phases of 4 s: in, hold, out, hold. */
export const Box: Story = { args: { pattern: "box" } };

/** In for 4, hold for 7, out for 8. */
export const FourSevenEight: Story = { name: "4-7-8", args: { pattern: "4-7-8" } };

/** A nasal inhale, a short top-up inhale, then a long exhale twice as long as both. */
export const CyclicSigh: Story = {
  args: { pattern: "cyclic-sigh", duration: 300 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Start" }));
    await expect(canvas.getByText("Breathe in")).toBeVisible();
    await waitFor(() => expect(canvas.getByText("A little more in")).toBeVisible(), { timeout: 4_000 });
    await userEvent.click(canvas.getByRole("button", { name: "Stop" }));
  },
};

/** A host's own pattern; durations snap to 0.25 s. */
export const CustomPattern: Story = {
  args: {
    pattern: {
      phases: [
        { kind: "inhale", seconds: 4 },
        { kind: "hold", seconds: 2 },
        { kind: "exhale", seconds: 6 },
        { kind: "holdOut", seconds: 1.5 },
      ],
    },
    cycles: 10,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Your own pattern · about 2 minutes$/)).toBeVisible();
  },
};

/** A one-minute pause before sending a hard message. */
export const OneMinute: Story = { args: { pattern: "resonance", duration: 60 } };

/* Visual styles ----------------------------------------------------------------------------*/

export const Circle: Story = { args: { visual: "circle", autoStart: true, pattern: "box" } };
export const Rings: Story = { args: { visual: "rings", autoStart: true, pattern: "box" } };
export const Bar: Story = { args: { visual: "bar", autoStart: true, pattern: "box" } };

/* Motion, direction, language, themes ------------------------------------------------------*/

/** No growing or shrinking: the phase shows as words, a countdown, the progress bar and the shape's colour. */
export const ReducedMotion: Story = {
  args: { autoStart: true, pattern: "box" },
  globals: { motion: "always" },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector(".attune-breathing")!;
    await expect(root).toHaveAttribute("data-attune-motion", "reduce");
    await expect(getComputedStyle(canvasElement.querySelector('[data-attune-part="shape"]')!).transform).toBe("none");
    await expect(within(canvasElement).getByText("Breathe in")).toBeVisible();
  },
};

export const RightToLeft: Story = { args: { autoStart: true, pattern: "box" }, globals: { dir: "rtl" } };

export const Spanish: Story = {
  args: { pattern: "4-7-8" },
  globals: { locale: "es" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("button", { name: "Empezar" })).toBeVisible();
  },
};

export const Arabic: Story = {
  args: { pattern: "cyclic-sigh", autoStart: true },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "إيقاف مؤقت" })).toBeVisible();
    await expect(canvasElement.querySelector(".attune-breathing")!.closest("[dir]")).toHaveAttribute("dir", "rtl");
  },
};

export const DarkTheme: Story = { args: { visual: "rings", autoStart: true }, globals: { theme: "dark" } };
export const BrandTheme: Story = { args: { visual: "bar", autoStart: true }, globals: { theme: "brand" } };

/* Together and the end --------------------------------------------------------------------*/

/**
 * Two guides with the same `startAt` (epoch ms, from the host's backend) breathe in step,
 * here on one page; in an app, one on each partner's phone.
 */
export const BreathingTogether: Story = {
  render: function BreathingTogether(args) {
    const [startAt] = React.useState(() => Date.now() + 3_000);
    return (
      <div style={{ display: "flex", gap: 16, flexWrap: "wrap" }}>
        <BreathingGuide {...args} startAt={startAt} messages={{ "breathing.label": "Your guide" }} />
        <BreathingGuide {...args} startAt={startAt} messages={{ "breathing.label": "Your partner's guide" }} />
      </div>
    );
  },
  args: { pattern: "box", duration: 60 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [mine, theirs] = canvas.getAllByRole("button", { name: "Start" });
    await userEvent.click(mine!);
    await userEvent.click(theirs!);
    await expect(canvas.getAllByText(/Starting together in/)).toHaveLength(2);
    await waitFor(() => expect(canvas.getAllByText("Breathe in")).toHaveLength(2), { timeout: 5_000 });
    // Each guide reads its own clock on its own frame: equal within a frame, so allow one.
    await waitFor(() => {
      const countdowns = canvasElement.querySelectorAll('[data-attune-part="countdown"]');
      expect(countdowns[0]!.textContent).toBe(countdowns[1]!.textContent);
    });
  },
};

/** The calm end state, reached quickly with a short pattern. */
export const CalmEnd: Story = {
  args: {
    pattern: { phases: [{ kind: "inhale", seconds: 0.5 }, { kind: "exhale", seconds: 0.5 }] },
    cycles: 1,
    autoStart: true,
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText("Notice how your body feels now.", { selector: "p" })).toBeVisible(), { timeout: 3_000 });
    await expect(args.onComplete).toHaveBeenCalledWith({ durationMs: 1000, cycles: 1 });
    await expect(canvas.getByRole("button", { name: "Breathe again" })).toBeVisible();
  },
};

/** WCAG 2.2.2: start, pause, resume and stop with the keyboard alone. */
export const KeyboardWalkthrough: Story = {
  args: { pattern: "box" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const root = canvasElement.querySelector(".attune-breathing")!;
    await userEvent.tab();
    const primary = canvas.getByRole("button", { name: "Start" });
    await expect(primary).toHaveFocus();

    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(root).toHaveAttribute("data-state", "running"));
    await expect(primary).toHaveAccessibleName("Pause");
    await expect(args.onPhaseChange).toHaveBeenCalledWith(expect.objectContaining({ phase: "inhale", cycle: 1 }));

    await userEvent.keyboard(" ");
    await expect(root).toHaveAttribute("data-state", "paused");
    await expect(primary).toHaveAccessibleName("Resume");

    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(root).toHaveAttribute("data-state", "running"));

    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Stop" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(root).toHaveAttribute("data-state", "idle");
    await expect(canvas.getByRole("button", { name: "Start" })).toHaveFocus();
  },
};

/* Build your own ---------------------------------------------------------------------------*/

/**
 * A host's own SVG driven by `useBreathingSession`: a leaf that opens and closes with the
 * breath (read from the session clock each frame), the phase in the host's own words layout,
 * and the host's own buttons. No Attune part is rendered.
 */
function LeafGuide() {
  const s = useBreathingSession({ pattern: "box", cycles: 3 });
  const leaf = React.useRef<SVGEllipseElement>(null);
  const { status, read } = s;
  React.useEffect(() => {
    if (status !== "running") return;
    let raf = requestAnimationFrame(function frame() {
      const level = read().frame.level;
      leaf.current?.setAttribute("ry", String(10 + 30 * level));
      raf = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(raf);
  }, [status, read]);
  return (
    <section ref={s.ref} aria-label="Leaf breathing" style={{ display: "grid", gridTemplateColumns: "auto 1fr", gap: 16, alignItems: "center" }}>
      <svg viewBox="-50 -50 100 100" width="120" height="120" aria-hidden="true">
        <ellipse ref={leaf} rx="22" ry="10" fill="none" stroke="currentColor" strokeWidth="3" />
      </svg>
      <div>
        <p style={{ fontSize: "1.5rem", margin: 0 }} data-testid="leaf-phase">
          {s.phase ? s.t(`breathing.phase.${s.phase}`) : s.status === "finished" ? s.t("breathing.completeTitle") : "Ready when you are"}
        </p>
        <p style={{ margin: 0 }}>
          {s.cycle} / {s.cycles}
        </p>
        <button type="button" onClick={s.toggle} style={{ minBlockSize: 44, minInlineSize: 44 }}>
          {s.status === "running" ? s.t("breathing.pause") : s.status === "paused" ? s.t("breathing.resume") : s.t("breathing.start")}
        </button>
        <div role="status" aria-live="polite" className="attune-visually-hidden">
          {s.announcement}
        </div>
      </div>
    </section>
  );
}

export const BuildYourOwn: Story = {
  name: "Build your own (host SVG)",
  render: () => <LeafGuide />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Start" }));
    await waitFor(() => expect(canvas.getByTestId("leaf-phase")).toHaveTextContent("Breathe in"));
    await waitFor(() => expect(Number(canvasElement.querySelector("ellipse")!.getAttribute("ry"))).toBeGreaterThan(10));
    await userEvent.click(canvas.getByRole("button", { name: "Pause" }));
    await expect(canvas.getByRole("button", { name: "Resume" })).toBeVisible();
  },
};

/* Two partners -----------------------------------------------------------------------------*/

/** An in-page channel standing in for a host's backend: JSON text in, parseBreathingStart on arrival. */
function createChannel() {
  const listeners = new Set<(text: string) => void>();
  return {
    send: (start: BreathingStart) => listeners.forEach((l) => l(JSON.stringify(start))),
    listen: (l: (text: string) => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
}

function PartnerGuide({ name, channel, invites }: { name: string; channel: ReturnType<typeof createChannel>; invites: boolean }) {
  const [shared, setShared] = React.useState<BreathingStart | undefined>();
  const [status, setStatus] = React.useState<BreathingStatus>("idle");
  React.useEffect(
    () =>
      channel.listen((text) => {
        const parsed = parseBreathingStart(JSON.parse(text));
        if (!parsed.ok) return;
        setShared(parsed.value);
        setStatus("running");
      }),
    [channel],
  );
  return (
    <section aria-label={`${name}'s phone`} style={{ display: "grid", gap: 8, flex: "1 1 16rem", minWidth: 0 }}>
      {invites ? (
        <button
          type="button"
          style={{ minBlockSize: 44 }}
          onClick={() => channel.send({ version: 1, startAt: Date.now() + 3_000, pattern: "box", cycles: 4 })}
        >
          Invite to breathe together in 3 seconds
        </button>
      ) : null}
      <BreathingGuide
        pattern={shared?.pattern ?? "box"}
        cycles={shared?.cycles ?? 4}
        startAt={shared?.startAt}
        status={status}
        onStatusChange={setStatus}
        messages={{ "breathing.label": `${name}'s guide` }}
      />
    </section>
  );
}

function TwoPartnersDemo() {
  const [channel] = React.useState(createChannel);
  return (
    <div style={{ display: "flex", gap: 16, flexWrap: "wrap" }}>
      <PartnerGuide name="Ana" channel={channel} invites />
      <PartnerGuide name="Ben" channel={channel} invites={false} />
    </div>
  );
}

/**
 * One partner sends a shared start (`BreathingStart` JSON); both guides, controlled by the
 * host, count down to it and breathe in step.
 */
export const TwoPartners: Story = {
  name: "Two partners (one shared start)",
  render: () => <TwoPartnersDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Invite to breathe together in 3 seconds" }));
    await waitFor(() => expect(canvas.getAllByText(/Starting together in/)).toHaveLength(2));
    await waitFor(() => expect(canvas.getAllByText("Breathe in")).toHaveLength(2), { timeout: 5_000 });
    await waitFor(() => {
      const countdowns = canvasElement.querySelectorAll('[data-attune-part="countdown"]');
      expect(countdowns[0]!.textContent).toBe(countdowns[1]!.textContent);
    });
  },
};
