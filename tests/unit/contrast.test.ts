// @vitest-environment node
// Every built-in theme meets WCAG 2.2 AA: 4.5:1 for text, 3:1 for controls and borders.
// Derived tokens (color-mix in sRGB) are computed here the way the browser does.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const css = readFileSync(resolve(__dirname, "../../packages/core/src/styles.css"), "utf8");
const preview = readFileSync(resolve(__dirname, "../../.storybook/preview.css"), "utf8");

type RGB = [number, number, number];
const hex = (h: string): RGB => {
  const m = /^#([0-9a-f]{6})$/i.exec(h.trim());
  if (!m) throw new Error(`not a hex colour: ${h}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const mix = (a: RGB, b: RGB, pa: number): RGB => a.map((v, i) => v * pa + b[i]! * (1 - pa)) as RGB;
const lum = ([r, g, b]: RGB) => {
  const f = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const contrast = (a: RGB, b: RGB) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

function block(source: string, selector: string): Record<string, string> {
  const start = source.indexOf(selector);
  if (start < 0) throw new Error(`no block ${selector}`);
  const body = source.slice(source.indexOf("{", start) + 1, source.indexOf("}", start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
function percent(token: string, of = "--attune-text"): number {
  const m = new RegExp(`${token}:\\s*color-mix\\(in srgb, var\\(${of}\\) (\\d+)%, var\\(--attune-surface\\)\\)`).exec(css);
  if (!m) throw new Error(`no mix for ${token}`);
  return Number(m[1]) / 100;
}

const light = block(css, ':where(:root, :host, [data-attune-theme="light"])');
const dark = block(css, ':where([data-attune-theme="dark"])');
const brand = block(preview, '[data-attune-theme="brand"]');
const themes = {
  light: { surface: light["--attune-palette-surface"]!, text: light["--attune-palette-text"]!, accent: light["--attune-palette-accent"]!, onAccent: light["--attune-palette-on-accent"]!, partner: light["--attune-palette-partner"]!, danger: light["--attune-palette-danger"]!, onDanger: light["--attune-palette-on-danger"]!, success: light["--attune-palette-success"]! },
  dark: { surface: dark["--attune-palette-surface"]!, text: dark["--attune-palette-text"]!, accent: dark["--attune-palette-accent"]!, onAccent: dark["--attune-palette-on-accent"]!, partner: dark["--attune-palette-partner"]!, danger: dark["--attune-palette-danger"]!, onDanger: dark["--attune-palette-on-danger"]!, success: dark["--attune-palette-success"]! },
  brand: { surface: brand["--attune-brand-surface"]!, text: brand["--attune-brand-text"]!, accent: brand["--attune-brand-accent"]!, onAccent: brand["--attune-brand-on-accent"]!, partner: light["--attune-palette-partner"]!, danger: light["--attune-palette-danger"]!, onDanger: light["--attune-palette-on-danger"]!, success: light["--attune-palette-success"]! },
};

describe.each(Object.entries(themes))("%s theme contrast", (_name, t) => {
  const surface = hex(t.surface);
  const text = hex(t.text);
  const raised = mix(text, surface, percent("--attune-surface-raised"));
  const sunken = mix(text, surface, percent("--attune-surface-sunken"));
  const muted = mix(text, surface, percent("--attune-muted"));
  const border = mix(text, surface, percent("--attune-border"));
  const accent = hex(t.accent);
  const accentSubtle = mix(accent, surface, percent("--attune-accent-subtle", "--attune-accent"));
  const accentSoft = mix(accent, surface, percent("--attune-accent-soft", "--attune-accent"));
  const accentStrong = mix(accent, text, Number(/--attune-accent-strong:\s*color-mix\(in srgb, var\(--attune-accent\) (\d+)%, var\(--attune-text\)\)/.exec(css)![1]) / 100);
  const partner = hex(t.partner);
  const partnerSubtle = mix(partner, surface, percent("--attune-partner-subtle", "--attune-partner"));
  const success = hex(t.success);
  const successSubtle = mix(success, surface, percent("--attune-success-subtle", "--attune-success"));
  const surfaces = [surface, raised, sunken, accentSoft, accentSubtle];

  it("text and muted text on every surface, the accent tints included: at least 4.5:1", () => {
    for (const bg of [...surfaces, partnerSubtle, successSubtle]) {
      expect(contrast(text, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(muted, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("accent text and on-accent text: at least 4.5:1", () => {
    expect(contrast(hex(t.accent), surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(hex(t.accent), sunken)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(hex(t.onAccent), hex(t.accent))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(hex(t.onDanger), hex(t.danger))).toBeGreaterThanOrEqual(4.5);
    for (const bg of surfaces) expect(contrast(accentStrong, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it("success text on the surfaces and its tint; partner text on its tint: at least 4.5:1", () => {
    for (const bg of [surface, raised, sunken, successSubtle]) expect(contrast(success, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(partner, partnerSubtle)).toBeGreaterThanOrEqual(4.5);
  });

  it("the focus ring (the accent) against every surface it sits on: at least 3:1", () => {
    for (const bg of [...surfaces, partnerSubtle]) expect(contrast(accent, bg)).toBeGreaterThanOrEqual(3);
  });

  it("borders, the partner marker and the danger colour against the surface: at least 3:1", () => {
    expect(contrast(border, surface)).toBeGreaterThanOrEqual(3);
    expect(contrast(border, sunken)).toBeGreaterThanOrEqual(3);
    expect(contrast(border, raised)).toBeGreaterThanOrEqual(3);
    for (const bg of [surface, raised, sunken]) expect(contrast(partner, bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(hex(t.danger), surface)).toBeGreaterThanOrEqual(4.5);
  });
});
