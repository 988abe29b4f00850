import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fireEvent, fn, userEvent, waitFor, within } from "storybook/test";
import { AttuneProvider, Button, localStorageAdapter, preloadDatePicker, type StorageAdapter } from "@attune/core";
import {
  Composer,
  ReassuranceCard,
  ReassuranceComposer,
  clearAllDrafts,
  parseAcknowledgement,
  parseReassuranceCard,
  preloadReviewDialog,
  useReassuranceComposer,
  type ReassuranceAcknowledgement,
  type ReassuranceCardData,
} from "@attune/reassurance-composer";

const meta = {
  title: "Widgets/ReassuranceComposer",
  component: ReassuranceComposer,
  tags: ["!autodocs"],
  args: { onSend: fn(), onError: fn(), timeZone: "Europe/Berlin" },
  parameters: { layout: "padded" },
  // The review dialog and the date picker load on first use; the stories that open them test
  // the dialogs, not the download (the composer's own lazy tests cover that), so their code
  // is fetched before each story renders.
  loaders: [async () => ({ preloaded: await Promise.all([preloadReviewDialog(), preloadDatePicker()]).then(() => true) })],
} satisfies Meta<typeof ReassuranceComposer>;
export default meta;
type Story = StoryObj<typeof meta>;

const card = (root: HTMLElement) => within(root).getByRole("textbox", { name: /Your card|Tu tarjeta|بطاقتك/ }) as HTMLTextAreaElement;
const page = () => within(document.body);
/** Types a day and a time into the return-time field (core's DateTimeField) named `name`. */
const setWhen = (root: HTMLElement, name: string, date: string, time: string) => {
  const field = within(within(root).getByRole("group", { name }));
  fireEvent.change(field.getByRole("textbox", { name: "Date (YYYY-MM-DD)" }), { target: { value: date } });
  fireEvent.change(field.getByLabelText("Time"), { target: { value: time } });
  return field;
};

/** The starting point: nothing is chosen for the person, space and closeness side by side. */
export const Blank: Story = {
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getAllByRole("option").filter((o) => o.getAttribute("aria-selected") === "true")).toHaveLength(0);
    await expect(c.getByRole("option", { name: "Blank: I need some space" })).toBeInTheDocument();
    await expect(c.getByRole("option", { name: "Blank: I need some closeness" })).toBeInTheDocument();
    await expect(c.getByRole("button", { name: "Review and send" })).toBeDisabled();
  },
};

/** A space template, with its slots (how long, when I'll be back) filled. */
export const SpaceTemplate: Story = {
  args: { defaultTemplateId: "spaceRecharge" },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.selectOptions(c.getByLabelText("How long"), "60");
    setWhen(canvasElement, "When you'll be back", "2026-11-21", "20:00");
    await expect(card(canvasElement).value).toMatch(/1 hour .* Saturday at 8:00\sPM\.$/);
    const hints = c.getByRole("group", { name: /Tick what yours says/ });
    // The time is met by the chosen time; the rest the person ticks.
    await expect(within(hints).getByRole("checkbox", { name: "when you'll be back" })).toBeChecked();
    await userEvent.click(within(hints).getByRole("checkbox", { name: "what you need, said plainly" }));
    await userEvent.click(within(hints).getByRole("checkbox", { name: "that you two are okay" }));
    await expect(within(hints).getAllByRole("checkbox").every((b) => (b as HTMLInputElement).checked)).toBe(true);
  },
};

/** A closeness template that asks plainly: the need, that we're okay, a concrete time. */
export const ClosenessTemplate: Story = {
  args: { defaultTemplateId: "closenessAsk" },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.type(c.getByLabelText("Your partner's name"), "Ana");
    await userEvent.selectOptions(c.getByLabelText("How long"), "60");
    setWhen(canvasElement, "When you'd like time together", "2026-11-21", "20:00");
    await expect(card(canvasElement).value).toMatch(/^Ana, I need some time close to you\. We're okay; I miss us\. Can we have 1 hour together Saturday at 8:00\sPM\?$/);
  },
};

