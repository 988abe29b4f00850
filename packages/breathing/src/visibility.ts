/** Calls `onHidden` whenever `doc` becomes hidden (tab switched, phone locked). Returns the cleanup. */
export function watchHidden(doc: Document, onHidden: () => void): () => void {
  const onVisibility = () => {
    if (doc.visibilityState === "hidden") onHidden();
  };
  doc.addEventListener("visibilitychange", onVisibility);
  return () => doc.removeEventListener("visibilitychange", onVisibility);
}
