import { join } from "node:path";
import { build } from "esbuild";

/**
 * For tests of what a built package's entry or chunk takes along: bundles `names` exported from
 * `dist/<entry>` in production, the way a host's bundler (and size-limit) does, React and
 * `external` left out, and returns the code.
 */
export async function bundleBuilt(dist: string, entry: string, names: string, external: string[]): Promise<string> {
  const out = await build({
    stdin: { contents: `export ${names} from ${JSON.stringify(join(dist, entry))};`, resolveDir: dist, loader: "js" },
    bundle: true,
    write: false,
    format: "esm",
    define: { "process.env.NODE_ENV": '"production"' },
    external: ["react", "react-dom", "react/jsx-runtime", ...external],
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}
