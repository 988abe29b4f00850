import { afterEach, describe, expect, it, vi } from "vitest";
import { createTranslator, directionOf, formatMessage, resolveLocale } from "./i18n";
import { resetWarnings } from "./dev";
import type { Message } from "./i18n";

// A small catalogue in the shape every package writes (core itself has no copy of its own).
const demo = {
  "demo.close": "Close",
  "demo.loading": "Loading",
  "demo.characterCount": { one: "{count} of {limit} character", other: "{count} of {limit} characters" },
} satisfies Record<string, Message>;
const es: Record<keyof typeof demo, Message> = {
  "demo.close": "Cerrar",
  "demo.loading": "Cargando",
  "demo.characterCount": { one: "{count} de {limit} carácter", other: "{count} de {limit} caracteres" },
};
const arCount: Message = {
  zero: "{count} من {limit} حرف",
  one: "حرف واحد من {limit}",
  two: "حرفان من {limit}",
  few: "{count} أحرف من {limit}",
  many: "{count} حرفًا من {limit}",
  other: "{count} حرف من {limit}",
};

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
    const m = demo["demo.characterCount"];
    expect(formatMessage("en", m, { count: 1, limit: 280 })).toBe("1 of 280 character");
    expect(formatMessage("en", m, { count: 5, limit: 280 })).toBe("5 of 280 characters");
    expect(formatMessage("ar", arCount, { count: 2, limit: 280 })).toBe(`حرفان من ${new Intl.NumberFormat("ar").format(280)}`);
    expect(formatMessage("ar", arCount, { count: 3, limit: 10 })).toContain("أحرف");
  });

  it("leaves unknown placeholders visible instead of inventing text", () => {
    expect(formatMessage("en", "Hello {who}")).toBe("Hello {who}");
  });
});

describe("formatMessage with hostile messages and params", () => {
  const quiet = () => vi.spyOn(console, "warn").mockImplementation(() => {});

  it("never prints JavaScript internals for placeholders named after Object.prototype", () => {
    for (const name of ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"]) {
      expect(formatMessage("en", `a {${name}} b`)).toBe(`a {${name}} b`);
      expect(formatMessage("en", `a {${name}} b`, { count: 1 })).toBe(`a {${name}} b`);
    }
    // Own properties, even with those names, are filled (JSON can carry them).
    expect(formatMessage("en", "{__proto__}|{constructor}", JSON.parse('{"__proto__":"p","constructor":"c"}'))).toBe("p|c");
  });

  it("turns a message that is not text into an empty string with a warning, never a crash", () => {
    const warn = quiet();
    for (const bad of [42, null, undefined, ["a"], () => "x", Symbol("s")]) {
      expect(formatMessage("en", bad as never)).toBe("");
    }
    expect(warn).toHaveBeenCalled();
    expect(warn.mock.calls[0]![0]).toMatch(/not text/);
  });

  it("uses a form that exists when a plural message lacks `other`, with a warning", () => {
    const warn = quiet();
    expect(formatMessage("en", { one: "{count} item" } as never, { count: 5 })).toBe("5 item");
    expect(formatMessage("en", { few: 3 } as never, { count: 5 })).toBe("");
    expect(warn.mock.calls.some(([m]) => /no "other" form/.test(String(m)))).toBe(true);
  });

  it("survives a bad locale, params that are not an object and params that are objects", () => {
    const warn = quiet();
    expect(formatMessage("not a locale!!", "{n} left", { n: 3 })).toBe("3 left");
    expect(formatMessage("en", { one: "one", other: "many" }, null as never)).toBe("many");
    expect(formatMessage("en", "x {p} y", { p: { toString: () => "boom" } } as never)).toBe("x {p} y");
    expect(warn).toHaveBeenCalled();
  });
});

describe("createTranslator", () => {
  it("skips an override that is not a message and shows the default, with a warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const t = createTranslator("en", demo, { "demo.close": 5 as never, "demo.loading": { one: "x" } as never });
    expect(t("demo.close")).toBe("Close");
    expect(t("demo.loading")).toBe("Loading");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"demo.close" is not text'));
  });

  it("never reads a key from Object.prototype", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const t = createTranslator("en", demo as Record<string, Message>, {});
    expect(t("constructor")).toBe("constructor");
    expect(t("toString")).toBe("toString");
  });

  it("prefers instance overrides, then provider messages, then English defaults", () => {
    const t = createTranslator("es", demo, es, { "demo.close": "Listo" });
    expect(t("demo.close")).toBe("Listo");
    expect(t("demo.loading")).toBe("Cargando");
    const en = createTranslator("en", demo);
    expect(en("demo.loading")).toBe("Loading");
  });

  it("falls back to English with a development warning when a translation is missing", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const t = createTranslator("fr", demo, { "demo.close": "Fermer" });
    expect(t("demo.loading")).toBe("Loading");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"demo.loading" has no "fr" translation'));
  });

  it("shows the key, never crashes, for a message nobody defined", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const t = createTranslator("en", demo);
    expect(t("demo.nope" as never)).toBe("demo.nope");
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe("locales", () => {
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
