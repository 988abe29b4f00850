// What the bench measures: Attune's public entries (from the built packages/*/dist) and
// the peer libraries a host would otherwise reach for.
import { existsSync, readFileSync } from "node:fs";
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

export const distFile = (dir, file = "index.js") => join(ROOT, "packages", dir, "dist", file);

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
  const rel = (dir, file = "index.js") => `./packages/${dir}/dist/${file}`;
  const rows = [
    {
      label: "@attune/core: AttuneProvider",
      group: "attune",
      source: `export { AttuneProvider } from "${rel("core")}";`,
      available: distExports("core").has("AttuneProvider"),
    },
    ...WIDGETS.map((w) => ({
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
      note: WIDGETS.every(widgetAvailable)
        ? undefined
        : `built without ${WIDGETS.filter((w) => !widgetAvailable(w)).map((w) => w.name).join(", ")}`,
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
