// Builds what `onSend` hands the host, exported from "/logic". The widget loads this file with
// the first send, or when a person reaches for the note or the send button (a chunk of its own
// in a host's bundle, with core's grapheme helpers that clean and shorten the note).
import { stripControlCharacters, truncateGraphemes } from "@attune/core/logic";
import { MAX_NOTE_LENGTH, type Question, type SentQuestion } from "./deck";

export function createSentQuestion(question: Question, note: string, sentAt: number): SentQuestion {
  return {
    version: 1,
    questionId: question.id,
    theme: question.theme,
    depth: question.depth,
    text: question.text,
    note: truncateGraphemes(stripControlCharacters(note).trim(), MAX_NOTE_LENGTH),
    sentAt,
  };
}
