// Keyboard-only drivers: each does one widget's main task the way a keyboard user would,
// and checks the result on the page. They work on any host (document or shadow root).
import assert from "node:assert/strict";
import { expectFocusInDialog, tabTo, waitForFocus } from "./browser.mjs";
import { readFile } from "node:fs/promises";

/** Text of the first element matching `selector`, searching open shadow roots too. */
export async function deepText(page, selector) {
  return page.evaluate((selector) => {
    const find = (root) => {
      const hit = root.querySelector(selector);
      if (hit) return hit;
      for (const el of root.querySelectorAll("*")) if (el.shadowRoot) {
        const inner = find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    return find(document)?.textContent ?? null;
  }, selector);
}

async function waitForDeep(page, selector, { gone = false, timeout = 5000 } = {}) {
  const start = Date.now();
  for (;;) {
    const present = (await deepText(page, selector)) !== null;
    if (present !== gone) return;
    if (Date.now() - start > timeout) throw new Error(`${selector} ${gone ? "still present" : "never appeared"} after ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

/** @attune/core: open the Dialog from its trigger, type, stay trapped, save, focus returns. */
export async function driveCore(page) {
  await tabTo(page, '[data-host-widget="core"] [data-attune-part="button"]');
  await page.keyboard.press("Enter");
  await waitForDeep(page, '[role="dialog"]');
  await waitForFocus(page, (i) => i.inDialog, "the opened dialog");
  await tabTo(page, "textarea");
  await page.keyboard.type("Call Sam after the walk");
  await expectFocusInDialog(page);
  await tabTo(page, '[role="dialog"] [data-attune-part="button"]');
  await page.keyboard.press("Enter");
  await waitForDeep(page, '[role="dialog"]', { gone: true });
  await waitForFocus(page, (i) => i.part === "button" && !i.inDialog, "the dialog's trigger");
  const saved = await deepText(page, '[data-host-result="core"]');
  assert.match(saved ?? "", /Call Sam after the walk/, "the note typed in the dialog is saved");
}

/** Attribute of the first element matching `selector` (open shadow roots searched too). */
export async function deepAttr(page, selector, name) {
  return page.evaluate(
    ({ selector, name }) => {
      const find = (root) => {
        const hit = root.querySelector(selector);
        if (hit) return hit;
        for (const el of root.querySelectorAll("*")) if (el.shadowRoot) {
          const inner = find(el.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      return find(document)?.getAttribute(name) ?? null;
    },
    { selector, name },
  );
}

/** The widget's resolved direction ("ltr" or "rtl"), so the drivers press the right arrow. */
async function directionOf(page, scope) {
  return page.evaluate((scope) => {
    const find = (root) => root.querySelector(scope) ?? [...root.querySelectorAll("*")].map((e) => e.shadowRoot && find(e.shadowRoot)).find(Boolean);
    const el = find(document);
    return el ? getComputedStyle(el).direction : "ltr";
  }, scope);
}

/**
 * @attune/needs-spectrum: move my marker forward with the arrow keys (the forward arrow
 * flips under RTL) and a page with PageUp, then share; the partner's lean is revealed.
 */
export async function driveNeedsSpectrum(page) {
  const scope = '[data-attune-scope="needs-spectrum"]';
  const dir = await directionOf(page, scope);
  await tabTo(page, `${scope} [role="slider"]`);
  const before = Number(await deepAttr(page, `${scope} [role="slider"]`, "aria-valuenow"));
  assert.equal(before, 50, "starts at the host's defaultValue");
  const forward = dir === "rtl" ? "ArrowLeft" : "ArrowRight";
  for (let i = 0; i < 3; i++) await page.keyboard.press(forward);
  await page.keyboard.press("PageUp");
  assert.equal(Number(await deepAttr(page, `${scope} [role="slider"]`, "aria-valuenow")), 63, `${forward} ×3 and PageUp move 50 → 63 (${dir})`);
  const valueText = await deepAttr(page, `${scope} [role="slider"]`, "aria-valuetext");
  assert.ok(valueText && /63|٦٣/.test(valueText), `the slider's value text names the value (${valueText})`);
  assert.equal(await deepText(page, `${scope} [data-attune-part="partner-marker"]`), null, "the partner's lean is hidden before I share");
  await tabTo(page, `${scope} [data-attune-part="share"]`);
  await page.keyboard.press("Enter");
  await waitForDeep(page, `${scope} [data-attune-part="partner-marker"]`);
  // Hosts that pass onShare (not the Next server page, which cannot pass a function) show it.
  if ((await deepText(page, '[data-host-widget="needs-spectrum"][data-host-listens]')) !== null) {
    assert.match((await deepText(page, '[data-host-result="needs-spectrum"]')) ?? "", /63/, "onShare gave the host my value");
  }
}

/**
 * @attune/reassurance-composer: choose a template in the listbox (arrows + Enter), add to
 * the text, open the review dialog, send from it; the host receives the card.
 */
export async function driveReassuranceComposer(page) {
  const scope = '[data-attune-scope="reassurance-composer"]';
  await tabTo(page, `${scope} [role="option"]`);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  const chosen = await deepAttr(page, `${scope} [role="option"][aria-selected="true"]`, "id");
  const third = await page.evaluate((scope) => {
    const find = (root) => root.querySelector(scope) ?? [...root.querySelectorAll("*")].map((e) => e.shadowRoot && find(e.shadowRoot)).find(Boolean);
    return find(document).querySelectorAll('[role="option"]')[2].id;
  }, scope);
  assert.equal(chosen, third, "ArrowDown ×2 and Enter choose the third option");
  await tabTo(page, `${scope} [data-attune-part="editor"] textarea`);
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Back by nine.");
  await tabTo(page, `${scope} [data-attune-part="actions"] [data-variant="primary"]`);
  await page.keyboard.press("Enter");
  await waitForDeep(page, '[role="dialog"]');
  await waitForFocus(page, (i) => i.inDialog, "the review dialog");
  await expectFocusInDialog(page);
  const preview = await deepText(page, '[role="dialog"]');
  assert.match(preview ?? "", /Back by nine\./, "the review shows the card with my words");
  await tabTo(page, '[role="dialog"] [data-attune-part="actions"] [data-variant="primary"]');
  await page.keyboard.press("Enter");
  await waitForDeep(page, '[role="dialog"]', { gone: true });
  const sent = await deepText(page, '[data-host-result="reassurance-composer"]');
  assert.match(sent ?? "", /Back by nine\./, "onSend gave the host the card");
  await waitForFocus(page, (i) => i.role === "option", "the templates, after sending");
}

/**
 * @attune/ritual-planner: open "New plan", name the ritual, save with Enter (implicit form
 * submission); the plan appears in the agenda; "Download all" saves a real .ics file.
 */
export async function driveRitualPlanner(page) {
  const scope = '[data-attune-scope="ritual-planner"]';
  const title = "Sunday walk and tea";
  await tabTo(page, `${scope} [data-attune-part="header"] [data-attune-part="actions"] [data-variant="primary"]`);
  await page.keyboard.press("Enter");
  await waitForDeep(page, '[role="dialog"]');
  await waitForFocus(page, (i) => i.inDialog, "the plan dialog");
  await tabTo(page, '[role="dialog"] form input[id$="title"]');
  await page.keyboard.type(title);
  await expectFocusInDialog(page);
  await tabTo(page, '[role="dialog"] form input[id$="title"]', { back: true });
  await page.keyboard.press("Enter");
  await waitForDeep(page, '[role="dialog"]', { gone: true });
  const agenda = await deepText(page, `${scope} [data-attune-part="agenda"]`);
  assert.ok(agenda?.includes(title), `the agenda lists the new plan (agenda: ${agenda?.slice(0, 200)})`);
  if ((await deepText(page, '[data-host-result="ritual-planner"]')) !== null) {
    assert.match(await deepText(page, '[data-host-result="ritual-planner"]'), /1$/, "onValueChange gave the host the plan");
  }
  // The .ics download: a Blob URL on this device, never a request to a server.
  await tabTo(page, `${scope} [data-attune-part="header"] [data-attune-part="actions"] [data-attune-part="button"]:not([data-variant="primary"])`);
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 5000 }), page.keyboard.press("Enter")]);
  assert.match(download.suggestedFilename(), /\.ics$/, "the download is an .ics file");
  const path = await download.path();
  const ics = (await readFile(path, "utf8")).replace(/\r\n[ \t]/g, "");
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/, "the file is an iCalendar file with CRLF lines");
  assert.ok(ics.includes(`SUMMARY:${title}`), "the event carries the plan's title");
  assert.match(ics, /TZID[:=]Europe\/London/, "the times are in the zone the host chose");
}

