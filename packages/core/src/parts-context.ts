import * as React from "react";

/**
 * The context a widget's Root gives its parts, and the hook each part reads it with. A part
 * rendered outside its Root throws one clear message:
 * "[attune] LoopMap.Steps must be inside LoopMap.Root." (or "LoopMap parts …" without a name).
 */
export function createPartsContext<T>(widget: string): readonly [React.Context<T | null>, (part?: string) => T] {
  const Context = React.createContext<T | null>(null);
  const usePart = (part?: string): T => {
    const value = React.useContext(Context);
    if (value === null) throw new Error(`[attune] ${part ? `${widget}.${part}` : `${widget} parts`} must be inside ${widget}.Root.`);
    return value;
  };
  return [Context, usePart] as const;
}
