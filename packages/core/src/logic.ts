// React-free helpers: safe to import on a server, in a worker or in a test without a DOM.
export { isDev, warnOnce, resetWarnings } from "./dev";
export { clamp, finiteOr, normalizeRange, snapToStep, type NumericRange } from "./numbers";
export {
  createTranslator,
  directionOf,
  formatMessage,
  resolveLocale,
  type Message,
  type MessageParams,
  type Messages,
  type PluralMessage,
  type Translate,
} from "./i18n";
export {
  STORAGE_PREFIX,
  createSafeStorage,
  localStorageAdapter,
  memoryStorageAdapter,
  parseStored,
  storageKey,
  type AttuneError,
  type AttuneErrorCode,
  type ErrorHandler,
  type SafeStorage,
  type StorageAdapter,
} from "./storage";
export {
  fromWallClock,
  isValidTimeZone,
  localTimeZone,
  offsetMinutes,
  parseWallClock,
  toWallClock,
  validZonedTime,
  type Disambiguation,
  type ResolvedWallClock,
  type WallClock,
  type ZonedTime,
} from "./time";
export { countGraphemes, stripControlCharacters, truncateGraphemes } from "./text";
export { coreMessages, type CoreMessageKey } from "./messages";
export { dateTimeFormat, formatDateTime } from "./format";
export { rovingIndex, type RovingMoveOptions, type RovingOrientation } from "./roving";
export { parseDirection, type Direction } from "./direction";
