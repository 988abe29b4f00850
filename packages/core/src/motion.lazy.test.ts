import { afterEach, describe, expect, it, vi } from "vitest";

// framer-motion's animation code must not be part of a page's first load: core imports it
// dynamically on the first animation. Each test gets a fresh core and a mock of that module
// which counts its loads, arrives when the test releases it, and hands out controls the test
// can drive.
interface Made {
  element: Element;
  keyframes: Record<string, unknown>;
  options: Record<string, unknown>;
  time: number;
  play: ReturnType<typeof vi.fn>;
  pause: ReturnType<typeof vi.fn>;
  stop: ReturnType<typeof vi.fn>;
  complete: ReturnType<typeof vi.fn>;
  end: () => void;
  finished: Promise<void>;
}

let releaseAll: Array<() => void> = [];
afterEach(() => {
  for (const r of releaseAll) r();
  releaseAll = [];
  vi.doUnmock("framer-motion/dom/mini");
});

function fresh() {
  vi.resetModules();
  const fm = { loads: 0, made: [] as Made[], release: () => {} };
  const gate = new Promise<void>((r) => (fm.release = r));
  releaseAll.push(fm.release);
  vi.doMock("framer-motion/dom/mini", async () => {
    fm.loads += 1;
    await gate;
    return {
      animate: (element: Element, keyframes: Record<string, unknown>, options: Record<string, unknown>) => {
        let end!: () => void;
        const finished = new Promise<void>((r) => (end = r));
        const c: Made = { element, keyframes, options, time: 0, play: vi.fn(), pause: vi.fn(), stop: vi.fn(), complete: vi.fn(), end, finished };
        fm.made.push(c);
        return c;
      },
    };
  });
  return fm;
}

const el = () => {
  const div = document.createElement("div");
  // A browser with Web Animations.
  div.animate = (() => ({})) as unknown as typeof div.animate;
  document.body.append(div);
  return div;
};

