import * as React from "react";
import { renderToString } from "react-dom/server";
import { hydrateRoot, type Root } from "react-dom/client";
import { act } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cases } from "./cases";

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = "";
});

// React 18 warns about useLayoutEffect when *server* rendering inside a DOM environment;
// that is an artifact of doing both halves in one jsdom test (server.test.tsx renders in
// real Node, where the widgets use useEffect), not something a host ever sees.
const serverArtifact = /useLayoutEffect does nothing on the server/;

describe("hydration under StrictMode", () => {
  for (const [name, make] of Object.entries(cases)) {
    it(`hydrates ${name} with no console errors`, async () => {
      const messages: string[] = [];
      const record = (...args: unknown[]) => {
        const text = args.map(String).join(" ");
        if (!serverArtifact.test(text)) messages.push(text);
      };
      vi.spyOn(console, "error").mockImplementation(record);
      const container = document.createElement("div");
      document.body.appendChild(container);
      container.innerHTML = renderToString(make());
      const recoverable: unknown[] = [];
      let root: Root | undefined;
      try {
        await act(async () => {
          root = hydrateRoot(container, <React.StrictMode>{make()}</React.StrictMode>, {
            onRecoverableError: (e) => recoverable.push(e),
          });
        });
        expect(messages).toEqual([]);
        expect(recoverable).toEqual([]);
      } finally {
        // Unmounted here, so a lazily loaded part that arrives after the test cannot render
        // into a torn-down environment (seen once as "window is not defined" after the file ended).
        act(() => root?.unmount());
      }
    });
  }
});
