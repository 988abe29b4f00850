import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { AttuneProvider, memoryStorageAdapter, type StorageAdapter } from "@attune/core";
import hostile from "./__fixtures__/hostile-text.json";
import { ReassuranceCard, ReassuranceComposer, clearAllDrafts, type ReassuranceCardData } from "./index";
import { es } from "./locales/es";

const noop = () => {};
const textbox = () => screen.getByRole("textbox", { name: "Your card" });
const val = () => (document.querySelector("textarea") as HTMLTextAreaElement).value;
/** Types a day and a time into the return-time field (core's DateTimeField) named `name`. */
function typeWhen(name: string, date: string, time: string) {
  const field = screen.getByRole("group", { name });
  fireEvent.change(within(field).getByRole("textbox", { name: "Date (YYYY-MM-DD)" }), { target: { value: date } });
  fireEvent.change(within(field).getByLabelText("Time"), { target: { value: time } });
  return field;
}

describe("ReassuranceComposer", () => {
  it("chooses a template with one tab stop and arrow keys, then fills its slots", async () => {
    const user = userEvent.setup();
    render(<ReassuranceComposer onSend={noop} timeZone="Europe/Berlin" />);
    const list = screen.getByRole("listbox", { name: "Start from" });
    const options = within(list).getAllByRole("option");
    expect(options).toHaveLength(10);
    expect(options.filter((o) => o.tabIndex === 0)).toHaveLength(1);
    expect(screen.getByRole("group", { name: "Taking space" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Checking in" })).toBeInTheDocument();

    await user.tab();
    expect(options[0]).toHaveFocus();
    // No template is chosen for the person.
    expect(options.every((o) => o.getAttribute("aria-selected") === "false")).toBe(true);
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(screen.getByRole("option", { name: "Time to recharge" })).toHaveFocus();
    expect(textbox()).toHaveValue(""); // focus alone does not replace anything
    await user.keyboard("{Enter}");
    expect(screen.getByRole("option", { name: "Time to recharge" })).toHaveAttribute("aria-selected", "true");
    expect(textbox()).toHaveValue("I need 30 minutes on my own to recharge. We're okay. I'll be back …");
    await user.keyboard("{End}");
    expect(screen.getByRole("option", { name: "Still taking quiet time" })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(options[0]).toHaveFocus();

    // Leaving and re-entering the list lands on one option only.
    await user.tab();
    expect(list).not.toContainElement(document.activeElement as HTMLElement);

    await user.selectOptions(screen.getByLabelText("How long"), "60");
    typeWhen("When you'll be back", "2026-11-21", "20:00");
    expect(val()).toMatch(/^I need 1 hour on my own.*I'll be back Saturday at 8:00\sPM\.$/);
    expect(screen.getByText("Time zone: Europe/Berlin")).toBeInTheDocument();
  });

  it("moves with Left and Right the other way round in right-to-left", async () => {
    const user = userEvent.setup();
    render(<ReassuranceComposer onSend={noop} dir="rtl" />);
    await user.tab();
    await user.keyboard("{ArrowLeft}");
    expect(screen.getByRole("option", { name: "Blank: I need some closeness" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("option", { name: "Blank: I need some space" })).toHaveFocus();
  });

  it("after a hand edit, changing a slot swaps its old value in place; switching template asks first", async () => {
    const user = userEvent.setup();
    render(<ReassuranceComposer onSend={noop} defaultTemplateId="repairPause" />);
    await user.type(textbox(), " Really.");
    await user.selectOptions(screen.getByLabelText("How long"), "20");
    expect(val()).toMatch(/^That was a hard conversation. I need 20 minutes to settle.* Really\.$/);

    await user.click(screen.getByRole("option", { name: "I miss you" }));
    const confirm = screen.getByRole("alertdialog", { name: "Replace what you wrote with this template?" });
    expect(within(confirm).getByRole("button", { name: "Keep writing" })).toHaveFocus();
    await user.click(within(confirm).getByRole("button", { name: "Keep writing" }));
    expect(val()).toContain("Really.");
    await user.click(screen.getByRole("option", { name: "I miss you" }));
    await user.click(screen.getByRole("button", { name: "Discard it" }));
    expect(textbox()).toHaveValue("I miss you, …, and I love you. I'd like us to … together. We're okay. How about …?");
    expect(screen.getByLabelText("Your partner's name")).toBeInTheDocument();
  });

  it("counts in graphemes, stops at the limit and announces it", async () => {
    const user = userEvent.setup();
    render(<ReassuranceComposer onSend={noop} maxLength={12} />);
    fireEvent.change(textbox(), { target: { value: "👩‍❤️‍👨👍🏽" } });
    expect(screen.getByText("2 of 12 characters")).toBeInTheDocument();
    fireEvent.change(textbox(), { target: { value: "abcdefghijklmnop" } });
    expect(textbox()).toHaveValue("abcdefghijkl");
    expect(screen.getByText("12 of 12 characters")).toHaveAttribute("data-state", "full");
    expect(screen.getAllByRole("status").some((s) => s.textContent === "That's the limit of 12 characters.")).toBe(true);
    await user.type(textbox(), "x");
    expect(textbox()).toHaveValue("abcdefghijkl");
  });

  it("cuts a 1 MB paste to the limit before it reaches the text box, segmenting no more than the limit needs", () => {
    render(<ReassuranceComposer onSend={noop} />);
    const huge = "<b>x</b>".repeat(131_072);
    // Counted, not timed (bench/ times it): no text longer than 280 clusters × 64 code units is
    // ever segmented, and the browser's own paste is cancelled, so the box never holds the megabyte.
    const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
    let applied: boolean;
    try {
      applied = fireEvent.paste(textbox(), { clipboardData: { getData: () => huge } });
      expect(segment).toHaveBeenCalled();
      expect(Math.max(...segment.mock.calls.map(([t]) => t.length))).toBeLessThanOrEqual(280 * 64);
    } finally {
      segment.mockRestore();
    }
    expect(applied).toBe(false);
    expect((textbox() as HTMLTextAreaElement).value).toHaveLength(280);
    expect(screen.getByText("280 of 280 characters")).toBeInTheDocument();
  });

  it("shows markup and script as text, in the preview and in the review", async () => {
    const user = userEvent.setup();
    const { container } = render(<ReassuranceComposer onSend={noop} />);
    for (const s of hostile.markup) {
      fireEvent.change(textbox(), { target: { value: s } });
      expect(screen.getByRole("article", { name: "Preview" }).querySelector("[data-attune-part=card-text]")!.textContent).toBe(s);
    }
    await user.click(screen.getByRole("button", { name: "Review and send" }));
    await screen.findByRole("dialog");
    const dialog = screen.getByRole("dialog");
    expect(within(dialog).getByText(hostile.markup.at(-1)!)).toBeInTheDocument();
    // The only drawn picture is the date field's own calendar icon.
    expect(container.querySelector('img, script, svg:not([data-attune-part="date-icon"]), b')).toBeNull();
    expect(document.querySelector('img, svg:not([data-attune-part="date-icon"])')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("hints are ticked by the person, never guessed from the words, never blocking, and can be turned off", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ReassuranceComposer onSend={noop} />);
    fireEvent.change(textbox(), { target: { value: "I'm not okay, I need space. Define it." } });
    const hints = screen.getByRole("group", { name: "Cards like this often say these. Tick what yours says:" });
    const boxes = within(hints).getAllByRole("checkbox");
    expect(boxes.map((b) => b.closest("label")!.textContent)).toEqual(["what you need, said plainly", "that you two are okay", "when you'll be back"]);
    // "okay" and "fine" in the text tick nothing: only the person does.
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([false, false, false]);
    await user.click(within(hints).getByRole("checkbox", { name: "what you need, said plainly" }));
    expect(within(hints).getByRole("checkbox", { name: "what you need, said plainly" })).toBeChecked();
    expect(screen.getByRole("button", { name: "Review and send" })).toBeEnabled();
    // A closeness card asks the same three things, in its own words: no "another time is fine".
    await user.click(screen.getByRole("option", { name: "Blank: I need some closeness" }));
    await user.click(screen.getByRole("button", { name: "Discard it" }));
    const closeness = within(screen.getByRole("group", { name: /Tick what yours says/ })).getAllByRole("checkbox");
    expect(closeness.map((b) => b.closest("label")!.textContent)).toEqual(["what you need, said plainly", "that you two are okay", "when you'd like time together"]);
    typeWhen("When you'd like time together", "2026-11-21", "20:00");
    expect(within(screen.getByRole("group", { name: /Tick what yours says/ })).getByRole("checkbox", { name: "when you'd like time together" })).toBeChecked();
    rerender(<ReassuranceComposer onSend={noop} hints={false} />);
    expect(screen.queryByRole("group", { name: /Tick what yours says/ })).toBeNull();
  });

  it("sends structured card data through onSend only, then starts again", async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    render(
      <AttuneProvider locale="en-GB">
        <ReassuranceComposer onSend={onSend} timeZone="America/New_York" defaultTemplateId="spaceWalk" />
      </AttuneProvider>,
    );
    await user.type(screen.getByLabelText("Your partner's name"), "Ana");
    await user.type(screen.getByLabelText("What you'd like to do"), "walk by the river");
    typeWhen("When you'll be back", "2026-03-08", "02:30");
    await user.click(screen.getByRole("radio", { name: "Warm" }));
    const review = screen.getByRole("button", { name: "Review and send" });
    await user.click(review);
    await screen.findByRole("dialog");
    const dialog = screen.getByRole("dialog", { name: "Review your card" });
    expect(dialog).toHaveAccessibleDescription("This is how it will look. Nothing is sent until you choose Send.");
    expect(onSend).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Send" }));
    expect(onSend).toHaveBeenCalledTimes(1);
    const card: ReassuranceCardData = onSend.mock.calls[0]![0];
    expect(card).toEqual({
      version: 1,
      kind: "space",
      group: "space",
      templateId: "spaceWalk",
      text: expect.stringMatching(/^Ana, I'm going to walk by the river to clear my head\..*Back Sunday at 3:30\.$/),
      parts: { name: "Ana", activity: "walk by the river" },
      // 02:30 does not exist that night in New York: it becomes 03:30 EDT.
      returnTime: { at: "2026-03-08T07:30:00.000Z", timeZone: "America/New_York" },
      locale: "en-GB",
      style: "warm",
    });
    expect(fetchSpy).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(val()).toMatch(/^…, I'm going to/);
    expect(screen.getAllByRole("status").some((s) => s.textContent === "Your card was sent.")).toBe(true);
  });

  it("sends once even when Send is pressed again while the host is still sending", async () => {
    const user = userEvent.setup();
    let finish!: () => void;
    const onSend = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<ReassuranceComposer onSend={onSend} />);
    fireEvent.change(textbox(), { target: { value: "Back soon" } });
    await user.click(screen.getByRole("button", { name: "Review and send" }));
    await screen.findByRole("dialog");
    const send = screen.getByRole("button", { name: "Send" });
    await user.click(send);
    await user.click(send);
    expect(onSend).toHaveBeenCalledTimes(1);
    await act(async () => finish());
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(val()).toBe("");
  });

  it("never sends more than maxLength, even if the host lowers it later", async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    const { rerender } = render(<ReassuranceComposer onSend={onSend} />);
    fireEvent.change(textbox(), { target: { value: "abcdefghij" } });
    rerender(<ReassuranceComposer onSend={onSend} maxLength={4} />);
    await user.click(screen.getByRole("button", { name: "Review and send" }));
    await screen.findByRole("dialog");
    await user.click(screen.getByRole("button", { name: "Send" }));
    expect(onSend.mock.calls[0]![0].text).toBe("abcd");
  });

  it("keeps the draft and says so when onSend rejects", async () => {
    const user = userEvent.setup();
    render(<ReassuranceComposer onSend={() => Promise.reject(new Error("offline"))} />);
    fireEvent.change(textbox(), { target: { value: "Back soon" } });
    await user.click(screen.getByRole("button", { name: "Review and send" }));
    await screen.findByRole("dialog");
    await user.click(screen.getByRole("button", { name: "Send" }));
    expect(await screen.findByText("It didn't send. Your card is still here.")).toBeInTheDocument();
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(val()).toBe("Back soon");
  });

  it("offers copy and share only where the browser has them; failures go to onError", async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    const writeText = vi.fn().mockRejectedValueOnce(new Error("denied")).mockResolvedValue(undefined);
    const share = vi.fn().mockRejectedValue(Object.assign(new Error("cancel"), { name: "AbortError" }));
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    Object.defineProperty(navigator, "share", { value: share, configurable: true });
    try {
      render(<ReassuranceComposer onSend={noop} onError={onError} />);
      fireEvent.change(textbox(), { target: { value: "Back at 8" } });
      await user.click(screen.getByRole("button", { name: "Review and send" }));
      await screen.findByRole("dialog");
      await user.click(screen.getByRole("button", { name: "Copy text" }));
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "clipboard" }));
      await user.click(screen.getByRole("button", { name: "Copy text" }));
      expect(writeText).toHaveBeenLastCalledWith("Back at 8");
      expect(await screen.findByText("Copied.")).toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "Share" }));
      expect(share).toHaveBeenCalledWith({ text: "Back at 8" });
      expect(onError).toHaveBeenCalledTimes(1); // the person cancelling a share is not an error
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      delete (navigator as { share?: unknown }).share;
    }
  });

  it("hides copy and share where the APIs are missing, or when the host turns them off", async () => {
    const user = userEvent.setup();
    // user-event installs a clipboard stub; take it away again, as in an old or locked-down browser.
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    render(<ReassuranceComposer onSend={noop} />);
    fireEvent.change(textbox(), { target: { value: "Back at 8" } });
    await user.click(screen.getByRole("button", { name: "Review and send" }));
    await screen.findByRole("dialog");
    expect(screen.queryByRole("button", { name: "Copy text" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Share" })).toBeNull();
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  it("does not offer copy when the host turns it off", async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, "clipboard", { value: { writeText: vi.fn() }, configurable: true });
    try {
      render(<ReassuranceComposer onSend={noop} allowCopy={false} />);
      fireEvent.change(textbox(), { target: { value: "Back at 8" } });
      await user.click(screen.getByRole("button", { name: "Review and send" }));
      await screen.findByRole("dialog");
      expect(screen.getByRole("button", { name: "Send" })).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "Copy text" })).toBeNull();
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it("explains an invalid time zone instead of crashing, and reports it", () => {
    const onError = vi.fn();
    render(<ReassuranceComposer onSend={noop} timeZone="Mars/Olympus" onError={onError} />);
    const field = typeWhen("When you'll be back", "2026-11-21", "20:00");
    for (const input of [within(field).getByRole("textbox", { name: "Date (YYYY-MM-DD)" }), within(field).getByLabelText("Time")]) {
      expect(input).toHaveAttribute("aria-invalid", "true");
      expect(input).toHaveAccessibleDescription("The time zone “Mars/Olympus” isn't recognised, so the card has no return time.");
    }
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input" }));
  });

  it("uses core's DateTimeField: typed text is kept as typed, and what is missing or unreadable is said once focus leaves", async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    const onValueChange = vi.fn();
    render(<ReassuranceComposer onSend={noop} defaultTemplateId="spaceRecharge" timeZone="Europe/Berlin" onError={onError} onValueChange={onValueChange} />);
    const field = screen.getByRole("group", { name: "When you'll be back" });
    const date = within(field).getByRole("textbox", { name: "Date (YYYY-MM-DD)" });
    const time = within(field).getByLabelText("Time");
    expect(within(field).getByRole("button", { name: "Choose date" })).toHaveAttribute("aria-haspopup", "dialog");
    // The zone note describes the field, not an error.
    expect(field).toHaveAccessibleDescription("Time zone: Europe/Berlin");
    await user.click(date);
    await user.type(date, "2026-02-30");
    // While typing: no error, the text kept exactly, no report for the host.
    expect(date).toHaveValue("2026-02-30");
    expect(date).not.toHaveAttribute("aria-invalid");
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ returnAt: "2026-02-30T" }));
    await user.tab(); // to the picker button: still inside the field
    expect(date).not.toHaveAttribute("aria-invalid");
    await user.click(screen.getByRole("textbox", { name: "Your card" }));
    expect(date).toHaveAttribute("aria-invalid", "true");
    expect(date).toHaveAccessibleDescription("You might add both a day and a time, so the card can say when.");
    fireEvent.change(time, { target: { value: "20:00" } });
    expect(date).toHaveAccessibleDescription("That date and time couldn't be read. You might pick it again.");
    expect(val()).toMatch(/I'll be back …$/);
    expect(date).toHaveValue("2026-02-30");
    expect(onError).not.toHaveBeenCalled();
    // Fixing the day gives the card its time; the error goes.
    await user.clear(date);
    await user.type(date, "2026-11-21");
    await user.click(screen.getByRole("textbox", { name: "Your card" }));
    expect(date).not.toHaveAttribute("aria-invalid");
    expect(val()).toMatch(/I'll be back Saturday at 8:00\sPM\.$/);
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ returnAt: "2026-11-21T20:00" }));
  });

  it("a return time from the host that cannot be read is shown as it is, pointed out and reported", () => {
    const onError = vi.fn();
    const draft = { templateId: "spaceRecharge", kind: "space", text: "Back soon", edited: true, name: "", durationMinutes: 30, activity: "", returnAt: "tomorrow-ish T25:99", style: "calm" } as const;
    render(<ReassuranceComposer onSend={noop} defaultValue={draft} timeZone="UTC" onError={onError} />);
    const field = screen.getByRole("group", { name: "When you'll be back" });
    const date = within(field).getByRole("textbox", { name: "Date (YYYY-MM-DD)" });
    expect(date).toHaveValue("tomorrow-ish T25:99");
    expect(within(field).getByLabelText("Time")).toHaveValue("");
    expect(date).toHaveAttribute("aria-invalid", "true");
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input", message: expect.stringContaining("tomorrow-ish") }));
  });

  it("lets the host add, remove and replace templates", () => {
    render(
      <ReassuranceComposer
        onSend={noop}
        templates={(built) => [
          ...built.filter((x) => x.group !== "repair"),
          { id: "tea", group: "checkin", kind: "closeness", label: "Tea later?", text: "Tea at {returnTime}, {name}?" },
        ]}
        defaultTemplateId="tea"
      />,
    );
    expect(screen.queryByRole("group", { name: "After a hard conversation" })).toBeNull();
    expect(screen.getByRole("option", { name: "Tea later?" })).toHaveAttribute("aria-selected", "true");
    expect(textbox()).toHaveValue("Tea at …, …?");
    expect(screen.queryByLabelText("How long")).toBeNull();
  });

  it("speaks Spanish from a locale bundle", () => {
    render(
      <AttuneProvider locale="es" messages={es}>
        <ReassuranceComposer onSend={noop} defaultTemplateId="spaceRecharge" />
      </AttuneProvider>,
    );
    expect(screen.getByRole("listbox", { name: "Empezar desde" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Tu tarjeta" })).toBeInTheDocument();
    expect(val()).toMatch(/^Necesito 30 minutos a solas/);
  });
});

describe("drafts", () => {
  it("survive a remount with a persistKey, and clearAllDrafts empties them", async () => {
    const storage = memoryStorageAdapter();
    const ui = (
      <AttuneProvider storage={storage}>
        <ReassuranceComposer onSend={noop} persistKey="me" />
      </AttuneProvider>
    );
    const first = render(ui);
    fireEvent.change(textbox(), { target: { value: "Back by 9, we're okay" } });
    await waitFor(() => expect(storage.getItem("attune:reassurance-composer:me")).toContain("Back by 9"));
    first.unmount();
    render(ui);
    await waitFor(() => expect(textbox()).toHaveValue("Back by 9, we're okay"));
    await act(() => clearAllDrafts(storage));
    expect(textbox()).toHaveValue("");
    expect(storage.getItem("attune:reassurance-composer:me")).toBeFalsy();
  });

  it("without a persistKey nothing is stored", () => {
    const storage = memoryStorageAdapter();
    render(
      <AttuneProvider storage={storage}>
        <ReassuranceComposer onSend={noop} />
      </AttuneProvider>,
    );
    fireEvent.change(textbox(), { target: { value: "private" } });
    expect(storage.keys!()).toEqual([]);
  });

  it("keeps the draft in memory and calls onError when storage fails", async () => {
    const onError = vi.fn();
    const broken: StorageAdapter = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {},
    };
    render(
      <AttuneProvider storage={broken}>
        <ReassuranceComposer onSend={noop} persistKey="x" onError={onError} />
      </AttuneProvider>,
    );
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage-read" })));
    fireEvent.change(textbox(), { target: { value: "still here" } });
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage-write" })));
    expect(textbox()).toHaveValue("still here");
  });

  it("asks before discarding unsent text on close", async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<ReassuranceComposer onSend={noop} onClose={onClose} />);
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(onClose).toHaveBeenCalledTimes(1); // nothing written: closes at once
    fireEvent.change(textbox(), { target: { value: "half a thought" } });
    const close = screen.getByRole("button", { name: "Close" });
    await user.click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Keep writing" }));
    expect(close).toHaveFocus();
    expect(textbox()).toHaveValue("half a thought");
    await user.click(close);
    expect(screen.getByRole("alertdialog", { name: "Discard this card? What you wrote will be lost." })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Discard it" }));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(textbox()).toHaveValue("");
  });
});

