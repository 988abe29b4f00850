import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, type StorageAdapter } from "@attune/core";
import { VillageAudit, preloadVillageAuditParts, type VillageAuditData } from "./index";
import hostile from "./__fixtures__/hostile-text.json";

// These tests are about the picture, the plan and the changes, not their download
// (later-lazy.test.tsx covers that): their code is loaded before any test renders.
beforeAll(() => preloadVillageAuditParts());

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
  [null],
  { version: 1 },
  { version: 1, date: Number.NaN, needs: "no", people: 5 },
  { version: 1, date: 1e308, needs: [null, 3, { id: 5 }, { id: "a", label: { evil: true } }], people: [{}] },
  { version: 1, date: 0, needs: [{ id: "a", label: "ok", sources: "partner" }], people: [], plan: "tonight" },
  { version: 1, date: 0, needs: Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, label: "x", sources: [] })), people: [] },
  { version: 1, date: 0, needs: [{ id: "a", label: "ok", sources: [] }, { id: "a", label: "twin", sources: [] }], people: [] },
];

describe("VillageAudit with hostile input", () => {
  it.each(badValues.map((v) => [JSON.stringify(v)?.slice(0, 60), v]))("value %s: no crash, reported", async (_, value) => {
    const onError = vi.fn();
    render(
      <React.StrictMode>
        <VillageAudit value={value as VillageAuditData} onError={onError} />
      </React.StrictMode>,
    );
    await act(async () => {});
    expect(screen.getByRole("heading", { name: "Who meets my needs" })).toBeInTheDocument();
    expect(onError).toHaveBeenCalled();
    expect(errors).toEqual([]);
  });

  it.each([...hostile.markup, ...hostile.unicode])("renders %s as text in every place", (text) => {
    render(
      <React.StrictMode>
        <VillageAudit
          partnerName={text}
          defaultValue={{
            version: 1,
            date: 0,
            people: [{ id: "p", name: text }],
            needs: [{ id: "a", label: text, sources: ["partner"] }, { id: "b", label: "", suggestion: "play", sources: ["p"] }],
            plan: { needId: "a", who: text, when: text },
          }}
        />
      </React.StrictMode>,
    );
    expect(document.querySelector("script, img, svg [onload]")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it("clamps a heading level past 5 (its sections sit one below) with a development warning", () => {
    render(<VillageAudit headingLevel={8} />);
    expect(screen.getByRole("heading", { level: 5 })).toHaveAttribute("data-attune-part", "title");
    expect(screen.getAllByRole("heading", { level: 6 }).length).toBeGreaterThan(0);
    expect(vi.mocked(console.warn).mock.calls.map(String)).toContainEqual(expect.stringContaining("VillageAudit headingLevel must be an integer from 1 to 5; using 5."));
  });

  it("takes odd props without a React error", () => {
    render(
      <React.StrictMode>
        <VillageAudit
          partnerName={42 as unknown as string}
          headingLevel={Number.NaN}
          dir={"sideways" as "ltr"}
          now={Number.POSITIVE_INFINITY}
          previous={"last week" as unknown as VillageAuditData}
          persistKey={undefined}
        />
      </React.StrictMode>,
    );
    expect(screen.getByRole("heading", { level: 2 })).toBeInTheDocument();
    expect(document.querySelector("[dir=sideways]")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("dates a change with the clock when `now` is not an instant", async () => {
    const onValueChange = vi.fn();
    const user = userEvent.setup();
    render(<VillageAudit now={Number.NaN} onValueChange={onValueChange} />);
    await user.click(screen.getByRole("button", { name: "Play and laughter" }));
    expect(Number.isFinite(onValueChange.mock.lastCall![0].date)).toBe(true);
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
        <VillageAudit persistKey="me" />
      </AttuneProvider>,
    );
    await user.type(screen.getByRole("textbox", { name: "A need in my own words" }), "Dancing{Enter}");
    expect(screen.getAllByText("Dancing").length).toBeGreaterThan(0);
    expect(onError).toHaveBeenCalled();
    expect(errors).toEqual([]);
  });

  it("ignores garbage in storage and reports it", async () => {
    const onError = vi.fn();
    const store = new Map([["attune:village-audit:me", "{oops"]]);
    const adapter: StorageAdapter = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k) };
    render(
      <AttuneProvider storage={adapter} onError={onError}>
        <VillageAudit persistKey="me" />
      </AttuneProvider>,
    );
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage-corrupt" })));
    expect(screen.getByText("Add a need to see your village.")).toBeInTheDocument();
  });
});
