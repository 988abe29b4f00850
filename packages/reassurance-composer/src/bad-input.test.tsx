/**
 * Hostile props and stored data, one at a time, in StrictMode: no crash, no React console
 * error, every problem reported through onError (or a development warning), nothing typed lost.
 */
import * as React from "react";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, memoryStorageAdapter, type AttuneError } from "@attune/core";
import hostile from "./__fixtures__/hostile-text.json";
import { ReassuranceCard, ReassuranceComposer, type ReassuranceCardData, type ReassuranceComposerProps } from "./index";

let errors: { mock: { calls: unknown[][] } };
beforeEach(() => {
  errors = vi.spyOn(console, "error");
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const strings: string[] = Object.values(hostile).filter(Array.isArray).flat().filter((s): s is string => typeof s === "string");
const textbox = () => screen.getByRole("textbox", { name: "Your card" }) as HTMLTextAreaElement;

function mount(props: Partial<Record<keyof ReassuranceComposerProps, unknown>>, storage = memoryStorageAdapter()) {
  const onError = vi.fn<(e: AttuneError) => void>();
  const ui = (
    <React.StrictMode>
      <AttuneProvider storage={storage}>
        <ReassuranceComposer onSend={() => {}} onError={onError} {...(props as Partial<ReassuranceComposerProps>)} />
      </AttuneProvider>
    </React.StrictMode>
  );
  render(ui);
  return onError;
}

const noReactErrors = () => expect(errors.mock.calls.map((c: unknown[]) => String(c[0]))).toEqual([]);

describe("ReassuranceComposer with hostile props", () => {
  const templateCases: Array<[string, unknown]> = [
    ["a string", "spaceRecharge"],
    ["a number", 42],
    ["an object", { id: "x" }],
    ["null entries", [null, { id: "ok", group: "space", kind: "space", label: "Fine", text: "Fine {returnTime}" }, null]],
    ["entries of the wrong shape", [{ id: 1, label: {}, text: [] }, "x", 7, { id: "ok", label: "Fine", text: "Fine" }]],
    ["duplicate ids", [{ id: "a", label: "A", text: "A" }, { id: "a", label: "A again", text: "A2" }, { id: "blank-space", label: "Clash", text: "C" }]],
    ["a function that throws", () => { throw new Error("host bug"); }],
    ["a function that returns nonsense", () => "nonsense"],
  ];
  it.each(templateCases)("templates as %s: the valid ones shown, the rest reported", async (_, templates) => {
    const onError = mount({ templates });
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input" })));
    expect(screen.getByRole("listbox")).toBeInTheDocument();
    noReactErrors();
  });

  it.each([NaN, Infinity, -1, 0, 1e308, "280", 2.5, null])("maxLength %s is clamped and reported, never shown as NaN", async (maxLength) => {
    const onError = mount({ maxLength });
    fireEvent.change(textbox(), { target: { value: "Back soon" } });
    const counter = document.querySelector("[data-attune-part=counter]")!.textContent!;
    expect(counter).not.toMatch(/NaN|Infinity|e\+/);
    expect(counter).toMatch(/^[\d,]+ of [\d,]+ characters?$/);
    if (maxLength !== 2.5) await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input" })));
    noReactErrors();
  });

  it.each<[string, Partial<Record<keyof ReassuranceComposerProps, unknown>>]>([
    ["an unknown time zone", { timeZone: "Mars/Olympus", defaultTemplateId: "spaceRecharge" }],
    ["a number for the time zone", { timeZone: 42 }],
    ["an unknown template id", { defaultTemplateId: "__proto__" }],
    ["a number for the template id", { defaultTemplateId: 7 }],
    ["a bad direction", { dir: "sideways" }],
    ["a bad heading level", { headingLevel: 99 }],
    ["hints as a string", { hints: "no" }],
    ["a persistKey object", { persistKey: {} }],
    ["a default value that is not a draft", { defaultValue: { text: 5 } }],
  ])("%s: no crash, no React error", (_, props) => {
    mount(props);
    expect(textbox()).toBeInTheDocument();
    noReactErrors();
  });

  it("a value that is not a draft is reported and the composer keeps working", async () => {
    const onError = mount({ value: "hello", onValueChange: () => {} });
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input" })));
    noReactErrors();
  });

  it("hostile text in every field stays text, within the limits", () => {
    mount({ defaultTemplateId: "spaceWalk" });
    for (const s of strings) {
      fireEvent.change(screen.getByLabelText("Your partner's name"), { target: { value: s } });
      fireEvent.change(screen.getByLabelText("What you'd like to do"), { target: { value: s } });
      fireEvent.change(textbox(), { target: { value: s } });
    }
    expect(document.querySelector("img, script, svg[onload]")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    noReactErrors();
  }, 60_000);

  it("an onSend that throws keeps the draft and reports callback-rejected", async () => {
    const onError = mount({ onSend: () => { throw new Error("offline"); }, defaultTemplateId: "blank-space" });
    fireEvent.change(textbox(), { target: { value: "Back at 8" } });
    fireEvent.click(screen.getByRole("button", { name: "Review and send" }));
    const send = await screen.findByRole("button", { name: "Send" });
    await act(async () => fireEvent.click(send));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "callback-rejected" }));
    expect(document.querySelector("textarea")).toHaveValue("Back at 8");
    expect(screen.getByText("It didn't send. Your card is still here.")).toBeInTheDocument();
    noReactErrors();
  });
});

