import * as React from "react";
import { warnOnce } from "./dev";
import type { AttuneMessages, Messages } from "./i18n";
import { directionOf, resolveLocale } from "./i18n";
import { isStorageAdapter, memoryStorageAdapter, type AttuneError, type ErrorHandler, type StorageAdapter } from "./storage";
import { parseDirection } from "./direction";

export type ThemeName = "light" | "dark" | "system" | (string & {});
export type ReducedMotionPolicy = "user" | "always" | "never";
import type { Direction } from "./direction";

export type { Direction };

export interface AttuneContextValue {
  /** The locale for formatting and plurals ("en" unless the host passed one). */
  locale: string;
  /** The `lang` attribute to set: the locale only when the host passed one, else undefined. */
  lang: string | undefined;
  dir: Direction | undefined;
  theme: ThemeName | undefined;
  messages: Partial<Messages> | undefined;
  reducedMotion: ReducedMotionPolicy;
  storage: StorageAdapter | undefined;
  onError: ErrorHandler | undefined;
  container: HTMLElement | null | undefined;
  nonce: string | undefined;
  /** False when a widget is rendered without any AttuneProvider above it. */
  hasProvider: boolean;
}

const defaults: AttuneContextValue = {
  locale: "en",
  lang: undefined,
  dir: undefined,
  theme: undefined,
  messages: undefined,
  reducedMotion: "user",
  storage: undefined,
  onError: undefined,
  container: undefined,
  nonce: undefined,
  hasProvider: false,
};

export const AttuneContext = /* @__PURE__ */ React.createContext<AttuneContextValue>(defaults);

export interface AttuneProviderProps {
  children?: React.ReactNode;
  /** Colour theme: "light", "dark", "system" (follows the OS) or the name of a host brand theme. @default "light" */
  theme?: ThemeName;
  /** BCP 47 locale for Intl formatting and plural rules. @default "en" */
  locale?: string;
  /**
   * Messages that replace the English defaults: a locale bundle, single overrides, or both
   * merged. Typed by key: every installed package adds its keys to `AttuneMessages`, so a
   * misspelt key is a compile error.
   */
  messages?: Partial<AttuneMessages>;
  /**
   * Text direction. @default the locale's direction when `locale` is given; otherwise none is
   * set, and widgets follow the page's (`<html dir="rtl">` works).
   */
  dir?: Direction;
  /** Motion policy: "user" follows the OS reduced-motion setting; "always" reduces; "never" animates. @default "user" */
  reducedMotion?: ReducedMotionPolicy;
  /** Where widgets persist drafts when given a `persistKey`. @default localStorage, guarded */
  storage?: StorageAdapter;
  /** Called for every recoverable problem (storage failures, invalid input). */
  onError?: ErrorHandler;
  /** Element that dialogs portal into; pass one inside a shadow root or iframe. @default document.body */
  container?: HTMLElement | null;
  /** CSP nonce for any style element a widget adds (Attune's own animations add none). */
  nonce?: string;
  /** Class names for the provider's own element (it renders with `display: contents`). */
  className?: string;
}

const REDUCED_MOTION = ["user", "always", "never"];
const isElement = (v: unknown): v is HTMLElement => typeof v === "object" && v !== null && (v as Node).nodeType === 1;

/**
 * The one provider a host wraps around its app. Every widget also works without it.
 * It renders one element (`display: contents`) that carries the theme and Attune's motion
 * policy to CSS, and `lang`/`dir` only when the host passes `locale`/`dir`: host content
 * inside keeps its own language and the page's direction. Attune's motion policy applies to
 * Attune's animations only; the host's own framer-motion components are left alone.
 * Props of the wrong type are reported (development warning and onError "invalid-prop") and
 * replaced by their defaults; nothing here throws.
 */
