import type { Depth, Question, Theme } from "../logic";

// The built-in deck: id, theme and depth once, shared by every language. Twelve questions a
// theme: five light, four deeper, three deepest. Every text was written for Attune.
const L = "light" as const;
const D = "deeper" as const;
const X = "deepest" as const;
const theme = <T extends Theme>(t: T, depths: readonly Depth[]) => depths.map((depth, i) => [`${t}-${i + 1}`, t, depth] as const);
const SPREAD = [L, L, L, L, L, D, D, D, D, X, X, X] as const;

export const catalog = [
  ...theme("lately", SPREAD),
  ...theme("memories", SPREAD),
  ...theme("dreams", SPREAD),
  ...theme("us", SPREAD),
  ...theme("play", SPREAD),
  ...theme("values", SPREAD),
  ...theme("getting-to-know", SPREAD),
];

type Numbered<T extends string> = `${T}-${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`;
/** Every built-in question id; a locale that misses one does not compile. */
export type QuestionId = Numbered<Theme>;

/** Joins one language's texts to the shared ids, themes and depths. */
export const build = (texts: Record<QuestionId, string>): Question[] =>
  catalog.map(([id, theme, depth]) => ({ id, theme, depth, text: texts[id as QuestionId] }));
