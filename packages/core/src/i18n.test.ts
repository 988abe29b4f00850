import { afterEach, describe, expect, it, vi } from "vitest";
import { createTranslator, directionOf, formatMessage, resolveLocale } from "./i18n";
import { resetWarnings } from "./dev";
import { ar } from "./locales/ar";
import { es } from "./locales/es";
import { coreMessages } from "./messages";

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

describe("formatMessage", () => {
  it("fills placeholders and formats numbers for the locale", () => {
    expect(formatMessage("en", "Back at {time}, {name}", { time: "8 pm", name: "Sam" })).toBe("Back at 8 pm, Sam");
    expect(formatMessage("de", "{n} Minuten", { n: 1234.5 })).toBe("1.234,5 Minuten");
    expect(formatMessage("ar-EG", "{n}", { n: 12 })).toBe("١٢");
  });

  it("chooses plural forms with Intl.PluralRules", () => {
    const m = coreMessages["core.characterCount"];
    expect(formatMessage("en", m, { count: 1, limit: 280 })).toBe("1 of 280 character");
    expect(formatMessage("en", m, { count: 5, limit: 280 })).toBe("5 of 280 characters");
    expect(formatMessage("ar", ar["core.characterCount"], { count: 2, limit: 280 })).toBe(`حرفان من ${new Intl.NumberFormat("ar").format(280)}`);
    expect(formatMessage("ar", ar["core.characterCount"], { count: 3, limit: 10 })).toContain("أحرف");
  });

  it("leaves unknown placeholders visible instead of inventing text", () => {
    expect(formatMessage("en", "Hello {who}")).toBe("Hello {who}");
  });
});

describe("createTranslator", () => {
  it("prefers instance overrides, then provider messages, then English defaults", () => {
    const t = createTranslator("es", coreMessages, es, { "core.close": "Listo" });
    expect(t("core.close")).toBe("Listo");
    expect(t("core.loading")).toBe("Cargando");
    const en = createTranslator("en", coreMessages);
    expect(en("core.loading")).toBe("Loading");
  });

  it("falls back to English with a development warning when a translation is missing", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const t = createTranslator("fr", coreMessages, { "core.close": "Fermer" });
    expect(t("core.loading")).toBe("Loading");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"core.loading" has no "fr" translation'));
  });

  it("shows the key, never crashes, for a message nobody defined", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const t = createTranslator("en", coreMessages);
    expect(t("core.nope" as never)).toBe("core.nope");
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe("locales", () => {
  it("every locale translates every core key", () => {
    for (const bundle of [ar, es]) expect(Object.keys(bundle).sort()).toEqual(Object.keys(coreMessages).sort());
  });

  it("resolves locale tags and warns on garbage", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(resolveLocale("en-us")).toBe("en-US");
    expect(resolveLocale(undefined)).toBe("en");
    expect(resolveLocale("not a locale!!")).toBe("en");
    expect(resolveLocale(42)).toBe("en");
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it("knows right-to-left scripts", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("he-IL")).toBe("rtl");
    expect(directionOf("es")).toBe("ltr");
  });
});