export function AttuneProvider(props: AttuneProviderProps) {
  const { children, locale: localeProp } = props;
  const onError = typeof props.onError === "function" ? props.onError : undefined;
  const problems: string[] = [];
  const check = <T,>(name: string, value: unknown, ok: boolean, fallback: T, expected: string): T | undefined => {
    if (value === undefined || ok) return value as T | undefined;
    problems.push(`AttuneProvider ${name}: expected ${expected}, got ${describe(value)}; using ${fallback === undefined ? "none" : JSON.stringify(fallback)}.`);
    return fallback;
  };
  if (props.onError !== undefined && !onError) problems.push(`AttuneProvider onError: expected a function, got ${describe(props.onError)}; ignoring it.`);
  const theme = check<ThemeName>("theme", props.theme, typeof props.theme === "string" && props.theme.trim() !== "", "light", "a theme name") ?? "light";
  const dirProp = check<Direction | undefined>("dir", props.dir, parseDirection(props.dir) !== undefined, undefined, '"ltr" or "rtl"');
  const reducedMotion =
    check<ReducedMotionPolicy>("reducedMotion", props.reducedMotion, REDUCED_MOTION.includes(props.reducedMotion as string), "user", '"user", "always" or "never"') ?? "user";
  const storage = check<StorageAdapter | undefined>("storage", props.storage, props.storage === null || isStorageAdapter(props.storage), undefined, "a storage adapter (getItem, setItem, removeItem)");
  const container = check<HTMLElement | null | undefined>("container", props.container, props.container === null || isElement(props.container), undefined, "an element");
  const messages = check<Partial<Messages> | undefined>(
    "messages",
    props.messages,
    typeof props.messages === "object" && props.messages !== null && !Array.isArray(props.messages),
    undefined,
    "an object of messages",
  );
  const nonce = check<string | undefined>("nonce", props.nonce, typeof props.nonce === "string", undefined, "a string");
  const className = typeof props.className === "string" && props.className ? props.className : undefined;
  const hasLocale = localeProp !== undefined;
  const locale = resolveLocale(localeProp);
  // The page's direction stands unless the host chose a direction or a locale.
  const dir = dirProp ?? (hasLocale ? directionOf(locale) : undefined);

  const problemText = problems.join("\n");
  const onErrorRef = React.useRef(onError);
  onErrorRef.current = onError;
  React.useEffect(() => {
    if (!problemText) return;
    for (const message of problemText.split("\n")) {
      warnOnce(message);
      const error: AttuneError = { code: "invalid-prop", message };
      try {
        onErrorRef.current?.(error);
      } catch {
        // A host handler that throws must not take the page down.
      }
    }
  }, [problemText]);
  // A `storage` that is not an adapter: drafts stay in this provider's memory, never in a
  // storage the host did not choose.
  const invalidStorage = props.storage !== undefined && props.storage !== null && !storage;
  const fallbackStorage = React.useMemo(() => (invalidStorage ? memoryStorageAdapter() : undefined), [invalidStorage]);

  const value = React.useMemo<AttuneContextValue>(
    () => ({
      locale,
      lang: hasLocale ? locale : undefined,
      dir,
      theme,
      messages,
      reducedMotion,
      storage: storage ?? fallbackStorage,
      onError,
      container,
      nonce,
      hasProvider: true,
    }),
    [locale, hasLocale, dir, theme, messages, reducedMotion, storage, fallbackStorage, onError, container, nonce],
  );
  return (
    <AttuneContext.Provider value={value}>
      <div
        className={className ? `attune attune-provider ${className}` : "attune attune-provider"}
        data-attune-theme={theme}
        data-attune-motion-policy={reducedMotion}
        dir={dir}
        lang={hasLocale ? locale : undefined}
      >
        {children}
      </div>
    </AttuneContext.Provider>
  );
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `"${value.slice(0, 40)}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `a ${typeof value}`;
}

export function useAttune(): AttuneContextValue {
  return React.useContext(AttuneContext);
}
