// Component entry. Question text is not here: it lives in "@attune/curiosity-deck/questions/<locale>",
// so the widget stays small and a host loads only the language it shows.
// Names are prefixed because the umbrella @attune/react re-exports every package with `export *`.
export {
  Deck,
  CuriosityDeck,
  preloadCuriosityDeck,
  Root as CuriosityDeckRoot,
  Title as CuriosityDeckTitle,
  Themes as CuriosityDeckThemes,
  Card as CuriosityDeckCard,
  Navigation as CuriosityDeckNavigation,
  Progress as CuriosityDeckProgress,
  Marks as CuriosityDeckMarks,
  Send as CuriosityDeckSend,
  Answer as CuriosityDeckAnswer,
  type CuriosityDeckProps,
  type CuriosityDeckRootProps,
  type CuriosityDeckTitleProps,
  type CuriosityDeckThemesProps,
  type CuriosityDeckCardProps,
  type CuriosityDeckNavigationProps,
  type CuriosityDeckProgressProps,
  type CuriosityDeckMarksProps,
  type CuriosityDeckSendProps,
  type CuriosityDeckAnswerProps,
} from "./curiosity-deck";
export {
  useCuriosityDeck,
  type UseCuriosityDeckOptions,
  type CuriosityDeckState,
  type CuriosityDeckTranslate,
  type CuriosityDeckShortKey,
  type CuriosityDeckMove,
} from "./use-curiosity-deck";
// The pure functions live in "@attune/curiosity-deck/logic"; only the types a host needs are here.
export type {
  Answers as CuriosityDeckAnswers,
  DeckState as CuriosityDeckValue,
  Depth as CuriosityDeckDepth,
  Mark as CuriosityDeckMark,
  Question as CuriosityDeckQuestion,
  SentQuestion as CuriosityDeckSentQuestion,
  Theme as CuriosityDeckTheme,
} from "./logic";
export { curiosityDeckMessages, type CuriosityDeckMessageKey } from "./messages";
