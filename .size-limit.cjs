// Size budgets (min+gzip, react and react-dom external, everything else bundled).
// Core's createPartsContext (every widget's Root-and-parts context, once) and
// lazyModule (every lazily loaded part) cost each widget 0.01–0.03 kB; the budgets that
// track measured sizes moved by that much.
// Checked in CI by `pnpm test`; each widget budget comes from its issue.
const external = ["react", "react-dom", "react/jsx-runtime", "react-dom/client"];
// Measured as a host's production build ships it: development warnings compiled out.
const production = (config) => ({ ...config, define: { ...config.define, "process.env.NODE_ENV": '"production"' } });
// Core loads framer-motion's animate with the first animation (a dynamic import, its own chunk
// in a host's bundle): first-load entries leave that chunk out; "with motion loaded" counts it.
// Nothing imports "framer-motion/dom/mini" statically (core's motion test checks it).
const lazyMotion = "framer-motion/dom/mini";
// Core's storage code loads with the first widget given a persist key (a dynamic import, its
// own chunk): first-load entries leave it out; "storage, loaded with a persist key" counts it.
const lazyStorage = "./lazy/core-storage-*";
// DateTimeField's picker (core's Dialog and the month grid) loads when a person reaches for the
// field's button (a dynamic import, its own chunk): first-load entries leave it out (else the
// measuring bundler, which does not split, wraps core's shared code for it);
// "date picker, loaded when opened" counts it.
const lazyPicker = "./lazy/core-date-picker-*";
const entry = (name, path, imp, limit) => ({ name, path, import: imp, limit, gzip: true, ignore: [...external, lazyMotion, lazyStorage, lazyPicker], modifyEsbuildConfig: production });
const css = (name, path, limit) => ({ name, path, limit, gzip: true });
const withMotion = (name, path, imp, limit) => ({ name: `${name}: with motion loaded`, path, import: imp, limit, gzip: true, ignore: [...external, lazyStorage, lazyPicker], modifyEsbuildConfig: production });

