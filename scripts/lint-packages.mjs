// publint --strict and attw (are the types wrong) on every package's packed form.
import { readdirSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

let passed = 0;
let failed = 0;
for (const dir of readdirSync("packages")) {
  const cwd = `packages/${dir}`;
  if (!existsSync(`${cwd}/package.json`)) continue;
  for (const [name, cmd, args] of [
    ["publint", "npx", ["publint", "--strict", "--pack", "npm", cwd]],
    // ESM-only consumers with node10 resolution cannot see subpath exports; that profile is not ours to serve.
    ["attw", "npx", ["attw", "--pack", cwd, "--profile", "node16", "--format", "table-flipped", "--exclude-entrypoints", "styles.css", "styles.layer.css"]],
  ]) {
    const r = spawnSync(cmd, args, { encoding: "utf8" });
    const ok = r.status === 0;
    if (ok) passed++;
    else failed++;
    console.log(`${ok ? "ok  " : "FAIL"} ${name} @attune/${dir}`);
    if (!ok) console.log((r.stdout ?? "") + (r.stderr ?? ""));
  }
}
console.log(`packages: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
