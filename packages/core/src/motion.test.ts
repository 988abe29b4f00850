// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// framer-motion is used only through its documented API: `animate` from its small DOM entry
// and `MotionGlobalConfig` (the documented switch test runners use). Internals such as
// `startWaapiAnimation` or `NativeAnimation` change without notice between releases.
const documented: Record<string, string[]> = {
  "framer-motion": ["MotionGlobalConfig"],
  "framer-motion/dom/mini": ["animate"],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe("framer-motion through its documented API only", () => {
  it("core's published source imports nothing else from framer-motion", () => {
    const used: string[] = [];
    for (const file of sources(__dirname)) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+["'](framer-motion[^"']*)["']/g)) {
        for (const name of m[1]!.split(",").map((n) => n.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0]!).filter(Boolean)) {
          used.push(`${m[2]}:${name}`);
          expect(documented[m[2]!] ?? [], `${file}: ${name} from ${m[2]}`).toContain(name);
        }
      }
      expect(text, file).not.toMatch(/import\s+\*\s+as\s+\w+\s+from\s+["']framer-motion/);
      for (const m of text.matchAll(/import\(\s*["'](framer-motion[^"']*)["']\s*\)/g)) expect(Object.keys(documented), file).toContain(m[1]);
      // The animation code loads on first use: only a type may come from it statically.
      expect(text, file).not.toMatch(/import\s+\{[^}]*\}\s+from\s+["']framer-motion\/dom\/mini["']/);
    }
    expect(used).toContain("framer-motion/dom/mini:animate");
  });
});
