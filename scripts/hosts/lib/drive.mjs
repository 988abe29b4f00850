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
  // Screen readers hear the lean in words, never a score (the number stays in aria-valuenow).
  assert.ok(valueText && !/[0-9٠-٩]/.test(valueText), `the slider's value text is words only (${valueText})`);
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
  const chosen = await deepAttr(page, `${scope} [role="option"][aria-selected="true"]`, "data-template-id");
  const third = await page.evaluate((scope) => {
    const find = (root) => root.querySelector(scope) ?? [...root.querySelectorAll("*")].map((e) => e.shadowRoot && find(e.shadowRoot)).find(Boolean);
    return find(document).querySelectorAll('[role="option"]')[2].getAttribute("data-template-id");
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
  await tabTo(page, `${scope} [data-attune-part="header"] [data-attune-part="actions"] [data-attune-part="export"]`);
  // The file the widget hands the browser is recorded by the page (see openPage). The first
  // download in a page must also be saved by the browser. A later one (the same page after its
  // locale switch) is left to the browser's rule for repeated downloads from one site, which
  // may hold it back to ask the person: twice a CI run saw no download there while every
  // other one was saved.
  const before = await page.evaluate(() => window.__savedFiles.length);
  const saved = before === 0 ? page.waitForEvent("download", { timeout: 15_000 }) : undefined;
  await page.keyboard.press("Enter");
  // The writer is a dynamic import (started when the button took focus): a busy 2-core CI
  // machine, with a host build running beside it, once needed more than 5 s.
  await page.waitForFunction((n) => window.__savedFiles.length > n, before, { timeout: 15_000 });
  const handed = await page.evaluate(async () => {
    const f = window.__savedFiles.at(-1);
    return { name: f.name, text: await f.blob.text() };
  });
  assert.match(handed.name, /\.ics$/, "the file is named .ics");
  const ics = handed.text.replace(/\r\n[ \t]/g, "");
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/, "the file is an iCalendar file with CRLF lines");
  assert.ok(ics.includes(`SUMMARY:${title}`), "the event carries the plan's title");
  assert.match(ics, /TZID[:=]Europe\/London/, "the times are in the zone the host chose");
  if (saved) {
    const download = await saved;
    assert.equal(download.suggestedFilename(), handed.name, "the browser saved the file under its name");
    assert.equal(await readFile(await download.path(), "utf8"), handed.text, "the browser saved the file the widget made");
  }
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

/** @attune/guided-practice: Space begins from the step area, the forward arrow moves on, Space pauses and resumes, the practice ends. */
export async function driveGuidedPractice(page) {
  const scope = '[data-attune-scope="guided-practice"]';
  const stage = `${scope} [data-attune-part="stage"]`;
  await tabTo(page, stage);
  assert.equal(await deepAttr(page, scope, "data-state"), "idle");
  await page.keyboard.press("Space");
  await waitForAttr(page, scope, "data-state", "running");
  // Forward follows the reading direction: the left arrow on a right-to-left page.
  const rtl = (await directionOf(page, scope)) === "rtl";
  await waitForAttr(page, stage, "data-step", "1");
  await page.keyboard.press(rtl ? "ArrowLeft" : "ArrowRight");
  await waitForAttr(page, stage, "data-step", "2");
  await page.keyboard.press("Space");
  await waitForAttr(page, scope, "data-state", "paused");
  await page.keyboard.press("Space");
  await waitForAttr(page, scope, "data-state", "running");
  await waitForAttr(page, scope, "data-state", "complete", 10_000);
  assert.equal(await deepAttr(page, `${scope} [role="progressbar"]`, "aria-valuenow"), "100", "the progress bar is full");
  if ((await deepText(page, '[data-host-widget="guided-practice"][data-host-listens]')) !== null) {
    assert.match((await deepText(page, '[data-host-result="guided-practice"]')) ?? "", /host-pause$/, "onComplete told the host which practice ended");
  }
}

/** @attune/reflection: start "Right now", type an answer, switch sharing on, review, share. */
export async function driveReflection(page) {
  const scope = '[data-attune-scope="reflection"]';
  await tabTo(page, `${scope} [data-attune-part="set"] button`);
  await page.keyboard.press("Enter");
  await waitForAttr(page, scope, "data-state", "step");
  await tabTo(page, `${scope} textarea`);
  await page.keyboard.type("A long week");
  await tabTo(page, `${scope} [role="switch"]`);
  await page.keyboard.press("Space");
  assert.equal(await deepAttr(page, `${scope} [role="switch"]`, "aria-checked"), "true", "the answer is switched on for sharing");
  // Next, then Skip twice (no step is required), to the summary.
  for (let i = 0; i < 3; i++) {
    await tabTo(page, `${scope} [data-attune-part="nav"] [data-variant="primary"]`);
    await page.keyboard.press("Enter");
  }
  await waitForAttr(page, scope, "data-state", "summary");
  await tabTo(page, `${scope} [data-attune-part="preview"] [data-variant="primary"]`);
  await page.keyboard.press("Enter");
  await waitForAttr(page, `${scope} [data-attune-part="preview"]`, "data-state", "shared");
  if ((await deepText(page, '[data-host-widget="reflection"][data-host-listens]')) !== null) {
    assert.match((await deepText(page, '[data-host-result="reflection"]')) ?? "", /1$/, "onShare gave the host the one answer switched on");
  }
}

/**
 * @attune/loop-map: choose how I feel from the chips (arrows, the forward arrow flips under
 * RTL, Space), Tab past my own words to the next question, choose what I tend to do, share;
 * the partner's half was shared already, so the whole loop appears.
 */
export async function driveLoopMap(page) {
  const scope = '[data-attune-scope="loop-map"]';
  const dir = await directionOf(page, scope);
  await tabTo(page, `${scope} [data-field="feel"] [data-attune-part="suggestion"]`);
  await page.keyboard.press(dir === "rtl" ? "ArrowLeft" : "ArrowRight");
  await page.keyboard.press("Space");
  assert.equal(await deepAttr(page, `${scope} [data-field="feel"] [data-attune-part="suggestion"][aria-pressed="true"]`, "data-state"), "on");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await waitForFocus(page, (i) => i.part === "suggestion", "the first chip of the next question");
  await page.keyboard.press("Space");
  assert.equal(await deepText(page, `${scope} [data-attune-part="steps"][data-state="complete"]`), null, "the partner's half stays hidden before I share");
  await tabTo(page, `${scope} [data-attune-part="share"]`);
  await page.keyboard.press("Enter");
  await waitForDeep(page, `${scope} [data-attune-part="steps"][data-state="complete"]`);
  if ((await deepText(page, '[data-host-widget="loop-map"][data-host-listens]')) !== null) {
    assert.match((await deepText(page, '[data-host-result="loop-map"]')) ?? "", /shutOut askMore/, "onShare gave the host my half");
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

/** Polls `read` until it gives `value` (or the time is up) and returns what it last gave. */
async function settled(page, read, value, timeout = 3000) {
  const start = Date.now();
  for (;;) {
    const got = await read();
    if (got === value || Date.now() - start > timeout) return got;
    await page.waitForTimeout(50);
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

/** @attune/curiosity-deck: draw a card, another, back to the first, mark it, send it with a note. */
export async function driveCuriosityDeck(page) {
  const scope = '[data-attune-scope="curiosity-deck"]';
  const question = () => deepText(page, `${scope} [data-attune-part="question"]`);
  const announced = () => deepText(page, `${scope} [data-attune-part="live-region"]`);
  assert.equal(await question(), null, "no card before the first draw");
  await tabTo(page, `${scope} [data-attune-part="next"]`);
  await page.keyboard.press("Enter");
  const first = await question();
  assert.ok(first, "Enter draws a card");
  // The live region follows the card in an effect after the render that shows it.
  assert.equal(await settled(page, announced, first), first, "the new question is announced");
  await page.keyboard.press("Space");
  const second = await question();
  assert.ok(second && second !== first, "Space draws another card");
  await tabTo(page, `${scope} [data-attune-part="back"]`, { back: true });
  await page.keyboard.press("Enter");
  assert.equal(await question(), first, "Previous question brings the first card back");
  await tabTo(page, `${scope} [data-attune-part="mark"][data-mark="later"]`);
  await page.keyboard.press("Enter");
  assert.equal(await deepAttr(page, `${scope} [data-attune-part="mark"][data-mark="later"]`, "aria-pressed"), "true", "the card is saved for later");
  if ((await deepText(page, '[data-host-widget="curiosity-deck"][data-host-listens]')) !== null) {
    await tabTo(page, `${scope} input[data-attune-part="note"]`);
    await page.keyboard.type("Tonight?");
    await page.keyboard.press("Enter");
    await waitForDeep(page, '[data-host-result="curiosity-deck"]');
    assert.match((await deepText(page, '[data-host-result="curiosity-deck"]')) ?? "", /Tonight\?$/, "onSend gave the host the note");
  }
}

/** Every widget present in this build, in page order: [label, driver]. */
export const drivers = [
  ["NeedsSpectrum", driveNeedsSpectrum, "needs-spectrum"],
  ["ReassuranceComposer", driveReassuranceComposer, "reassurance-composer"],
  ["RitualPlanner", driveRitualPlanner, "ritual-planner"],
  ["BreathingGuide", driveBreathing, "breathing"],
  ["CuriosityDeck", driveCuriosityDeck, "curiosity-deck"],
  ["GuidedPractice", driveGuidedPractice, "guided-practice"],
  ["Reflection", driveReflection, "reflection"],
  ["LoopMap", driveLoopMap, "loop-map"],
  ["BodyCheckIn", driveBodyCheckIn, "body-check-in"],
  ["core Dialog/Button/Card", driveCore, "core"],
];
