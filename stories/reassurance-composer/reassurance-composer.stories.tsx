import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fireEvent, fn, userEvent, waitFor, within } from "storybook/test";
import { AttuneProvider, Button, type StorageAdapter } from "@attune/core";
import { ReassuranceCard, ReassuranceComposer, clearAllDrafts, type ReassuranceCardData } from "@attune/reassurance-composer";

const meta = {
  title: "Widgets/ReassuranceComposer",
  component: ReassuranceComposer,
  tags: ["!autodocs"],
  args: { onSend: fn(), onError: fn(), timeZone: "Europe/Berlin" },
  parameters: { layout: "padded" },
} satisfies Meta<typeof ReassuranceComposer>;
export default meta;
type Story = StoryObj<typeof meta>;

const card = (root: HTMLElement) => within(root).getByRole("textbox", { name: /Your card|Tu tarjeta|بطاقتك/ }) as HTMLTextAreaElement;
const page = () => within(document.body);

/** A blank space card: the starting point. */
export const Blank: Story = {
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByRole("option", { name: "Blank: I need some space" })).toHaveAttribute("aria-selected", "true");
    await expect(c.getByRole("button", { name: "Review and send" })).toBeDisabled();
  },
};

/** A space template, with its slots (how long, when I'll be back) filled. */
export const SpaceTemplate: Story = {
  args: { defaultTemplateId: "spaceRecharge" },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.selectOptions(c.getByLabelText("How long"), "60");
    fireEvent.change(c.getByLabelText("When you'll be back"), { target: { value: "2026-11-21T20:00" } });
    await expect(card(canvasElement).value).toMatch(/1 hour .* 8:00\sPM\.$/);
    const hints = c.getByRole("list", { name: "Cards like this often say" });
    await expect(within(hints).getAllByRole("listitem").every((li) => li.dataset.state === "met")).toBe(true);
  },
};

/** A closeness template: the wish, with the partner left free to choose the time. */
export const ClosenessTemplate: Story = {
  args: { defaultTemplateId: "closenessMiss" },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.type(c.getByLabelText("Their name"), "Ana");
    await userEvent.type(c.getByLabelText("What you'll do"), "cook together");
    await expect(card(canvasElement).value).toBe("I miss you, Ana. I'd love some time together, maybe to cook together. Whenever suits you is fine.");
  },
};

/** After a hard conversation: a pause to settle, with a time to come back to it. */
export const AfterAHardConversation: Story = { args: { defaultTemplateId: "repairPause" } };

/** Checking in, gently. */
export const CheckingIn: Story = { args: { defaultTemplateId: "checkinThinking" } };

/** Hints show what a card like this often says; nothing is ever blocked. */
export const HintsMissing: Story = {
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.type(card(canvasElement), "Going out for a bit.");
    await expect(c.getAllByText(/you might add this/)).toHaveLength(3);
    await expect(c.getByRole("button", { name: "Review and send" })).toBeEnabled();
  },
};

/** Hints turned off by the host. */
export const HintsOff: Story = { args: { hints: false, defaultTemplateId: "spaceWalk" } };

/** Near and at the length limit (counted in characters as people see them). */
export const AtTheLimit: Story = {
  args: { maxLength: 40 },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.type(card(canvasElement), "Back soon 👩‍❤️‍👨, we're okay. I'll text you at 8 tonight.");
    await expect(c.getByText("40 of 40 characters")).toHaveAttribute("data-state", "full");
  },
};

/** Markup and script typed into a card show literally; mixed scripts stay readable. */
export const HostileText: Story = {
  play: async ({ canvasElement }) => {
    const text = '<img src=x onerror="window.__pwned=1"> שלום, I\'ll be back at 8 ‮RTL override‬';
    fireEvent.change(card(canvasElement), { target: { value: text } });
    const preview = within(canvasElement).getByRole("article", { name: "Preview" });
    await expect(preview.querySelector("[data-attune-part=card-text]")!.textContent).toBe(text);
    await expect(preview.querySelector("img")).toBeNull();
  },
};

/** An unknown time zone: a clear message, no return time, no crash. */
export const InvalidTimeZone: Story = {
  args: { timeZone: "Mars/Olympus", defaultTemplateId: "checkinQuiet" },
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByLabelText("When you'll be back");
    fireEvent.change(input, { target: { value: "2026-11-21T20:00" } });
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input" }));
  },
};

