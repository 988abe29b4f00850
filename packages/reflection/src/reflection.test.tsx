import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AttuneProvider, memoryStorageAdapter, useClearDrafts } from "@attune/core";
import { Reflection, ReflectionRoot, ReflectionStep, ReflectionSummary, preloadReflectionSteps, reflectionMessages, useReflection, type ReflectionDraft, type ReflectionShare } from "./index";
import { es } from "./locales/es";
import { ar } from "./locales/ar";

const lean = /which way do I lean/;

// These tests are about answering, not the download: the code an open set shows (answer fields,
// summary, preview) is loaded first. summary-lazy.test.tsx covers loading it.
beforeAll(() => preloadReflectionSteps());

async function startPull(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: /^Start/, description: "When we pull in different directions" }));
  // The lean step: the spectrum arrives through a dynamic import; the native range stands in until then.
  await screen.findByRole("heading", { name: lean });
  await waitFor(() => expect(document.querySelector('[data-attune-part="lean-fallback"]')).toBeNull());
}

describe("Reflection", () => {
  // First in the file: NeedsSpectrum is not loaded yet, so the fallback shows.
  it("answers a lean with a native range labelled like the spectrum while it loads, as a 0–100 number", async () => {
    const onValueChange = vi.fn();
    render(<Reflection defaultValue={{ version: 1, active: "pull", positions: {}, answers: {}, sent: [] }} onValueChange={onValueChange} />);
    const slider = screen.getByRole("slider", { name: "Where I lean, from space to closeness" });
    fireEvent.change(slider, { target: { value: "20" } });
    expect((onValueChange.mock.lastCall![0] as ReflectionDraft).answers.pull!.lean).toEqual({ value: 20, shared: false });
    // Then NeedsSpectrum replaces it, with the same label and the same value. (The first test in
    // the file: on a cold, busy machine the spectrum's first import, transformed on demand, has
    // taken more than 4 s.)
    await waitFor(() => expect(document.querySelector('[data-attune-part="lean-fallback"]')).toBeNull(), { timeout: 20_000 });
    expect(screen.getByRole("slider", { name: /Where I lean, from space to closeness/ })).toHaveAttribute("aria-valuenow", "20");
  }, 30_000);

  it("lists the three built-in sets and walks one by keyboard with progress, skipping, back and review", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Reflection onValueChange={onValueChange} />);
    expect(screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual(["When we pull in different directions", "What I had to choose", "Right now"]);
    await startPull(user);
    expect(screen.getByRole("heading", { name: lean })).toHaveFocus();
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "Question 1 of 4");
    expect(screen.getByRole("status")).toHaveTextContent(/Question 1 of 4: On this topic/);
    // No answer yet: the way on is "Skip".
    await user.click(screen.getByRole("button", { name: "Skip" }));
    expect(screen.getByRole("heading", { name: /What do I do to get my partner/ })).toHaveFocus();
    await user.tab();
    await user.keyboard("I ask more often");
    expect(screen.getByRole("button", { name: "Next" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("heading", { name: lean })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Skip" }));
    expect(screen.getByRole("textbox")).toHaveValue("I ask more often");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Skip" }));
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "Question 4 of 4");
    await user.click(screen.getByRole("button", { name: "Review" }));
    expect(screen.getByRole("heading", { name: "Your answers" })).toHaveFocus();
    // The answers load with the summary's chunk (a dynamic import).
    const items = within(await screen.findByRole("list")).getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("data-state"))).toEqual(["skipped", "answered", "skipped", "skipped"]);
    const last = onValueChange.mock.lastCall![0] as ReflectionDraft;
    expect(last.positions.pull).toBe(4);
    expect(last.answers.pull!.reach).toEqual({ value: "I ask more often", shared: false });
  });

  it("picks a choice with radio buttons", async () => {
    const user = userEvent.setup();
    render(<Reflection />);
    await user.click(screen.getByRole("button", { name: /^Start/, description: "What I had to choose" }));
    const group = screen.getByRole("radiogroup", { name: /pull out of the fire/ });
    await user.click(within(group).getByRole("radio", { name: "Closeness and being held" }));
    expect(within(group).getByRole("radio", { name: "Closeness and being held" })).toBeChecked();
    expect(screen.getByRole("button", { name: "Next" })).toBeInTheDocument();
  });

  it("shares only the answers switched on, shows exactly what will be sent, and reveals the partner's after", async () => {
    const user = userEvent.setup();
    const onShare = vi.fn<(share: ReflectionShare, text: string) => void>();
    const partner: ReflectionShare = { version: 1, setId: "now", title: "Right now", answers: [{ stepId: "need", kind: "text", prompt: "What do I need right now?", value: "A walk together" }] };
    render(<Reflection onShare={onShare} partner={partner} defaultValue={{ version: 1, active: "now", positions: {}, answers: {}, sent: [] }} />);
    const share = screen.getByRole("switch", { name: "Share this answer" });
    expect(share).toBeDisabled();
    await user.type(screen.getByRole("textbox"), "An old worry");
    expect(share).toHaveAttribute("aria-checked", "false");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.type(screen.getByRole("textbox"), "Some quiet");
    await user.click(screen.getByRole("switch", { name: "Share this answer" }));
    expect(screen.getByRole("switch", { name: "Share this answer" })).toHaveAttribute("aria-checked", "true");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Review" }));
    expect(screen.getByText("Your partner has shared. Share yours to see theirs.")).toBeInTheDocument();
    expect(screen.queryByText("A walk together")).toBeNull();
    const preview = screen.getByRole("group", { name: "What will be sent" });
    expect(within(preview).getByText(/Right now\s+What do I need right now\?\s+Some quiet/)).toBeInTheDocument();
    expect(preview.textContent).not.toContain("An old worry");
    await user.click(within(preview).getByRole("button", { name: "Share" }));
    expect(onShare).toHaveBeenCalledTimes(1);
    const [sent, text] = onShare.mock.calls[0]!;
    expect(sent).toEqual({ version: 1, setId: "now", title: "Right now", answers: [{ stepId: "need", kind: "text", prompt: "What do I need right now?", value: "Some quiet" }] });
    expect(JSON.parse(within(preview).getByText(/"version": 1/).textContent!)).toEqual(sent);
    expect(text).toBe("Right now\n\nWhat do I need right now?\nSome quiet");
    expect(screen.getByText("A walk together")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Shared.");
  });

  it("reports a rejected onShare and keeps every answer", async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    const draft: ReflectionDraft = { version: 1, active: "now", positions: { now: 3 }, answers: { now: { need: { value: "Rest", shared: true } } }, sent: [] };
    render(<Reflection onShare={() => Promise.reject(new Error("offline"))} onError={onError} defaultValue={draft} />);
    await user.click(screen.getByRole("button", { name: "Share" }));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "callback-rejected" })));
    expect(within(screen.getByRole("group", { name: "What will be sent" })).getByText("That didn't go through. Your answers are still here.")).toBeInTheDocument();
    expect(screen.getByText("Rest")).toBeInTheDocument();
  });

  it("saves and leaves, then resumes where the person was, only when the host opts in", async () => {
    const storage = memoryStorageAdapter();
    const user = userEvent.setup();
    const { unmount } = render(
      <AttuneProvider storage={storage}>
        <Reflection persistKey="me" />
      </AttuneProvider>,
    );
    await startPull(user);
    await user.click(screen.getByRole("button", { name: "Skip" }));
    await user.type(screen.getByRole("textbox"), "I text a lot");
    await user.click(screen.getByRole("button", { name: "Save and leave" }));
    expect(screen.getByRole("status")).toHaveTextContent("Saved. You can pick this up again later.");
    expect(JSON.parse(storage.getItem("attune:reflection:me") as string).answers.pull.reach.value).toBe("I text a lot");
    unmount();
    render(
      <AttuneProvider storage={storage}>
        <Reflection persistKey="me" />
      </AttuneProvider>,
    );
    await user.click(await screen.findByRole("button", { name: "Resume" }));
    expect(screen.getByRole("textbox")).toHaveValue("I text a lot");
  });

  it("writes nothing without a persistKey, and says Leave rather than Save and leave", async () => {
    const storage = memoryStorageAdapter();
    const setItem = vi.spyOn(storage, "setItem");
    const user = userEvent.setup();
    render(
      <AttuneProvider storage={storage}>
        <Reflection />
      </AttuneProvider>,
    );
    await startPull(user);
    await user.click(screen.getByRole("button", { name: "Skip" }));
    await user.type(screen.getByRole("textbox"), "x");
    expect(screen.queryByRole("button", { name: "Save and leave" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Leave" }));
    expect(setItem).not.toHaveBeenCalled();
  });

  it("clears completely: on screen, in storage, and through useClearDrafts", async () => {
    const storage = memoryStorageAdapter();
    const user = userEvent.setup();
    let clearDrafts: (w?: string) => Promise<void> = async () => {};
    function Forget() {
      clearDrafts = useClearDrafts();
      return null;
    }
    render(
      <AttuneProvider storage={storage}>
        <Forget />
        <Reflection persistKey="me" />
      </AttuneProvider>,
    );
    await startPull(user);
    await user.click(screen.getByRole("button", { name: "Skip" }));
    await user.type(screen.getByRole("textbox"), "private");
    await user.click(screen.getByRole("button", { name: "Clear my answers" }));
    expect(storage.getItem("attune:reflection:me")).toBeNull();
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("Your answers were cleared.");
    await user.click(screen.getByRole("button", { name: /^Start/, description: "Right now" }));
    await user.type(screen.getByRole("textbox"), "again");
    expect(storage.getItem("attune:reflection:me")).toContain("again");
    await act(() => clearDrafts("reflection"));
    expect(storage.getItem("attune:reflection:me")).toBeNull();
    expect(screen.queryByDisplayValue("again")).toBeNull();
  });

  it("takes host sets as JSON, reports a bad one clearly and keeps the rest", async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    render(
      <Reflection
        builtInSets={["now"]}
        onError={onError}
        sets={[
          { id: "evening", title: "Evening check-in", steps: [{ id: "one", kind: "text", prompt: "What was today like?", hints: ["Some of it was hard", "Some of it was good"] }] },
          { id: "broken", title: "Broken", steps: "nope" },
        ]}
      />,
    );
    expect(screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual(["Right now", "Evening check-in"]);
    expect(screen.getByRole("alert")).toHaveTextContent("Some questions could not be used: sets[1] (broken).steps must be a list");
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "invalid-data", message: "Reflection sets[1] (broken).steps must be a list" }));
    await user.click(screen.getByRole("button", { name: /^Start/, description: "Evening check-in" }));
    await user.click(screen.getByRole("button", { name: "Use this idea: Some of it was good" }));
    expect(screen.getByRole("textbox")).toHaveValue("Some of it was good");
  });

  it("is controllable: the host owns the draft", async () => {
    const user = userEvent.setup();
    function Host() {
      const [draft, setDraft] = React.useState<ReflectionDraft>({ version: 1, active: "now", positions: { now: 1 }, answers: {}, sent: [] });
      return (
        <>
          <Reflection value={draft} onValueChange={setDraft} />
          <output data-testid="out">{draft.answers.now?.need?.value ?? ""}</output>
        </>
      );
    }
    render(<Host />);
    await user.type(screen.getByRole("textbox", { name: "What do I need right now?" }), "Tea");
    expect(screen.getByTestId("out")).toHaveTextContent("Tea");
  });

  it("works under StrictMode and can be built from the hook and parts", async () => {
    const user = userEvent.setup();
    function Custom() {
      const r = useReflection({ builtInSets: ["fire"] });
      return (
        <button type="button" onClick={() => r.start("fire")}>
          {r.sets[0]!.title}
        </button>
      );
    }
    render(
      <React.StrictMode>
        <Custom />
        <ReflectionRoot defaultValue={{ version: 1, active: "fire", positions: { fire: 1 }, answers: {}, sent: [] }} headingLevel={3}>
          <ReflectionStep />
          <ReflectionSummary />
        </ReflectionRoot>
      </React.StrictMode>,
    );
    expect(screen.getByRole("button", { name: "What I had to choose" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 4, name: "What did I lose by saving that one?" })).toBeInTheDocument();
    await user.type(screen.getByRole("textbox"), "Quiet time");
    await user.click(screen.getByRole("button", { name: "Review" }));
    expect(screen.getByText("Quiet time")).toBeInTheDocument();
  });

  it("speaks Spanish and Arabic", () => {
    const { unmount } = render(
      <AttuneProvider locale="es" messages={es}>
        <Reflection />
      </AttuneProvider>,
    );
    expect(screen.getByRole("heading", { name: "Cuando tiramos en direcciones distintas" })).toBeInTheDocument();
    unmount();
    render(
      <AttuneProvider locale="ar" dir="rtl" messages={ar}>
        <Reflection />
      </AttuneProvider>,
    );
    expect(screen.getByRole("heading", { name: "تأمّل" })).toBeInTheDocument();
    expect(screen.getAllByText("4 أسئلة")).toHaveLength(1);
  });

  it("gives the built-in steps their ideas to borrow, every one from the catalogue, in the person's language", () => {
    const seen: Record<string, string[] | undefined>[] = [];
    function Probe() {
      const r = useReflection({});
      seen.push(Object.fromEntries(r.sets.flatMap((set) => set.steps.map((step) => [`${set.id}.${step.id}`, step.hints]))));
      return null;
    }
    const { unmount } = render(<Probe />);
    unmount();
    render(
      <AttuneProvider locale="es" messages={es}>
        <Probe />
      </AttuneProvider>,
    );
    for (const [hints, catalogue] of [
      [seen[0]!, reflectionMessages],
      [seen.at(-1)!, es],
    ] as const) {
      expect(Object.entries(hints).filter(([, h]) => h)).toEqual([
        ["pull.else", [catalogue["reflection.pull.else.hint1"], catalogue["reflection.pull.else.hint2"], catalogue["reflection.pull.else.hint3"]]],
        ["now.say", [catalogue["reflection.now.say.hint1"], catalogue["reflection.now.say.hint2"]]],
      ]);
    }
  });
});
