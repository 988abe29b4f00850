import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, type StorageAdapter } from "@attune/core";
import { BodyCheckIn, preloadBodyCheckInDetails, type BodyCheckInEntry } from "./index";
import hostile from "./__fixtures__/hostile-text.json";

// These tests are about the parts shown for marked places, not their download (marked-lazy.test.tsx
// covers that): their code is loaded before any test renders.
beforeAll(() => preloadBodyCheckInDetails());

// Every prop that can arrive as JSON, and storage that throws or holds garbage: no crash, no
// React error, each problem reported, nothing typed lost.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args) => void errors.push(args));
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const badValues: unknown[] = [
  null,
  42,
  "{oops",
  [],
  { version: 1 },
  { version: 9, marks: [] },
  { version: 1, date: Number.NaN, marks: "chest" },
  { version: 1, date: 1e308, marks: [null, 3, { place: 5 }, { place: "chest", sensations: { evil: true }, intensity: "7" }] },
  { version: 1, marks: [{ place: "chest", sensations: ["tight"], intensity: -50 }, { place: "chest" }], need: {}, minutes: 1e9, returnAt: "later" },
  { version: 1, marks: [{ place: "__proto__", sensations: [] }, { place: "constructor" }], feeling: 12 },
];

describe("BodyCheckIn with hostile input", () => {
  it.each(badValues.map((v) => [JSON.stringify(v)?.slice(0, 60), v]))("value %s: no crash, reported", async (_, value) => {
    const onError = vi.fn();
    render(
      <React.StrictMode>
        <BodyCheckIn defaultValue={value as BodyCheckInEntry} previous={value as BodyCheckInEntry} onError={onError} />
      </React.StrictMode>,
    );
    await act(async () => {});
    expect(screen.getByRole("heading", { name: "Check in with your body" })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-data" }));
    expect(errors).toEqual([]);
  });

  it.each([...hostile.markup, ...hostile.unicode])("renders %s as text in every place", async (text) => {
    const onShare = vi.fn();
    const user = userEvent.setup();
    render(
      <React.StrictMode>
        <BodyCheckIn
          onShare={onShare}
          defaultValue={{ version: 1, marks: [{ place: "chest", sensations: ["tight"], own: text, intensity: 4 }], feeling: text }}
          messages={{ "bodyCheckIn.label": text }}
        />
      </React.StrictMode>,
    );
    expect(screen.getByRole("textbox", { name: "My own words" })).toHaveValue(text.slice(0, 280).replace(/[\r\n]/g, "")); // a one-line field drops line breaks
    expect(document.querySelector("script, img, svg [onload]")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Share this" }));
    expect(onShare.mock.lastCall![0].text).toContain(text.trim().slice(0, 20));
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it("clamps a heading level past 5 (its sections sit one below) with a development warning", () => {
    render(
      <BodyCheckIn
        headingLevel={7}
        defaultValue={{ version: 1, marks: [{ place: "chest", sensations: [], intensity: 3 }] }}
        previous={{ version: 1, marks: [{ place: "chest", sensations: [], intensity: 7 }] }}
      />,
    );
    expect(screen.getByRole("heading", { level: 5 })).toHaveAttribute("data-attune-part", "title");
    expect(screen.getByRole("heading", { level: 6 })).toBeInTheDocument();
    expect(vi.mocked(console.warn).mock.calls.map(String)).toContainEqual(expect.stringContaining("BodyCheckIn headingLevel must be an integer from 1 to 5; using 5."));
  });

  it("takes odd props without a React error", async () => {
    const user = userEvent.setup();
    const onShare = vi.fn();
    render(
      <React.StrictMode>
        <BodyCheckIn
          headingLevel={Number.NaN}
          dir={"sideways" as "ltr"}
          view={"grid" as "map"}
          now={Number.POSITIVE_INFINITY}
          timeZone="Mars/Olympus"
          onShare={onShare}
          defaultValue={{ version: 1, marks: [{ place: "chest", sensations: [] }], need: "pause" }}
        />
      </React.StrictMode>,
    );
    expect(screen.getByRole("heading", { level: 2 })).toBeInTheDocument();
    expect(document.querySelector("[dir=sideways]")).toBeNull();
    expect(screen.getByRole("group", { name: "Where I notice something" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Share this" }));
    const { returnAt } = onShare.mock.lastCall![0];
    expect(Number.isFinite(Date.parse(returnAt.at))).toBe(true);
    expect(returnAt.timeZone).not.toBe("Mars/Olympus");
    expect(errors).toEqual([]);
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
        <BodyCheckIn persistKey="me" />
      </AttuneProvider>,
    );
    await act(async () => {});
    await user.click(screen.getByRole("button", { name: "Stomach" }));
    await user.type(screen.getByRole("textbox", { name: "My own words" }), "a knot");
    expect(screen.getByRole("textbox", { name: "My own words" })).toHaveValue("a knot");
    expect(onError).toHaveBeenCalled();
    expect(errors).toEqual([]);
  });

  it("ignores garbage in storage and reports it", async () => {
    const onError = vi.fn();
    const store = new Map([["attune:body-check-in:me", '{"version":1,"marks":7}']]);
    const adapter: StorageAdapter = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k) };
    render(
      <AttuneProvider storage={adapter} onError={onError}>
        <BodyCheckIn persistKey="me" />
      </AttuneProvider>,
    );
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage-corrupt" })));
    expect(screen.getByText(/Nothing you notice is wrong/)).toBeInTheDocument();
  });
});
