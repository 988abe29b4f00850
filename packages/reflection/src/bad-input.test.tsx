import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AttuneProvider, type StorageAdapter } from "@attune/core";
import { Reflection, preloadReflectionSteps, type ReflectionDraft } from "./index";
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
// These tests are about answering, not the download: the code an open set shows (answer fields,
// summary, preview) is loaded first. summary-lazy.test.tsx covers loading it.
beforeAll(() => preloadReflectionSteps());

const badDrafts: unknown[] = [null, 42, "{oops", [], { version: 2 }, { version: 1, positions: 3, answers: {} }];
const badSets: unknown[] = [
  "sets",
  [null, 4, "x"],
  [{ id: "<b>", title: "x", steps: [] }],
  [{ id: "ok", title: { evil: true }, steps: [{ id: "a", kind: "text", prompt: "?" }] }],
  [{ id: "many", title: "Many", steps: Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, kind: "text", prompt: "?" })) }],
];
const badPartners: unknown[] = ["{", { version: 1, setId: "now", title: "t", answers: [{ stepId: "need", kind: "lean", prompt: "p", value: "far" }] }, { version: 9 }];

describe("Reflection with hostile input", () => {
  it.each(badDrafts.map((v) => [JSON.stringify(v), v]))("value %s: no crash, reported", async (_, value) => {
    const onError = vi.fn();
    render(
      <React.StrictMode>
        <Reflection value={value as ReflectionDraft} onError={onError} />
      </React.StrictMode>,
    );
    await act(async () => {});
    expect(screen.getByRole("heading", { name: "Reflection" })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-data" }));
    expect(errors).toEqual([]);
  });

  it.each(badSets.map((v) => [JSON.stringify(v).slice(0, 60), v]))("sets %s: built-in sets still work, reported", async (_, sets) => {
    const onError = vi.fn();
    render(
      <React.StrictMode>
        <Reflection sets={sets} onError={onError} />
      </React.StrictMode>,
    );
    await act(async () => {});
    expect(screen.getByRole("heading", { name: "Right now" })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-data" }));
    expect(errors).toEqual([]);
  });

  it.each(badPartners.map((v) => [JSON.stringify(v), v]))("partner %s: no crash, nothing shown from it", async (_, partner) => {
    const onError = vi.fn();
    const draft: ReflectionDraft = { version: 1, active: "now", positions: { now: 3 }, answers: { now: { need: { value: "mine", shared: true } } }, sent: ["now"] };
    render(
      <React.StrictMode>
        <Reflection partner={partner} onError={onError} defaultValue={draft} onShare={() => {}} />
      </React.StrictMode>,
    );
    await act(async () => {});
    // The summary's answers arrive with its chunk (a dynamic import).
    expect(await screen.findByText("mine")).toBeInTheDocument();
    expect(screen.queryByText("Your partner")).toBeNull();
    expect(errors).toEqual([]);
  });

  it.each([...hostile.markup, ...hostile.unicode])("renders %s as text in every place", (text) => {
    const draft: ReflectionDraft = { version: 1, active: "evil", positions: { evil: 2 }, answers: { evil: { a: { value: text, shared: true }, b: { value: "o", shared: true } } }, sent: ["evil"] };
    render(
      <React.StrictMode>
        <Reflection
          defaultValue={draft}
          onShare={() => {}}
          sets={[{ id: "evil", title: text, intro: text, steps: [{ id: "a", kind: "text", prompt: text, help: text, hints: [text] }, { id: "b", kind: "choice", prompt: text, options: [{ id: "o", label: text }, "x"] }] }]}
          partner={{ version: 1, setId: "evil", title: text, answers: [{ stepId: "a", kind: "text", prompt: text, value: text }] }}
        />
      </React.StrictMode>,
    );
    expect(document.querySelector("script, img, svg")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it("takes odd props without a React error", () => {
    render(
      <React.StrictMode>
        <Reflection headingLevel={Number.NaN} dir={"sideways" as "ltr"} builtInSets={["pull", "nope" as "now"]} messages={{ "reflection.label": 5 as unknown as string }} />
      </React.StrictMode>,
    );
    expect(screen.getByRole("heading", { level: 2 })).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual(["When we pull in different directions"]);
    expect(document.querySelector("[dir=sideways]")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("clamps a headingLevel past 5 (its parts nest one level down) with a development warning", () => {
    const warn = vi.mocked(console.warn);
    render(<Reflection headingLevel={9} />);
    expect(screen.getByRole("heading", { level: 5, name: "Reflection" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 6, name: "Choose a set of questions" })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith("[attune] Reflection headingLevel must be an integer from 1 to 5; using 5.");
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
        <Reflection persistKey="me" />
      </AttuneProvider>,
    );
    await user.click(await screen.findByRole("button", { name: /^Start/, description: "Right now" }));
    await user.type(screen.getByRole("textbox"), "Still here");
    expect(screen.getByRole("textbox")).toHaveValue("Still here");
    expect(onError).toHaveBeenCalled();
    expect(errors).toEqual([]);
  });

  it("ignores garbage in storage and reports it", async () => {
    const onError = vi.fn();
    const store = new Map([["attune:reflection:me", '{"version":1,"positions":"x"}']]);
    const adapter: StorageAdapter = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k) };
    render(
      <AttuneProvider storage={adapter} onError={onError}>
        <Reflection persistKey="me" />
      </AttuneProvider>,
    );
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage-corrupt" })));
    expect(screen.getAllByRole("button", { name: "Start" })).toHaveLength(3);
  });
});
