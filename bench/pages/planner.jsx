// RitualPlanner's agenda with 1,000 rituals (the planner's own makeBenchmarkRituals data).
// window.__benchAgenda(n) mounts a fresh planner with n rituals into a new root inside
// flushSync (so React renders and commits synchronously), then reads layout (forcing style
// and layout), and returns the elapsed milliseconds; the previous planner is unmounted
// first, outside the timed part. window.__benchIcs(n) times the calendar export in the page.
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { AttuneProvider } from "@attune/core";
import { RitualPlanner } from "@attune/ritual-planner";
import { writeIcs } from "@attune/ritual-planner/logic";
import { makeBenchmarkRituals } from "../lib/planner-fixtures.mjs";
import { markReady } from "./harness.js";

const all = makeBenchmarkRituals(1000);
const now = Date.UTC(2026, 2, 20, 8);
let current = null;
let lastInfo = null;

window.__benchAgenda = (n) => {
  if (current) {
    current.root.unmount();
    current.host.remove();
  }
  const plans = all.slice(0, n);
  const host = document.createElement("div");
  document.getElementById("root").append(host);
  const root = createRoot(host);
  const t0 = performance.now();
  flushSync(() =>
    root.render(
      <AttuneProvider>
        <RitualPlanner defaultValue={plans} timeZone="Europe/Berlin" now={now} defaultView="agenda" />
      </AttuneProvider>,
    ),
  );
  void host.getBoundingClientRect().height;
  const ms = performance.now() - t0;
  current = { root, host };
  lastInfo = {
    days: host.querySelectorAll('[data-attune-part="day"]').length,
    items: host.querySelectorAll('[data-attune-part="item"]').length,
  };
  return ms;
};
// The "Download all (.ics)" work without the download: the calendar text for every ritual
// and the Blob a page would hand to a link.
window.__benchIcs = (n) => {
  const plans = all.slice(0, n);
  const t0 = performance.now();
  const { ics } = writeIcs(plans, { now });
  const blob = new Blob([ics], { type: "text/calendar" });
  const ms = performance.now() - t0;
  return blob.size > 0 ? ms : NaN;
};

// Moving the week view to the next week (the widget's own "Next week" button), with 1,000
// rituals: the press, React's render and commit, and layout. Returns milliseconds.
let weekView = null;
window.__benchNextWeek = () => {
  if (!weekView) {
    const host = document.createElement("div");
    document.getElementById("root").append(host);
    const root = createRoot(host);
    flushSync(() =>
      root.render(
        <AttuneProvider>
          <RitualPlanner defaultValue={all} timeZone="Europe/Berlin" now={now} defaultView="week" />
        </AttuneProvider>,
      ),
    );
    weekView = host;
  }
  const next = weekView.querySelector('[data-attune-part="week-nav"] button:last-of-type');
  const t0 = performance.now();
  flushSync(() => next.click());
  void weekView.getBoundingClientRect().height;
  return performance.now() - t0;
};

window.__benchAgendaInfo = () => (lastInfo ? `${lastInfo.items} occurrences in ${lastInfo.days} ${lastInfo.days === 1 ? "day" : "days"} on screen` : null);

markReady();
