import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { page, userEvent } from "vitest/browser";
import { beforeAll, describe, expect, it } from "vitest";
import { AttuneProvider, type Direction } from "@attune/core";
import { VillageAudit, preloadVillageAuditParts, type VillageAuditData } from "./index";
import { ar } from "./locales/ar";
import "./styles.css";

// These tests are about the picture, the plan and the changes, not their download
// (later-lazy.test.tsx covers that): their code is loaded before any test renders.
beforeAll(() => preloadVillageAuditParts());

const audit: VillageAuditData = {
  version: 1,
  date: Date.UTC(2026, 10, 1),
  people: [{ id: "person-1", name: "Maya from the running club" }],
  needs: [
    { id: "a", label: "", suggestion: "comfort", sources: ["partner"] },
    { id: "b", label: "", suggestion: "venting", sources: ["partner", "colleagues"] },
    { id: "c", label: "Someone who really listens to the long version of my day", sources: ["partner"] },
    { id: "d", label: "", suggestion: "play", sources: ["friends", "person-1"] },
    { id: "e", label: "", suggestion: "ideas", sources: [] },
  ],
};

function Widget({ width, dir, theme = "light", locale }: { width: number; dir?: Direction; theme?: string; locale?: "ar" }) {
  return (
    <AttuneProvider theme={theme} dir={dir} locale={locale} messages={locale === "ar" ? ar : undefined} reducedMotion="always">
      <div data-testid="frame" style={{ width, padding: 0, boxSizing: "border-box" }}>
        <VillageAudit defaultValue={audit} partnerName="Sam" onPlan={() => {}} onSharePicture={() => {}} />
      </div>
    </AttuneProvider>
  );
}

describe("VillageAudit in Chromium", () => {
  it("fits 320 px without sideways scrolling", async () => {
    render(<Widget width={320} />);
    const root = document.querySelector<HTMLElement>(".attune-village-audit")!;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
    for (const el of root.querySelectorAll<HTMLElement>("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      expect(r.right, el.outerHTML.slice(0, 80)).toBeLessThanOrEqual(root.getBoundingClientRect().right + 1);
    }
  });

  it("gives every control a target of at least 24 px", async () => {
    render(<Widget width={375} />);
    for (const control of document.querySelectorAll<HTMLElement>(".attune-village-audit :is(button, input)")) {
      // A radio's target is its whole label row (a click anywhere on it chooses).
      const el = control.matches("[type=radio]") ? control.closest("label")! : control;
      const r = el.getBoundingClientRect();
      expect(Math.min(r.width, r.height), el.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(20);
      expect(r.height, el.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(24);
    }
  });

  it("places the picture beside the result on a wide container and below it on a narrow one", async () => {
    const { unmount } = render(<Widget width={1024} />);
    const picture = () => document.querySelector('[data-attune-part="picture"]')!.getBoundingClientRect();
    const table = () => document.querySelector('[data-attune-part="table"]')!.getBoundingClientRect();
    expect(table().left).toBeGreaterThan(picture().right - 1);
    await page.screenshot({ path: "__shots__/village-audit-1024.png" });
    unmount();
    render(<Widget width={375} theme="dark" />);
    expect(table().top).toBeGreaterThan(picture().bottom - 1);
    await page.viewport(375, 900);
    await page.screenshot({ path: "__shots__/village-audit-375-dark.png" });
  });

  it("mirrors the arrow keys right to left", async () => {
    render(<Widget width={600} locale="ar" />);
    const group = screen.getByRole("group", { name: "المواساة عند الحزن" });
    const buttons = within(group).getAllByRole("button");
    buttons[0]!.focus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(buttons[1]).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    expect(buttons[0]).toHaveFocus();
    await page.screenshot({ path: "__shots__/village-audit-ar.png" });
  });
});
