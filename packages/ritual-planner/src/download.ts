/** Saves calendar text as a file through a Blob and an object URL: nothing leaves the device. */
export function downloadIcs(ics: string, fileName: string): boolean {
  if (typeof document === "undefined" || !globalThis.URL?.createObjectURL) return false;
  const href = URL.createObjectURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));
  Object.assign(document.createElement("a"), { href, download: fileName }).click();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
  return true;
}
