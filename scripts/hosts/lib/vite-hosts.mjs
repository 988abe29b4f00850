// Checks for the two Vite SPAs (React 19 and React 18.2): the full page in two settings,
// the strict-CSP page and the shadow-root embedding.
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  activeInfo,
  expectCleanLog,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  openPage,
  screenshot,
  tabTo,
} from "./browser.mjs";
import { drivers } from "./drive.mjs";
import { serveStatic } from "./server.mjs";

async function gotoHost(page, url) {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => !!window.__attuneHost && !!document.querySelector(".attune, attune-embed"));
}

async function expectReact(page, major) {
  const host = await page.evaluate(() => window.__attuneHost);
  assert.ok(host.react.startsWith(`${major}.`), `React is ${host.react}, expected ${major}.x`);
  // react-dom@18.2.0 reports "18.2.0-next-…" as its version; compare major.minor.
  assert.equal(host.reactDom.split(".").slice(0, 2).join("."), host.react.split(".").slice(0, 2).join("."), "react-dom matches react");
  return host.react;
}

/** Dark mode and Arabic, switched the way a keyboard user would: Tab, Space, arrows. */
async function switchToDarkArabic(page) {
  await tabTo(page, '[data-host-control="dark"]');
  await page.keyboard.press("Space");
  await tabTo(page, '[data-host-control="locale"]');
  // A closed <select> steps through its options with the arrow keys.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction(() => document.querySelector(".attune-provider")?.getAttribute("lang") === "ar");
  const state = await page.evaluate(() => {
    const p = document.querySelector(".attune-provider");
    return { theme: p.getAttribute("data-attune-theme"), dir: p.getAttribute("dir"), lang: p.getAttribute("lang") };
  });
  assert.deepEqual(state, { theme: "dark", dir: "rtl", lang: "ar" });
  // Start the widget tour from the top of the page again.
  await page.keyboard.press("Shift+Tab");
}

export async function driveAll(suite, page, label) {
  for (const [widget, drive] of drivers) {
    const ok = await suite.check(`${label}: ${widget}: main task by keyboard`, () => drive(page).then(() => true));
    if (!ok) await closeLeftoverDialogs(page);
  }
}

/** After a failed driver, Escape out of any dialog it left open so the next one starts clean. */
export async function closeLeftoverDialogs(page) {
  for (let i = 0; i < 3; i++) {
    const open = await page.evaluate(() => {
      const find = (root) => !!root.querySelector('[role="dialog"]') || [...root.querySelectorAll("*")].some((e) => e.shadowRoot && find(e.shadowRoot));
      return find(document);
    });
    if (!open) return;
    await page.keyboard.press("Escape");
    await page.waitForTimeout(300);
  }
}

export async function checkViteHost(suite, browser, { hostDir, hostName, reactMajor, outDir, pages }) {
  const server = await serveStatic(join(hostDir, "dist"), { csp: ["/csp.html"] });
  try {
    // 1. The full page, English, light.
    {
      const { context, page, log } = await openPage(browser);
      await suite.check(`${hostName}: page loads on React ${reactMajor}`, async () => {
        await gotoHost(page, `${server.origin}/`);
        return expectReact(page, reactMajor);
      });
      await driveAll(suite, page, `${hostName} (en, light)`);
      await suite.check(`${hostName} (en, light): axe WCAG 2.2 AA`, () => expectNoAxeViolations(page, "en light"));
      await suite.check(`${hostName} (en, light): screenshot`, () => screenshot(page, outDir, `${hostName}-en-light`));
      await suite.check(`${hostName} (en, light): no console errors, no onError reports`, () => expectCleanLog(page, log));
      await suite.check(`${hostName} (en, light): no requests to other origins`, () => expectOnlyOwnOrigin(log, server.origin));
      await context.close();
    }
    // 2. The same page switched to dark mode and Arabic (right to left), then every widget
    //    again, this time with full motion (the first pass asks for reduced motion).
    {
      const { context, page, log } = await openPage(browser, { reducedMotion: "no-preference" });
      await gotoHost(page, `${server.origin}/`);
      await suite.check(`${hostName}: dark-mode and locale switches by keyboard (ar, rtl)`, () => switchToDarkArabic(page));
      await driveAll(suite, page, `${hostName} (ar, dark)`);
      await suite.check(`${hostName} (ar, dark): axe WCAG 2.2 AA`, () => expectNoAxeViolations(page, "ar dark"));
      await suite.check(`${hostName} (ar, dark): screenshot`, () => screenshot(page, outDir, `${hostName}-ar-dark`));
      await suite.check(`${hostName} (ar, dark): no console errors, no onError reports`, () => expectCleanLog(page, log));
      await suite.check(`${hostName} (ar, dark): no requests to other origins`, () => expectOnlyOwnOrigin(log, server.origin));
      await context.close();
    }
    if (pages.includes("csp")) await checkCspPage(suite, browser, server, { hostName, outDir, reactMajor });
    if (pages.includes("shadow")) await checkShadowPage(suite, browser, server, { hostName, outDir, reactMajor });
  } finally {
    await server.close();
  }
}