describe("animateElement loads framer-motion on first use", () => {
  it("importing core (and reduced-motion animations) does not load it; the first animation does, once", async () => {
    const fm = fresh();
    const core = await import("./index");
    await new Promise((r) => setTimeout(r, 20));
    expect(fm.loads).toBe(0);

    // Reduced motion ends at the last frame at once, without loading anything.
    const still = el();
    await core.animateElement(still, { opacity: [0, 0.6] }, { duration: 5, reduced: true });
    expect(still.style.opacity).toBe("0.6");
    expect(fm.loads).toBe(0);

    const a = el();
    const first = core.animateElement(a, { opacity: [0, 1], transform: ["scale(0.9)", "scale(1)"] }, { duration: 0.2, ease: "linear", reduced: false });
    const second = core.animateElement(el(), { opacity: [0, 1] }, { duration: 0.2, reduced: false });
    // Loading: the element holds the first keyframe, never the end state.
    expect(a.style.opacity).toBe("0");
    expect(a.style.transform).toBe("scale(0.9)");
    expect(first.time).toBe(0);
    await vi.waitFor(() => expect(fm.loads).toBe(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(fm.made).toHaveLength(0);

    fm.release();
    await vi.waitFor(() => expect(fm.made).toHaveLength(2));
    expect(fm.made[0]!.element).toBe(a);
    expect(fm.made[0]!.keyframes).toEqual({ opacity: [0, 1], transform: ["scale(0.9)", "scale(1)"] });
    expect(fm.made[0]!.options).toEqual({ duration: 0.2, delay: 0, ease: "linear" });

    // Once loaded, an animation starts in the same call, without loading again.
    void core.animateElement(el(), { opacity: [0, 1] }, { duration: 0.2, reduced: false });
    expect(fm.made).toHaveLength(3);
    expect(fm.loads).toBe(1);

    fm.made[0]!.end();
    fm.made[1]!.end();
    await Promise.all([first, second]);
  });

  it("keeps a seek and a pause made while loading, and the same controls drive framer-motion's after it", async () => {
    const fm = fresh();
    const { animateElement } = await import("./motion");
    const a = animateElement(el(), { opacity: [0, 1] }, { duration: 4, reduced: false });
    a.pause();
    a.time = 1.5;
    expect(a.time).toBe(1.5);
    await new Promise((r) => setTimeout(r, 20));
    expect(fm.made).toHaveLength(0);
    fm.release();
    await vi.waitFor(() => expect(fm.made).toHaveLength(1));
    const c = fm.made[0]!;
    expect(c.time).toBe(1.5);
    expect(c.pause).toHaveBeenCalledTimes(1);

    c.time = 2;
    expect(a.time).toBe(2);
    a.time = 3;
    expect(c.time).toBe(3);
    a.play();
    expect(c.play).toHaveBeenCalledTimes(1);
    a.complete();
    expect(c.complete).toHaveBeenCalledTimes(1);
    let settled = false;
    void a.finished.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false); // settles when framer-motion's animation does
    c.end();
    await a;
    a.stop();
    expect(c.stop).toHaveBeenCalledTimes(1);
  });

  it("stop and complete while loading: nothing starts; stop keeps what is on screen, complete ends at the last frame", async () => {
    const fm = fresh();
    const { animateElement } = await import("./motion");
    const s = el();
    const stopped = animateElement(s, { opacity: [0.2, 1] }, { duration: 4, reduced: false });
    const c = el();
    const completed = animateElement(c, { opacity: [0, 0.9], transform: ["scale(0.5)", "scale(1)"] }, { duration: 4, reduced: false });
    stopped.stop();
    completed.complete();
    await Promise.all([stopped, completed]); // both settle without waiting for framer-motion
    expect(s.style.opacity).toBe("0.2");
    expect(c.style.opacity).toBe("0.9");
    expect(c.style.transform).toBe("scale(1)");
    fm.release();
    await vi.waitFor(() => expect(fm.loads).toBe(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(fm.made).toHaveLength(0);
  });

  it("a newer animation of the same property settles the waiting one; both start in call order", async () => {
    const fm = fresh();
    const { animateElement } = await import("./motion");
    const e = el();
    const older = animateElement(e, { opacity: [0, 1] }, { duration: 4, reduced: false });
    const newer = animateElement(e, { opacity: [1, 0.5] }, { duration: 4, reduced: false });
    await older; // interrupted: resolves without waiting for framer-motion
    expect(e.style.opacity).toBe("1");
    fm.release();
    await vi.waitFor(() => expect(fm.made).toHaveLength(2));
    // In call order, so framer-motion lets the newer one take the property over.
    expect(fm.made.map((m) => m.keyframes.opacity)).toEqual([
      [0, 1],
      [1, 0.5],
    ]);
    fm.made[1]!.end();
    await newer;
  });

  it("ends at the last frame if framer-motion does not arrive in time, and does not start late", async () => {
    const fm = fresh();
    const { animateElement } = await import("./motion");
    vi.useFakeTimers();
    try {
      const e = el();
      const a = animateElement(e, { opacity: [0, 0.8] }, { duration: 0.5, reduced: false });
      expect(e.style.opacity).toBe("0");
      await vi.advanceTimersByTimeAsync(4000);
      await a;
      expect(e.style.opacity).toBe("0.8");
    } finally {
      vi.useRealTimers();
    }
    fm.release();
    await vi.waitFor(() => expect(fm.loads).toBe(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(fm.made).toHaveLength(0);
  });

  it("ends at the last frame if loading fails, and tries again on the next animation", async () => {
    vi.resetModules();
    let attempts = 0;
    vi.doMock("framer-motion/dom/mini", () => {
      attempts += 1;
      throw new Error("offline");
    });
    const { animateElement } = await import("./motion");
    const e = el();
    await animateElement(e, { opacity: [0, 0.7] }, { duration: 4, reduced: false });
    expect(e.style.opacity).toBe("0.7");
    await animateElement(e, { opacity: [0.7, 0.3] }, { duration: 4, reduced: false });
    expect(e.style.opacity).toBe("0.3");
    expect(attempts).toBe(2);
  });
});

describe("startAnimation: the same motion, started and stopped, nothing to await", () => {
  it("reduced motion ends at once without loading; otherwise it holds the first keyframe, then starts framer-motion's animation", async () => {
    const fm = fresh();
    const { startAnimation } = await import("./motion");
    const still = el();
    startAnimation(still, { transform: ["scale(0.5)", "scale(1)"] }, { duration: 4, reduced: true });
    expect(still.style.transform).toBe("scale(1)");
    await new Promise((r) => setTimeout(r, 20));
    expect(fm.loads).toBe(0);

    const a = el();
    startAnimation(a, { transform: ["scale(0.5)", "scale(1)"], opacity: 1 }, { duration: 4, ease: "easeInOut", reduced: false });
    expect(a.style.transform).toBe("scale(0.5)");
    expect(a.style.opacity).toBe("1");
    const stoppedEarly = el();
    const stopEarly = startAnimation(stoppedEarly, { opacity: [0.2, 1] }, { duration: 4, reduced: false });
    stopEarly();
    fm.release();
    await vi.waitFor(() => expect(fm.made).toHaveLength(1));
    expect(fm.made[0]!.element).toBe(a); // the one stopped while loading never starts
    expect(fm.made[0]!.options).toEqual({ duration: 4, delay: 0, ease: "easeInOut" });
    expect(stoppedEarly.style.opacity).toBe("0.2"); // stopped where it was

    const b = el();
    const stop = startAnimation(b, { opacity: [0, 1] }, { duration: 1, reduced: false });
    expect(fm.made).toHaveLength(2); // loaded: starts in the same call
    stop();
    expect(fm.made[1]!.stop).toHaveBeenCalledTimes(1);
  });

  it("starts as far in as the wait for framer-motion took, or ends at the last frame when the wait outlasted it", async () => {
    const fm = fresh();
    const { startAnimation } = await import("./motion");
    let now = 1_000_000;
    const clock = vi.spyOn(Date, "now").mockImplementation(() => now);
    try {
      const late = el();
      startAnimation(late, { opacity: [0, 0.6] }, { duration: 2, reduced: false });
      const over = el();
      startAnimation(over, { opacity: [0, 0.4] }, { duration: 0.5, reduced: false });
      now += 1500;
      fm.release();
      await vi.waitFor(() => expect(fm.made).toHaveLength(1));
      expect(fm.made[0]!.element).toBe(late);
      expect(fm.made[0]!.time).toBe(1.5);
      expect(over.style.opacity).toBe("0.4");
    } finally {
      clock.mockRestore();
    }
  });

  it("ends at the last frame if loading fails", async () => {
    vi.resetModules();
    vi.doMock("framer-motion/dom/mini", () => {
      throw new Error("offline");
    });
    const { startAnimation } = await import("./motion");
    const e = el();
    startAnimation(e, { opacity: [0, 0.7] }, { duration: 4, reduced: false });
    expect(e.style.opacity).toBe("0");
    await vi.waitFor(() => expect(e.style.opacity).toBe("0.7"));
  });
});
