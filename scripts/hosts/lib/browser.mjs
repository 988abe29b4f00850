// Real Chromium (Debian's), a page that records everything a host would worry about, and
// keyboard-only helpers that see through open shadow roots.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright";
import { AxeBuilder } from "@axe-core/playwright";
import { chromiumArgs, ensureChromium } from "../../chromium.mjs";

export async function launch() {
  return chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs, headless: true });
}

/**
 * A fresh context and page that logs console errors and warnings, page errors, every
 * request's URL and every securitypolicyviolation event (including ones in shadow roots).
 */
export async function openPage(browser, { reducedMotion = "reduce", viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ reducedMotion, viewport, locale: "en-US", timezoneId: "Europe/London" });
  const page = await context.newPage();
  const log = { console: [], pageErrors: [], requests: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") log.console.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => log.pageErrors.push(String(err?.stack ?? err)));
  page.on("request", (req) => log.requests.push(req.url()));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    const record = (e) =>
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile || ""}:${e.lineNumber || ""})`);
    document.addEventListener("securitypolicyviolation", record, true);
    // Violations inside shadow roots are dispatched there; listen on every root that opens.
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      root.addEventListener("securitypolicyviolation", record, true);
      return root;
    };
    // Every file a widget hands the browser to save (a Blob URL on a link with `download`),
    // recorded with its contents: whether the browser then saves it is its own decision.
    window.__savedFiles = [];
    const blobs = new Map();
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = function (obj) {
      const url = createObjectURL.call(this, obj);
      if (obj instanceof Blob) blobs.set(url, obj);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download && blobs.has(this.href)) window.__savedFiles.push({ name: this.download, blob: blobs.get(this.href) });
      return click.call(this);
    };
  });
  return { context, page, log };
}

/** The focused element, looking through open shadow roots. */
export async function activeInfo(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute("role"),
      name: (el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 80),
      part: el.getAttribute("data-attune-part"),
      inDialog: !!el.closest('[role="dialog"],[role="alertdialog"]'),
      inShadow: el.getRootNode() instanceof ShadowRoot,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector` and, if given,
 * its accessible text matches `name`. Keyboard only: nothing is clicked or focused by script.
 */
export async function tabTo(page, selector, { name, back = false, max = 150 } = {}) {
  for (let i = 0; i < max; i++) {
    const hit = await page.evaluate(
      ({ selector, name }) => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el || el === document.body || !el.matches(selector)) return false;
        if (!name) return true;
        const labelled = el.getAttribute("aria-labelledby");
        const text = [
          el.getAttribute("aria-label"),
          labelled && labelled.split(/\s+/).map((id) => el.getRootNode().getElementById?.(id)?.textContent).join(" "),
          el.textContent,
          el.labels?.[0]?.textContent,
          el.getAttribute("placeholder"),
        ]
          .filter(Boolean)
          .join(" ");
        return new RegExp(name, "i").test(text);
      },
      { selector, name: name?.source ?? name },
    );
    if (hit) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  const info = await activeInfo(page);
  throw new Error(`Tab never reached ${selector}${name ? ` named ${name}` : ""} (focus is on ${JSON.stringify(info)})`);
}

/**
 * Tabs forward all the way round the open dialog and past its last control, then back past
 * its first: focus must stay inside every time.
 */
export async function expectFocusInDialog(page) {
  const count = await page.evaluate(() => {
    const find = (root) => root.querySelector('[role="dialog"]') ?? [...root.querySelectorAll("*")].map((e) => e.shadowRoot && find(e.shadowRoot)).find(Boolean);
    const dialog = find(document);
    const selector = 'a[href],button:not([disabled]),input:not([disabled]):not([type="hidden"]),select:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"])';
    return dialog ? [...dialog.querySelectorAll(selector)].filter((el) => el.getClientRects().length > 0).length : 0;
  });
  assert.ok(count > 0, "the open dialog has controls");
  const presses = Math.min(count + 2, 60);
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(key);
      const info = await activeInfo(page);
      assert.ok(info?.inDialog, `focus left the dialog after ${i + 1} × ${key}: ${JSON.stringify(info)}`);
    }
  }
}

/** Waits (up to `timeout`) for focus to land on an element matching `test`; returns it. */
export async function waitForFocus(page, test, what, timeout = 1500) {
  const start = Date.now();
  for (;;) {
    const info = await activeInfo(page);
    if (info && test(info)) return info;
    if (Date.now() - start > timeout) throw new Error(`focus never reached ${what} (focus: ${JSON.stringify(info)})`);
    await page.waitForTimeout(50);
  }
}

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

export async function expectNoAxeViolations(page, label) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const lines = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n      ")}`,
  );
  assert.equal(result.violations.length, 0, `axe (${label}) found ${result.violations.length} violation(s):\n    ${lines.join("\n    ")}`);
}

export async function screenshot(page, outDir, name) {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** No console errors or warnings, no uncaught errors, no onError reports from Attune. */
export async function expectCleanLog(page, log, { allow = [] } = {}) {
  const consoleProblems = log.console.filter((line) => !allow.some((re) => re.test(line)));
  assert.deepEqual(consoleProblems, [], "console errors or warnings");
  assert.deepEqual(log.pageErrors, [], "uncaught page errors");
  const reported = await page.evaluate(() => (window.__attuneErrors ?? []).map((e) => `${e.code}: ${e.message}`));
  assert.deepEqual(reported, [], "errors reported to AttuneProvider onError");
}

/** Every request went to the page's own origin. */
export function expectOnlyOwnOrigin(log, origin) {
  const foreign = log.requests.filter((u) => !u.startsWith(origin + "/") && !u.startsWith("data:") && !u.startsWith("blob:"));
  assert.deepEqual(foreign, [], `requests to other origins`);
}
