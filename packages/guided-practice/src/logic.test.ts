import { describe, expect, it } from "vitest";
import {
  SHARED_READY_SECONDS,
  buildTimeline,
  createPracticeSession,
  isSafeAudioUrl,
  isSavedProgress,
  parsePractice,
  parsePracticeStart,
  parsePractices,
  practiceMinutes,
  splitTime,
  validReturnAt,
  type Practice,
  type PracticeClock,
} from "./logic";
import * as en from "./practices/en";
import * as es from "./practices/es";
import * as ar from "./practices/ar";

function fakeClock(monotonicStart = 1234.5, epochStart = 1_790_000_000_000) {
  let mono = monotonicStart;
  let epoch = epochStart;
  const clock: PracticeClock = { now: () => mono, epochNow: () => epoch };
  return {
    clock,
    advance(ms: number) {
      mono += ms;
      epoch += ms;
    },
  };
}

const simple: Practice = {
  version: 1,
  id: "simple",
  title: "Simple",
  steps: [
    { text: "One", seconds: 10 },
    { text: "Two", seconds: 20 },
    { text: "Three", seconds: 30 },
  ],
};

describe("built-in practices", () => {
  it("are valid in every language, with the same ids, steps and timing", () => {
    for (const lang of [en, es, ar]) {
      expect(lang.practices.map((p) => p.id)).toEqual(["holding-both", "while-i-wait", "before-we-talk-again"]);
      for (const p of lang.practices) {
        const r = parsePractice(p);
        expect(r.ok ? "" : r.error).toBe("");
      }
    }
    for (const [i, p] of en.practices.entries()) {
      for (const other of [es.practices[i]!, ar.practices[i]!]) {
        expect(other.steps.map((s) => [s.seconds, s.breathing])).toEqual(p.steps.map((s) => [s.seconds, s.breathing]));
        expect(other.steps.map((s) => s.text)).not.toEqual(p.steps.map((s) => s.text));
      }
    }
  });

  it("last about as long as the issue asks: 5, 3 and 3 minutes", () => {
    expect(practiceMinutes(buildTimeline(en.holdingBoth))).toBe(5);
    expect(practiceMinutes(buildTimeline(en.whileIWait))).toBe(3);
    expect(practiceMinutes(buildTimeline(en.beforeWeTalkAgain))).toBe(3);
  });

  it("include a breathing step and a 'when you're ready' step", () => {
    expect(en.holdingBoth.steps.some((s) => s.breathing)).toBe(true);
    expect(en.beforeWeTalkAgain.steps.at(-1)!.seconds).toBeUndefined();
  });
});

