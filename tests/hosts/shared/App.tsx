// The page both Vite hosts render (React 19 and React 18.2): every Attune widget, one
// AttuneProvider, a dark-mode switch and a locale switch (English, Spanish, Arabic RTL).
// Everything comes from the installed @attune/react package, never from the workspace.
import * as React from "react";
import { AttuneProvider, memoryStorageAdapter, type AttuneError } from "@attune/react";
import { ar } from "@attune/react/locales/ar";
import { es } from "@attune/react/locales/es";
import { WidgetSections, chrome, type HostLocale } from "./widgets";

const bundles = { en: undefined, es, ar } as const;

export function App({
  hostName,
  nonce,
  container,
}: {
  hostName: string;
  nonce?: string;
  container?: HTMLElement | null;
}) {
  const [dark, setDark] = React.useState(false);
  const [locale, setLocale] = React.useState<HostLocale>("en");
  // Drafts stay in memory on the test page, so runs never see each other's text.
  const storage = React.useMemo(() => memoryStorageAdapter(), []);
  const onError = React.useCallback((error: AttuneError) => {
    (window as unknown as { __attuneErrors: AttuneError[] }).__attuneErrors.push(error);
  }, []);
  const t = chrome[locale];

  React.useEffect(() => {
    document.body.dataset.hostTheme = dark ? "dark" : "light";
  }, [dark]);

  return (
    <>
      <header className="host-header">
        <h1>{hostName}</h1>
        <button type="button" aria-pressed={dark} onClick={() => setDark((d) => !d)} data-host-control="dark">
          Dark mode
        </button>
        <label>
          Language
          <select value={locale} onChange={(e) => setLocale(e.target.value as HostLocale)} data-host-control="locale">
            <option value="en">English</option>
            <option value="es">Español</option>
            <option value="ar" lang="ar">
              العربية
            </option>
          </select>
        </label>
      </header>
      <AttuneProvider
        theme={dark ? "dark" : "light"}
        locale={locale}
        messages={bundles[locale]}
        storage={storage}
        onError={onError}
        nonce={nonce}
        container={container}
      >
        <main className="host-main">
          <WidgetSections t={t} />
        </main>
      </AttuneProvider>
    </>
  );
}

declare global {
  interface Window {
    __attuneErrors: AttuneError[];
    __attuneHost: { react: string; reactDom: string; page: string };
  }
}
