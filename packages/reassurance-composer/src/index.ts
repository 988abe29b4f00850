export { reassuranceComposerMessages, type ReassuranceComposerMessageKey } from "./messages";
