/** Counting and cutting in user-perceived characters (grapheme clusters). */

let segmenter: Intl.Segmenter | undefined;

function graphemes(text: string): Iterable<{ segment: string }> {
  if (typeof Intl !== "undefined" && "Segmenter" in Intl) {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
    return segmenter.segment(text);
  }
  return Array.from(text, (segment) => ({ segment }));
}

/** How many characters a person sees: an emoji family or e + combining accent counts once. */
export function countGraphemes(text: string, stopAt = Infinity): number {
  let n = 0;
  for (const _ of graphemes(text)) {
    if (++n >= stopAt) break;
  }
  return n;
}

/**
 * The first `limit` grapheme clusters. Huge input (a 1 MB paste) is cut by code units
 * first, so the work stays proportional to the limit, not to the paste.
 */
export function truncateGraphemes(text: string, limit: number): string {
  if (limit <= 0) return "";
  // No cluster we care about is longer than 64 code units; Zalgo beyond that is cut anyway.
  const rough = text.length > limit * 64 ? text.slice(0, limit * 64) : text;
  let out = "";
  let n = 0;
  for (const { segment } of graphemes(rough)) {
    if (n++ >= limit) break;
    out += segment;
  }
  return out;
}

/** Removes control characters that render as nothing or break layout (NUL, BOM, bidi overrides are kept visible by isolation instead). */
export function stripControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g, "");
}
