// Size budgets (min+gzip, react and react-dom external, everything else bundled).
// Checked in CI by `pnpm test`; each widget budget comes from its issue.
const external = ["react", "react-dom", "react/jsx-runtime", "react-dom/client"];
const entry = (name, path, imp, limit) => ({ name, path, import: imp, limit, gzip: true, ignore: external });

module.exports = [
  entry("@attune/core: AttuneProvider", "packages/core/dist/index.js", "{ AttuneProvider }", "1.5 kB"),
  entry("@attune/core: Button", "packages/core/dist/index.js", "{ Button }", "0.6 kB"),
  entry("@attune/core: Card", "packages/core/dist/index.js", "{ Card }", "0.6 kB"),
  entry("@attune/core: LiveRegion", "packages/core/dist/index.js", "{ LiveRegion, VisuallyHidden }", "0.7 kB"),
  entry("@attune/core: Dialog", "packages/core/dist/index.js", "{ Dialog, DialogTrigger, DialogContent, DialogTitle, DialogDescription, DialogClose }", "12.5 kB"),
  entry("@attune/core/logic: everything", "packages/core/dist/logic.js", "*", "3.5 kB"),
  entry("@attune/needs-spectrum: NeedsSpectrum", "packages/needs-spectrum/dist/index.js", "{ NeedsSpectrum }", "9 kB"),
  // The logic entry now carries the SpectrumPosition validator and strict history dates.
  entry("@attune/needs-spectrum/logic: everything", "packages/needs-spectrum/dist/logic.js", "*", "2.5 kB"),
  entry("@attune/reassurance-composer: ReassuranceComposer", "packages/reassurance-composer/dist/index.js", "{ ReassuranceComposer }", "22 kB"),
  entry("@attune/ritual-planner: RitualPlanner", "packages/ritual-planner/dist/index.js", "{ RitualPlanner }", "28 kB"),
  entry("@attune/ritual-planner/ics: everything", "packages/ritual-planner/dist/ics.js", "*", "6.4 kB"),
  entry("@attune/breathing/engine: everything", "packages/breathing/dist/engine.js", "*", "3 kB"),
  entry("@attune/breathing/logic: everything", "packages/breathing/dist/logic.js", "*", "3 kB"),
  entry("@attune/breathing: BreathingGuide", "packages/breathing/dist/index.js", "{ BreathingGuide }", "8 kB"),
  // The umbrella: everything at once, and one widget through it (tree-shaking must hold).
  entry("@attune/react: everything", "packages/react/dist/index.js", "*", "50 kB"),
  entry("@attune/react: NeedsSpectrum only", "packages/react/dist/index.js", "{ NeedsSpectrum }", "7 kB"),
  entry("@attune/react/locales/ar", "packages/react/dist/locales/ar.js", "*", "6.6 kB"),
  entry("@attune/react/locales/es", "packages/react/dist/locales/es.js", "*", "5.3 kB"),
];
