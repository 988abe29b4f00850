// React-free helpers: safe to import on a server, in a worker or in a test without a DOM.
export { isDev, oneOf, warnOnce, resetWarnings } from "./dev";
export { clamp, finiteOr, normalizeRange, snapToStep, type NumericRange } from "./numbers";
export {
  createTranslator,
  directionOf,
  formatMessage,
  isMessage,
  resolveLocale,
  type AttuneMessages,
  type Message,
  type MessageParams,
  type Messages,
  type PluralMessage,
  type Translate,
} from "./i18n";
export {
  STORAGE_PREFIX,
  clearAttuneStorage,
  createSafeStorage,
  isStorageAdapter,
  localStorageAdapter,
  memoryStorageAdapter,
  parseStored,
  safeStorageFor,
  sharedSafeStorage,
  storageKey,
  type AttuneError,
  type AttuneErrorCode,
  type ErrorHandler,
  type SafeStorage,
  type StorageAdapter,
  type StorageListener,
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
export { dateTimeFormat, formatDateTime } from "./format";
export { rovingIndex, type RovingMoveOptions, type RovingOrientation } from "./roving";
export { parseDirection, type Direction } from "./direction";
export {
  daysInMonth,
  isIsoDate,
  isIsoTime,
  parseIsoDate,
  parseIsoTime,
  toIsoDate,
  type CalendarDate,
  type IsoDate,
  type IsoTime,
} from "./dates";
