import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, type StorageAdapter } from "@attune/core";
import { LoopMap, type LoopEntry, type LoopHalf } from "./index";
import hostile from "./__fixtures__/hostile-text.json";

// Every prop that can arrive as JSON, and storage that throws or holds garbage: no crash, no
// React error, each problem reported, nothing typed lost.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args) => void errors.push(args));
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const good: LoopHalf = {
  version: 1,
  date: Date.UTC(2026, 10, 1),
  feel: { suggestion: "crowded", text: "" },
  move: { suggestion: "goQuiet", text: "" },
  longing: { text: "" },
  step: { text: "" },
  shared: true,
};

const badHalves: unknown[] = [
  null,
  42,
  "{oops",
  [],
  { version: 2 },
  { version: 1, date: Number.NaN, feel: "far", move: [1], shared: "yes" },
  { version: 1, date: 1e308, feel: { suggestion: "__proto__", text: 5 }, move: { suggestion: "constructor", text: "" } },
  { version: 1, feel: { text: { toString: "x" } }, step: null },
];

describe("LoopMap with hostile input", () => {
  it.each(badHalves.map((v) => [JSON.stringify(v)?.slice(0, 60), v]))("value, partner and previous %s: no crash, reported", async (_, bad) => {
    const onError = vi.fn();
    render(
      <React.StrictMode>
        <LoopMap value={bad as LoopHalf} partner={bad as LoopHalf} previous={{ version: 1, date: 5, mine: bad } as LoopEntry} onError={onError} />
      </React.StrictMode>,
    );
    await act(async () => {});
    expect(screen.getByRole("heading", { name: "Our loop" })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-data" }));
    expect(errors).toEqual([]);
  });

  it.each([...hostile.markup, ...hostile.unicode])("renders %s as text in every place", (text) => {
    const half: LoopHalf = { ...good, feel: { text }, move: { text }, longing: { text }, step: { text } };
    render(
      <React.StrictMode>
        <LoopMap partnerName={text} defaultValue={half} partner={half} previous={{ version: 1, date: 1, mine: good, partner: good }} />
      </React.StrictMode>,
    );
    expect(document.querySelector("script, img, svg [onload]")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(document.querySelector('[data-attune-part="steps"]')!.textContent).toContain(text.trim().slice(0, 10));
    expect(errors).toEqual([]);
  });

  it("takes odd props without a React error", () => {
    render(
      <React.StrictMode>
        <LoopMap
          partnerName={42 as unknown as string}
          headingLevel={Number.NaN}
          dir={"sideways" as "ltr"}
          now={Number.POSITIVE_INFINITY}
          previous={"last week" as unknown as LoopEntry}
          messages={{ "loopMap.label": 7 as unknown as string }}
        />
      </React.StrictMode>,
    );
    expect(screen.getByRole("heading", { level: 2 })).toBeInTheDocument();
    expect(document.querySelector("[dir=sideways]")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("clamps a heading level past 5 (its sections sit one below) with a development warning", () => {
    render(<LoopMap headingLevel={9} defaultValue={good} />);
    expect(screen.getByRole("heading", { level: 5, name: "Our loop" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 6, name: "My half" })).toBeInTheDocument();
    expect(vi.mocked(console.warn).mock.calls.map(String)).toContainEqual(expect.stringContaining("LoopMap headingLevel must be an integer from 1 to 5; using 5."));
  });

  it("dates a change with the clock when `now` is not an instant", async () => {
    const onValueChange = vi.fn();
    const user = userEvent.setup();
    render(<LoopMap now={Number.NaN} onValueChange={onValueChange} />);
    await user.click(screen.getByRole("button", { name: "crowded" }));
    expect(Number.isFinite(onValueChange.mock.lastCall![0].date)).toBe(true);
    expect(onValueChange.mock.lastCall![0].date).not.toBe(0);
  });

  it("keeps working when storage throws, and keeps what was typed", async () => {
    const throwing: StorageAdapter = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("full");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    const onError = vi.fn();
    const user = userEvent.setup();
    render(
      <AttuneProvider storage={throwing} onError={onError}>
        <LoopMap persistKey="me" />
      </AttuneProvider>,
    );
    const field = within(screen.getByRole("group", { name: "When I feel…" })).getByRole("textbox");
    await user.type(field, "like a guest");
    expect(field).toHaveValue("like a guest");
    expect(onError).toHaveBeenCalled();
    expect(errors).toEqual([]);
  });

  it("ignores garbage in storage and reports it", async () => {
    const onError = vi.fn();
    const store = new Map([["attune:loop-map:me", "{oops"]]);
    const adapter: StorageAdapter = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k) };
    render(
      <AttuneProvider storage={adapter} onError={onError}>
        <LoopMap persistKey="me" />
      </AttuneProvider>,
    );
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage-corrupt" })));
    expect(screen.getByRole("button", { name: "Share my half" })).toBeInTheDocument();
  });
});
