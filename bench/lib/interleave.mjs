// The one harness every comparison in the bench goes through: subjects take turns, round
// after round, and each round starts with a different subject, so neither order nor a noisy
// minute on a shared machine favours one of them. Each subject is warmed up first.

/**
 * @template T
 * @param {{ id: string, sample: () => T | Promise<T>, warm?: () => unknown }[]} subjects
 * @param {{ rounds: number, warmups?: number, onSample?: (id: string, value: T, round: number) => void }} options
 * @returns {Promise<Record<string, T[]>>} every subject's samples, in round order
 */
export async function interleaved(subjects, { rounds, warmups = 1, onSample } = {}) {
  const samples = Object.fromEntries(subjects.map((s) => [s.id, []]));
  for (const s of subjects) for (let i = 0; i < warmups; i++) await (s.warm ?? s.sample)();
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < subjects.length; k++) {
      const s = subjects[(round + k) % subjects.length];
      const value = await s.sample();
      samples[s.id].push(value);
      onSample?.(s.id, value, round);
    }
  }
  return samples;
}

/** Milliseconds per call of `fn`, over `batch` calls in a row. */
export function timeCalls(fn, batch = 1) {
  const t0 = performance.now();
  for (let i = 0; i < batch; i++) fn();
  return (performance.now() - t0) / batch;
}