describe("ReassuranceCard", () => {
  const card: ReassuranceCardData = {
    version: 1,
    kind: "space",
    group: "space",
    templateId: "spaceRecharge",
    text: "‮RTL override‬ <script>window.__pwned=1</script>",
    parts: {},
    returnTime: { at: "2026-11-21T19:00:00.000Z", timeZone: "Europe/Berlin" },
    locale: "en",
    style: "plain",
  };

  it("shows the card as the partner receives it, text as text, time in the reader's zone", () => {
    render(<ReassuranceCard card={card} timeZone="Asia/Kathmandu" />);
    const article = screen.getByRole("article", { name: "A card from your partner" });
    expect(article).toHaveAttribute("data-style", "plain");
    expect(within(article).getByRole("heading", { level: 2, name: "Taking space" })).toBeInTheDocument();
    const text = article.querySelector("[data-attune-part=card-text]")!;
    expect(text.textContent).toBe(card.text);
    expect(text).toHaveAttribute("dir", "auto");
    expect(article.querySelector("script")).toBeNull();
    expect(within(article).getByText(/^Back around Sun,? 12:45\sAM GMT\+5:45$/)).toBeInTheDocument();
  });

  it("leaves out a broken return time and ignores nonsense instead of crashing", () => {
    const bad = { ...card, returnTime: { at: "soon", timeZone: "Mars/Olympus" }, kind: "???" } as unknown as ReassuranceCardData;
    render(<ReassuranceCard card={bad} />);
    expect(screen.queryByText(/Back around/)).toBeNull();
    const { container } = render(<ReassuranceCard card={null as unknown as ReassuranceCardData} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("renders on the server without a browser", () => {
    const html = renderToString(
      <AttuneProvider>
        <ReassuranceComposer onSend={noop} defaultTemplateId="checkinQuiet" persistKey="ssr" />
        <ReassuranceCard card={card} />
      </AttuneProvider>,
    );
    expect(html).toContain("I need more time to settle");
    expect(html).toContain("&lt;script&gt;");
  });
});
