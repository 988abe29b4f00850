export { needsSpectrumMessages, type NeedsSpectrumMessageKey } from "./messages";
