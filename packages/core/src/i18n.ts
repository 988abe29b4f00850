import { warnOnce } from "./dev";

/** Plural forms chosen with Intl.PluralRules; `other` is always required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
/** A message: plain text with `{name}` placeholders, or plural forms selected by `{count}`. */
export type Message = string | PluralMessage;
export type Messages = Record<string, Message>;
export type MessageParams = Record<string, string | number>;

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
  warnOnce(`locale "${String(locale)}" is not a valid BCP 47 language tag; using "en".`);
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

/** Fills `{name}` placeholders; numbers are formatted for the locale, plurals chosen by `count`. */
export function formatMessage(locale: string, message: Message, params: MessageParams = {}): string {
  let template: string;
  if (typeof message === "string") {
    template = message;
  } else {
    const count = Number(params.count ?? 0);
    const rules = cached(pluralRules, locale, () => new Intl.PluralRules(locale));
    const exact = count === 0 ? message.zero : undefined;
    template = exact ?? message[rules.select(count)] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === "number") {
      return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
    }
    return value;
  });
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
      message = overrides[i]?.[key];
    }
    if (message === undefined) {
      message = defaults[key];
      if (message !== undefined && !locale.startsWith("en") && overrides.some(Boolean)) {
        warnOnce(`message "${key}" has no "${locale}" translation; showing English.`);
      }
    }
    if (message === undefined) {
      warnOnce(`message "${key}" is missing.`);
      return key;
    }
    return formatMessage(locale, message, params);
  };
}