describe("stored drafts of the wrong shape", () => {
  it.each(["{oops", "42", "[null]", "null", JSON.stringify({ text: 1 })])("%s is reported and an empty card shown", async (raw) => {
    const storage = memoryStorageAdapter({ "attune:reassurance-composer:me": raw });
    const onError = mount({ persistKey: "me" }, storage);
    await waitFor(() => expect(onError).toHaveBeenCalled());
    expect(textbox()).toHaveValue("");
    noReactErrors();
  });

  it("a 100,000-character draft is cut to the limit on load and the cut reported", async () => {
    const draft = {
      templateId: "blank-space", kind: "space", text: "a".repeat(100_000), edited: true, name: "", durationMinutes: 30,
      activity: "", returnAt: "", style: "calm",
    };
    const storage = memoryStorageAdapter({ "attune:reassurance-composer:me": JSON.stringify(draft) });
    const onError = mount({ persistKey: "me" }, storage);
    await waitFor(() => expect(textbox().value).toHaveLength(280), { timeout: 5000 });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-input", message: expect.stringMatching(/cut to the limit/) }));
    expect(screen.getByText("280 of 280 characters")).toBeInTheDocument();
    // What the person types next is kept.
    fireEvent.change(textbox(), { target: { value: "Mine now" } });
    expect(textbox()).toHaveValue("Mine now");
    await waitFor(() => expect(storage.getItem("attune:reassurance-composer:me")).toContain("Mine now"));
    noReactErrors();
  });

  it("what the person typed before storage answered is never replaced by the stored draft", async () => {
    let answer: (v: string | null) => void = () => {};
    const slow = { ...memoryStorageAdapter(), getItem: () => new Promise<string | null>((r) => (answer = r)) };
    mount({ persistKey: "me" }, slow as never);
    fireEvent.change(textbox(), { target: { value: "typed first" } });
    await act(async () => answer(JSON.stringify({ templateId: "", kind: "space", text: "old".repeat(50_000), edited: true, name: "", durationMinutes: 30, activity: "", returnAt: "", style: "calm" })));
    expect(textbox()).toHaveValue("typed first");
    noReactErrors();
  });
});

describe("ReassuranceCard with hostile cards", () => {
  const cards: unknown[] = [null, undefined, "x", 42, [], {}, { kind: "space" }, { kind: "space", text: 5 }, { version: 3, kind: "space", text: "x" },
    { kind: "space", text: "x", returnTime: { at: 8.64e15 + 1, timeZone: "UTC" } }, { kind: "closeness", text: "x", parts: null, group: {} },
    ...strings.map((text) => ({ kind: "space", text, locale: text, templateId: text, style: text }))];
  it("shows what it can, crashes on nothing", () => {
    for (const card of cards) {
      render(
        <React.StrictMode>
          <ReassuranceCard card={card as ReassuranceCardData} headingLevel={NaN as 2} maxLength={NaN} onAcknowledge={() => {}} />
        </React.StrictMode>,
      );
      cleanup();
    }
    noReactErrors();
  });
});
