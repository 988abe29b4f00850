// Soft tones at phase changes through Web Audio: never the only cue, never an error.
import type { PhaseKind } from "./engine";

const TONES: Record<PhaseKind, number> = { inhale: 392, topUp: 440, hold: 330, exhale: 294, holdOut: 262 };

/** An audio context, or undefined where Web Audio is missing or refused. */
export function createAudio(): AudioContext | undefined {
  try {
    return typeof AudioContext === "function" ? new AudioContext() : undefined;
  } catch {
    return undefined;
  }
}

/** A short sine tone for the phase, fading in and out. */
export function playTone(ctx: AudioContext, kind: PhaseKind): void {
  try {
    const t = ctx.currentTime;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = "sine";
    osc.frequency.value = TONES[kind];
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.08, t + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.35);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + 0.4);
  } catch {
    // A blocked or closed audio context simply means no tone; the visuals and text remain.
  }
}
