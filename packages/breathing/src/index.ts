export { breathingMessages, type BreathingMessageKey } from "./messages";