/**
 * After a hard conversation: a pause to settle, with the 20 minutes to 24 hours guidance, and
 * a note when the return time does not match the chosen length.
 */
export const AfterAHardConversation: Story = {
  args: { defaultTemplateId: "repairPause" },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByText(/20 minutes to 24 hours/)).toBeInTheDocument();
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
    const local = `${inTwoDays.getFullYear()}-${String(inTwoDays.getMonth() + 1).padStart(2, "0")}-${String(inTwoDays.getDate()).padStart(2, "0")}`;
    setWhen(canvasElement, "When you'll be back", local, "10:00");
    await expect(c.getByText(/This return time isn't 30 minutes from now/)).toBeInTheDocument();
  },
};

/** Repair that owns one's part. */
export const OwningMyPart: Story = { args: { defaultTemplateId: "repairOwn" } };

/** Checking in, gently. */
export const CheckingIn: Story = { args: { defaultTemplateId: "checkinThinking" } };

/** Hints show what a card like this often says; nothing is ever blocked. */
export const HintsMissing: Story = {
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.click(c.getByRole("option", { name: "Blank: I need some space" }));
    await userEvent.type(card(canvasElement), "Going out for a bit.");
    const hints = c.getByRole("group", { name: /Tick what yours says/ });
    await expect(within(hints).getAllByRole("checkbox").filter((b) => !(b as HTMLInputElement).checked)).toHaveLength(3);
    await expect(c.getByRole("button", { name: "Review and send" })).toBeEnabled();
  },
};

/** Hints turned off by the host. */
export const HintsOff: Story = {
  args: { hints: false, defaultTemplateId: "spaceWalk" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("group", { name: /Tick what yours says/ })).toBeNull();
    await expect(within(canvasElement).queryAllByRole("checkbox")).toHaveLength(0);
  },
};

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
    const field = setWhen(canvasElement, "When you'll be back", "2026-11-21", "20:00");
    await expect(field.getByRole("textbox", { name: "Date (YYYY-MM-DD)" })).toHaveAttribute("aria-invalid", "true");
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input" }));
  },
};

/** The three card styles. */
export const WarmStyle: Story = {
  args: { defaultTemplateId: "closenessMiss" },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("radio", { name: "Warm" }));
    await expect(within(canvasElement).getByRole("article", { name: "Preview" })).toHaveAttribute("data-style", "warm");
  },
};

