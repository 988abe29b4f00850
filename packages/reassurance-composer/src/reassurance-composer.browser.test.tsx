import * as React from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { hydrateRoot } from "react-dom/client";
import { userEvent } from "vitest/browser";
import { describe, expect, it, vi } from "vitest";
import { AttuneProvider } from "@attune/core";
import { ReassuranceComposer } from "./index";
import "./styles.css";

const noop = () => {};
const textarea = () => document.querySelector("textarea")!;

/** Everything a modal could leave behind on the body. */
function bodyState() {
  const b = document.body;
  return {
    // Radix restores body.style.pointerEvents to "", which can leave an empty style="" behind:
    // harmless, so an empty style attribute counts as none.
    attributes: [...b.attributes].filter((a) => !(a.name === "style" && a.value === "")).map((a) => `${a.name}=${a.value}`).sort(),
    style: b.getAttribute("style") ?? "",
    pointerEvents: getComputedStyle(b).pointerEvents,
    overflow: getComputedStyle(b).overflow,
    children: [...b.children].map((c) => `${c.tagName}:${c.getAttribute("aria-hidden")}:${(c as HTMLElement).inert}:${c.getAttribute("data-aria-hidden")}`),
  };
}

describe("ReassuranceComposer in Chromium", () => {
  it("moves focus into the review dialog, announces title and description, closes on Escape and returns focus", async () => {
    render(
      <AttuneProvider reducedMotion="always">
        <ReassuranceComposer onSend={noop} defaultTemplateId="checkinQuiet" />
      </AttuneProvider>,
    );
    const trigger = screen.getByRole("button", { name: "Review and send" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog", { name: "Review your card" });
    expect(dialog).toHaveAccessibleDescription("This is how it will look. Nothing is sent until you choose Send.");
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    // Focus stays inside: tabbing cycles through the dialog's own buttons.
    for (let i = 0; i < 5; i++) {
      await userEvent.keyboard("{Tab}");
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(trigger).toHaveFocus();
    expect(textarea().value).toMatch(/^I said I'd be back after 30 minutes/);
  });

  it("closes with Keep editing and returns focus to the trigger, with full motion too", async () => {
    render(
      <AttuneProvider reducedMotion="never">
        <ReassuranceComposer onSend={noop} defaultTemplateId="closenessAsk" />
      </AttuneProvider>,
    );
    const trigger = screen.getByRole("button", { name: "Review and send" });
    await userEvent.click(trigger);
    await userEvent.click(await screen.findByRole("button", { name: "Keep editing" }));
    await waitFor(() => expect(document.querySelector("[data-attune-part=dialog]")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());
  });

  it("leaves the body exactly as before after 50 open and close cycles", async () => {
    const before = bodyState();
    render(
      <AttuneProvider>
        <ReassuranceComposer onSend={noop} defaultTemplateId="spaceRecharge" />
      </AttuneProvider>,
    );
    const trigger = screen.getByRole("button", { name: "Review and send" });
    const during = { ...before };
    for (let i = 0; i < 50; i++) {
      if (i % 3) await userEvent.click(trigger);
      else {
        trigger.focus();
        await userEvent.keyboard("{Enter}");
      }
      await screen.findByRole("dialog");
      if (i === 0) Object.assign(during, bodyState());
      if (i % 2) await userEvent.keyboard("{Escape}");
      else screen.getByRole("button", { name: "Keep editing" }).click();
      await waitFor(() => expect(document.querySelector("[data-attune-part=dialog]")).toBeNull());
    }
    // The modal did lock the page while open (so this check can fail)...
    expect(during).not.toEqual(before);
    // ...and gave everything back.
    await waitFor(() => expect({ ...bodyState(), children: bodyState().children.filter((c) => !c.startsWith("DIV:null:false:null")) }).toEqual({ ...before, children: before.children.filter((c) => !c.startsWith("DIV:null:false:null")) }));
    expect(document.body.querySelectorAll(":scope > [aria-hidden], [inert], [data-aria-hidden]")).toHaveLength(0);
    expect(getComputedStyle(document.body).pointerEvents).toBe("auto");
    expect(document.querySelectorAll("[data-attune-part=overlay]")).toHaveLength(0);
    await waitFor(() => expect(trigger).toHaveFocus());
  }, 120_000);

  it("cuts a 1 MB paste to the limit with work bounded by the limit, not the paste", async () => {
    render(<ReassuranceComposer onSend={noop} />);
    const huge = "שלום <b>hi</b> 👍🏽 ".repeat(70_000); // about 1 MB of UTF-16
    expect(huge.length).toBeGreaterThan(1_000_000);
    const box = textarea();
    box.focus();
    const data = new DataTransfer();
    data.setData("text/plain", huge);
    // Counted, not timed (bench/ times it): nothing longer than 280 clusters × 64 code units is
    // segmented, and the browser's own paste is cancelled, so it never lays out the megabyte.
    const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
    let applied: boolean;
    try {
      applied = box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      await waitFor(() => expect(screen.getByText("280 of 280 characters")).toBeInTheDocument());
      expect(segment).toHaveBeenCalled();
      expect(Math.max(...segment.mock.calls.map(([t]) => t.length))).toBeLessThanOrEqual(280 * 64);
    } finally {
      segment.mockRestore();
    }
    expect(applied).toBe(false);
    expect([...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(box.value)]).toHaveLength(280);
    expect(document.querySelector("[data-attune-part=card-text] b")).toBeNull();
  });

  it("renders mixed-direction text isolated, so Hebrew and English each read the right way", async () => {
    render(<ReassuranceComposer onSend={noop} />);
    await userEvent.type(textarea(), "שלום, I'll be back at 8");
    const text = document.querySelector<HTMLElement>("[data-attune-part=card-text]")!;
    expect(text.getAttribute("dir")).toBe("auto");
    expect(getComputedStyle(text).direction).toBe("rtl");
    expect(getComputedStyle(text).unicodeBidi).toBe("isolate");
    expect(getComputedStyle(textarea()).direction).toBe("rtl");
  });

  it("sends once with the keyboard alone", async () => {
    const onSend = vi.fn();
    render(<ReassuranceComposer onSend={onSend} timeZone="UTC" />);
    await userEvent.keyboard("{Tab}{ArrowDown}{ArrowDown}{Enter}");
    expect(textarea().value).toMatch(/^I need 30 minutes/);
    screen.getByRole("button", { name: "Review and send" }).focus();
    await userEvent.keyboard("{Enter}");
    await screen.findByRole("dialog");
    await waitFor(() => expect(screen.getByRole("button", { name: "Send" })).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    expect(onSend).toHaveBeenCalledWith(expect.objectContaining({ kind: "space", templateId: "spaceRecharge", parts: { durationMinutes: 30 } }));
    await waitFor(() => expect(screen.getAllByRole("option")[0]).toHaveFocus());
  });

  it("hydrates server markup without a mismatch, then reads the browser's zone", async () => {
    const errors = vi.spyOn(console, "error");
    const ui = (
      <AttuneProvider>
        <ReassuranceComposer onSend={noop} defaultTemplateId="checkinQuiet" persistKey="hydrate" />
      </AttuneProvider>
    );
    const host = document.createElement("div");
    host.innerHTML = renderToString(ui);
    document.body.append(host);
    const root = await act(async () => hydrateRoot(host, ui));
    expect(errors).not.toHaveBeenCalled();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await waitFor(() => expect(host.textContent).toContain(`Time zone: ${zone}`));
    act(() => root.unmount());
    host.remove();
    errors.mockRestore();
  });

  it("animates the card on transform and opacity only, and not at all under reduced motion", async () => {
    const { unmount } = render(
      <AttuneProvider reducedMotion="never">
        <ReassuranceComposer onSend={noop} defaultTemplateId="spaceRecharge" />
      </AttuneProvider>,
    );
    const preview = () => screen.getByRole("article", { name: "Preview" });
    await userEvent.click(screen.getByRole("radio", { name: "Warm" }));
    // The animation library loads with the first animation: wait for the card's to start.
    await waitFor(() => expect(preview().getAnimations().length).toBeGreaterThan(0), { interval: 16 });
    const running = preview().getAnimations();
    // One WAAPI animation per property: together they touch opacity and transform, nothing else.
    const props = running.flatMap((a) =>
      (a.effect as KeyframeEffect).getKeyframes().flatMap((k) => Object.keys(k).filter((p) => !["offset", "easing", "composite", "computedOffset"].includes(p))),
    );
    expect(new Set(props)).toEqual(new Set(["opacity", "transform"]));
    unmount();

    render(
      <AttuneProvider reducedMotion="always">
        <ReassuranceComposer onSend={noop} defaultTemplateId="spaceRecharge" />
      </AttuneProvider>,
    );
    await userEvent.click(screen.getByRole("radio", { name: "Plain" }));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    expect(preview().getAnimations().filter((a) => a.playState === "running")).toHaveLength(0);
    expect(getComputedStyle(preview()).opacity).toBe("1");
  });
});
