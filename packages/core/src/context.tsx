import * as React from "react";
import { warnOnce } from "./dev";
import type { AttuneMessages, Messages } from "./i18n";
import { directionOf, resolveLocale } from "./i18n";
import { isStorageAdapter, type ErrorHandler, type StorageAdapter } from "./storage";
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

// Outside a provider: English, the OS motion setting, and nothing else set (the other fields
// read undefined, as their types allow).
const defaults = { locale: "en", reducedMotion: "user", hasProvider: false } as AttuneContextValue;

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
  const { children, locale: localeProp, storage } = props;
  const problems: string[] = [];
  // A prop given with the wrong type or value: reported, then treated as not given.
  const valid = (name: keyof AttuneProviderProps, ok: (v: never) => boolean): boolean => {
    const v = props[name];
    if (v === undefined || ok(v as never)) return true;
    problems.push(`AttuneProvider ${name} ${typeof v === "string" ? `"${v.slice(0, 40)}"` : `(${v === null ? "null" : typeof v})`} is not valid; using the default.`);
    return false;
  };
  const onError = valid("onError", (v) => typeof v === "function") ? props.onError : undefined;
  const theme = (valid("theme", (v: string) => typeof v === "string" && v.trim() !== "") && props.theme) || "light";
  const dirProp = valid("dir", (v) => parseDirection(v) !== undefined) ? props.dir : undefined;
  const reducedMotion = (valid("reducedMotion", (v: string) => REDUCED_MOTION.includes(v)) && props.reducedMotion) || "user";
  // Not an adapter: kept in the context as given, so usePersistentState keeps drafts in memory
  // rather than in a storage the host did not choose.
  valid("storage", (v) => v === null || isStorageAdapter(v));
  const container = valid("container", (v) => v === null || isElement(v)) ? props.container : undefined;
  const messages = valid("messages", (v) => typeof v === "object" && v !== null && !Array.isArray(v)) ? (props.messages as Partial<Messages> | undefined) : undefined;
  const nonce = valid("nonce", (v) => typeof v === "string") ? props.nonce : undefined;
  const className = typeof props.className === "string" ? props.className : "";
  valid("locale", (v) => typeof v === "string");
  const hasLocale = localeProp !== undefined;
  const locale = resolveLocale(localeProp);
  // The page's direction stands unless the host chose a direction or a locale.
  const dir = dirProp ?? (hasLocale ? directionOf(locale) : undefined);

  const problemText = problems.join("\n");
  const onErrorRef = React.useRef(onError);
  onErrorRef.current = onError;
  React.useEffect(() => {
    if (problemText)
      for (const message of problemText.split("\n")) {
        if (process.env.NODE_ENV !== "production") warnOnce(message);
        try {
          onErrorRef.current?.({ code: "invalid-prop", message });
        } catch {
          // A host handler that throws must not take the page down.
        }
      }
  }, [problemText]);

  const value = React.useMemo<AttuneContextValue>(
    () => ({
      locale,
      lang: hasLocale ? locale : undefined,
      dir,
      theme,
      messages,
      reducedMotion,
      storage,
      onError,
      container,
      nonce,
      hasProvider: true,
    }),
    [locale, hasLocale, dir, theme, messages, reducedMotion, storage, onError, container, nonce],
  );
  return (
    <AttuneContext.Provider value={value}>
      <div
        className={`attune attune-provider ${className}`.trim()}
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

export function useAttune(): AttuneContextValue {
  return React.useContext(AttuneContext);
}