export const PlainStyle: Story = {
  args: { defaultTemplateId: "spaceRecharge" },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("radio", { name: "Plain" }));
    await expect(within(canvasElement).getByRole("article", { name: "Preview" })).toHaveAttribute("data-style", "plain");
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
    const back = within(c.getByRole("group", { name: "When you'll be back" }));
    await expect(back.getByRole("textbox", { name: "Date (YYYY-MM-DD)" })).toHaveFocus();
    await userEvent.keyboard("2026-11-14");
    // A week later with the picker, by keyboard: it opens on the typed day, arrows move, Enter chooses.
    await userEvent.tab();
    await expect(back.getByRole("button", { name: /^Choose date/ })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    const picker = await page().findByRole("dialog", { name: "Choose a date" });
    await waitFor(() => expect(within(picker).getByRole("gridcell", { name: /November 14/ })).toHaveFocus());
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await waitFor(() => expect(back.getByRole("button", { name: /^Choose date/ })).toHaveFocus());
    await expect(back.getByRole("textbox", { name: "Date (YYYY-MM-DD)" })).toHaveValue("2026-11-21");
    await userEvent.tab();
    await expect(back.getByLabelText("Time")).toHaveFocus();
    await userEvent.keyboard("2000");
    await expect(back.getByLabelText("Time")).toHaveValue("20:00");
    await userEvent.tab();
    await expect(card(canvasElement)).toHaveFocus();
    await userEvent.keyboard("{End} See you soon.");
    await userEvent.tab(); // first card style
    await userEvent.tab(); // preview is not focusable: on to the hints the person ticks
    await expect(c.getByRole("checkbox", { name: "what you need, said plainly" })).toHaveFocus();
    await userEvent.keyboard(" ");
    await userEvent.tab();
    await userEvent.keyboard(" ");
    await expect(c.getByRole("checkbox", { name: "that you two are okay" })).toBeChecked();
    await userEvent.tab(); // the time: already met by the chosen time
    await userEvent.tab();
    const review = c.getByRole("button", { name: "Review and send" });
    await expect(review).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    const dialog = await page().findByRole("dialog", { name: "Review your card" });
    await waitFor(() => expect(within(dialog).getByRole("button", { name: "Send" })).toHaveFocus());
    await expect(args.onSend).not.toHaveBeenCalled();
    await userEvent.keyboard("{Enter}");
    await expect(args.onSend).toHaveBeenCalledTimes(1);
    await expect(args.onSend).toHaveBeenCalledWith({
      version: 1,
      kind: "space",
      group: "space",
      templateId: "spaceRecharge",
      text: expect.stringMatching(/^I need 1 hour on my own to recharge\. We're okay\. I'll be back Saturday at 8:00\sPM\. See you soon\.$/),
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
    await expect(c.getByRole("listbox", { name: "البدء من" })).toBeInTheDocument();
    await expect(getComputedStyle(c.getByRole("region")).direction).toBe("rtl");
  },
};

export const Spanish: Story = {
  args: { defaultTemplateId: "closenessAsk" },
  globals: { locale: "es" },
  play: async ({ canvasElement }) => {
    await expect(card(canvasElement).value).toMatch(/^…, necesito un rato cerca de ti\. Estamos bien/);
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

export const Dark: Story = { args: { defaultTemplateId: "repairOwn" }, globals: { theme: "dark" } };

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
    // The same storage the provider uses (here the browser's own).
    await clearAllDrafts(localStorageAdapter());
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
  version: 1,
  kind: "space",
  group: "space",
  templateId: "spaceRecharge",
  text: "I need 1 hour on my own to recharge. We're okay. I'll be back at 8.",
  parts: { durationMinutes: 60 },
  returnTime: { at: "2026-11-21T19:00:00.000Z", timeZone: "Europe/Berlin" },
  locale: "en",
  style: "calm",
};

export const ReceivedCards: StoryObj<typeof ReassuranceCard> = {
  render: () => (
    <div style={{ display: "grid", gap: 16, maxWidth: 480 }}>
      <ReassuranceCard card={received} />
      <ReassuranceCard card={{ ...received, kind: "closeness", group: "closeness", style: "warm", text: "I need some time close to you. We're okay. A walk at 8?", returnTime: null }} />
      <ReassuranceCard card={{ ...received, style: "plain", text: "مرحبا 123 hello, <b>not bold</b>" }} timeZone="America/New_York" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const cards = within(canvasElement).getAllByRole("article", { name: "A card from your partner" });
    await expect(cards).toHaveLength(3);
    await expect(within(cards[2]!).getByText("مرحبا 123 hello, <b>not bold</b>")).toBeInTheDocument();
  },
};

/* -------------------------------------------------------------------------------------------------
 * Build your own: the hook and the parts, in a layout unlike the default
 * -----------------------------------------------------------------------------------------------*/

/**
 * A host's own layout from `useReassuranceComposer` and the Composer parts only: the templates
 * in a side column, the preview above the editor, and a direct Send with no review step.
 */
export const BuildYourOwn: StoryObj = {
  render: function Render() {
    const [sent, setSent] = React.useState<ReassuranceCardData | null>(null);
    const composer = useReassuranceComposer({ onSend: setSent, timeZone: "Europe/Berlin" });
    return (
      <Composer.Root composer={composer} style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 14rem), 1fr))", gap: 24, alignItems: "start" }}>
        <nav aria-label="Templates" style={{ gridRow: "span 2" }}>
          <Composer.Templates orientation="vertical" />
        </nav>
        <div style={{ display: "grid", gap: 12 }}>
          <Composer.Preview headingLevel={3} />
          <Composer.Editor />
          <Composer.Slots>
            <Composer.ReturnTime />
          </Composer.Slots>
          <Composer.Hints />
          <Composer.Confirm />
          <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
            <Composer.SendButton>Send now</Composer.SendButton>
            <span aria-live="polite">{sent ? `Sent: ${sent.text}` : `${composer.remaining} characters to go`}</span>
          </div>
        </div>
      </Composer.Root>
    );
  },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    // The side column is a vertical list: Down moves, Enter chooses.
    await userEvent.tab();
    await expect(c.getByRole("option", { name: "Blank: I need some space" })).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{Enter}");
    await expect(c.getByRole("option", { name: "I need time with you" })).toHaveAttribute("aria-selected", "true");
    // The preview sits above the editor, headed by the template's group.
    const preview = c.getByRole("article", { name: "Preview" });
    await expect(within(preview).getByRole("heading", { level: 3, name: "Asking for closeness" })).toBeInTheDocument();
    await expect(preview.compareDocumentPosition(card(canvasElement)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.click(c.getByRole("button", { name: "Send now" }));
    await expect(c.getByText(/^Sent: …, I need some time close to you/)).toBeInTheDocument();
  },
};

