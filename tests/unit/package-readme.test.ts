// @vitest-environment node
// Every published package's README shows its own install line, an import from itself and a
// picture of the widget, and all three ship in the tarball ("files"), with the metadata a
// registry page needs.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const dirs = readdirSync(join(root, "packages")).filter((d) => existsSync(join(root, "packages", d, "package.json")));

describe.each(dirs)("packages/%s", (dir) => {
  const pkg = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
  const readme = existsSync(join(root, "packages", dir, "README.md")) ? readFileSync(join(root, "packages", dir, "README.md"), "utf8") : "";

  it("README shows its own install line and import", () => {
    expect(readme).toContain(`npm install ${pkg.name}`);
    expect(readme).toMatch(new RegExp(`from "${pkg.name.replace("/", "\\/")}"`));
  });

  it("README shows a committed screenshot that ships in the tarball", () => {
    const image = /!\[[^\]]+\]\((docs\/[^)]+\.png)\)/.exec(readme)?.[1];
    expect(image).toBeDefined();
    expect(existsSync(join(root, "packages", dir, image!))).toBe(true);
    expect(pkg.files).toEqual(expect.arrayContaining([image, "README.md", "CHANGELOG.md"]));
  });

  it("has the metadata and changelog a registry page needs", () => {
    expect(pkg.repository).toMatchObject({ type: "git", directory: `packages/${dir}` });
    expect(pkg.homepage).toBeTruthy();
    expect(pkg.bugs?.url).toBeTruthy();
    expect(pkg.keywords.length).toBeGreaterThan(0);
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(join(root, "packages", dir, "CHANGELOG.md"), "utf8")).toMatch(new RegExp(`^# ${pkg.name}\\n\\n## ${pkg.version.replace(/\./g, "\\.")}\\n`));
  });
});