/** @attune/breathing: Start, pause with Space, resume with Enter, breathe to the end. */
export async function driveBreathing(page) {
  const scope = '[data-attune-scope="breathing"]';
  const state = () => deepAttr(page, scope, "data-state");
  await tabTo(page, `${scope} [data-attune-part="primary"]`);
  assert.equal(await state(), "idle");
  await page.keyboard.press("Enter");
  await waitForAttr(page, scope, "data-state", "running");
  await page.keyboard.press("Space");
  await waitForAttr(page, scope, "data-state", "paused");
  await page.keyboard.press("Enter");
  await waitForAttr(page, scope, "data-state", "running");
  await waitForAttr(page, scope, "data-state", "complete", 10_000);
  assert.equal(await deepAttr(page, `${scope} [role="progressbar"]`, "aria-valuenow"), "100", "the progress bar is full");
  if ((await deepText(page, '[data-host-widget="breathing"][data-host-listens]')) !== null) {
    assert.match((await deepText(page, '[data-host-result="breathing"]')) ?? "", /2$/, "onComplete gave the host two breaths");
  }
}

/**
 * @attune/body-check-in: arrow from Head down to Chest and mark it with Space, rate it 7
 * with End and ArrowDown, and share the sentence; the host receives it.
 */
export async function driveBodyCheckIn(page) {
  const scope = '[data-attune-scope="body-check-in"]';
  const chest = `${scope} [data-attune-part="place"][data-place="chest"]`;
  await tabTo(page, `${scope} [data-attune-part="place"]`);
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Space");
  await waitForAttr(page, chest, "aria-pressed", "true");
  await tabTo(page, `${scope} [role="slider"]`);
  await page.keyboard.press("End");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  assert.equal(await deepAttr(page, `${scope} [role="slider"]`, "aria-valuenow"), "7", "End and ArrowDown ×3 rate it 7");
  if ((await deepText(page, '[data-host-widget="body-check-in"][data-host-listens]')) !== null) {
    await tabTo(page, `${scope} [data-attune-part="sentence"] [data-variant="primary"]`);
    await page.keyboard.press("Enter");
    await waitForDeep(page, '[data-host-result="body-check-in"]');
    assert.match((await deepText(page, '[data-host-result="body-check-in"]')) ?? "", /7|٧/, "onShare gave the host the sentence with the number");
  }
}

async function waitForAttr(page, selector, name, value, timeout = 3000) {
  const start = Date.now();
  for (;;) {
    const got = await deepAttr(page, selector, name);
    if (got === value) return;
    if (Date.now() - start > timeout) throw new Error(`${selector} ${name} is "${got}", expected "${value}" within ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

/** Every widget present in this build, in page order: [label, driver]. */
export const drivers = [
  ["NeedsSpectrum", driveNeedsSpectrum, "needs-spectrum"],
  ["ReassuranceComposer", driveReassuranceComposer, "reassurance-composer"],
  ["RitualPlanner", driveRitualPlanner, "ritual-planner"],
  ["BreathingGuide", driveBreathing, "breathing"],
  ["BodyCheckIn", driveBodyCheckIn, "body-check-in"],
  ["core Dialog/Button/Card", driveCore, "core"],
];
