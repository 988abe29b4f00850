import * as React from "react";
import { useAttune } from "../context";
import { createTranslator, type Message, type Translate } from "../i18n";

/**
 * A widget's `t()`: the instance's `messages` prop first, then the provider's messages
 * (a locale bundle and host overrides), then the widget's English defaults.
 */
export function useTranslator<K extends string>(
  defaults: Record<K, Message>,
  instanceMessages?: Partial<Record<K, Message>>,
): Translate<K> {
  const { locale, messages } = useAttune();
  return React.useMemo(
    () => createTranslator(locale, defaults, messages, instanceMessages),
    [locale, defaults, messages, instanceMessages],
  );
}
