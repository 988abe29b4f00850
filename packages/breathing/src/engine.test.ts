import { readFileSync } from "node:fs";

declare const __dirname: string;
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetWarnings } from "@attune/core/logic";
import {
  createSession,
  frameAt,
  presetPattern,
  resolvePattern,
  resonancePattern,
  roundedBreathsPerMinute,
  sessionCycles,
  snapSeconds,
  type BreathingClock,
} from "./engine";

/** A clock the test moves by hand; epoch and monotonic time advance together. */
function fakeClock(monotonicStart = 1234.5, epochStart = 1_790_000_000_000) {
  let mono = monotonicStart;
  let epoch = epochStart;
  const clock: BreathingClock = { now: () => mono, epochNow: () => epoch };
  return {
    clock,
    advance(ms: number) {
      mono += ms;
      epoch += ms;
    },
    get epoch() {
      return epoch;
    },
  };
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe("presets", () => {
  it("box is four equal 4 s phases, 16 s a cycle", () => {
    const p = resolvePattern("box");
    expect(p.phases.map((x) => [x.kind, x.ms])).toEqual([
      ["inhale", 4000],
      ["hold", 4000],
      ["exhale", 4000],
      ["holdOut", 4000],
    ]);
    expect(p.cycleMs).toBe(16000);
    expect(roundedBreathsPerMinute(p)).toBe(3.8);
  });

  it("4-7-8 is inhale 4, hold 7, exhale 8", () => {
    const p = resolvePattern("4-7-8");
    expect(p.phases.map((x) => x.ms)).toEqual([4000, 7000, 8000]);
    expect(p.phases.map((x) => x.kind)).toEqual(["inhale", "hold", "exhale"]);
  });

  it("resonance defaults to 6 breaths a minute and adjusts between 4.5 and 6.5", () => {
    expect(resolvePattern("resonance").breathsPerMinute).toBeCloseTo(6, 10);
    expect(resolvePattern("resonance").phases.map((x) => x.ms)).toEqual([5000, 5000]);
    expect(resolvePattern("resonance", 5.5).breathsPerMinute).toBeCloseTo(5.5, 10);
    expect(resolvePattern("resonance", 4.5).cycleMs).toBeCloseTo(60000 / 4.5, 6);
    expect(resolvePattern("resonance", 2).breathsPerMinute).toBeCloseTo(4.5, 10);
    expect(resolvePattern("resonance", 12).breathsPerMinute).toBeCloseTo(6.5, 10);
    expect(resolvePattern("resonance", Number.NaN).breathsPerMinute).toBeCloseTo(6, 10);
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it("cyclic sigh has a top-up inhale and an exhale twice as long as both inhales", () => {
    const p = presetPattern("cyclic-sigh");
    const [inhale, topUp, exhale] = p.phases;
    expect([inhale!.kind, topUp!.kind, exhale!.kind]).toEqual(["inhale", "topUp", "exhale"]);
    expect(topUp!.seconds).toBeLessThan(inhale!.seconds);
    expect(exhale!.seconds).toBe(2 * (inhale!.seconds + topUp!.seconds));
  });

  it("lung levels: an inhale fills part-way before a top-up, holds keep the level", () => {
    const sigh = resolvePattern("cyclic-sigh");
    expect(sigh.phases.map((p) => [p.fromLevel, p.toLevel])).toEqual([
      [0, 0.75],
      [0.75, 1],
      [1, 0],
    ]);
    const box = resolvePattern("box");
    expect(box.phases.map((p) => [p.fromLevel, p.toLevel])).toEqual([
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
  });

  it("a custom pattern may begin with the exhale: levels wrap around the cycle", () => {
    const p = resolvePattern({
      phases: [
        { kind: "exhale", seconds: 6 },
        { kind: "holdOut", seconds: 2 },
        { kind: "inhale", seconds: 4 },
        { kind: "hold", seconds: 1 },
      ],
    });
    expect(p.phases.map((x) => [x.fromLevel, x.toLevel])).toEqual([
      [1, 0],
      [0, 0],
      [0, 1],
      [1, 1],
    ]);
  });

  it("resonancePattern gives the raw data for a host to show", () => {
    expect(resonancePattern(5).phases).toEqual([
      { kind: "inhale", seconds: 6 },
      { kind: "exhale", seconds: 6 },
    ]);
  });
});

describe("custom patterns and validation", () => {
  it("snaps durations to 0.25 s steps", () => {
    expect(snapSeconds(4.1)).toBe(4);
    expect(snapSeconds(4.13)).toBe(4.25);
    const p = resolvePattern({ phases: [{ kind: "inhale", seconds: 3.6 }, { kind: "exhale", seconds: 6.374 }] });
    expect(p.name).toBe("custom");
    expect(p.phases.map((x) => x.ms)).toEqual([3500, 6250]);
    expect(p.breathsPerMinute).toBeCloseTo(60 / 9.75, 10);
  });

  it("keeps a very short phase at one step instead of zero", () => {
    const p = resolvePattern({ phases: [{ kind: "inhale", seconds: 0.05 }, { kind: "exhale", seconds: 2 }] });
    expect(p.phases[0]!.ms).toBe(250);
  });

  it.each([
    ["zero", 0],
    ["negative", -4],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a string", "4" as unknown as number],
  ])("drops a phase with a %s duration and warns, never throws", (_label, seconds) => {
    const p = resolvePattern({ phases: [{ kind: "inhale", seconds: 4 }, { kind: "hold", seconds }, { kind: "exhale", seconds: 6 }] });
    expect(p.phases.map((x) => x.kind)).toEqual(["inhale", "exhale"]);
    expect(p.cycleMs).toBe(10000);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain("hold");
  });

  it.each([
    ["an empty pattern", { phases: [] }],
    ["no phases key", {}],
    ["null", null],
    ["only bad phases", { phases: [{ kind: "inhale", seconds: 0 }, { kind: "exhale", seconds: -1 }] }],
    ["unknown kinds", { phases: [{ kind: "gasp", seconds: 2 }, null, 7] }],
    ["an unknown preset", "square"],
  ])("falls back to the default preset for %s, with a warning", (_label, input) => {
    const p = resolvePattern(input);
    expect(p.name).toBe("resonance");
    expect(p.cycleMs).toBe(10000);
    expect(warn).toHaveBeenCalled();
    expect(String(warn.mock.calls.at(-1)![0])).toMatch(/^\[attune\] BreathingGuide/);
  });

  it("caps an absurdly long phase at 60 s", () => {
    const p = resolvePattern({ phases: [{ kind: "inhale", seconds: 1e9 }, { kind: "exhale", seconds: 4 }] });
    expect(p.phases[0]!.ms).toBe(60000);
  });
});

describe("session length", () => {
  const resonance = resolvePattern("resonance");
  const fourSevenEight = resolvePattern("4-7-8");

  it("by time: rounds up to whole cycles so a session never ends mid-breath", () => {
    expect(sessionCycles(resonance, { seconds: 300 })).toBe(30);
    expect(sessionCycles(resonance, { seconds: 60 })).toBe(6);
    expect(sessionCycles(fourSevenEight, { seconds: 300 })).toBe(16);
    expect(sessionCycles(resonance, { seconds: 1 })).toBe(1);
  });

  it("defaults to 5 minutes", () => {
    expect(sessionCycles(resonance)).toBe(30);
  });

  it("by cycles wins over time", () => {
    expect(sessionCycles(resonance, { cycles: 4, seconds: 300 })).toBe(4);
    expect(sessionCycles(resonance, { cycles: 2.6 })).toBe(3);
  });

  it.each([0, -3, Number.NaN])("repairs a bad cycles value (%s) with a warning", (cycles) => {
    expect(sessionCycles(resonance, { cycles, seconds: 60 })).toBe(6);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it.each([0, -60, Number.NaN, Number.POSITIVE_INFINITY])("repairs a bad duration (%s) to 5 minutes", (seconds) => {
    expect(sessionCycles(resonance, { seconds })).toBe(30);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("caps a session at two hours", () => {
    expect(sessionCycles(resonance, { cycles: 1e9 })).toBe(720);
  });
});

describe("frameAt", () => {
  const box = resolvePattern("box");

  it("finds the phase, countdown and progress at any moment", () => {
    const f = frameAt(box, 2, 21_500);
    expect(f.cycle).toBe(1);
    expect(f.phase.kind).toBe("hold");
    expect(f.phaseElapsedMs).toBe(1500);
    expect(f.phaseRemainingMs).toBe(2500);
    expect(f.progress).toBeCloseTo(21.5 / 32, 10);
    expect(f.remainingMs).toBe(10_500);
  });

  it("moves to the next phase exactly at the boundary", () => {
    expect(frameAt(box, 2, 3999.9).phase.kind).toBe("inhale");
    expect(frameAt(box, 2, 4000).phase.kind).toBe("hold");
    expect(frameAt(box, 2, 15999.9).phase.kind).toBe("holdOut");
    const next = frameAt(box, 2, 16000);
    expect([next.cycle, next.phase.kind]).toEqual([1, "inhale"]);
  });

  it("reports the level halfway through an inhale and an exhale", () => {
    expect(frameAt(box, 1, 2000).level).toBeCloseTo(0.5, 10);
    expect(frameAt(box, 1, 10000).level).toBeCloseTo(0.5, 10);
    expect(frameAt(box, 1, 6000).level).toBe(1);
  });

  it("clamps before the start and after the end", () => {
    expect(frameAt(box, 2, -500).elapsedMs).toBe(0);
    const end = frameAt(box, 2, 99_999);
    expect(end.done).toBe(true);
    expect(end.progress).toBe(1);
    expect(end.remainingMs).toBe(0);
    expect(end.cycle).toBe(1);
    expect(frameAt(box, 2, Number.NaN).elapsedMs).toBe(0);
  });
});

describe("createSession with a fake clock", () => {
  it("does nothing until started", () => {
    const c = fakeClock();
    const s = createSession({ pattern: resolvePattern("box"), cycles: 2, clock: c.clock });
    c.advance(10_000);
    expect(s.read().status).toBe("idle");
    expect(s.read().frame.elapsedMs).toBe(0);
  });

  it("after 10 minutes of jittery frames every phase change is seen within one frame of exact", () => {
    const c = fakeClock();
    const pattern = resolvePattern("4-7-8");
    const cycles = sessionCycles(pattern, { seconds: 600 });
    const s = createSession({ pattern, cycles, clock: c.clock });
    const startMono = c.clock.now();
    s.start();
    // Exact boundaries, ms after the start.
    const boundaries: number[] = [];
    for (let k = 0; k < cycles; k++) for (const p of pattern.phases) boundaries.push(k * pattern.cycleMs + p.startMs);
    boundaries.shift();

    const seen: number[] = [];
    let last = `${s.read().frame.cycle}:${s.read().frame.phaseIndex}`;
    let frames = 0;
    // Frames of 16.7 ms with jitter, and now and then a long stall (a busy main thread).
    while (s.read().status === "running") {
      frames++;
      c.advance(frames % 997 === 0 ? 250 : 16.7 + ((frames * 7919) % 11) / 10 - 0.5);
      const { frame } = s.read();
      const key = `${frame.cycle}:${frame.phaseIndex}`;
      if (key !== last && !frame.done) seen.push(c.clock.now() - startMono);
      last = key;
    }
    expect(c.clock.now() - startMono).toBeGreaterThanOrEqual(600_000);
    expect(seen.length).toBe(boundaries.length);
    let stalls = 0;
    seen.forEach((t, i) => {
      const late = t - boundaries[i]!;
      expect(late).toBeGreaterThanOrEqual(0);
      if (late >= 16.7 + 0.5) stalls++;
      else expect(late).toBeLessThan(17.2);
    });
    // A stall delays the one change it hides, never the ones after it.
    expect(stalls).toBeLessThanOrEqual(Math.ceil(frames / 997));
  });

  it("at exactly 10 minutes the phase is where it should be, independent of how often it was read", () => {
    const pattern = resolvePattern("resonance", 5.5);
    const often = fakeClock();
    const rarely = fakeClock(9_999_999.123);
    const a = createSession({ pattern, cycles: 100, clock: often.clock });
    const b = createSession({ pattern, cycles: 100, clock: rarely.clock });
    a.start();
    b.start();
    for (let i = 0; i < 600_000 / 16; i++) {
      often.advance(16);
      a.read();
    }
    rarely.advance(600_000);
    const fa = a.read().frame;
    const fb = b.read().frame;
    expect(Math.abs(fa.elapsedMs - 600_000)).toBeLessThan(1e-6);
    expect(Math.abs(fb.elapsedMs - 600_000)).toBeLessThan(1e-6);
    expect(fa.cycle).toBe(fb.cycle);
    expect(fa.phaseIndex).toBe(fb.phaseIndex);
    expect(Math.abs(fa.phaseRemainingMs - fb.phaseRemainingMs)).toBeLessThan(16);
    expect(fa.cycle).toBe(Math.floor(600_000 / pattern.cycleMs));
  });

  it("pause keeps the place in the phase; resume carries on from it", () => {
    const c = fakeClock();
    const s = createSession({ pattern: resolvePattern("box"), cycles: 3, clock: c.clock });
    s.start();
    c.advance(5_500);
    const paused = s.pause();
    expect(paused.status).toBe("paused");
    expect(paused.frame.phase.kind).toBe("hold");
    expect(paused.frame.phaseElapsedMs).toBe(1500);
    c.advance(120_000);
    expect(s.read().frame.phaseElapsedMs).toBe(1500);
    expect(s.read().status).toBe("paused");
    const resumed = s.resume();
    expect(resumed.status).toBe("running");
    expect(resumed.frame.phaseElapsedMs).toBe(1500);
    c.advance(2_500);
    expect(s.read().frame.phase.kind).toBe("exhale");
    expect(s.read().frame.phaseElapsedMs).toBe(0);
  });

  it("pause and resume are ignored when they do not apply", () => {
    const c = fakeClock();
    const s = createSession({ pattern: resolvePattern("box"), cycles: 1, clock: c.clock });
    expect(s.pause().status).toBe("idle");
    expect(s.resume().status).toBe("idle");
    s.start();
    expect(s.resume().status).toBe("running");
  });

  it("completes after the last cycle and stays complete", () => {
    const c = fakeClock();
    const s = createSession({ pattern: resolvePattern("box"), cycles: 2, clock: c.clock });
    s.start();
    c.advance(31_999);
    expect(s.read().status).toBe("running");
    c.advance(1);
    expect(s.read().status).toBe("complete");
    c.advance(60_000);
    const end = s.read();
    expect(end.status).toBe("complete");
    expect(end.frame.progress).toBe(1);
    expect(s.pause().status).toBe("complete");
  });

  it("stop returns to idle and a new start begins again from zero", () => {
    const c = fakeClock();
    const s = createSession({ pattern: resolvePattern("box"), cycles: 2, clock: c.clock });
    s.start();
    c.advance(9_000);
    expect(s.stop().status).toBe("idle");
    expect(s.read().frame.elapsedMs).toBe(0);
    s.start();
    c.advance(1_000);
    expect(s.read().frame.elapsedMs).toBe(1_000);
  });
});

describe("breathing together: a shared start time", () => {
  const pattern = resolvePattern("box");

  it("two devices with different monotonic clocks show the same phase at the same moment", () => {
    const a = fakeClock(100, 1_790_000_000_000);
    const b = fakeClock(8_765_432.1, 1_790_000_000_000);
    const startAt = 1_790_000_000_000 - 37_250; // began 37.25 s ago
    const sa = createSession({ pattern, cycles: 20, clock: a.clock, startAt });
    const sb = createSession({ pattern, cycles: 20, clock: b.clock, startAt });
    sa.start();
    b.advance(3_000); // the partner opens the guide 3 s later
    a.advance(3_000);
    sb.start();
    for (let i = 0; i < 50; i++) {
      a.advance(1_234);
      b.advance(1_234);
      const fa = sa.read().frame;
      const fb = sb.read().frame;
      expect([fb.cycle, fb.phaseIndex]).toEqual([fa.cycle, fa.phaseIndex]);
      expect(Math.abs(fa.phaseRemainingMs - fb.phaseRemainingMs)).toBeLessThan(1e-6);
    }
  });

  it("joining late reports where this device joined", () => {
    const c = fakeClock();
    const s = createSession({ pattern, cycles: 20, clock: c.clock, startAt: c.epoch - 37_250 });
    const first = s.start();
    expect(first.status).toBe("running");
    expect(first.joinedAtMs).toBe(37_250);
    expect(first.frame.cycle).toBe(2);
    expect(first.frame.phase.kind).toBe("hold");
    expect(first.frame.phaseElapsedMs).toBe(1_250);
  });

  it("a start in the future counts down, then begins exactly on time", () => {
    const c = fakeClock();
    const s = createSession({ pattern, cycles: 2, clock: c.clock, startAt: c.epoch + 5_000 });
    const first = s.start();
    expect(first.status).toBe("waiting");
    expect(first.waitMs).toBe(5_000);
    c.advance(4_999);
    expect(s.read().status).toBe("waiting");
    expect(s.read().waitMs).toBe(1);
    expect(s.read().frame.elapsedMs).toBe(0);
    c.advance(1);
    expect(s.read().status).toBe("running");
    c.advance(4_000);
    expect(s.read().frame.phase.kind).toBe("hold");
  });

  it("a start far in the past begins a full session still on the shared beat", () => {
    const a = fakeClock();
    const b = fakeClock(42);
    const startAt = a.epoch - 3 * 24 * 3600 * 1000 - 5_000; // three days and 5 s ago
    const sa = createSession({ pattern, cycles: 2, clock: a.clock, startAt });
    const sb = createSession({ pattern, cycles: 2, clock: b.clock, startAt });
    const first = sa.start();
    sb.start();
    expect(first.status).toBe("running");
    // 3 days is a whole number of 16 s cycles, so the beat is 5 s into a cycle.
    expect(first.frame.elapsedMs).toBe(5_000);
    expect(first.frame.phase.kind).toBe("hold");
    expect(first.frame.remainingMs).toBe(27_000);
    a.advance(7_777);
    b.advance(7_777);
    expect(sb.read().frame.phaseIndex).toBe(sa.read().frame.phaseIndex);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, "tomorrow" as unknown as number])("ignores an unusable start time (%s) and starts now", (startAt) => {
    const c = fakeClock();
    const s = createSession({ pattern, cycles: 2, clock: c.clock, startAt });
    const first = s.start();
    expect(first.status).toBe("running");
    expect(first.frame.elapsedMs).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("pausing during the countdown keeps the time left", () => {
    const c = fakeClock();
    const s = createSession({ pattern, cycles: 2, clock: c.clock, startAt: c.epoch + 10_000 });
    s.start();
    c.advance(4_000);
    expect(s.pause().waitMs).toBe(6_000);
    c.advance(60_000);
    expect(s.resume().waitMs).toBe(6_000);
  });
});

describe("server safety", () => {
  it("imports nothing but core's React-free logic entry", () => {
    const source = readFileSync(`${__dirname}/engine.ts`, "utf8");
    const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports).toEqual(["@attune/core/logic"]);
    expect(source).not.toMatch(/use client|document\.|window\.|requestAnimationFrame|setTimeout/);
  });
});
