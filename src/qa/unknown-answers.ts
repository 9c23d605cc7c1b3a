/**
 * A sentence that says the asked thing is not known: "Xu's wife said she does not know where he
 * is being held" for "Where is Xu being held?", "Authorities still don't know how many shelters
 * have been set up", "It was not clear who fired first", "the court did not say when it would
 * decide". It shares the question's words and its wh-word, yet it answers nothing: the scorer
 * costs it (UNKNOWN_SAID). General English: a negated verb of knowing or telling, or a word
 * for unclear, then the question's own wh-word.
 */
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { verbForms, wordNet } from './wordnet.ts';
import { AUXILIARY_RE } from './asked-verb-subjects.ts';

/** What a sentence that only says the answer is unknown is worth. */
export const UNKNOWN_SAID = 0.4;

/** The wh-words of a question, as a sentence would write them after "not know" / "unclear". */
const WH_RE = /^\s*(?:and\s+)?(?:(?:in|at|from|to|on|for|by|with)\s+)?(where|when|who|whom|whose|why|how many|how much|how long|how|what|which)\b/i;

/** "does not know", "did not say", "would not disclose", "never revealed", "no one knows". */
const NOT_TOLD = String.raw`(?:\b(?:not|never)|n't|\bno one|\bnobody)\s+(?:(?:yet|immediately|publicly|officially|exactly|even|still|been|be)\s+)*(?:know|knew|known|knows|say|said|says|disclose|disclosed|reveal|revealed|announce|announced|specify|specified|give|given|tell|told|confirm|confirmed|determine|determined|establish|established|sure|certain|clear|explain|explained)`;
/** "unclear", "unknown", "uncertain", "a mystery", "not clear" (above). */
const UNCLEAR = String.raw`\b(?:unclear|unknown|uncertain|undisclosed|unexplained|a mystery)`;
/**
 * The answer still being sought: "too early to speculate about what caused the crash",
 * "speculation about why", "investigators are trying to determine who was responsible",
 * "investigators are looking at whether the ship strayed ... and why its radar alarm did not sound".
 */
const SOUGHT = String.raw`\btoo\s+(?:early|soon)\s+to\s+(?:say|speculate|tell|know|determine|judge)(?:\s+(?:about|on|as\s+to))?|\bspeculat\w*\s+(?:about|on|as\s+to)|\b(?:trying|tried|try|seeking|sought|working|attempting)\s+to\s+(?:determine|establish|find\s+out|learn|understand|discover|pin\s+down)|\b(?:investigat(?:e|es|ed|ing)|look(?:s|ed|ing)?\s+(?:at|into)|examin(?:e|es|ed|ing)|prob(?:e|es|ed|ing))(?:\s+whether\b[^.;]{0,100}?\band)?`;

/** A time not yet set: "there was no deadline", "set no date", "no timetable has been given". */
const NO_DATE = String.raw`\bno\s+(?:(?:firm|fixed|set|exact)\s+)?(?:deadline|date|timetable|timeline|time\s?frame)s?\b`;

/**
 * "What caused the crash?", "What sparked the riot?": the verb right after a subject "what",
 * in all its forms, or null when "what" is followed by an auxiliary or a noun ("What did ...?",
 * "What time ...?").
 */
function subjectWhatVerb(question: string): string | null {
  const word = /^\s*(?:and\s+)?what\s+([a-z]+)\b/i.exec(question)?.[1]?.toLowerCase();
  // An auxiliary after "what": "What did the court decide?" asks for an object, which "did not say what it would decide" may still leave open to other sentences.
  if (!word || AUXILIARY_RE.test(word)) return null;
  const lemma = wordNet()?.lemmas(word, 'verb')[0];
  // A verb's inflected form only ("caused", "sparks"): a bare word after "what" is as often a noun ("What damage ...?").
  if (!lemma || lemma === word) return null;
  return verbForms(lemma).join('|');
}

/** The pattern of a sentence saying the question's answer is not known, or null for a question it cannot tell; made once per question. */
const unknownPattern = perQuestion((q: QuestionAnalysis): RegExp | null => {
  const wh = whWord(q.text);
  if (wh === 'what') {
    const verb = subjectWhatVerb(q.text);
    return verb === null ? null : new RegExp(`(?:${NOT_TOLD}|${UNCLEAR}|${SOUGHT})\\s*,?\\s+what\\s+(?:${verb})\\b`, 'i');
  }
  if (wh === null || wh === 'which') return null;
  // "Who" is written "who" or "whom" after the verb; "how many" / "how much" as asked.
  const asked = wh === 'whom' || wh === 'whose' ? 'who|whom|whose' : wh === 'who' ? 'who|whom' : wh.replace(/\s+/g, '\\s+');
  // The wh-word right after, or after a short object ("did not tell her where").
  const told = `(?:${NOT_TOLD}|${UNCLEAR}|${SOUGHT})\\b(?:\\s+(?:him|her|them|us|reporters|anyone|anybody|it|yet|exactly|precisely|immediately|publicly))?\\s*,?\\s+(?:${asked})\\b`;
  // "When will the inquiry finish?": "there was no deadline", "set no date", "gave no timetable".
  return new RegExp(wh === 'when' ? `${told}|${NO_DATE}` : told, 'i');
});

/** The question's wh-word ("where", "how many"), or null for a question without one. */
export function whWord(question: string): string | null {
  return WH_RE.exec(question)?.[1]?.toLowerCase().replace(/\s+/g, ' ') ?? null;
}

/** Whether `text` says that what the question asks is not known or not told. */
export function saysAnswerUnknown(q: QuestionAnalysis, text: string): boolean {
  return unknownPattern(q)?.test(text) ?? false;
}
