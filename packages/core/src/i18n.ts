import { warnOnce } from "./dev";

/** Plural forms chosen with Intl.PluralRules; `other` is always required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
/** A message: plain text with `{name}` placeholders, or plural forms selected by `{count}`. */
export type Message = string | PluralMessage;
export type Messages = Record<string, Message>;
export type MessageParams = Record<string, string | number>;

/**
 * Every message key of every installed Attune package, for the provider's `messages` prop.
 * Empty in core; each package adds its keys by declaration merging, so a misspelt key at
 * the provider is a compile error:
 *
 * ```ts
 * declare module "@attune/core" {
 *   interface AttuneMessages extends Record<ComposerMessageKey, Message> {}
 * }
 * ```
 */
export interface AttuneMessages {
  // Never matches a real key; it only stops `Partial<AttuneMessages>` from being a "weak type",
  // so one package's bundle (`messages={es}`) type-checks whatever else is installed.
  [reserved: `attune-reserved:${string}`]: Message;
}

const RTL_LANGUAGES = new Set(["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"]);

/** A canonical BCP 47 tag, or "en" with a development warning when the tag is unusable. */
export function resolveLocale(locale: unknown): string {
  if (locale === undefined) return "en";
  try {
    if (typeof locale !== "string" || locale.trim() === "") throw new RangeError("empty");
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (canonical) return canonical;
  } catch {
    // fall through
  }
  if (process.env.NODE_ENV !== "production") warnOnce(`locale ${typeof locale === "string" ? `"${locale.slice(0, 40)}"` : `(${locale === null ? "null" : typeof locale})`} is not a valid BCP 47 language tag; using "en".`);
  return "en";
}

/** The writing direction of a locale's script. */
export function directionOf(locale: string): "ltr" | "rtl" {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };
    const dir = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (dir === "rtl" || dir === "ltr") return dir;
    return RTL_LANGUAGES.has(info.language) ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let v = map.get(key);
  if (!v) {
    v = make();
    map.set(key, v);
  }
  return v;
}

const has = (obj: unknown, key: string): boolean => typeof obj === "object" && obj !== null && Object.hasOwn(obj, key);

/** True for text, or plural forms whose `other` (and every other form given) is text. */
export function isMessage(value: unknown): value is Message {
  if (typeof value === "string") return true;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return typeof (value as PluralMessage).other === "string" && Object.values(value).every((v) => typeof v === "string");
}

function pluralRulesFor(locale: string): Intl.PluralRules {
  return cached(pluralRules, locale, () => {
    try {
      return new Intl.PluralRules(locale);
    } catch {
      return new Intl.PluralRules("en");
    }
  });
}

function numberFormatFor(locale: string): Intl.NumberFormat {
  return cached(numberFormats, locale, () => {
    try {
      return new Intl.NumberFormat(locale);
    } catch {
      return new Intl.NumberFormat("en");
    }
  });
}

/**
 * Fills `{name}` placeholders; numbers are formatted for the locale, plurals chosen by `count`.
 * Never throws and never prints JavaScript internals: only the params' own properties fill a
 * placeholder (`{constructor}` stays as written), a message that is not text gives "", and
 * plural forms without `other` use a form that is there. Each problem is a development warning.
 */
export function formatMessage(locale: string, message: Message, params: MessageParams = {}): string {
  const loc = typeof locale === "string" ? locale : "en";
  let template: unknown;
  if (typeof message === "string") {
    template = message;
  } else if (typeof message === "object" && message !== null && !Array.isArray(message)) {
    const count = has(params, "count") ? Number(params.count) : 0;
    const forms = message as Record<string, unknown>;
    const pick = (form: string) => (has(forms, form) && typeof forms[form] === "string" ? (forms[form] as string) : undefined);
    template = (count === 0 ? pick("zero") : undefined) ?? pick(pluralRulesFor(loc).select(count)) ?? pick("other");
    if (process.env.NODE_ENV !== "production" && typeof forms.other !== "string") warnOnce(`a plural message has no "other" form: ${safeJson(message)}.`);
    if (template === undefined) template = Object.values(forms).find((v) => typeof v === "string") ?? "";
  } else {
    if (process.env.NODE_ENV !== "production") warnOnce(`a message is a ${message === null ? "null" : typeof message}, not text; showing nothing.`);
    return "";
  }
  return (template as string).replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!has(params, name)) return whole;
    const value: unknown = params[name];
    if (typeof value === "number") return numberFormatFor(loc).format(value);
    if (typeof value === "string") return value;
    if (typeof value === "boolean" || typeof value === "bigint") return String(value);
    if (process.env.NODE_ENV !== "production") warnOnce(`message parameter "${name}" is a ${value === null ? "null" : typeof value}, not text or a number.`);
    return whole;
  });
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value).slice(0, 80);
  } catch {
    return "(unprintable)";
  }
}

export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

/**
 * Looks a key up in the overrides, then in the widget's English defaults; a missing key
 * warns in development and shows the key itself rather than crashing.
 */
export function createTranslator<K extends string>(
  locale: string,
  defaults: Record<K, Message>,
  ...overrides: Array<Partial<Record<string, Message>> | undefined>
): Translate<K> {
  return (key, params) => {
    let message: Message | undefined;
    for (let i = overrides.length - 1; i >= 0 && message === undefined; i--) {
      const bundle = overrides[i];
      if (!has(bundle, key)) continue;
      const candidate: unknown = bundle![key];
      if (isMessage(candidate)) message = candidate;
      else if (process.env.NODE_ENV !== "production" && candidate !== undefined) warnOnce(`message "${key}" is not text or plural forms with "other"; showing the default.`);
    }
    if (message === undefined) {
      message = has(defaults, key) ? defaults[key] : undefined;
      if (process.env.NODE_ENV !== "production" && message !== undefined && !locale.startsWith("en") && overrides.some(Boolean))
        warnOnce(`message "${key}" has no "${locale}" translation; showing English.`);
    }
    if (message === undefined) {
      if (process.env.NODE_ENV !== "production") warnOnce(`message "${key}" is missing.`);
      return key;
    }
    return formatMessage(locale, message, params);
  };
}
