/** The properties Attune may animate: both run on the compositor, without layout or paint. */
const ALLOWED = new Set(["transform", "opacity"]);

/** Splits a declaration value on top-level commas (not those inside var() or cubic-bezier()). */
function splitTopLevel(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      out.push(value.slice(start, i));
      start = i + 1;
    }
  }
  out.push(value.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Every transition or keyframe in `css` that animates something other than transform/opacity. */
export function motionProblems(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const problems: string[] = [];
  for (const m of text.matchAll(/(?:^|[;{\s])transition(-property)?\s*:\s*([^;}]+)/g)) {
    const onlyProperty = Boolean(m[1]);
    for (const item of splitTopLevel(m[2]!)) {
      const property = item.split(/\s+/)[0]!;
      if (property === "none" || property === "initial" || property === "unset" || property === "inherit") continue;
      if (!onlyProperty && /^[\d.]+m?s$/.test(property)) {
        problems.push("transition of all");
        continue;
      }
      if (!ALLOWED.has(property)) problems.push(`transition of ${property}`);
    }
  }
  for (const m of text.matchAll(/@keyframes\s+([\w-]+)\s*\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g)) {
    const moved = new Set([...m[2]!.matchAll(/([\w-]+)\s*:/g)].map((d) => d[1]!));
    for (const property of moved) if (!ALLOWED.has(property)) problems.push(`keyframes ${m[1]} animate ${property}`);
  }
  return problems;
}