// core (issue 22): Button/Card/LiveRegion +0.2 kB for checked enum props with a development
// warning (warnOnce is shared with every widget, so a real page pays it once); Dialog +2.5 kB
// for framer-motion's documented mini `animate` in place of its internal WAAPI starter; logic
// +1.3 kB for hardened messages, clearing drafts and IsoDate/IsoTime validators.
module.exports = [
  // AttuneProvider measured 1252 B (1501 B before development warnings were compiled out of production builds).
  entry("@attune/core: AttuneProvider", "packages/core/dist/index.js", "{ AttuneProvider }", "1.3 kB"),
  entry("@attune/core: Button", "packages/core/dist/index.js", "{ Button }", "0.8 kB"),
  entry("@attune/core: Card", "packages/core/dist/index.js", "{ Card }", "0.75 kB"),
  entry("@attune/core: LiveRegion", "packages/core/dist/index.js", "{ LiveRegion, VisuallyHidden }", "0.9 kB"),
  entry("@attune/core: Dialog", "packages/core/dist/index.js", "{ Dialog, DialogTrigger, DialogContent, DialogTitle, DialogDescription, DialogClose }", "15.2 kB"),
  entry("@attune/core/logic: everything", "packages/core/dist/logic.js", "*", "4.9 kB"),
  // Measured 6.69 kB (0.44 kB less than before, with the same core: development warnings compiled out,
  // the root ref is core's composeRefs, Root hands its props to the hook as they are). With NeedsProfile
  // and NeedsHistory: 8.74 kB (0.6 kB less).
  entry("@attune/needs-spectrum: NeedsSpectrum", "packages/needs-spectrum/dist/index.js", "{ NeedsSpectrum }", "6.74 kB"),
  entry("@attune/needs-spectrum: NeedsSpectrum, NeedsProfile, NeedsHistory", "packages/needs-spectrum/dist/index.js", "{ NeedsSpectrum, NeedsProfile, NeedsHistory }", "8.8 kB"),
  // The review dialog loads when a person reaches for "Review and send" (a dynamic import chunk);
  // "review open" is that chunk with everything it uses (most of it already loaded by then).
  // Measured 15.00 kB (0.91 kB less than before, with the same core: the preview
  // shows the composer's own card without checking it again or carrying the card's replies, and the
  // review dialog waits for its code without React.lazy); issue 14 asks for 20 kB: met.
  { ...entry("@attune/reassurance-composer: ReassuranceComposer", "packages/reassurance-composer/dist/index.js", "{ ReassuranceComposer }", "15.05 kB"), ignore: [...external, lazyMotion, lazyStorage, lazyPicker, "./lazy/review-dialog-*"] },
  entry("@attune/reassurance-composer: ReassuranceComposer, review open", "packages/reassurance-composer/dist/lazy/review-dialog-*.js", "*", "16.71 kB"),
  // The plan dialog and the calendar export load when a person acts (dynamic import chunks, each with
  // its strings); "dialog open" and "export" are each chunk with everything it uses (most of it already loaded by then).
  // Measured 14.33 kB (was 18.97 kB: about 2.5 kB of that was the calendar writer, counted because its import sat in a
  // shared chunk; about 1.4 kB less code: the dialog's and export's strings load with them); issue 14 asks for 22 kB: met.
  { ...entry("@attune/ritual-planner: RitualPlanner", "packages/ritual-planner/dist/index.js", "{ RitualPlanner }", "14.4 kB"), ignore: [...external, lazyMotion, lazyStorage, lazyPicker, "./lazy/plan-form-*", "./lazy/ics-*"] },
  entry("@attune/ritual-planner: RitualPlanner, dialog open", "packages/ritual-planner/dist/lazy/plan-form-*.js", "*", "22.25 kB"),
  entry("@attune/ritual-planner: RitualPlanner, export", "packages/ritual-planner/dist/lazy/ics-export-*.js", "*", "6.35 kB"),
  entry("@attune/ritual-planner/logic: everything", "packages/ritual-planner/dist/logic.js", "*", "10 kB"),
  // The logic entry now carries the SpectrumPosition validator and strict history dates.
  entry("@attune/needs-spectrum/logic: everything", "packages/needs-spectrum/dist/logic.js", "*", "2.22 kB"),
  entry("@attune/ritual-planner/ics: everything", "packages/ritual-planner/dist/ics.js", "*", "6.4 kB"),
  entry("@attune/breathing/engine: everything", "packages/breathing/dist/engine.js", "*", "3 kB"),
  entry("@attune/breathing/logic: everything", "packages/breathing/dist/logic.js", "*", "3 kB"),
  // Measured 8.34 kB (9.61 kB before this round's cuts: development warnings compiled out, the shape on core's light
  // startAnimation, core's logic no longer bundled twice). Its old budget, 8 kB, was set before the widget contract (a
  // public session hook and parts), the design pass (three visuals, the summary and guidance) and shared starts, sound and
  // vibration; its own code is 6 kB of it (session hook 2, engine 1.5, parts 1.7, English copy 0.8), core 2.2.
  entry("@attune/breathing: BreathingGuide", "packages/breathing/dist/index.js", "{ BreathingGuide }", "8.4 kB"),
  // The deck without question text: questions come from the per-locale entries below.
  // The card's motion (with core's animation helper) loads with the first card change and the code
  // that builds a sent question with the first send (dynamic import chunks, warmed when a person
  // reaches for the draw button, the card or the note); "card motion" and "sending" are those chunks
  // with what they use. Measured 7.99 kB (was 9.41 kB); issue 16 asks for 8 kB: met, by a few bytes.
  { ...entry("@attune/curiosity-deck: CuriosityDeck", "packages/curiosity-deck/dist/index.js", "{ CuriosityDeck }", "8 kB"), ignore: [...external, lazyMotion, lazyStorage, lazyPicker, "./lazy/card-motion-*", "./lazy/sent-question-*"] },
  entry("@attune/curiosity-deck: CuriosityDeck, card motion", "packages/curiosity-deck/dist/lazy/card-motion-*.js", "*", "1.2 kB"),
  entry("@attune/curiosity-deck: CuriosityDeck, sending", "packages/curiosity-deck/dist/lazy/sent-question-*.js", "*", "0.66 kB"),
  entry("@attune/curiosity-deck/logic: everything", "packages/curiosity-deck/dist/logic.js", "*", "2.75 kB"),
  entry("@attune/curiosity-deck/questions/en", "packages/curiosity-deck/dist/questions/en.js", "*", "3.5 kB"),
  entry("@attune/curiosity-deck/questions/es", "packages/curiosity-deck/dist/questions/es.js", "*", "4 kB"),
  entry("@attune/curiosity-deck/questions/ar", "packages/curiosity-deck/dist/questions/ar.js", "*", "4.5 kB"),
  // A broken practice's problem in words (for onError) loads with the first broken practice (a dynamic import chunk);
  // "broken practice reported" is that chunk. What a running session needs (the session clock and breath timing, the
  // frame loop and the actions' work, the step text and its motion, breath, the session's controls, audio and
  // words) loads when a person reaches for Begin (pointer over, focus, pointer down) or at mount when a session must run
  // at once (a running status, a shared start, saved progress); "session" is that chunk with everything it uses.
  // Saved progress (reading and writing it through the provider's storage) loads at mount only with a persistKey;
  // "saved progress" is that chunk with core's guarded storage. Measured 7.96 kB (11.66 kB before the session was
  // split out, 8.69 kB before saved progress was): the idle player, core about 2.6, validator rules 0.95, parts 2.0,
  // hook 1.5, English idle words 0.35, step lengths 0.3. The progress bar stays in the first load (0.23 kB): shown
  // from the start, it keeps Begin where it is when a session starts. Issue 20 asks for 8 kB: met.
  { ...entry("@attune/guided-practice: GuidedPractice", "packages/guided-practice/dist/index.js", "{ GuidedPractice }", "8 kB"), ignore: [...external, lazyMotion, lazyStorage, lazyPicker, "./lazy/practice-problems-*", "./lazy/session-*", "./lazy/persist-*"] },
  entry("@attune/guided-practice: GuidedPractice, broken practice reported", "packages/guided-practice/dist/lazy/practice-problems-*.js", "*", "0.82 kB"),
  entry("@attune/guided-practice: GuidedPractice, session", "packages/guided-practice/dist/lazy/session-*.js", "*", "6.3 kB"),
  entry("@attune/guided-practice: GuidedPractice, saved progress", "packages/guided-practice/dist/lazy/persist-*.js", "*", "2.1 kB"),
  entry("@attune/guided-practice/logic: everything", "packages/guided-practice/dist/logic.js", "*", "4.5 kB"),
  // The picture, the week's plan and the changes since last time load with the first need or an earlier audit (a dynamic
  // import chunk); "first need" is that chunk with everything it uses. Measured 9.61 kB (was 11.04 kB); issue 15 asks for 10 kB: met.
  { ...entry("@attune/village-audit: VillageAudit", "packages/village-audit/dist/index.js", "{ VillageAudit }", "9.7 kB"), ignore: [...external, lazyMotion, lazyStorage, lazyPicker, "./later-parts-*"] },
  entry("@attune/village-audit: VillageAudit, first need", "packages/village-audit/dist/lazy/later-parts-*.js", "*", "2.65 kB"),
  entry("@attune/village-audit/logic: everything", "packages/village-audit/dist/logic.js", "*", "2 kB"),
  // NeedsSpectrum is a dynamic import, paid only when a set has a lean step; what an open set shows (a step's
  // answer field, hints and share switch, the summary's answers and preview) and useReflection's sharing (the
  // partner check, the preview and its text, sending: files of their own, so a host's bundler leaves them out
  // too) load when a set first opens ("set open" is that chunk with what it uses, measured 3.54 kB, was 2.72).
  // Measured 8.9 kB (8895 B; 9.42 kB before); issue 18 asks for 9 kB: met (core about 2.9, English copy 1.8,
  // parts 1.5, hook 1.4, logic 1.15; every word stays, so useReflection's t answers every key at once).
  { ...entry("@attune/reflection: Reflection", "packages/reflection/dist/index.js", "{ Reflection }", "8.95 kB"), ignore: [...external, lazyMotion, lazyStorage, lazyPicker, "@attune/needs-spectrum", "./set-body-*"] },
  { ...entry("@attune/reflection: Reflection, set open", "packages/reflection/dist/lazy/set-body-*.js", "*", "3.59 kB"), ignore: [...external, lazyMotion, lazyStorage, lazyPicker, "@attune/needs-spectrum"] },
  entry("@attune/reflection/logic: everything", "packages/reflection/dist/logic.js", "*", "2.5 kB"),
  // The picture's motion (and core's animation helper) loads with the first picture drawn under
  // full motion (a dynamic import chunk); "picture motion" is that chunk with everything it uses.
  // Measured 9.41 kB: issue 19's 10 kB holds (core's storage now loads with a persist key).
  { ...entry("@attune/loop-map: LoopMap", "packages/loop-map/dist/index.js", "{ LoopMap }", "10 kB"), ignore: [...external, lazyMotion, lazyStorage, lazyPicker, "./lazy/loop-motion-*"] },
  entry("@attune/loop-map: LoopMap, picture motion", "packages/loop-map/dist/lazy/loop-motion-*.js", "*", "2 kB"),
  entry("@attune/loop-map/logic: everything", "packages/loop-map/dist/logic.js", "*", "1.5 kB"),
  // A marked place's words and intensity, the next steps and the change since last time load with the first mark
  // (a dynamic import chunk); "place marked" is that chunk with everything it uses. Measured 9.76 kB (was 10.91 kB; core's Button, not a copy of it); issue 17 asks for 10 kB: met.
  { ...entry("@attune/body-check-in: BodyCheckIn", "packages/body-check-in/dist/index.js", "{ BodyCheckIn }", "9.8 kB"), ignore: [...external, lazyMotion, lazyStorage, lazyPicker, "./marked-parts-*"] },
  entry("@attune/body-check-in: BodyCheckIn, place marked", "packages/body-check-in/dist/lazy/marked-parts-*.js", "*", "3.12 kB"),
  entry("@attune/body-check-in/logic: everything", "packages/body-check-in/dist/logic.js", "*", "2 kB"),
  // The umbrella: everything at once, and one widget through it (tree-shaking must hold).
  // Measured 106.8 kB for all ten widgets, every part, storage and lazily loaded chunk (104.4 before GuidedPractice's
  // session and saved progress and Reflection's sharing became chunks: their hand-offs and GuidedPractice's idle step
  // lengths cost about 2.4 kB here, where nothing is left for later); issue 14's 40 kB goal was set for the first four
  // widgets, measured by the entry after this one.
  { ...entry("@attune/react: everything", "packages/react/dist/index.js", "*", "106.9 kB"), ignore: [...external, lazyMotion] },
  // Issue 14: the first four widgets and their companions through the umbrella, first load (the
  // review dialog, plan dialog, calendar writer, storage and motion load when a person acts).
  // Measured 38.2 kB (43.97 kB before this round: spectrum 6.7, composer 15.0, planner 14.3 and breathing 8.3 kB alone,
  // core shared once); the goal is 40 kB: met, and this budget is the goal.
  {
    ...entry("@attune/react: the first four widgets", "packages/react/dist/index.js", "{ NeedsSpectrum, NeedsProfile, NeedsHistory, ReassuranceComposer, ReassuranceCard, RitualPlanner, BreathingGuide }", "40 kB"),
    ignore: [...external, lazyMotion, lazyStorage, lazyPicker, "./lazy/plan-form-*", "./lazy/ics-*", "./lazy/review-dialog-*"],
  },
  // What a widget adds once it is given a persist key (the guarded storage, adapters, parsing).
  entry("@attune/core: storage, loaded with a persist key", "packages/core/dist/lazy/core-storage-*.js", "*", "2 kB"),
  entry("@attune/core: date picker, loaded when opened", "packages/core/dist/lazy/core-date-picker-dialog-*.js", "*", "15 kB"),
  entry("@attune/react: NeedsSpectrum only", "packages/react/dist/index.js", "{ NeedsSpectrum }", "8.0 kB"),
  entry("@attune/react/locales/ar", "packages/react/dist/locales/ar.js", "*", "14.9 kB"),
  entry("@attune/react/locales/es", "packages/react/dist/locales/es.js", "*", "12.0 kB"),
  // The same widgets once the first animation has loaded framer-motion's animate (held at their measured size).
  withMotion("@attune/core: Dialog", "packages/core/dist/index.js", "{ Dialog, DialogTrigger, DialogContent, DialogTitle, DialogDescription, DialogClose }", "18.2 kB"),
  withMotion("@attune/breathing: BreathingGuide", "packages/breathing/dist/index.js", "{ BreathingGuide }", "14.05 kB"),
  withMotion("@attune/curiosity-deck: CuriosityDeck", "packages/curiosity-deck/dist/index.js", "{ CuriosityDeck }", "14.8 kB"),
  { ...withMotion("@attune/reassurance-composer: ReassuranceComposer", "packages/reassurance-composer/dist/index.js", "{ ReassuranceComposer }", "20.64 kB"), ignore: [...external, lazyStorage, lazyPicker, "./lazy/review-dialog-*"] },
  // GuidedPractice animates only in a session: its motion comes with the session chunk, counted here (was 17.3 kB
  // before the session was split out; the measuring bundler wraps the modules the chunk shares with the first load).
  { ...withMotion("@attune/guided-practice: GuidedPractice", "packages/guided-practice/dist/index.js", "{ GuidedPractice }", "18.7 kB"), ignore: [...external, lazyStorage, lazyPicker, "./lazy/practice-problems-*", "./lazy/persist-*"] },
  { ...withMotion("@attune/village-audit: VillageAudit", "packages/village-audit/dist/index.js", "{ VillageAudit }", "9.7 kB"), ignore: [...external, lazyStorage, lazyPicker, "./later-parts-*"] },
  // Stylesheets (issue 14): each package's styles.css as a host's bundler ships it (minified,
  // gzip). A widget's own sheet stays within 2.5 kB; core's tokens and shared parts too; the
  // umbrella's single sheet holds every package's rules.
  ...["core", "needs-spectrum", "reassurance-composer", "ritual-planner", "breathing", "village-audit", "curiosity-deck", "body-check-in", "reflection", "loop-map", "guided-practice"].map((p) => css(`@attune/${p}: styles.css`, `packages/${p}/dist/styles.css`, "2.5 kB")),
  css("@attune/react: styles.css (every widget)", "packages/react/dist/styles.css", "13 kB"),
];
