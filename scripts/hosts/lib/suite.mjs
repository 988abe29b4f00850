// A tiny runner: named checks, run in order, each timed; a failure is recorded and the
// run goes on, so one report shows everything that is wrong.
export function createSuite() {
  const results = [];
  async function check(name, fn) {
    const start = Date.now();
    try {
      const value = await fn();
      const ms = Date.now() - start;
      results.push({ name, ok: true, ms });
      console.log(`  ✔ ${name} (${(ms / 1000).toFixed(1)} s)`);
      return value;
    } catch (err) {
      const ms = Date.now() - start;
      results.push({ name, ok: false, ms, error: err });
      const message = String(err?.message ?? err).split("\n").map((l, i) => (i ? `      ${l}` : l)).join("\n");
      console.log(`  ✘ ${name} (${(ms / 1000).toFixed(1)} s)\n      ${message}`);
      return undefined;
    }
  }
  /** A check that cannot run because what it needs failed earlier: counted as failed. */
  function blocked(name, reason) {
    results.push({ name, ok: false, ms: 0, error: new Error(reason) });
    console.log(`  ✘ ${name}\n      not run: ${reason}`);
  }
  return { check, blocked, results };
}