/** The three card styles. */
export const WarmStyle: Story = {
  args: { defaultTemplateId: "closenessTime" },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("radio", { name: "Warm" }));
    await expect(within(canvasElement).getByRole("article", { name: "Preview" })).toHaveAttribute("data-style", "warm");
  },
};

export const PlainStyle: Story = {
  args: { defaultTemplateId: "spaceRecharge" },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("radio", { name: "Plain" }));
  },
};

/** Closing with unsent text asks before anything is discarded. */
export const ConfirmDiscard: Story = {
  args: { onClose: fn() },
  play: async ({ canvasElement, args }) => {
    const c = within(canvasElement);
    await userEvent.type(card(canvasElement), "Half a thought");
    await userEvent.click(c.getByRole("button", { name: "Close" }));
    await expect(c.getByRole("alertdialog", { name: /Discard this card/ })).toBeInTheDocument();
    await expect(c.getByRole("button", { name: "Keep writing" })).toHaveFocus();
    await expect(args.onClose).not.toHaveBeenCalled();
  },
};

/** The review dialog, open. */
export const Review: Story = {
  args: { defaultTemplateId: "spaceRecharge" },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Review and send" }));
    const dialog = await page().findByRole("dialog", { name: "Review your card" });
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
  },
};

/**
 * Keyboard only, start to finish: pick a template, fill the slots, review, send. onSend
 * receives the structured card.
 */
export const KeyboardWalkthrough: Story = {
  play: async ({ canvasElement, args }) => {
    const c = within(canvasElement);
    await userEvent.tab();
    await expect(c.getByRole("option", { name: "Blank: I need some space" })).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    await expect(c.getByRole("option", { name: "Time to recharge" })).toHaveAttribute("aria-selected", "true");
    await userEvent.tab();
    await expect(c.getByLabelText("How long")).toHaveFocus();
    await userEvent.selectOptions(c.getByLabelText("How long"), "60");
    await userEvent.tab();
    const back = c.getByLabelText("When you'll be back");
    await expect(back).toHaveFocus();
    await userEvent.type(back, "2026-11-21T20:00");
    await userEvent.tab();
    await expect(card(canvasElement)).toHaveFocus();
    await userEvent.keyboard("{End} See you soon.");
    await userEvent.tab(); // first card style
    await userEvent.tab(); // preview is not focusable: on to Review
    const review = c.getByRole("button", { name: "Review and send" });
    await expect(review).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    const dialog = await page().findByRole("dialog", { name: "Review your card" });
    await waitFor(() => expect(within(dialog).getByRole("button", { name: "Send" })).toHaveFocus());
    await expect(args.onSend).not.toHaveBeenCalled();
    await userEvent.keyboard("{Enter}");
    await expect(args.onSend).toHaveBeenCalledTimes(1);
    await expect(args.onSend).toHaveBeenCalledWith({
      kind: "space",
      templateId: "spaceRecharge",
      text: expect.stringMatching(/^I need about 1 hour on my own to recharge\. We're okay, and I love you\. I'll be back at Sat 8:00\sPM\. See you soon\.$/),
      parts: { durationMinutes: 60 },
      returnTime: { at: "2026-11-21T19:00:00.000Z", timeZone: "Europe/Berlin" },
      locale: "en",
      style: "calm",
    });
    await waitFor(() => expect(c.getByRole("option", { name: "Blank: I need some space" })).toHaveFocus());
    await expect(c.getByText("Your card was sent.")).toBeInTheDocument();
  },
};

/** Right to left, from the locale. */
export const Arabic: Story = {
  args: { defaultTemplateId: "spaceRecharge" },
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByRole("listbox", { name: "ابدأ من" })).toBeInTheDocument();
    await expect(getComputedStyle(c.getByRole("region")).direction).toBe("rtl");
  },
};

export const Spanish: Story = {
  args: { defaultTemplateId: "closenessTime" },
  globals: { locale: "es" },
  play: async ({ canvasElement }) => {
    await expect(card(canvasElement).value).toMatch(/^Me encantaría un rato solo para nosotros/);
  },
};

