/**
 * Chat phrasing read as the question it stands for, before spelling and analysis: a contraction
 * typed without its apostrophe ("whats", "didnt") and a chat lead-in that asks for anything on
 * a subject ("any news on body armor?", "tell me about the Wagner Group") become the question's
 * words alone, so "news" or "whats" is not taken for a word the documents must contain.
 * General English; the question as typed is still what the answer shows.
 */

/** "whats", "whos", "wheres": a question word and "is" without the apostrophe. */
const QUESTION_S_RE = /\b(what|who|where|when|how|why|that|there)s\b/gi;
/** "didnt", "isnt", "cant", "wont": a negated auxiliary without the apostrophe. */
const NT_RE = /\b(is|was|were|are|do|does|did|has|have|had|could|would|should|ca|wo|must|need)nt\b/gi;
/** A lead-in asking for anything on a subject: "any news on", "anything new about", "tell me more about", "updates on". */
const LEAD_IN_RE = /^\s*(?:(?:(?:are|is)\s+there\s+|got\s+)?any\s+(?:news|updates?|word|info(?:rmation)?|developments?)|(?:the\s+)?(?:latest\s+)?(?:news|updates?|info(?:rmation)?)|anything(?:\s+new)?|(?:can\s+you\s+)?tell\s+me(?:\s+more)?|what\s+do\s+(?:we|you)\s+know)\s+(?:on|about|regarding|concerning|with)\s+(?=\S)/i;

/** "the us", "the eu", "the un", "the uk" typed in lower case: after "the" they are the country or body, not "us". */
const LOWER_ABBREVIATION_RE = /\b(the\s+)(us|u\.s\.|uk|u\.k\.|un|u\.n\.|eu)(?![\p{L}.])/gu;

/** The question's words as a question: contractions spelled out with their apostrophe, a chat lead-in left off, "the us" read as "the US". */
export function readChatPhrasing(question: string): string {
  return question
    .replace(QUESTION_S_RE, (_m, w: string) => `${w}'s`)
    .replace(NT_RE, (_m, w: string) => `${w}n't`)
    .replace(LEAD_IN_RE, '')
    .replace(LOWER_ABBREVIATION_RE, (_m, the: string, a: string) => `${the}${a.toUpperCase()}`);
}
