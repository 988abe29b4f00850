import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, userEvent, within } from "storybook/test";
import {
  Button,
  Card,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
  LiveRegion,
  VisuallyHidden,
} from "@attune/core";

const meta: Meta = {
  title: "Core/Building blocks",
  parameters: {
    docs: {
      description: {
        component:
          "The shared pieces every widget is built from. Each takes its colours from the `--attune-*` tokens, so a brand theme reaches them too.",
      },
    },
  },
};
export default meta;

export const Buttons: StoryObj<typeof Button> = {
  render: () => (
    <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
      <Button variant="primary">Save</Button>
      <Button>Not now</Button>
      <Button variant="ghost">Skip</Button>
      <Button variant="danger">Discard draft</Button>
      <Button size="sm">Small</Button>
      <Button disabled>Unavailable</Button>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const save = canvas.getByRole("button", { name: "Save" });
    const box = save.getBoundingClientRect();
    await expect(box.height).toBeGreaterThanOrEqual(44);
    const small = canvas.getByRole("button", { name: "Small" }).getBoundingClientRect();
    await expect(small.height).toBeGreaterThanOrEqual(24);
    await userEvent.tab();
    await expect(save).toHaveFocus();
  },
};

export const Cards: StoryObj<typeof Card> = {
  render: () => (
    <div style={{ display: "grid", gap: 12, maxWidth: 420 }}>
      <Card>A raised card holds one thought at a time.</Card>
      <Card tone="subtle">A subtle card sits quietly behind secondary content.</Card>
      <Card tone="accent">An accent card draws the eye to what matters now.</Card>
    </div>
  ),
};

function AnnouncerDemo() {
  const [count, setCount] = React.useState(0);
  return (
    <div>
      <Button onClick={() => setCount((c) => c + 1)}>Take a breath</Button>
      <p>
        Breaths taken: {count} <VisuallyHidden>(announced to screen readers)</VisuallyHidden>
      </p>
      <LiveRegion message={count ? `${count} breaths taken` : ""} />
    </div>
  );
}

export const LiveRegionAndVisuallyHidden: StoryObj = {
  name: "Live region and visually hidden text",
  render: () => <AnnouncerDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const status = canvas.getByRole("status");
    await expect(status).toBeEmptyDOMElement();
    await userEvent.click(canvas.getByRole("button", { name: "Take a breath" }));
    await expect(status).toHaveTextContent("1 breaths taken");
  },
};

export const DialogStory: StoryObj = {
  name: "Dialog",
  render: () => (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="primary">Open dialog</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Before you go</DialogTitle>
        <DialogDescription>Would you like to say when you will be back?</DialogDescription>
        <div style={{ display: "flex", gap: 8, justifyContent: "flex-end" }}>
          <DialogClose asChild>
            <Button>Close</Button>
          </DialogClose>
        </div>
      </DialogContent>
    </Dialog>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const trigger = canvas.getByRole("button", { name: "Open dialog" });
    await userEvent.click(trigger);
    const dialog = await body.findByRole("dialog", { name: "Before you go" });
    await expect(dialog).toHaveAccessibleDescription("Would you like to say when you will be back?");
    await expect(dialog.contains(canvasElement.ownerDocument.activeElement)).toBe(true);
    await userEvent.keyboard("{Escape}");
    await expect(body.queryByRole("dialog")).toBeNull();
    await expect(trigger).toHaveFocus();
  },
};

/** The test matrix really switches themes: each run checks the provider's theme attribute. */
export const ThemeTokens: StoryObj = {
  name: "Theme tokens",
  render: () => (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))", gap: 8 }}>
      {["accent", "surface-raised", "surface-sunken", "accent-subtle", "partner", "danger"].map((t) => (
        <div key={t} className="attune" style={{ padding: 8, border: "1px solid var(--attune-border)", borderRadius: "var(--attune-radius-sm)" }}>
          <div style={{ height: 32, background: `var(--attune-${t})`, borderRadius: 6 }} />
          <code style={{ color: "var(--attune-text)" }}>--attune-{t}</code>
        </div>
      ))}
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const provider = canvasElement.querySelector(".attune-provider");
    const expected = (import.meta.env.VITE_ATTUNE_TEST_THEME as string | undefined) ?? String(globals.theme);
    await expect(provider).toHaveAttribute("data-attune-theme", expected);
    // The attribute alone could be set while light colours render: compare what is painted with
    // a light-theme reference next to it.
    const paint = (theme: string) => {
      const probe = document.createElement("div");
      probe.className = "attune";
      probe.setAttribute("data-attune-theme", theme);
      probe.style.cssText = "background: var(--attune-surface); color: var(--attune-accent)";
      (theme === expected ? provider! : canvasElement).appendChild(probe);
      const s = getComputedStyle(probe);
      const out = { surface: s.backgroundColor, accent: s.color };
      probe.remove();
      return out;
    };
    const lightness = (rgb: string) => {
      const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
      return ((r ?? 0) + (g ?? 0) + (b ?? 0)) / 3 / 255;
    };
    const painted = paint(expected);
    const light = paint("light");
    if (expected === "dark") await expect(lightness(painted.surface)).toBeLessThan(0.3);
    else if (expected === "brand") await expect(painted).not.toEqual(light);
    else await expect(painted).toEqual(light);
  },
};
