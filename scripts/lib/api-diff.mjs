// Comparing API reports (scripts/api-report.mjs) and reading pending changesets.

/** Every export in a report, as "entry point: name" strings. */
export function parseReport(text) {
  const out = new Set();
  let entry = "";
  for (const line of text.split("\n")) {
    if (line.startsWith("## ")) entry = line.slice(3).trim();
    else if (line.startsWith("### ")) out.add(`${entry}: ${line.slice(4).trim()}`);
  }
  return out;
}

/** The exports in `before` that `after` no longer has. */
export function removedExports(before, after) {
  return [...before].filter((name) => !after.has(name));
}

/** The bump level each package gets from the pending changesets' front matter. */
export function changesetLevels(changesets) {
  const rank = { patch: 1, minor: 2, major: 3 };
  const levels = new Map();
  for (const text of changesets) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!front) continue;
    for (const line of front[1].split("\n")) {
      const m = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
      if (m && (rank[m[2]] > (rank[levels.get(m[1])] ?? 0))) levels.set(m[1], m[2]);
    }
  }
  return levels;
}

/** Of `packages` (names whose exports were removed), those with no pending major changeset. */
export function missingMajorChangesets(packages, changesets) {
  const levels = changesetLevels(changesets);
  return packages.filter((name) => levels.get(name) !== "major");
}
