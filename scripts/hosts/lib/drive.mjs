// Keyboard-only drivers: each does one widget's main task the way a keyboard user would,
// and checks the result on the page. They work on any host (document or shadow root).
import assert from "node:assert/strict";
import { activeInfo, expectFocusInDialog, tabTo } from "./browser.mjs";

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
  await page.waitForTimeout(100);
  let info = await activeInfo(page);
  assert.ok(info?.inDialog, `opening the dialog moves focus into it (focus: ${JSON.stringify(info)})`);
  await tabTo(page, "textarea");
  await page.keyboard.type("Call Sam after the walk");
  await expectFocusInDialog(page, 6);
  await tabTo(page, '[role="dialog"] [data-attune-part="button"]');
  await page.keyboard.press("Enter");
  await waitForDeep(page, '[role="dialog"]', { gone: true });
  info = await activeInfo(page);
  assert.equal(info?.part, "button", `focus returns to the trigger (focus: ${JSON.stringify(info)})`);
  const saved = await deepText(page, '[data-host-result="core"]');
  assert.match(saved ?? "", /Call Sam after the walk/, "the note typed in the dialog is saved");
}

/** Every widget present in this build, in page order: [label, driver]. */
export const drivers = [["core Dialog/Button/Card", driveCore, "core"]];
