// Turns bench results into the Markdown tables printed by `pnpm bench` and kept in
// bench/README.md.

const NA = "not available";

const kb = (b) => (Number.isFinite(b) ? `${(b / 1000).toFixed(1)} kB` : "–");
const ms = (s, d = 2) =>
  s && Number.isFinite(s.median) ? `${s.median.toFixed(d)} ms (${s.min.toFixed(d)}–${s.max.toFixed(d)})` : "–";
const msn = (v) => `${v.toFixed(v < 1 ? 3 : v < 10 ? 2 : 1)} ms`;
const num = (s, d = 0) => (s && Number.isFinite(s.median) ? `${s.median.toFixed(d)} (${s.min.toFixed(d)}–${s.max.toFixed(d)})` : "–");
const esc = (text) => String(text).replaceAll("|", "\\|").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

function table(head, rows) {
  const line = (cells) => `| ${cells.map(esc).join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

const unavailable = (label, note, width) => [label, note && !note.includes(NA) ? `${NA}: ${note}` : note || NA, ...Array(width - 2).fill("")];

/** Attune ÷ peer, e.g. "0.61×"; "–" when either side is missing. */
export const ratio = (attune, peer) => (Number.isFinite(attune) && Number.isFinite(peer) && peer > 0 ? `${(attune / peer).toFixed(2)}×` : "–");

/**
 * One row per widget and measure: the peer a host would otherwise use, both numbers from
 * the same run, and the ratio (below 1× means Attune is smaller or faster).
 */
export function peerRows(r) {
  const size = (prefix) => r.size?.find((x) => x.available && x.label.startsWith(prefix))?.gzip;
  const anim = (id) => r.browser?.animation?.find((x) => x.id === id && x.available)?.msPerFrame?.median;
  const keys = (id) => r.browser?.latency?.find((x) => x.id === id && x.available)?.p50?.median;
  const ssr = (prefix) => r.node?.ssr?.find((x) => x.available && x.label.startsWith(prefix))?.ms?.median;
  const p = r.node?.planner;
  const rows = [
    ["NeedsSpectrum", "@radix-ui/react-slider", "min+gzip", size("@attune/needs-spectrum"), size("@radix-ui/react-slider"), kb],
    ["NeedsSpectrum", "@radix-ui/react-slider", "keypress to next frame, p50", keys("slider-needs"), keys("slider-radix"), msn],
    ["NeedsSpectrum", "@radix-ui/react-slider", "renderToString", ssr("NeedsSpectrum"), ssr("@radix-ui/react-slider"), msn],
    ["BreathingGuide", "a CSS keyframe animation", "main thread per frame", anim("anim-breathing"), anim("anim-css"), msn],
    ["BreathingGuide", "framer-motion (motion)", "min+gzip", size("@attune/breathing"), size("framer-motion"), kb],
    ["RitualPlanner", "ics (createEvents)", "ICS export of 1,000 rituals, Node", p?.available ? p.icsMs?.median : undefined, p?.icsPeer?.ms?.median, msn],
    ["RitualPlanner", "ics (createEvent)", "min+gzip", size("@attune/ritual-planner"), size("ics"), kb],
    ["ReassuranceComposer", "@radix-ui/react-dialog", "min+gzip", size("@attune/reassurance-composer"), size("@radix-ui/react-dialog"), kb],
  ];
  return rows
    .filter(([, , , a, b]) => a !== undefined || b !== undefined)
    .map(([widget, peer, measure, a, b, fmt]) => [widget, peer, measure, Number.isFinite(a) ? fmt(a) : NA, Number.isFinite(b) ? fmt(b) : NA, ratio(a, b)]);
}

const BEGIN = "<!-- bench:table:begin -->";
const END = "<!-- bench:table:end -->";

/** `text` with everything between the bench markers replaced by `table`; null without markers. */
export function replaceBetweenMarkers(text, table) {
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  if (a === -1 || b === -1 || b < a) return null;
  return `${text.slice(0, a + BEGIN.length)}\n${table.trimEnd()}\n\n${text.slice(b)}`;
}

export function renderTables(r) {
  const out = [];
  out.push(`Measured ${r.date.slice(0, 16).replace("T", " ")} UTC at ${r.commit} on ${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}` +
    `${Number.isFinite(r.machine.loadAverage) ? ` (load average ${r.machine.loadAverage} at the start)` : ""}` +
    `${r.browser?.chromium ? `, Chromium ${r.browser.chromium}` : ""}${r.options.quick ? " (quick run: fewer repetitions)" : ""}. ` +
    "Timings: median of the repetitions (min–max).");

  const peers = peerRows(r);
  if (peers.length) {
    out.push("\n### Next to what a host would otherwise use\n\nEach widget beside the library a host would reach for instead, measured in the same run by the same interleaved harness; ratio is Attune ÷ peer (below 1× means smaller or faster). Details in the tables below.\n");
    out.push(table(["Widget", "Peer", "Measure", "Attune", "Peer", "Ratio"], peers));
  }

  if (r.size) {
    out.push("\n### Bundle size\n\nEach entry bundled by esbuild, minified, react and react-dom external, every other dependency included. Budgets are enforced by size-limit in CI, not here (size-limit subtracts about 46 bytes of empty-bundle overhead).\n");
    out.push(
      table(
        ["Entry", "min", "min+gzip", "min+brotli", "CSS gzip", "budget (size-limit, min+gzip)"],
        r.size.map((row) =>
          row.available
            ? [
                `${row.group === "peer" ? "peer: " : ""}${row.label}${row.note ? ` (${row.note})` : ""}`,
                kb(row.min),
                kb(row.gzip),
                kb(row.brotli),
                kb(row.cssGzip),
                row.budget ?? "–",
              ]
            : unavailable(row.label, row.note, 6),
        ),
      ),
    );
  }

  const b = r.browser;
  if (b) {
    if (!b.available) out.push(`\n### In Chromium\n\n${NA}: ${b.note}`);
    else {
      const a = b.animation;
      const w = a.find((x) => x.available);
      out.push(
        `\n### Animating in Chromium\n\nMain-thread time per frame from a Chrome trace (top-level tasks on the page's main thread ÷ frames), ` +
          `${r.options.animReps} alternating windows of ${r.options.animSeconds} s each; long tasks from PerformanceObserver in the same windows.\n`,
      );
      out.push(
        table(
          ["Subject", "main thread per frame", "frames per window", "frame interval p95", "long tasks per window"],
          a.map((x) =>
            x.available
              ? [
                  `${x.label}${x.runningAnimations?.some((c) => c === 0) ? " (no running animation in some windows)" : ""}`,
                  ms(x.msPerFrame, 3),
                  num(x.frames),
                  ms(x.frameIntervalP95, 1),
                  num(x.longTasks),
                ]
              : unavailable(x.label, x.note, 5),
          ),
        ),
      );
      if (!w) out.push("");
      out.push(
        `\n### Keyboard latency in Chromium\n\nKeydown to the end of the next frame, ${r.options.latencyRounds} rounds × ${r.options.pressesPerRound} arrow presses per slider, rounds interleaved; p50 and p95 per round; main-thread time per press from a trace of each round.\n`,
      );
      out.push(
        table(
          ["Slider", "p50", "p95", "main thread per press"],
          b.latency.map((x) => (x.available ? [x.label, ms(x.p50), ms(x.p95), ms(x.mainThreadPerPress)] : unavailable(x.label, x.note, 4))),
        ),
      );
    }
  }

  const n = r.node;
  if (n || b?.available) {
    out.push("\n### RitualPlanner with 1,000 rituals\n");
    const p = n?.planner;
    const rows = [];
    const pb = b?.available ? b.planner : null;
    if (pb) {
      if (pb.available) {
        rows.push(["Agenda render, RitualPlanner in Chromium (render, commit, layout)", ms(pb.renderMs, 1), pb.info ?? ""]);
        if (pb.nextWeekMs) rows.push(["Next week pressed, RitualPlanner in Chromium (render, commit, layout)", ms(pb.nextWeekMs, 1), `goal under ${pb.goals?.nextWeekMs ?? 16} ms (one frame)`]);
        rows.push(["ICS export of every ritual in Chromium (writeIcs + Blob)", ms(pb.icsMs, 1), ""]);
      } else rows.push(unavailable("RitualPlanner in Chromium", pb.note, 3));
    }
    if (p?.available) {
      rows.push(["Agenda data, two weeks (buildAgenda, Node)", ms(p.agendaMs, 1), `${p.occurrences} occurrences`]);
      rows.push(["ICS export of every ritual (writeIcs, Node)", ms(p.icsMs, 1), `${kb(p.icsBytes)}, VTIMEZONE, RRULE, EXDATE, VALARM`]);
      rows.push(
        p.icsPeer.available
          ? ["peer: ics createEvents, same rituals (Node)", ms(p.icsPeer.ms, 1), `${kb(p.icsPeer.bytes)}, floating local times, no VTIMEZONE or EXDATE`]
          : unavailable("peer: ics createEvents", p.icsPeer.note, 3),
      );
    } else if (p) rows.push(unavailable("Agenda data and ICS export", p.note, 3));
    out.push(table(["Task", "Time", "Notes"], rows));
  }

  const bt = b?.available ? b.breathingTiming : null;
  if (bt) {
    out.push("\n### Breathing phase changes in Chromium\n");
    if (!bt.available) out.push(`${NA}: ${bt.note}`);
    else {
      out.push(
        `BreathingGuide on a page of its own, a box-shaped pattern at ${bt.phaseSeconds} s a phase started at a known time; each change of phase is timed from its exact time to when it is shown: the frame that writes its data-phase attribute, or the write itself when a long task held that frame up. ` +
          `Within one frame: shown by the first frame that could show it. ${r.options.timingReps} interleaved windows of ${bt.windowSeconds} s per row; the second row adds a 50 ms busy task every second, as a busy host page would. Goal (issue #14): 99 % within one frame on a free main thread.\n`,
      );
      const pct = (x) => `${(x * 100).toFixed(1)} %`;
      const row = (label, x) => [label, String(x.changes), `${pct(x.withinOneFrame)} (${pct(x.perWindow.min)}–${pct(x.perWindow.max)})`, ms(x.latenessP50, 1), ms(x.latenessMax, 1)];
      out.push(
        table(
          ["Main thread", "phase changes", "within one frame", "shown after its exact time, p50", "worst"],
          [row("free", bt.free), row("a 50 ms long task every second", bt.longTask)],
        ),
      );
      if (bt.free.wrongPhase || bt.longTask.wrongPhase) out.push(`\n${bt.free.wrongPhase + bt.longTask.wrongPhase} changes showed an unexpected phase.`);
    }
  }

  if (n) {
    out.push("\n### Breathing timing over a simulated 10-minute session\n");
    const d = n.drift;
    if (!d.available) out.push(`${NA}: ${d.note}`);
    else {
      out.push(
        `The pure engine (\`@attune/breathing/engine\`) read at every frame of a fake clock: 16.7 ± 2 ms frames, 1 in 100 held up 50–250 ms by a long task; ${d.errorAt10.n} seeded runs of the box pattern (${d.sessionSeconds} s).\n`,
      );
      out.push(
        table(
          ["Measure", "Value"],
          [
            ["Position error at 10:00 (shown vs clock)", ms(d.errorAt10, 3)],
            ["Phase change shown after its exact time, p50 (whole session)", ms(d.boundaryLatenessP50, 1)],
            ["Same, p50 over the last minute (does not grow)", ms(d.lastMinuteLatenessP50, 1)],
            ["Same, worst (a change that fell inside a long task)", ms(d.boundaryLatenessMax, 1)],
            ["Phase changes shown within one frame", `${(d.withinOneFrame.median * 100).toFixed(0)} % (${(d.withinOneFrame.min * 100).toFixed(0)}–${(d.withinOneFrame.max * 100).toFixed(0)} %)`],
            ["For scale: a model of chained setTimeout per phase, drift at 10:00", ms(d.timerModelDriftAt10, 0)],
          ],
        ),
      );
    }

    const paste = n.paste;
    if (paste) {
      out.push("\n### Reassurance composer: a huge paste cut to the card's limit\n");
      if (!paste.available) out.push(`${NA}: ${paste.note}`);
      else
        out.push(
          table(
            ["Paste", "Cut to 280 characters"],
            [
              ["1 MB", ms(paste.oneMbMs, 3)],
              ["4 MB (the same work: bounded by the limit)", ms(paste.fourMbMs, 3)],
            ],
          ),
        );
    }

    out.push(`\n### Server render\n\nreact-dom/server renderToString in Node (React 19), ${r.options.ssrReps} batches of ${r.options.ssrBatch} renders; time per render.\n`);
    out.push(
      table(
        ["Widget", "renderToString", "HTML"],
        n.ssr.map((x) =>
          x.available ? [`${x.group === "peer" ? "peer: " : ""}${x.label}`, ms(x.ms, 3), kb(x.htmlBytes)] : unavailable(x.label, x.note, 3),
        ),
      ),
    );
  }
  return `${out.join("\n")}\n`;
}