async function checkCspPage(suite, browser, server, { hostName, outDir, reactMajor }) {
  const { context, page, log } = await openPage(browser);
  const label = `${hostName} strict CSP`;
  await suite.check(`${label}: served with a policy that forbids inline scripts and foreign origins`, async () => {
    const response = await page.goto(`${server.origin}/csp.html`, { waitUntil: "load" });
    const policy = response.headers()["content-security-policy"] ?? "";
    assert.match(policy, /script-src 'self'(;|$)/, "script-src is 'self' only");
    assert.match(policy, /style-src 'self' 'nonce-[^']+'(;|$)/, "style-src is 'self' plus a nonce");
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    await page.waitForFunction(() => !!window.__attuneHost && !!document.querySelector(".attune"));
    const nonce = await page.evaluate(() => document.querySelector('meta[name="csp-nonce"]').content);
    assert.ok(policy.includes(`'nonce-${nonce}'`), "the page's nonce is the policy's nonce");
    await expectReact(page, reactMajor);
  });
  await driveAll(suite, page, label);
  await suite.check(`${label}: dark mode and Arabic under the policy`, () => switchToDarkArabic(page));
  await suite.check(`${label}: no securitypolicyviolation events while every widget was used`, async () => {
    const violations = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual(violations, []);
  });
  await suite.check(`${label}: axe WCAG 2.2 AA`, () => expectNoAxeViolations(page, "csp"));
  await suite.check(`${label}: screenshot`, () => screenshot(page, outDir, `${hostName}-csp`));
  await suite.check(`${label}: no console errors (no blocked styles or scripts)`, () => expectCleanLog(page, log));
  await suite.check(`${label}: no requests to other origins`, () => expectOnlyOwnOrigin(log, server.origin));
  await context.close();
}

async function checkShadowPage(suite, browser, server, { hostName, outDir, reactMajor }) {
  const { context, page, log } = await openPage(browser);
  const label = `${hostName} shadow root`;
  await suite.check(`${label}: styles apply inside the shadow root and not outside it`, async () => {
    await page.goto(`${server.origin}/shadow.html`, { waitUntil: "load" });
    await page.waitForFunction(() => !!document.querySelector("attune-embed")?.shadowRoot?.querySelector(".attune-button"));
    await expectReact(page, reactMajor);
    // The linked stylesheet loads asynchronously inside the shadow root.
    await page.waitForFunction(() => {
      const b = document.querySelector("attune-embed").shadowRoot.querySelector(".attune-button");
      return getComputedStyle(b).minHeight === "44px";
    }, undefined, { timeout: 5000 });
    const styles = await page.evaluate(() => {
      const root = document.querySelector("attune-embed").shadowRoot;
      const button = root.querySelector('.attune-button[data-variant="primary"]');
      const s = getComputedStyle(button);
      return {
        inLight: document.querySelectorAll(".attune").length,
        minHeight: s.minHeight,
        background: s.backgroundColor,
        accentToken: getComputedStyle(button).getPropertyValue("--attune-accent").trim(),
        documentSheetsWithAttune: [...document.styleSheets].filter((sh) => sh.href?.includes("styles")).length,
      };
    });
    assert.equal(styles.inLight, 0, "nothing of Attune renders in the light DOM");
    assert.equal(styles.minHeight, "44px", "button styles apply");
    assert.equal(styles.documentSheetsWithAttune, 0, "Attune's stylesheet is not in the document, only in the shadow root");
    // The host's brand custom properties inherit into the shadow root.
    assert.equal(styles.background, "rgb(11, 93, 75)", `brand accent reaches the shadow root (got ${styles.background})`);
  });
  await driveAll(suite, page, label);
  await suite.check(`${label}: the dialog portals inside the shadow root, styled, with focus trapped and returned`, async () => {
    await tabTo(page, '[data-host-widget="core"] [data-attune-part="button"]');
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !!document.querySelector("attune-embed").shadowRoot.querySelector('[role="dialog"]'));
    const where = await page.evaluate(() => {
      const root = document.querySelector("attune-embed").shadowRoot;
      const dialog = root.querySelector('[role="dialog"]');
      return {
        inDocument: !!document.querySelector('[role="dialog"]'),
        inPortal: !!dialog.closest("[data-attune-portal]"),
        position: getComputedStyle(dialog).position,
        overlay: getComputedStyle(root.querySelector(".attune-dialog-overlay")).position,
      };
    });
    assert.deepEqual(where, { inDocument: false, inPortal: true, position: "fixed", overlay: "fixed" });
    // Radix focuses the dialog's first focusable element; Tab must cycle inside it.
    for (let i = 0; i < 8; i++) {
      const info = await activeInfo(page);
      assert.ok(info?.inDialog && info.inShadow, `focus stays in the dialog (press ${i}: ${JSON.stringify(info)})`);
      await page.keyboard.press(i < 5 ? "Tab" : "Shift+Tab");
    }
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.querySelector("attune-embed").shadowRoot.querySelector('[role="dialog"]'));
    // Radix returns focus in a task after the panel unmounts (after its exit animation).
    await page
      .waitForFunction(() => document.querySelector("attune-embed").shadowRoot.activeElement?.getAttribute("data-attune-part") === "button", null, { timeout: 2000 })
      .catch(() => {});
    const info = await activeInfo(page);
    assert.ok(info?.inShadow && info.part === "button" && !info.inDialog, `focus returns to the trigger (${JSON.stringify(info)})`);
  });
  await closeLeftoverDialogs(page);
  await suite.check(`${label}: axe WCAG 2.2 AA (through the shadow root)`, () => expectNoAxeViolations(page, "shadow"));
  await suite.check(`${label}: screenshot`, () => screenshot(page, outDir, `${hostName}-shadow`));
  await suite.check(`${label}: no console errors, no onError reports`, () => expectCleanLog(page, log));
  await suite.check(`${label}: no requests to other origins`, () => expectOnlyOwnOrigin(log, server.origin));
  await context.close();
}
