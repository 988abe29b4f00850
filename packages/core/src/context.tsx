import * as React from "react";
import { MotionConfig } from "framer-motion";
import type { Messages } from "./i18n";
import { directionOf, resolveLocale } from "./i18n";
import type { ErrorHandler, StorageAdapter } from "./storage";

export type ThemeName = "light" | "dark" | "system" | (string & {});
export type ReducedMotionPolicy = "user" | "always" | "never";
import type { Direction } from "./direction";

export type { Direction };

export interface AttuneContextValue {
  locale: string;
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
  /** Messages that replace the English defaults: a locale bundle, single overrides, or both merged. */
  messages?: Partial<Messages>;
  /** Text direction. @default the locale's direction ("rtl" for Arabic, Hebrew, Persian…) */
  dir?: Direction;
  /** Motion policy: "user" follows the OS reduced-motion setting; "always" reduces; "never" animates. @default "user" */
  reducedMotion?: ReducedMotionPolicy;
  /** Where widgets persist drafts when given a `persistKey`. @default localStorage, guarded */
  storage?: StorageAdapter;
  /** Called for every recoverable problem (storage failures, invalid input). */
  onError?: ErrorHandler;
  /** Element that dialogs portal into; pass one inside a shadow root or iframe. @default document.body */
  container?: HTMLElement | null;
  /** CSP nonce handed to framer-motion for the few styles it may add. */
  nonce?: string;
  /** Class names for the provider's own element (it renders with `display: contents`). */
  className?: string;
}

/**
 * The one provider a host wraps around its app. Every widget also works without it.
 * It renders one element that carries the theme, direction and motion policy to CSS.
 */
export function AttuneProvider(props: AttuneProviderProps) {
  const {
    children,
    theme = "light",
    locale: localeProp,
    messages,
    dir: dirProp,
    reducedMotion = "user",
    storage,
    onError,
    container,
    nonce,
    className,
  } = props;
  const locale = resolveLocale(localeProp);
  const dir = dirProp === "rtl" || dirProp === "ltr" ? dirProp : directionOf(locale);
  const value = React.useMemo<AttuneContextValue>(
    () => ({ locale, dir, theme, messages, reducedMotion, storage, onError, container, nonce, hasProvider: true }),
    [locale, dir, theme, messages, reducedMotion, storage, onError, container, nonce],
  );
  return (
    <AttuneContext.Provider value={value}>
      <MotionConfig reducedMotion={reducedMotion} nonce={nonce}>
        <div
          className={className ? `attune attune-provider ${className}` : "attune attune-provider"}
          data-attune-theme={theme}
          data-attune-motion-policy={reducedMotion}
          dir={dir}
          lang={locale}
        >
          {children}
        </div>
      </MotionConfig>
    </AttuneContext.Provider>
  );
}

export function useAttune(): AttuneContextValue {
  return React.useContext(AttuneContext);
}
