import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import { userEvent } from "vitest/browser";
import { afterEach, describe, expect, it } from "vitest";
import { MotionGlobalConfig } from "framer-motion";
import { AttuneProvider, Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle, DialogTrigger, animateElement } from "./index";
import { lockScroll } from "./scroll-lock";
import "./styles.css";

function TestDialog({ onOpenChange, open }: { onOpenChange?: (open: boolean) => void; open?: boolean }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger>Open</DialogTrigger>
      <DialogContent>
        <DialogTitle>Title</DialogTitle>
        <DialogDescription>Description</DialogDescription>
        <DialogClose>Done</DialogClose>
      </DialogContent>
    </Dialog>
  );
}

const tall = () => {
  const spacer = document.createElement("div");
  spacer.style.blockSize = "3000px";
  document.body.append(spacer);
  return spacer;
};

describe("Dialog in Chromium", () => {
  afterEach(() => {
    MotionGlobalConfig.skipAnimations = false;
  });

  it("locks the page's scroll while open and gives the body back exactly, over many cycles", async () => {
    const spacer = tall();
    document.body.style.paddingRight = "3px";
    const before = document.body.getAttribute("style");
    render(
      <AttuneProvider reducedMotion="always">
        <TestDialog />
      </AttuneProvider>,
    );
    const trigger = screen.getByRole("button", { name: "Open" });
    for (let i = 0; i < 5; i++) {
      await userEvent.click(trigger);
      await screen.findByRole("dialog", { name: "Title" });
      expect(getComputedStyle(document.body).overflow).toBe("hidden");
      const overlay = document.querySelector<HTMLElement>("[data-attune-part=overlay]")!;
      expect(overlay.dataset.state).toBe("open");
      expect(getComputedStyle(overlay).pointerEvents).toBe("auto");
      await userEvent.keyboard("{Escape}");
      await waitFor(() => expect(document.querySelector("[data-attune-part=dialog]")).toBeNull());
      expect(document.body.getAttribute("style")).toBe(before);
      expect(getComputedStyle(document.body).overflow).toBe("visible");
    }
    expect(document.querySelector("[data-attune-part=overlay]")).toBeNull();
    document.body.style.paddingRight = "";
    spacer.remove();
  });

  it("closes on a press on the overlay, reporting it through onOpenChange", async () => {
    const changes: boolean[] = [];
    render(
      <AttuneProvider reducedMotion="always">
        <TestDialog onOpenChange={(o) => changes.push(o)} />
      </AttuneProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Open" }));
    await screen.findByRole("dialog");
    const overlay = document.querySelector<HTMLElement>("[data-attune-part=overlay]")!;
    await userEvent.click(overlay, { position: { x: 4, y: 4 } });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(changes).toEqual([true, false]);
  });

  it("stays open while controlled and the host keeps it open", async () => {
    const changes: boolean[] = [];
    render(
      <AttuneProvider reducedMotion="always">
        <TestDialog open onOpenChange={(o) => changes.push(o)} />
      </AttuneProvider>,
    );
    await screen.findByRole("dialog");
    await userEvent.keyboard("{Escape}");
    expect(changes).toEqual([false]);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });
});

describe("lockScroll", () => {
  it("nests: the page stays locked until the last release, and a release counts once", () => {
    const before = document.body.getAttribute("style");
    const rootBefore = document.documentElement.getAttribute("style");
    const a = lockScroll(document);
    const b = lockScroll(document);
    expect(document.body.style.overflow).toBe("hidden");
    expect(document.documentElement.style.overflow).toBe("hidden");
    a();
    a();
    expect(document.body.style.overflow).toBe("hidden");
    b();
    expect(document.body.style.overflow).toBe("");
    expect(document.body.getAttribute("style") || null).toBe(before || null);
    expect(document.documentElement.getAttribute("style") || null).toBe(rootBefore || null);
  });

  it("keeps the page still even when the host scrolls the root element itself", () => {
    const spacer = tall();
    document.documentElement.style.overflowY = "scroll";
    const release = lockScroll(document);
    expect(getComputedStyle(document.documentElement).overflowY).toBe("hidden");
    release();
    expect(document.documentElement.style.overflowY).toBe("scroll");
    document.documentElement.style.overflowY = "";
    spacer.remove();
  });

  it("pads the body by the scrollbar's width so nothing shifts", () => {
    const spacer = tall();
    document.documentElement.style.overflowY = "scroll";
    const gap = window.innerWidth - document.documentElement.clientWidth;
    document.documentElement.style.overflowY = "";
    const release = lockScroll(document);
    if (gap > 0) expect(document.body.style.paddingRight).toContain(`${gap}px`);
    release();
    expect(document.body.style.paddingRight).toBe("");
    spacer.remove();
  });
});

describe("animateElement", () => {
  // framer-motion loads with the first animation (these are the first in this file).
  it("holds the first keyframe while framer-motion loads, then animates from it", async () => {
    const el = document.createElement("div");
    document.body.append(el);
    const a = animateElement(el, { opacity: [0.2, 1] }, { duration: 1, ease: "linear", reduced: false });
    expect(el.style.opacity).toBe("0.2");
    await waitFor(() => expect(el.getAnimations()).toHaveLength(1));
    expect(Number(getComputedStyle(el).opacity)).toBeLessThan(0.9);
    a.stop();
    await a;
    el.remove();
  });

  it("animates with one Web Animation per property and leaves the last keyframe in the style", async () => {
    const el = document.createElement("div");
    document.body.append(el);
    const done = animateElement(el, { opacity: [0, 1], transform: ["scale(0.9)", "scale(1)"] }, { duration: 0.05, reduced: false });
    const props = el
      .getAnimations()
      .flatMap((a) => (a.effect as KeyframeEffect).getKeyframes().flatMap((k) => Object.keys(k)))
      .filter((p) => !["offset", "easing", "composite", "computedOffset"].includes(p));
    expect(new Set(props)).toEqual(new Set(["opacity", "transform"]));
    await done;
    await waitFor(() => expect(el.getAnimations()).toHaveLength(0));
    expect(el.style.opacity).toBe("1");
    expect(el.style.transform).toBe("scale(1)");
    el.remove();
  });

  it("maps framer-motion's cubic-bezier arrays to the native easing", () => {
    const el = document.createElement("div");
    document.body.append(el);
    void animateElement(el, { opacity: [0, 1] }, { duration: 1, ease: [0.2, 0, 0, 1], reduced: false });
    expect(el.getAnimations()[0]!.effect!.getTiming().easing).toBe("cubic-bezier(0.2, 0, 0, 1)");
    el.remove();
  });

  it("interrupts the running animation of the same property instead of stacking", async () => {
    const el = document.createElement("div");
    document.body.append(el);
    const first = animateElement(el, { opacity: [0, 1] }, { duration: 5, reduced: false });
    void animateElement(el, { opacity: [1, 0.5] }, { duration: 5, reduced: false });
    expect(el.getAnimations()).toHaveLength(1);
    await first; // cut short: resolves without waiting five seconds
    el.remove();
  });

  it("returns playback controls: pause holds the playhead, time seeks, play resumes, stop settles at once", async () => {
    const el = document.createElement("div");
    document.body.append(el);
    const a = animateElement(el, { opacity: [0, 1] }, { duration: 5, ease: "linear", reduced: false });
    a.pause();
    a.time = 2.5;
    await new Promise((r) => setTimeout(r, 60));
    expect(a.time).toBeCloseTo(2.5, 1);
    expect(Number(getComputedStyle(el).opacity)).toBeCloseTo(0.5, 1);
    a.play();
    await new Promise((r) => setTimeout(r, 60));
    expect(a.time).toBeGreaterThan(2.5);
    // Stop settles at once: no running animation is left on the element, and the playhead
    // does not move any more (no clock threshold: those flake on a loaded machine).
    a.stop();
    expect(el.getAnimations()).toHaveLength(0);
    await a.finished;
    const held = a.time;
    await new Promise((r) => setTimeout(r, 60));
    expect(a.time).toBe(held);
    el.remove();
  });

  it("complete() jumps to the last keyframe", async () => {
    const el = document.createElement("div");
    document.body.append(el);
    const a = animateElement(el, { opacity: [0, 0.8] }, { duration: 5, reduced: false });
    a.complete();
    await a;
    expect(el.style.opacity).toBe("0.8");
    el.remove();
  });

  it("is instant under reduced motion and when framer-motion skips animations", async () => {
    const el = document.createElement("div");
    document.body.append(el);
    await animateElement(el, { opacity: [0, 0.7] }, { duration: 5, reduced: true });
    expect(el.getAnimations()).toHaveLength(0);
    expect(el.style.opacity).toBe("0.7");
    MotionGlobalConfig.skipAnimations = true;
    await animateElement(el, { transform: ["scale(0.5)", "scale(1)"] }, { duration: 5, reduced: false });
    expect(el.getAnimations()).toHaveLength(0);
    expect(el.style.transform).toBe("scale(1)");
    el.remove();
  });
});

describe("Dialog inside a shadow root", () => {
  it("portals into the shadow root, keeps Tab inside the dialog both ways, and returns focus", async () => {
    const host = document.createElement("div");
    document.body.append(host);
    const shadow = host.attachShadow({ mode: "open" });
    const mount = document.createElement("div");
    const portal = document.createElement("div");
    shadow.append(mount, portal);
    const { createRoot } = await import("react-dom/client");
    const root = createRoot(mount);
    React.startTransition(() => {
      root.render(
        <AttuneProvider container={portal} reducedMotion="always">
          <Dialog>
            <DialogTrigger>Open</DialogTrigger>
            <DialogContent>
              <DialogTitle>Title</DialogTitle>
              <DialogDescription>Description</DialogDescription>
              <input aria-label="Note" />
              <DialogClose>Done</DialogClose>
            </DialogContent>
          </Dialog>
        </AttuneProvider>,
      );
    });
    await waitFor(() => expect(shadow.querySelector("button")).not.toBeNull());
    const trigger = shadow.querySelector("button")!;
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(portal.querySelector('[role="dialog"]')).not.toBeNull());
    const dialog = portal.querySelector<HTMLElement>('[role="dialog"]')!;
    const note = dialog.querySelector("input")!;
    const done = [...dialog.querySelectorAll("button")].find((b) => b.textContent === "Done")!;
    note.focus();
    await userEvent.keyboard("{Tab}");
    expect(shadow.activeElement).toBe(done);
    await userEvent.keyboard("{Tab}");
    expect(shadow.activeElement).toBe(note);
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    expect(shadow.activeElement).toBe(done);
    expect(document.body.contains(document.activeElement) && document.activeElement !== host).toBe(false);
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(portal.querySelector('[role="dialog"]')).toBeNull());
    expect(shadow.activeElement).toBe(trigger);
    root.unmount();
    host.remove();
  });
});

