// Ships a package's src/styles.css as dist/styles.css and dist/styles.layer.css (the same
// rules inside `@layer attune`, so a host's unlayered CSS always wins). Run from the package.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const cwd = process.cwd();
const src = join(cwd, "src", "styles.css");
const parts = [];
const pkgPeek = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"));
if (existsSync(src) && !pkgPeek.attune?.bundleStylesFrom) parts.push(readFileSync(src, "utf8"));
// The umbrella package concatenates every package's styles (core first).
const pkg = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"));
for (const dep of pkg.attune?.bundleStylesFrom ?? []) {
  parts.push(readFileSync(join(cwd, "..", dep, "src", "styles.css"), "utf8"));
}
const css = parts.join("\n");
mkdirSync(join(cwd, "dist"), { recursive: true });
writeFileSync(join(cwd, "dist", "styles.css"), css);
writeFileSync(join(cwd, "dist", "styles.layer.css"), `@layer attune {\n${css}\n}\n`);
