/** Text direction, one type for every Attune package. */
export type Direction = "ltr" | "rtl";

/** A direction prop from JSX or JSON: anything else is undefined (and the caller falls back). */
export function parseDirection(value: unknown): Direction | undefined {
  return value === "ltr" || value === "rtl" ? value : undefined;
}
