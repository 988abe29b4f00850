// useReflection's sharing (the preview and its text, the partner check and the reveal rule,
// sending) loads with an open set's chunk ("./set-body"), for a host's own markup too. These
// tests load "./index" fresh so the chunk is not already in memory from another test.
import * as React from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { ReflectionDraft, ReflectionShare } from "./logic";
import type { ReflectionState, UseReflectionProps } from "./use-reflection";
import { freshLazyChunk } from "../../../tests/setup/fresh-lazy-chunk";

const logged = freshLazyChunk(() => vi.doUnmock("./set-body"));

/** The chunk, held back until `release()` (or failing with `fail()`); `requested` counts the loads asked for. */
function holdChunk() {
  const requested = vi.fn();
  let release!: () => void;
  let fail!: (error: Error) => void;
  const arrived = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  arrived.catch(() => {});
  vi.doMock("./set-body", async (importOriginal) => {
    requested();
    await arrived;
    return importOriginal();
  });
  return { requested, release, fail };
}

/** A host's own markup: only the hook, the state handed out on every render. */
async function hookHost(props: UseReflectionProps) {
  const { useReflection } = await import("./index");
  const seen: ReflectionState[] = [];
  function Host() {
    const r = useReflection(props);
    seen.push(r);
    return <p data-testid="active">{r.active?.title ?? "none"}</p>;
  }
  render(<Host />);
  return { seen, last: () => seen.at(-1)! };
}

const theirs: ReflectionShare = { version: 1, setId: "now", title: "Right now", answers: [{ stepId: "need", kind: "text", prompt: "What do I need right now?", value: "A walk" }] };

describe("useReflection's sharing, loaded with an open set", () => {
  it("loads nothing at the list of sets, and its arrival there renders nothing again", async () => {
    const chunk = holdChunk();
    const { seen } = await hookHost({});
    await act(async () => {});
    expect(chunk.requested).not.toHaveBeenCalled();
    const { preloadReflectionSteps } = await import("./index");
    const before = seen.length;
    chunk.release();
    await act(() => preloadReflectionSteps());
    expect(chunk.requested).toHaveBeenCalledTimes(1);
    // The hook reads the chunk only while a set is open.
    expect(seen.length).toBe(before);
    expect(logged.errors).toEqual([]);
  });

  it("keeps every answer while the chunk loads; the preview, the partner's answers and sending come with it", async () => {
    const chunk = holdChunk();
    const onShare = vi.fn<(share: ReflectionShare, text: string) => void>();
    const onValueChange = vi.fn<(draft: ReflectionDraft) => void>();
    const { last } = await hookHost({ builtInSets: ["now"], onShare, partner: theirs, onValueChange });
    act(() => last().start("now"));
    await waitFor(() => expect(chunk.requested).toHaveBeenCalledTimes(1));
    act(() => last().goTo(1));
    act(() => last().setAnswer("need", "Some quiet"));
    act(() => last().toggleShare("need"));
    // Nothing typed is lost, and the words are all there; what is shared waits for the chunk.
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ answers: { now: { need: { value: "Some quiet", shared: true } } } }));
    expect(last().step?.prompt).toBe("What do I need right now?");
    expect(last().t("reflection.shareSwitch")).toBe("Share this answer");
    expect(last().preview).toBeUndefined();
    expect(last().previewText).toBe("");
    expect(last().partnerWaiting).toBe(false);
    act(() => last().share());
    expect(onShare).not.toHaveBeenCalled();
    await act(async () => chunk.release());
    await waitFor(() => expect(last().preview).toBeDefined());
    expect(last().preview!.answers).toEqual([{ stepId: "need", kind: "text", prompt: "What do I need right now?", value: "Some quiet" }]);
    expect(last().previewText).toBe("Right now\n\nWhat do I need right now?\nSome quiet");
    // The reveal rule: their answers wait until I have shared this set too.
    expect(last().partnerWaiting).toBe(true);
    expect(last().partner).toBeUndefined();
    act(() => last().share());
    expect(onShare).toHaveBeenCalledWith(last().preview, "Right now\n\nWhat do I need right now?\nSome quiet");
    expect(last().status).toBe("shared");
    expect(last().announcement).toBe("Shared.");
    expect(last().partner).toEqual(theirs);
    expect(last().partnerWaiting).toBe(false);
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ sent: ["now"] }));
    expect(logged.errors).toEqual([]);
  });

  it("reports a pending onShare, then a rejected one, and keeps every answer", async () => {
    holdChunk().release();
    const onError = vi.fn();
    let reject!: (error: Error) => void;
    const onShare = () => new Promise<void>((_, r) => (reject = r));
    const draft: ReflectionDraft = { version: 1, active: "now", positions: { now: 3 }, answers: { now: { need: { value: "Rest", shared: true } } }, sent: [] };
    const { last } = await hookHost({ defaultValue: draft, onShare, onError });
    await waitFor(() => expect(last().preview).toBeDefined());
    act(() => last().share());
    expect(last().status).toBe("sending");
    await act(async () => reject(new Error("offline")));
    expect(last().status).toBe("failed");
    expect(last().announcement).toBe("That didn't go through. Your answers are still here.");
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "callback-rejected" }));
    expect(last().draft.answers.now).toEqual({ need: { value: "Rest", shared: true } });
    expect(last().draft.sent).toEqual([]);
    expect(logged.errors).toEqual([]);
  });

  it("checks the partner's share when the chunk arrives, and reports one that does not hold", async () => {
    holdChunk().release();
    const onError = vi.fn();
    const draft: ReflectionDraft = { version: 1, active: "now", positions: { now: 3 }, answers: {}, sent: ["now"] };
    const { last } = await hookHost({ defaultValue: draft, partner: { version: 9 }, onError });
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-data", message: "Reflection partner: a share needs version 1" })));
    expect(last().partner).toBeUndefined();
    expect(last().partnerWaiting).toBe(false);
    expect(logged.errors).toEqual([]);
  });

  it("reports a failed load through onError once a set is open, keeps answering, and tries again at the summary", async () => {
    const chunk = holdChunk();
    const onError = vi.fn();
    const { last } = await hookHost({ builtInSets: ["now"], onError });
    chunk.fail(new Error("offline"));
    act(() => last().start("now"));
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "load-failed", message: expect.stringContaining("could not load the answer field") })));
    act(() => last().setAnswer("connected", "An old worry"));
    expect(last().answers).toEqual({ connected: { value: "An old worry", shared: false } });
    expect(screen.getByTestId("active")).toHaveTextContent("Right now");
    act(() => last().goTo(3));
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "load-failed", message: expect.stringContaining("could not load the summary") })));
    expect(last().preview).toBeUndefined();
    expect(logged.errors).toEqual([]);
  });
});