/* -------------------------------------------------------------------------------------------------
 * Two partners: two devices joined by a small in-page channel
 * -----------------------------------------------------------------------------------------------*/

/** A stand-in for the host's backend: JSON in, JSON out, checked on arrival. */
function useChannel<T>() {
  const [inbox, setInbox] = React.useState<T[]>([]);
  const send = React.useCallback((value: unknown, parse: (v: unknown) => { ok: true; value: T } | { ok: false; error: string }) => {
    const arrived = parse(JSON.parse(JSON.stringify(value)));
    if (arrived.ok) setInbox((list) => [...list, arrived.value]);
  }, []);
  return [inbox, send] as const;
}

/**
 * Sam writes on one device; the card travels as JSON through the channel, is checked with
 * `parseReassuranceCard` and shown to Ana, whose one-tap reply comes back to Sam.
 */
export const TwoPartners: StoryObj = {
  render: function Render() {
    const [cards, sendCard] = useChannel<ReassuranceCardData>();
    const [replies, sendReply] = useChannel<ReassuranceAcknowledgement>();
    const latest = cards.at(-1);
    return (
      <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(18rem, 1fr))", gap: 24 }}>
        <section aria-label="Sam's device">
          <ReassuranceComposer onSend={(card) => sendCard(card, (v) => parseReassuranceCard(v))} timeZone="Europe/Berlin" defaultTemplateId="spaceRecharge" />
          <p role="status" aria-label="Replies to Sam">
            {replies.map((r) => `Ana replied: ${r.text}`).join(" ")}
          </p>
        </section>
        <section aria-label="Ana's device">
          {latest ? (
            <ReassuranceCard key={cards.length} card={latest} timeZone="America/New_York" onAcknowledge={(ack) => sendReply(ack, parseAcknowledgement)} />
          ) : (
            <p>No card yet.</p>
          )}
        </section>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    const sam = within(c.getByRole("region", { name: "Sam's device" }));
    setWhen(c.getByRole("region", { name: "Sam's device" }), "When you'll be back", "2026-11-21", "20:00");
    await userEvent.click(sam.getByRole("button", { name: "Review and send" }));
    const dialog = await page().findByRole("dialog", { name: "Review your card" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Send" }));
    const ana = within(c.getByRole("region", { name: "Ana's device" }));
    const received = await ana.findByRole("article", { name: "A card from your partner" });
    await expect(within(received).getByRole("heading", { name: "Taking space" })).toBeInTheDocument();
    await expect(within(received).getByText(/^Back around Sat,? 2:00\sPM/)).toBeInTheDocument();
    await userEvent.click(ana.getByRole("button", { name: "Thank you, see you then" }));
    await expect(sam.getByRole("status", { name: "Replies to Sam" })).toHaveTextContent("Ana replied: Thank you, see you then");
  },
};