describe("parsePractice", () => {
  it("accepts a host's practice and trims its text", () => {
    const r = parsePractice({ ...simple, title: "  Mine  ", steps: [{ text: " Hello ", seconds: 5, audio: "/audio/1.mp3", breathing: "box" }] });
    expect(r).toEqual({
      ok: true,
      value: { version: 1, id: "simple", title: "Mine", steps: [{ text: "Hello", seconds: 5, audio: "/audio/1.mp3", breathing: "box" }] },
    });
  });

  it("names the practice and the step in its error", () => {
    const r = parsePractice({ ...simple, steps: [{ text: "ok", seconds: 5 }, { text: "", seconds: 5 }] });
    expect(r).toEqual({ ok: false, error: "Simple: step 2 needs text (1 to 600 characters)" });
  });

  it.each([
    [null, "a practice must be an object"],
    [{ ...simple, version: 2 }, "Simple: version must be 1"],
    [{ ...simple, id: "has space" }, 'Simple: id must be 1 to 64 letters, digits, "-", "_", "." or ":"'],
    [{ ...simple, title: 7 }, 'practice "simple": title must be 1 to 120 characters'],
    [{ ...simple, steps: [] }, "Simple: steps must list 1 to 60 steps"],
    [{ ...simple, steps: [{ text: "x", seconds: -1 }] }, "step 1 needs seconds above 0"],
    [{ ...simple, steps: [{ text: "x", seconds: Number.NaN }] }, "step 1 needs seconds"],
    [{ ...simple, steps: [{ text: "x", breathing: "fast" }] }, 'breathing "fast" is not one of'],
    [{ ...simple, steps: [{ text: "x", breathing: { phases: [{ kind: "sniff", seconds: 2 }] } }] }, "breathing phase 1 has an unknown kind"],
    [{ ...simple, steps: [{ text: "x", breathing: { phases: [{ kind: "inhale", seconds: 0 }] } }] }, "breathing phase 1 needs seconds"],
    [{ ...simple, steps: [{ text: "x", audio: "javascript:alert(1)" }] }, "step 1 has an audio URL"],
    [{ ...simple, lang: "<b>" }, "lang must be a language tag"],
  ])("rejects %j", (input, message) => {
    const r = parsePractice(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it("keeps a step without seconds as 'when you're ready'", () => {
    const r = parsePractice({ ...simple, steps: [{ text: "Whenever", seconds: null }] });
    expect(r.ok && r.value.steps[0]).toEqual({ text: "Whenever" });
  });
});

describe("parsePractices", () => {
  it("keeps the valid ones and reports each bad one and each repeated id", () => {
    const { practices, errors } = parsePractices([simple, { ...simple, id: "bad", title: "Bad", steps: "no" }, en.holdingBoth, { ...simple, title: "Again" }]);
    expect(practices.map((p) => p.id)).toEqual(["simple", "holding-both"]);
    expect(errors).toEqual(["Bad: steps must list 1 to 60 steps", 'Again: another practice already uses the id "simple"']);
  });

  it("reports a value that is not a list, and nothing for no list", () => {
    expect(parsePractices("x").errors).toEqual(["practices must be a list"]);
    expect(parsePractices(undefined)).toEqual({ practices: [], errors: [] });
  });
});

describe("the start partners exchange", () => {
  it("round-trips through JSON", () => {
    const start = { version: 1, practiceId: "holding-both", startAt: 1_790_000_000_000 };
    expect(parsePracticeStart(JSON.parse(JSON.stringify(start)))).toEqual({ ok: true, value: start });
  });

  it.each([[null], [{ version: 1, practiceId: "x" }], [{ version: 1, practiceId: "a b", startAt: 1 }], [{ version: 0, practiceId: "x", startAt: 1 }], [{ version: 1, practiceId: "x", startAt: Infinity }]])(
    "rejects %j",
    (value) => expect(parsePracticeStart(value).ok).toBe(false),
  );
});

describe("small helpers", () => {
  it("allows only http(s), blob: and relative audio URLs", () => {
    expect(isSafeAudioUrl("https://cdn.example/a.mp3")).toBe(true);
    expect(isSafeAudioUrl("./a.mp3")).toBe(true);
    expect(isSafeAudioUrl("blob:https://x/123")).toBe(true);
    expect(isSafeAudioUrl("data:audio/mp3;base64,AAA")).toBe(false);
    expect(isSafeAudioUrl(" javascript:alert(1)")).toBe(false);
    expect(isSafeAudioUrl("")).toBe(false);
  });

  it("reads a return time as core's ZonedTime { at, timeZone } only", () => {
    expect(validReturnAt({ at: "2026-11-21T19:30:00.000Z", timeZone: "Europe/Berlin" })).toEqual({ at: "2026-11-21T19:30:00.000Z", timeZone: "Europe/Berlin" });
    expect(validReturnAt({ at: "2026-11-21T19:30:00.000Z", timeZone: "Mars/Base" })).toBeUndefined();
    expect(validReturnAt({ epochMs: 5, timeZone: "Europe/Berlin" })).toBeUndefined();
    expect(validReturnAt({ at: "soon", timeZone: "UTC" })).toBeUndefined();
  });

  it("checks saved progress", () => {
    expect(isSavedProgress({ version: 1, practiceId: "x", stepIndex: 2, stepElapsedMs: 10 })).toBe(true);
    expect(isSavedProgress(null)).toBe(true);
    expect(isSavedProgress({ version: 1, practiceId: "x", stepIndex: -1, stepElapsedMs: 10 })).toBe(false);
    expect(isSavedProgress({ version: 1, practiceId: "x", stepIndex: 1.5, stepElapsedMs: 10 })).toBe(false);
  });

  it("splits time rounding up to the second", () => {
    expect(splitTime(185_000)).toEqual({ minutes: 3, seconds: 5 });
    expect(splitTime(184_001)).toEqual({ minutes: 3, seconds: 5 });
    expect(splitTime(Number.NaN)).toEqual({ minutes: 0, seconds: 0 });
  });
});

describe("buildTimeline", () => {
  it("rounds a breathing step up to whole breaths and leaves ready steps untimed", () => {
    const t = buildTimeline({ ...simple, steps: [{ text: "b", seconds: 30, breathing: "box" }, { text: "r" }] });
    expect(t.steps[0]!.ms).toBe(32_000);
    expect(t.steps[1]!.ms).toBeNull();
    expect(t.timedMs).toBe(32_000);
  });

  it("gives ready steps a fixed length in a shared session", () => {
    const t = buildTimeline({ ...simple, steps: [{ text: "r" }] }, { shared: true });
    expect(t.steps[0]!.ms).toBe(SHARED_READY_SECONDS * 1000);
  });
});

describe("createPracticeSession", () => {
  it("moves through the steps on time and completes", () => {
    const c = fakeClock();
    const s = createPracticeSession({ timeline: buildTimeline(simple), clock: c.clock });
    expect(s.read().status).toBe("idle");
    s.start();
    c.advance(9_999);
    expect(s.read()).toMatchObject({ stepIndex: 0, status: "running" });
    c.advance(1);
    expect(s.read()).toMatchObject({ stepIndex: 1, stepElapsedMs: 0, remainingMs: 50_000 });
    c.advance(50_000);
    expect(s.read()).toMatchObject({ status: "complete", progress: 1, remainingMs: 0 });
  });

  it("pausing keeps the place for as long as it takes; resume carries on", () => {
    const c = fakeClock();
    const s = createPracticeSession({ timeline: buildTimeline(simple), clock: c.clock });
    s.start();
    c.advance(12_500);
    expect(s.pause()).toMatchObject({ status: "paused", stepIndex: 1, stepElapsedMs: 2_500 });
    c.advance(3_600_000);
    expect(s.read()).toMatchObject({ status: "paused", stepIndex: 1, stepElapsedMs: 2_500 });
    s.resume();
    c.advance(17_500);
    expect(s.read()).toMatchObject({ stepIndex: 2, stepElapsedMs: 0 });
  });

  it("skips ahead, goes back, and ends after the last step", () => {
    const c = fakeClock();
    const s = createPracticeSession({ timeline: buildTimeline(simple), clock: c.clock });
    s.start();
    c.advance(4_000);
    expect(s.next()).toMatchObject({ stepIndex: 1, stepElapsedMs: 0 });
    c.advance(5_000);
    expect(s.back()).toMatchObject({ stepIndex: 0, stepElapsedMs: 0 });
    expect(s.back()).toMatchObject({ stepIndex: 0 });
    s.next();
    s.next();
    expect(s.next().status).toBe("complete");
    expect(s.back()).toMatchObject({ status: "running", stepIndex: 2 });
  });

  it("moving while paused stays paused at the new step's start", () => {
    const c = fakeClock();
    const s = createPracticeSession({ timeline: buildTimeline(simple), clock: c.clock });
    s.start();
    c.advance(5_000);
    s.pause();
    expect(s.next()).toMatchObject({ status: "paused", stepIndex: 1, stepElapsedMs: 0 });
  });

  it("waits on a 'when you're ready' step until the person continues", () => {
    const c = fakeClock();
    const s = createPracticeSession({ timeline: buildTimeline({ ...simple, steps: [{ text: "a", seconds: 1 }, { text: "b" }, { text: "c", seconds: 1 }] }), clock: c.clock });
    s.start();
    c.advance(600_000);
    expect(s.read()).toMatchObject({ stepIndex: 1, stepRemainingMs: null, status: "running", remainingMs: 1_000 });
    expect(s.next()).toMatchObject({ stepIndex: 2 });
  });

  it("stop returns to the beginning", () => {
    const c = fakeClock();
    const s = createPracticeSession({ timeline: buildTimeline(simple), clock: c.clock });
    s.start();
    c.advance(15_000);
    expect(s.stop()).toMatchObject({ status: "idle", stepIndex: 0 });
  });

  it("restores saved progress paused, clamped to the practice", () => {
    const s = createPracticeSession({ timeline: buildTimeline(simple), clock: fakeClock().clock });
    expect(s.seek(1, 4_000)).toMatchObject({ status: "paused", stepIndex: 1, stepElapsedMs: 4_000 });
    expect(s.seek(99, 1e9)).toMatchObject({ stepIndex: 2, stepElapsedMs: 29_999 });
  });

  it("gives the breath of a breathing step from the breathing engine", () => {
    const c = fakeClock();
    const s = createPracticeSession({ timeline: buildTimeline({ ...simple, steps: [{ text: "b", seconds: 16, breathing: "box" }] }), clock: c.clock });
    s.start();
    c.advance(5_000);
    const b = s.read().breath!;
    expect(b.phase.kind).toBe("hold");
    expect(b.phaseRemainingMs).toBe(3_000);
    expect(b.level).toBe(1);
  });

  it("after 10 minutes of jittery frames every step and breath change is seen within one frame of exact", () => {
    const c = fakeClock();
    // 10 minutes: a breathing step and plain steps of awkward lengths.
    const practice: Practice = {
      ...simple,
      steps: [
        { text: "breathe", seconds: 190, breathing: "4-7-8" },
        ...Array.from({ length: 29 }, (_, i) => ({ text: `s${i}`, seconds: 13.7 + (i % 5) })),
      ],
    };
    const timeline = buildTimeline(practice);
    expect(timeline.timedMs).toBeGreaterThanOrEqual(600_000);
    const s = createPracticeSession({ timeline, clock: c.clock });
    const startMono = c.clock.now();
    s.start();
    const boundaries: number[] = [];
    let acc = 0;
    const breathStep = timeline.steps[0]!;
    const p = breathStep.breathing!;
    for (let k = 0; k * p.cycleMs < breathStep.ms!; k++) for (const ph of p.phases) boundaries.push(k * p.cycleMs + ph.startMs);
    boundaries.shift();
    for (const st of timeline.steps) {
      acc += st.ms!;
      boundaries.push(acc);
    }
    boundaries.pop(); // the end is "complete", not a change of step
    const seen: number[] = [];
    const keyOf = () => {
      const r = s.read();
      return `${r.stepIndex}:${r.breath ? `${r.breath.cycle}.${r.breath.phaseIndex}` : ""}`;
    };
    let last = keyOf();
    let frames = 0;
    while (s.read().status === "running") {
      frames++;
      c.advance(frames % 997 === 0 ? 250 : 16.7 + ((frames * 7919) % 11) / 10 - 0.5);
      if (s.read().status !== "running") break;
      const key = keyOf();
      if (key !== last) seen.push(c.clock.now() - startMono);
      last = key;
    }
    expect(c.clock.now() - startMono).toBeGreaterThanOrEqual(timeline.timedMs);
    expect(seen.length).toBe(boundaries.length);
    let stalls = 0;
    seen.forEach((t, i) => {
      const late = t - boundaries[i]!;
      expect(late).toBeGreaterThanOrEqual(0);
      if (late >= 16.7 + 0.5) stalls++;
      else expect(late).toBeLessThan(17.2);
    });
    expect(stalls).toBeLessThanOrEqual(Math.ceil(frames / 997));
  });

  it("at exactly 10 minutes the place is the same however often it was read", () => {
    const practice: Practice = { ...simple, steps: Array.from({ length: 40 }, (_, i) => ({ text: `s${i}`, seconds: 17.25, ...(i % 3 === 0 ? { breathing: "resonance" as const } : {}) })) };
    const timeline = buildTimeline(practice);
    const often = fakeClock();
    const rarely = fakeClock(9_999_999.123);
    const a = createPracticeSession({ timeline, clock: often.clock });
    const b = createPracticeSession({ timeline, clock: rarely.clock });
    a.start();
    b.start();
    for (let i = 0; i < 600_000 / 16; i++) {
      often.advance(16);
      a.read();
    }
    rarely.advance(600_000);
    const ra = a.read();
    const rb = b.read();
    expect(ra.stepIndex).toBe(rb.stepIndex);
    expect(Math.abs(ra.stepElapsedMs - rb.stepElapsedMs)).toBeLessThan(1e-6);
    expect(Math.abs(ra.remainingMs - (timeline.timedMs - 600_000))).toBeLessThan(1e-6);
  });

  it("two partners with the same start time see the same step at the same moment", () => {
    const timeline = buildTimeline(en.holdingBoth, { shared: true });
    // Different monotonic clocks, the same wall clock; one joins 47.3 s late.
    const me = fakeClock(100, 1_790_000_000_000);
    const partner = fakeClock(987_654.3, 1_790_000_000_000);
    const startAt = 1_790_000_005_000;
    const a = createPracticeSession({ timeline, clock: me.clock, startAt });
    const b = createPracticeSession({ timeline, clock: partner.clock, startAt });
    a.start();
    expect(a.read()).toMatchObject({ status: "waiting", waitMs: 5_000 });
    me.advance(47_300);
    partner.advance(47_300);
    b.start();
    for (let t = 0; t < 320_000; t += 250) {
      const ra = a.read();
      const rb = b.read();
      expect(rb.status).toBe(ra.status);
      expect(rb.stepIndex).toBe(ra.stepIndex);
      expect(Math.abs(rb.stepElapsedMs - ra.stepElapsedMs)).toBeLessThan(1e-6);
      expect(rb.breath?.phaseIndex).toBe(ra.breath?.phaseIndex);
      me.advance(250);
      partner.advance(250);
    }
    expect(a.read().status).toBe("complete");
  });

  it("a shared practice that is already over starts from the beginning now", () => {
    const c = fakeClock();
    const s = createPracticeSession({ timeline: buildTimeline(simple, { shared: true }), clock: c.clock, startAt: 1_790_000_000_000 - 3_600_000 });
    expect(s.start()).toMatchObject({ status: "running", stepIndex: 0, stepElapsedMs: 0 });
  });
});
