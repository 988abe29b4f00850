// What the bench measures: Attune's public entries (from the built packages/*/dist) and
// the peer libraries a host would otherwise reach for.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const OUT = join(ROOT, "bench", "out");

export const WIDGETS = [
  { dir: "needs-spectrum", pkg: "@attune/needs-spectrum", name: "NeedsSpectrum" },
  { dir: "reassurance-composer", pkg: "@attune/reassurance-composer", name: "ReassuranceComposer" },
  { dir: "ritual-planner", pkg: "@attune/ritual-planner", name: "RitualPlanner" },
  { dir: "breathing", pkg: "@attune/breathing", name: "BreathingGuide" },
];

/** Widgets measured for size only (the timing sections cover the first four). */
export const SIZE_WIDGETS = [
  ...WIDGETS,
  { dir: "village-audit", pkg: "@attune/village-audit", name: "VillageAudit" },
  { dir: "curiosity-deck", pkg: "@attune/curiosity-deck", name: "CuriosityDeck" },
  { dir: "body-check-in", pkg: "@attune/body-check-in", name: "BodyCheckIn" },
  { dir: "reflection", pkg: "@attune/reflection", name: "Reflection" },
  { dir: "loop-map", pkg: "@attune/loop-map", name: "LoopMap" },
  { dir: "guided-practice", pkg: "@attune/guided-practice", name: "GuidedPractice" },
];

// Every package the umbrella re-exports must be in the snapshot, or "everything" cannot build.
export const PACKAGES = ["core", ...SIZE_WIDGETS.map((w) => w.dir), "react"];

/**
 * The bench measures a snapshot of the built packages, copied at the start of the run to
 * bench/out/snapshot/node_modules/@attune/<name>/ (package.json and dist), so a package
 * rebuilt while the bench runs cannot be measured half-written. Bare imports from the
 * snapshot resolve as in a host app: @attune/* beside it, everything else (react,
 * framer-motion, @radix-ui/react-dialog) from the repository's node_modules further up.
 */
export const SNAPSHOT_MODULES = join(OUT, "snapshot", "node_modules");
const SNAPSHOT = join(SNAPSHOT_MODULES, "@attune");

export const distFile = (dir, file = "index.js") => join(SNAPSHOT, dir, "dist", file);

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Copies every package's dist into the snapshot. A dist that changes during the copy, or
 * has an index.js without its styles.css (a build in progress), is copied again after a
 * pause, up to `tries` times. Returns the packages that had no dist.
 */
export async function snapshotPackages(log = () => {}, tries = 20) {
  rmSync(join(OUT, "snapshot"), { recursive: true, force: true });
  const missing = [];
  for (const name of PACKAGES) {
    const src = join(ROOT, "packages", name);
    const dest = join(SNAPSHOT, name);
    for (let attempt = 1; ; attempt++) {
      const before = newestMtime(join(src, "dist"));
      const complete = existsSync(join(src, "dist", "index.js")) && existsSync(join(src, "dist", "styles.css"));
      rmSync(dest, { recursive: true, force: true });
      mkdirSync(dest, { recursive: true });
      cpSync(join(src, "package.json"), join(dest, "package.json"));
      if (existsSync(join(src, "dist"))) cpSync(join(src, "dist"), join(dest, "dist"), { recursive: true });
      const steady = complete && newestMtime(join(src, "dist")) === before && Date.now() - before > 2000;
      if (steady) break;
      if (attempt >= tries) {
        if (!complete) missing.push(name);
        log(`  snapshot ${name}: ${complete ? "still changing; copied as is" : "no complete dist"}`);
        break;
      }
      await new Promise((r) => setTimeout(r, 3000));
    }
  }
  return missing;
}

/** The names a built dist entry exports (read from its final `export { … }` statement). */
export function distExports(dir, file = "index.js") {
  const path = distFile(dir, file);
  if (!existsSync(path)) return new Set();
  const src = readFileSync(path, "utf8");
  const names = new Set();
  for (const m of src.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(",")) {
      const bits = part.trim().split(/\s+as\s+/);
      const name = (bits[1] ?? bits[0]).trim();
      if (name) names.add(name);
    }
  }
  for (const m of src.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z0-9_$]+)/g)) {
    names.add(m[1]);
  }
  return names;
}

/** True when the widget's built entry exists and exports its component. */
export function widgetAvailable(w) {
  return distExports(w.dir).has(w.name);
}

/** Bundle-size rows: [label, group, entry source resolved from the repo root]. */
export function sizeTargets() {
  const rel = (dir, file = "index.js") => distFile(dir, file).replaceAll("\\", "/");
  const rows = [
    {
      label: "@attune/core: AttuneProvider",
      group: "attune",
      source: `export { AttuneProvider } from "${rel("core")}";`,
      available: distExports("core").has("AttuneProvider"),
      css: distFile("core", "styles.css"),
    },
    ...SIZE_WIDGETS.map((w) => ({
      label: `${w.pkg}: ${w.name}`,
      group: "attune",
      source: `export { ${w.name} } from "${rel(w.dir)}";`,
      available: widgetAvailable(w),
      css: distFile(w.dir, "styles.css"),
    })),
    {
      label: "@attune/react: everything",
      group: "attune",
      source: `export * from "${rel("react")}";`,
      available: existsSync(distFile("react")),
      note: SIZE_WIDGETS.every(widgetAvailable)
        ? undefined
        : `built without ${SIZE_WIDGETS.filter((w) => !widgetAvailable(w)).map((w) => w.name).join(", ")}`,
      css: distFile("react", "styles.css"),
    },
    {
      label: "@radix-ui/react-slider: Root, Track, Range, Thumb",
      group: "peer",
      source: `export { Root, Track, Range, Thumb } from "@radix-ui/react-slider";`,
      available: true,
    },
    {
      label: "@radix-ui/react-dialog: all parts",
      group: "peer",
      source: `export * from "@radix-ui/react-dialog";`,
      available: true,
    },
    {
      label: "framer-motion: motion",
      group: "peer",
      source: `export { motion } from "framer-motion";`,
      available: true,
    },
    {
      label: "ics: createEvent",
      group: "peer",
      source: `export { createEvent } from "ics";`,
      available: true,
    },
  ];
  return rows;
}
