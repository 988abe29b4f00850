import * as React from "react";

type PossibleRef<T> = React.Ref<T> | undefined;

/** Sets every ref (callback or object) to the same node. */
export function composeRefs<T>(...refs: PossibleRef<T>[]): (node: T | null) => void {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === "function") ref(node);
      else if (ref) (ref as React.MutableRefObject<T | null>).current = node;
    }
  };
}

/** A stable callback ref that forwards to every given ref: a part's own ref plus the host's. */
export function useComposedRefs<T>(...refs: PossibleRef<T>[]): (node: T | null) => void {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the refs themselves are the dependencies
  return React.useCallback(composeRefs(...refs), refs);
}
