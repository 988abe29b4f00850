// Entry points the Vite hosts call: the full page, the shadow-root embedding and the
// strict-CSP page. Each records the React version it really runs on for the test to check.
import * as React from "react";
import { version as reactDomVersion } from "react-dom";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { defineAttuneEmbed } from "./shadow";
import "./host.css";

function record(page: string) {
  window.__attuneErrors = [];
  window.__attuneHost = { react: React.version, reactDom: reactDomVersion, page };
}

/** Every widget on one page; the stylesheet comes in through a plain CSS import. */
export function mountPage(hostName: string) {
  record("index");
  createRoot(document.getElementById("root")!).render(
    <React.StrictMode>
      <App hostName={hostName} />
    </React.StrictMode>,
  );
}

/**
 * The same page under a strict Content-Security-Policy. The server puts a fresh nonce in
 * <meta name="csp-nonce"> and in the policy's style-src; AttuneProvider hands it on.
 */
export function mountCspPage(hostName: string) {
  record("csp");
  const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content || undefined;
  createRoot(document.getElementById("root")!).render(
    <React.StrictMode>
      <App hostName={`${hostName} · strict CSP`} nonce={nonce} />
    </React.StrictMode>,
  );
}

/** A page that knows nothing of Attune except one custom element. */
export function mountShadowPage(cssUrl: string) {
  record("shadow");
  defineAttuneEmbed(cssUrl);
}
