/**
 * The question's side of speaker matching (speakers.ts reads who speaks in the documents):
 * what a speaker phrase requires ("the pentagon spokesman", "China's foreign ministry"),
 * whether a sentence has that speaker saying something, and what the question asks the
 * speaker to talk about.
 */
import { SPEECH_FORMS } from './speech-verbs.ts';
import type { TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { isCountryTerm } from './gazetteer.ts';
import { termOf } from './text-analysis.ts';
import { perText } from './per-text.ts';
import { wordNet } from './wordnet.ts';
import { GENERIC, phraseTerms, REDUCED_CLAUSE } from './speakers.ts';

export interface SpeakerQuery {
  /** Requirement groups: each must be met by one of the sentence's speakers (any term of a group). */
  groups: string[][];
}

/** "the statement released in Lisbon" → "the statement": the clause says which one, the sentence need not repeat it. */
function withoutReducedClause(phrase: string): string {
  const words = phrase.split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && !/^(?:the|a|an)$/i.test(words[i - 1] as string) && REDUCED_CLAUSE.test(w));
  return cut > 0 ? words.slice(0, cut).join(' ') : phrase;
}

/** The speaker requirement of a question's speaker phrase ("the pentagon spokesman", "China's foreign ministry"). */
export function speakerQuery(phrase: string, personTokens: ReadonlySet<string>): SpeakerQuery {
  // "what did us officials say": lower-case "us" before a noun is the country.
  const text = withoutReducedClause(phrase.replace(/\bus\b(?=\s+\w)/g, 'US'));
  // "the Russian president" is one person, who an embassy or a ministry speaking is not; "Chinese leaders" are anyone in charge.
  const terms = phraseTerms(text, personTokens).filter((t) => !GENERIC.has(t));
  const groups: string[][] = [];
  let run: string[] = [];
  for (const t of terms) {
    if (personTokens.has(t)) run.push(t);
    else {
      if (run.length > 0) groups.push(run);
      run = [];
      if (!groups.some((g) => g.includes(t))) groups.push([t]);
    }
  }
  if (run.length > 0) groups.push(run);
  if (ONE_HEAD_RE.test(text)) groups.push(HEAD_TERMS());
  // "Richter's lawsuit", "Thornton's appeal": a document says what its owner says; either speaking will do
  // ("Richter ... sued the carmaker, claiming ...", "The appeal ... asks the court to ...").
  const owned = OWNED_DOCUMENT_RE.exec(text);
  const doc = owned ? termOf((owned[2] as string).toLowerCase()) : null;
  if (owned && doc !== null && isDocumentNoun((owned[2] as string).toLowerCase())) {
    const ownerTerms = new Set(phraseTerms(owned[1] as string, personTokens));
    const merged = groups.filter((g) => g.includes(doc) || g.some((t) => ownerTerms.has(t)));
    if (merged.length > 1) return { groups: [...groups.filter((g) => !merged.includes(g)), merged.flat()] };
  }
  return { groups };
}

/** A singular head of a country or body: "the president", "Russia's leader" (not "leaders", "the leadership"). */
const ONE_HEAD_RE = /\b(?:president|leader)\b(?!['’]s\s)/i;
/** What names a body's one head in a document: "President X", "the leader", "the head of Montenegro". */
const HEAD_TERMS = (): string[] => ['~leader', ...['head', 'chief'].map((w) => termOf(w) ?? w)];

/** "Richter's lawsuit", "the union's new appeal": an owner's possessive, then (a word and) a noun. */
const OWNED_DOCUMENT_RE = /^(?:the\s+)?(.+?)['’]s?\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{3,})$/u;
/** WordNet kinds of what a document or filing is: "a lawsuit" (a proceeding), "an appeal" (a speech act), "a report". */
const DOCUMENT_KINDS = ['communication', 'document', 'speech_act', 'proceeding'];

/** Whether a noun is of something written or filed that says things ("lawsuit", "appeal", "report", "letter"). */
function isDocumentNoun(noun: string): boolean {
  const wn = wordNet();
  return wn !== null && DOCUMENT_KINDS.some((k) => wn.isKindOf(noun, k, 2));
}

const SPEECH = new RegExp(`^(?:${SPEECH_FORMS})$`);

/**
 * Whether the sentence has the speaker saying something: "Blinken said", "Chinese officials
 * have said", "said Mr Wang", "according to Mr. Blinken", or "he argued" right after the
 * sentence that names the speaker (`pronounRefers`).
 */
export function speaks(text: string, speaker: string[], pronounRefers: boolean): boolean {
  const { words, cues } = speechCues(text);
  if (cues.length === 0) return false;
  const isSpeaker = (w: string): boolean => {
    const t = termOf(w);
    return t !== null && speaker.includes(t);
  };
  for (const i of cues) {
    const w = words[i] as string;
    if (SPEECH.test(w)) {
      for (let k = Math.max(0, i - 3); k < i; k++) if (isSpeaker(words[k] as string)) return true;
      if (isSpeaker(words[i + 1] ?? '') || isSpeaker(words[i + 2] ?? '')) return true;
      // "he said", "he did state", "she has said".
      const aux = /^(?:did|does|has|had|also|then|later)$/.test(words[i - 1] ?? '');
      if (pronounRefers && (/^(?:he|she)$/.test(words[i - 1] ?? '') || (aux && /^(?:he|she)$/.test(words[i - 2] ?? '')))) return true;
    }
    if (w === 'according' && words[i + 1] === 'to') {
      for (let k = i + 2; k < Math.min(words.length, i + 5); k++) if (isSpeaker(words[k] as string)) return true;
    }
  }
  return false;
}

/** A sentence's words, lower case, and where its speech verbs and "according to" are (read once per text: per-text.ts). */
const speechCues = perText((text: string): { readonly words: readonly string[]; readonly cues: readonly number[] } => {
  const words = (text.match(/[\p{L}\p{N}'’.-]+/gu) ?? []).map((w) => w.toLowerCase().replace(/[.,]+$/, ''));
  const cues: number[] = [];
  words.forEach((w, i) => {
    if (SPEECH.test(w) || w === 'according') cues.push(i);
  });
  return { words, cues };
});

/**
 * What a question asks a speaker to talk about ("about the balloon"): its weighted terms other
 * than the speaker's and the referents'. "What did Harris say about Chinese lethal aid?": a
 * country named in passing ("China") is not what was asked about when the question names
 * something more specific that the documents use.
 */
export function speakerTopic(q: QuestionAnalysis, weights: number[], groups: string[][], referents: ReadonlySet<string>, index: TopicIndex, speaking: ReadonlySet<string> = new Set()): { terms: { t: string; w: number }[]; total: number } {
  const spk = new Set(groups.flat());
  // ... nor the setting's ("after the arrest" says when it was said, not what about), nor the act of speaking.
  const asked = q.terms.map((t, i) => ({ t, w: weights[i] as number })).filter((x) => x.w > 0 && !spk.has(x.t) && !q.speaker.includes(x.t) && !referents.has(x.t) && !q.setting.has(x.t) && !speaking.has(x.t));
  const specific = asked.filter((x) => !isCountryTerm(x.t) && index.termId(x.t) !== undefined);
  const terms = specific.length > 0 ? specific : asked;
  return { terms, total: terms.reduce((a, x) => a + x.w, 0) };
}