/** English text laid out right to left (a host forcing direction). */
export const RightToLeft: Story = {
  args: { defaultTemplateId: "checkinThinking" },
  globals: { dir: "rtl" },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.tab();
    await expect(c.getByRole("option", { name: "Thinking of you" })).toHaveFocus();
    // In right-to-left, Left moves on to the next option and Right back.
    await userEvent.keyboard("{ArrowLeft}");
    await expect(c.getByRole("option", { name: "Still taking quiet time" })).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(c.getByRole("option", { name: "Thinking of you" })).toHaveFocus();
  },
};

export const Dark: Story = { args: { defaultTemplateId: "repairReturn" }, globals: { theme: "dark" } };

/** Reduced motion: the dialog and card change at once; nothing depends on the motion. */
export const ReducedMotion: Story = {
  args: { defaultTemplateId: "spaceRecharge" },
  globals: { motion: "always" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("region")).toHaveAttribute("data-attune-motion", "reduce");
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Review and send" }));
    await expect(await page().findByRole("dialog")).toBeVisible();
  },
};

/** A host that adds a template and leaves out a group. */
export const CustomTemplates: Story = {
  args: {
    defaultTemplateId: "tea",
    templates: (built) => [
      ...built.filter((x) => x.group !== "repair"),
      { id: "tea", group: "checkin", kind: "closeness", label: "Tea later?", text: "Fancy tea with me at {returnTime}, {name}? Or whenever suits you." },
    ],
  },
};

/** With a persistKey the draft survives a reload (here: a remount); clearAllDrafts empties it. */
export const PersistedDraft: Story = {
  args: { persistKey: "storybook-demo" },
  render: function Render(args) {
    const [mount, setMount] = React.useState(0);
    return (
      <div style={{ display: "grid", gap: 16 }}>
        <Button onClick={() => setMount((n) => n + 1)}>Remount, as after a reload</Button>
        <ReassuranceComposer key={mount} {...args} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.type(card(canvasElement), "Back by nine, we're okay.");
    await userEvent.click(c.getByRole("button", { name: "Remount, as after a reload" }));
    await waitFor(() => expect(card(canvasElement).value).toBe("Back by nine, we're okay."));
    await clearAllDrafts();
    await waitFor(() => expect(card(canvasElement).value).toBe(""));
  },
};

const brokenStorage: StorageAdapter = {
  getItem: () => {
    throw new Error("SecurityError: storage is disabled");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
  removeItem: () => {},
};

/** Storage that fails (private mode, full disk): the draft stays in memory and onError hears about it. */
export const StorageUnavailable: Story = {
  args: { persistKey: "broken" },
  render: (args, { globals }) => (
    <AttuneProvider theme={(globals.theme as string) ?? "light"} storage={brokenStorage}>
      <ReassuranceComposer {...args} />
    </AttuneProvider>
  ),
  play: async ({ canvasElement, args }) => {
    await userEvent.type(card(canvasElement), "Still here");
    await expect(card(canvasElement).value).toBe("Still here");
    await waitFor(() => expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage-write" })));
  },
};

/* -------------------------------------------------------------------------------------------------
 * ReassuranceCard: the other side of the conversation
 * -----------------------------------------------------------------------------------------------*/

const received: ReassuranceCardData = {
  kind: "space",
  templateId: "spaceRecharge",
  text: "I need about 1 hour on my own to recharge. We're okay, and I love you. I'll be back at 8.",
  parts: { durationMinutes: 60 },
  returnTime: { at: "2026-11-21T19:00:00.000Z", timeZone: "Europe/Berlin" },
  locale: "en",
  style: "calm",
};

export const ReceivedCards: StoryObj<typeof ReassuranceCard> = {
  render: () => (
    <div style={{ display: "grid", gap: 16, maxWidth: 480 }}>
      <ReassuranceCard card={received} />
      <ReassuranceCard card={{ ...received, kind: "closeness", style: "warm", text: "I miss you. I'd love a walk together, whenever suits you.", returnTime: null }} />
      <ReassuranceCard card={{ ...received, style: "plain", text: "مرحبا 123 hello, <b>not bold</b>" }} timeZone="America/New_York" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const cards = within(canvasElement).getAllByRole("article", { name: "A card from your partner" });
    await expect(cards).toHaveLength(3);
    await expect(within(cards[2]!).getByText("مرحبا 123 hello, <b>not bold</b>")).toBeInTheDocument();
  },
};
