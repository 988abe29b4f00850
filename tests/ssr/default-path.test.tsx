// The default path of server rendering: every exported component as a host first writes it
// (default-path-cases.tsx: no props, or data with no pinned `now` or `timeZone`), rendered on
// a server in UTC and hydrated in a browser in Berlin.
// A widget that reads the device's zone or the clock during render gives different markup
// on the two sides, which React reports as a hydration error.
import * as React from "react";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { hydrateRoot } from "react-dom/client";
import { act } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { componentExports, coveredBy } from "./cases";
import { defaultPathElement } from "./default-path-cases";

const root = resolve(__dirname, "../..");

/**
 * Widgets that still read the device's zone or Date.now() during render: none since the planner
 * and the history read them after mount (issue 22, "Server rendering"). A name listed here `it.fails` makes a fixed widget that is still listed
 * fail too, so the list cannot go stale.
 */
const knownHydrationMismatches = new Set<string>([]);

type ServerResult = { timeZone: string; offset: number; out: Record<string, { html?: string; error?: string; consoleErrors: string[] }> };
let server: ServerResult;
const previousTz = process.env.TZ;

beforeAll(async () => {
  // Bundle the server script from source (as the unit tests read every package) and run it
  // in a plain Node process in UTC; react and react-dom stay external, resolved from the root.
  // Under the React 18 project the server half uses React 18 too (its useId ids differ).
  const modules = process.env.ATTUNE_REACT === "18" ? join(root, "tests", "react18", "node_modules") : join(root, "node_modules");
  const outDir = join(modules, ".cache", "attune-ssr");
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, "default-path-server.mjs");
  // esbuild runs as its own process (it cannot run inside jsdom); the root tsconfig's paths
  // point every @attune package at its source.
  execFileSync(
    join(root, "node_modules", ".bin", "esbuild"),
    [
      join(__dirname, "default-path-server.tsx"),
      `--outfile=${outfile}`,
      "--bundle",
      "--platform=node",
      "--format=esm",
      "--jsx=automatic",
      "--log-level=error",
      `--tsconfig=${join(root, "tsconfig.json")}`,
      "--external:react",
      "--external:react/*",
      "--external:react-dom",
      "--external:react-dom/*",
      '--define:process.env.NODE_ENV="development"',
    ],
    { cwd: root, encoding: "utf8" },
  );
  const json = execFileSync(process.execPath, [outfile], { env: { ...process.env, TZ: "UTC" }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  server = JSON.parse(json) as ServerResult;
  // The browser half runs in Berlin (Node applies a TZ change at once).
  process.env.TZ = "Europe/Berlin";
}, 120_000);

afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

const names = componentExports().filter((n) => !(n in coveredBy));

describe("server in UTC, browser in Berlin, nothing pinned", () => {
  it("really runs the two halves in two zones", () => {
    expect(server.timeZone).toBe("UTC");
    expect(server.offset).toBe(0);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("Europe/Berlin");
    expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(-60);
  });

  it("renders every exported component (parts through their roots)", () => {
    expect(Object.keys(server.out).sort()).toEqual([...names].sort());
  });

  for (const name of names) {
    const run = knownHydrationMismatches.has(name) ? it.fails : it;
    run(`${name} renders on the server and hydrates with no hydration error`, async () => {
      const result = server.out[name]!;
      expect(result.error).toBeUndefined();
      expect(result.consoleErrors).toEqual([]);
      const logged: string[] = [];
      const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
      const container = document.createElement("div");
      document.body.appendChild(container);
      container.innerHTML = result.html!;
      const recoverable: unknown[] = [];
      let unmount = () => {};
      try {
        await act(async () => {
          const r = hydrateRoot(container, <React.StrictMode>{defaultPathElement(name)}</React.StrictMode>, {
            onRecoverableError: (e) => recoverable.push(String(e)),
          });
          unmount = () => r.unmount();
        });
        expect(recoverable).toEqual([]);
        expect(logged).toEqual([]);
      } finally {
        act(() => unmount());
        container.remove();
        spy.mockRestore();
      }
    });
  }
});
