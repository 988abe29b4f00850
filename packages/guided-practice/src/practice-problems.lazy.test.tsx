// A broken practice's problem in words is a dynamic import: these tests load "./index" fresh
// so the chunk is not already in memory from another test.
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { freshLazyChunk } from "../../../tests/setup/fresh-lazy-chunk";
import type { AttuneError } from "@attune/core";
import { holdingBoth } from "./practices/en";

const broken = { version: 1, id: "bad", title: "Broken", steps: [{ text: "" }] };

const logged = freshLazyChunk(() => vi.doUnmock("./practice-problems"));

describe("GuidedPractice's problem words, loaded with the first broken practice", () => {
  it("plays the good practices at once, then reports the broken one in words", async () => {
    const { GuidedPractice } = await import("./index");
    const onError = vi.fn<(e: AttuneError) => void>();
    render(<GuidedPractice practices={[broken, holdingBoth]} onError={onError} />);
    // Nothing waits for the words: the valid practice shows and can begin.
    expect(screen.getByRole("heading", { name: "Holding both" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Begin" })).toBeInTheDocument();
    await vi.waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError.mock.calls).toEqual([[{ code: "invalid-input", message: "GuidedPractice: Broken: step 1 needs text (1 to 600 characters)" }]]);
    expect(logged.errors).toEqual([]);
  });

  it("loads nothing for valid practices", async () => {
    const loaded = vi.fn();
    vi.doMock("./practice-problems", async (original) => {
      loaded();
      return original();
    });
    const { GuidedPractice } = await import("./index");
    const onError = vi.fn();
    render(<GuidedPractice practices={[holdingBoth]} onError={onError} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(loaded).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it("still reports each broken practice, as data, when the words cannot load", async () => {
    vi.doMock("./practice-problems", () => Promise.reject(new Error("offline")));
    const { GuidedPractice } = await import("./index");
    const onError = vi.fn<(e: AttuneError) => void>();
    render(<GuidedPractice practices={[broken, "nope", holdingBoth]} onError={onError} />);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
    expect(onError.mock.calls.map(([e]) => [e.code, e.message])).toEqual([
      ["invalid-input", 'GuidedPractice: a practice was left out ({"kind":"text","step":1,"title":"Broken","id":"bad"}).'],
      ["invalid-input", 'GuidedPractice: a practice was left out ({"kind":"object"}).'],
    ]);
    expect(onError.mock.calls[0]![0].cause).toBeInstanceOf(Error);
    expect(screen.getByRole("heading", { name: "Holding both" })).toBeInTheDocument();
    expect(logged.errors).toEqual([]);
  });
});
