// Reading a Chrome trace (the JSON Playwright's browser.stopTracing() returns).

/** The top-level tasks on the page's renderer main thread, from a Chrome trace. */
export function mainThreadTasks(trace, urlPrefix) {
  const events = trace.traceEvents ?? trace;
  // The renderer that hosts our page: TracingStartedInBrowser lists frames with their
  // process; fall back to the busiest CrRendererMain.
  let pid = null;
  for (const e of events) {
    if (e.name === "TracingStartedInBrowser") {
      const frame = (e.args?.data?.frames ?? []).find((f) => String(f.url ?? "").startsWith(urlPrefix) && f.processId);
      if (frame) pid = frame.processId;
    }
  }
  const mains = events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const candidates = mains.filter((m) => pid === null || m.pid === pid);
  // Chromium emits the same top-level task as "ThreadControllerImpl::RunTask" and as
  // "RunTask" (one inside the other): count one name only, or the time doubles.
  const taskName = events.some((e) => e.name === "ThreadControllerImpl::RunTask") ? "ThreadControllerImpl::RunTask" : "RunTask";
  const isTask = (e) => e.ph === "X" && e.name === taskName;
  let best = null;
  for (const m of candidates) {
    const tasks = events.filter((e) => e.pid === m.pid && e.tid === m.tid && isTask(e));
    const total = tasks.reduce((s, e) => s + (e.dur ?? 0), 0);
    if (!best || total > best.total) best = { total, tasks };
  }
  return best?.tasks ?? [];
}

/**
 * The tasks that start between two performance.mark()s (user timing is in the trace), or
 * every task when the marks are missing.
 */
export function tasksBetweenMarks(trace, tasks, startMark, endMark) {
  const events = trace.traceEvents ?? trace;
  const from = events.find((e) => e.name === startMark)?.ts;
  const to = events.find((e) => e.name === endMark)?.ts;
  if (from === undefined || to === undefined) return { tasks, fromMarks: false };
  return { tasks: tasks.filter((e) => e.ts >= from && e.ts <= to), fromMarks: true };
}