describe("Dialog tokens across the portal", () => {
  it("carries the host's font, the theme's colours and the page's brand properties into the portal", async () => {
    // Brand properties on the root element reach the portal by inheritance; the font is set
    // on the host's own element, which the portal is not inside.
    document.documentElement.style.setProperty("--attune-brand-accent", "rgb(11, 107, 99)");
    document.documentElement.style.setProperty("--attune-brand-radius", "20px");
    render(
      <div style={{ fontFamily: '"Attune Host Sans", sans-serif' }}>
        <AttuneProvider theme="dark" reducedMotion="always">
          <TestDialog />
        </AttuneProvider>
      </div>,
    );
    // The portal sits in the body, outside the host's element, where the font would be the browser's serif.
    expect(getComputedStyle(document.body).fontFamily).not.toContain("Attune Host Sans");
    await userEvent.click(screen.getByRole("button", { name: "Open" }));
    const dialog = await screen.findByRole("dialog", { name: "Title" });
    expect(dialog.closest(".attune-dialog-layer")!.parentElement).toBe(document.body);
    for (const el of [dialog, screen.getByText("Title"), screen.getByText("Description"), screen.getByRole("button", { name: "Done" })]) {
      expect(getComputedStyle(el).fontFamily).toBe('"Attune Host Sans", sans-serif');
    }
    const style = getComputedStyle(dialog);
    expect(style.getPropertyValue("--attune-accent").trim()).toBe("rgb(11, 107, 99)");
    expect(style.borderTopLeftRadius).toBe("30px"); // --attune-radius-lg: 1.5 × the brand radius
    // The dark theme's surface and text, not the light defaults of the page.
    expect(style.backgroundColor).toBe("rgb(26, 24, 22)");
    expect(style.color).toBe("rgb(241, 236, 230)");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(document.querySelector("[data-attune-part=dialog]")).toBeNull());
    document.documentElement.style.removeProperty("--attune-brand-accent");
    document.documentElement.style.removeProperty("--attune-brand-radius");
  });

  it("takes a font given as the --attune-font token on a host element", async () => {
    render(
      <div style={{ ["--attune-font" as string]: '"Attune Token Serif", serif' }}>
        <AttuneProvider reducedMotion="always">
          <TestDialog />
        </AttuneProvider>
      </div>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Open" }));
    const dialog = await screen.findByRole("dialog", { name: "Title" });
    expect(getComputedStyle(screen.getByText("Description")).fontFamily).toBe('"Attune Token Serif", serif');
    expect(getComputedStyle(dialog).fontFamily).toBe('"Attune Token Serif", serif');
  });
});
