// The shadow-DOM recipe: a custom element that renders Attune into its own shadow root.
// 1. The stylesheet is linked inside the shadow root (document styles do not cross it).
// 2. A portal element inside the shadow root is handed to AttuneProvider as `container`,
//    so dialogs open inside the shadow root and inherit its styles.
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { AttuneProvider, memoryStorageAdapter } from "@attune/react";
import { WidgetSections, chrome } from "./widgets";

function Embedded({ portal }: { portal: HTMLElement }) {
  const storage = React.useMemo(() => memoryStorageAdapter(), []);
  return (
    <AttuneProvider container={portal} storage={storage} onError={(e) => window.__attuneErrors.push(e)}>
      <main className="embed-main">
        <WidgetSections t={chrome.en} />
      </main>
    </AttuneProvider>
  );
}

export function defineAttuneEmbed(cssUrl: string) {
  if (customElements.get("attune-embed")) return;
  customElements.define(
    "attune-embed",
    class AttuneEmbed extends HTMLElement {
      #root: Root | undefined;
      connectedCallback() {
        const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
        shadow.replaceChildren();
        const link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = cssUrl;
        const mount = document.createElement("div");
        const portal = document.createElement("div");
        portal.dataset.attunePortal = "";
        shadow.append(link, mount, portal);
        this.#root = createRoot(mount);
        this.#root.render(<Embedded portal={portal} />);
      }
      disconnectedCallback() {
        this.#root?.unmount();
      }
    },
  );
}
