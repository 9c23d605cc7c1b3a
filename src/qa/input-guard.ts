/**
 * Checks a question before it reaches retrieval: control characters are removed, and an
 * empty, overlong or non-English question gets a short helpful reply instead of a search.
 */
import { cleanInput } from '../domain/input-text.ts';

export const MAX_QUESTION_CHARS = 1000;

export type GuardResult = { ok: true; question: string } | { ok: false; question: string; reply: string };

/**
 * Mentions that open a question address people, they are not part of it: "@channel who met
 * Wang Yi?", "@Dana, when does the vote close?". The adapters turn platform mentions into
 * "@name"; raw markup ("<!here>", "<@U123>") is taken off the same way.
 */
const LEADING_MENTIONS_RE = /^(?:\s*(?:@[\p{L}\p{N}._-]+|<[@!#][^<>\s]*>)[,:;]?)+\s*/u;

/** Emoji, their modifiers and joiners, and variation selectors. */
const PICTOGRAPH_RE = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u{FE0E}\u{FE0F}]|\u{200D}|\u{20E3}|[\u{1F1E6}-\u{1F1FF}]/gu;

/** The question without quotation marks around the whole of it: "\"when did they meet?\"". */
function unquoted(text: string): string {
  const m = /^["“”'‘’`]+([^"“”]*?)["“”'‘’`]+$/u.exec(text);
  return m && (m[1] as string).trim().length > 0 ? (m[1] as string).trim() : text;
}

export function guardQuestion(raw: string): GuardResult {
  // Emoji and pictographs carry no question ("who is Wang Yi? 🤔"); quotation marks around the
  // whole question are not part of it.
  const cleaned = unquoted(cleanInput(raw).replace(PICTOGRAPH_RE, '').replace(/\s+/g, ' ').trim());
  const unaddressed = cleaned.replace(LEADING_MENTIONS_RE, '');
  // A question that is only a mention keeps its text, so the reply can say it is empty.
  const question = unaddressed.length > 0 ? unaddressed : cleaned;
  if (!/[\p{L}\p{N}]/u.test(unaddressed)) {
    return { ok: false, question, reply: 'Please ask a question, for example "When did the talks begin?"' };
  }
  if (question.length > MAX_QUESTION_CHARS) {
    return {
      ok: false,
      question: `${question.slice(0, 80)}…`,
      reply: `That question is too long (${question.length.toLocaleString('en-US')} characters). Please ask one short question, under ${MAX_QUESTION_CHARS} characters.`,
    };
  }
  const letters = question.match(/\p{L}/gu) ?? [];
  const latin = question.match(/\p{Script=Latin}/gu) ?? [];
  if (letters.length > 0 && latin.length / letters.length < 0.5) {
    return {
      ok: false,
      question,
      reply: 'I can only answer questions in English for now, because the source documents are in English. Please ask again in English.',
    };
  }
  return { ok: true, question };
}
