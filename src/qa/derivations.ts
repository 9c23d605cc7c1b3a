/**
 * Stage 2c of answering, beside paraphrases: the other forms of a question's words. "When will
 * Wang be tried?" is answered by "is to go on trial Dec. 17"; "How did he die?" by "his death
 * ..."; "When was the decision made?" by "decided on Monday". Stemming cannot join these
 * (try/trial, die/death); WordNet's derivationally related forms (wordnet.ts) do, for any
 * English word. A derived form counts nearly as much as the word itself: it names the same
 * event or thing, in another part of speech.
 */
import type { TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { LIGHT_VERBS, STOP_WORDS, termOf } from './text-analysis.ts';
import { verbForms, wordNet, type WordNet } from './wordnet.ts';

/** "Which company ...", "what group ...": a question for something named, a doer too. */
const WHICH_RE = /^\s*(?:and\s+)?which\s+[a-z]+\s/i;

/**
 * Doers' nouns that WordNet does not derive from their verbs: "Who chairs the committee?" is
 * answered by "the chairman of the committee", "Who heads the agency?" by "the agency's chief",
 * "Who wrote the novel?" by "X, author of the novel".
 */
const UNDERIVED_DOERS: Readonly<Record<string, readonly string[]>> = {
  chair: ['chairman', 'chairwoman', 'chairperson', 'chair'],
  head: ['head', 'chief', 'chairman', 'director'],
  write: ['author'],
};

function extraDoers(word: string, wn: WordNet): { word: string; agent: boolean }[] {
  const lemma = wn.lemmas(word, 'verb').find((l) => l in UNDERIVED_DOERS);
  return lemma ? (UNDERIVED_DOERS[lemma] ?? []).map((w) => ({ word: w, agent: true })) : [];
}

/**
 * The forms of the verbs that cause the word's event ("died" ← killed, "rose" ← raised): "How
 * many people died?" is answered by "Mitch had killed 6,076 people".
 */
function causedBy(word: string, wn: WordNet): { word: string; agent: boolean }[] {
  const own = new Set(wn.lemmas(word, 'verb'));
  return wn.causers(word).filter((c) => !own.has(c)).flatMap((c) => verbForms(c).map((w) => ({ word: w, agent: false })));
}

/** How much a sentence with a derived form of a question word covers that word. */
export const DERIVED_MATCH = 0.85;

/** Question term index → term ids of the word's derived forms that the documents use. */
export type Derivations = ReadonlyMap<number, ReadonlySet<number>>;

export function derivationsOf(q: QuestionAnalysis, qIds: readonly (number | undefined)[], index: TopicIndex, wn: WordNet | null = wordNet()): Derivations {
  const out = new Map<number, Set<number>>();
  if (!wn) return out;
  const own = new Set(qIds.filter((x): x is number => x !== undefined));
  q.terms.forEach((term, i) => {
    if (q.entityTerms.has(term)) return;
    const ids = new Set<number>();
    for (const token of q.tokens) {
      if (token.term !== term || !/^[a-z]{3,}$/.test(token.word) || STOP_WORDS.has(token.word)) continue;
      for (const d of [...wn.derived(token.word), ...extraDoers(token.word, wn), ...causedBy(token.word, wn)]) {
        // "Who leads the party?" / "the party's leader": the doer's noun answers who did it only.
        // "Which company leads ...?" asks for a doer too.
        if (d.agent && q.type !== 'person' && !(q.type === 'open' && WHICH_RE.test(q.text))) continue;
        const t = termOf(d.word);
        // Not into another word's synonym group: a second step from the word ("pressure" →
        // "press" → "urge"); a group the form heads is the form ("leader").
        if (t === null || (t.startsWith('~') && t !== `~${d.word}`)) continue;
        const id = index.termId(t);
        // A form the question has already (in any of its words) is matched as itself.
        if (id !== undefined && !own.has(id)) ids.add(id);
      }
    }
    if (ids.size > 0) out.set(i, ids);
  });
  return out;
}

/**
 * "Who is Saramago's publisher?": the stem of a doer's noun is its verb's ("publisher" and
 * "published" both stem to "publish"), but a sentence where Saramago published something
 * names no publisher. Question term index → the noun's own forms, which the sentence must
 * write for the term to count in full.
 */
export function doerNounsOf(q: QuestionAnalysis, wn: WordNet | null = wordNet()): ReadonlyMap<number, RegExp> {
  const out = new Map<number, RegExp>();
  if (!wn) return out;
  q.terms.forEach((term, i) => {
    if (q.entityTerms.has(term) || term.startsWith('~')) return;
    const token = q.tokens.find((t) => t.term === term);
    const word = token?.word.replace(/s$/, '');
    if (!word || !DOER_SUFFIX.test(word) || word === term || !wn.isPersonNoun(word)) return;
    // "What did protesters chant?": the doers as the subject of the asked act, not the person asked
    // for; "people marched ... to protest the talks" are protesters.
    if (q.type !== 'person' && token !== undefined && SUBJECT_AFTER_AUXILIARY_RE.test(q.text.slice(0, token.start))) return;
    out.set(i, new RegExp(`\\b${word}s?\\b`, 'i'));
  });
  return out;
}

/** A question's auxiliary right before a bare plural subject: "What did | protesters chant?". */
const SUBJECT_AFTER_AUXILIARY_RE = /\b(?:did|do|does|will|would|could|can|have|had)\s+(?:the\s+)?$/i;

/** Endings of English nouns of who does something: publisher, translator, novelist, participant. */
const DOER_SUFFIX = /[a-z]{3}(?:er|or|ist|ant|ent)$/;
/** How much a doer's noun counts when the sentence has only its verb ("published"). */
export const DOER_VERB_MATCH = 0.5;

/**
 * Term ids in the topic of `word`, its WordNet synonyms (single words) from its `senses`
 * commonest senses as `pos`, and the forms derived from it ("command" → commander): the words
 * that say it. The event verb's ("Who commands ...?") and the asked noun's ("What is the theme of ...?").
 */
export function wordAndKinIds(word: string, pos: 'noun' | 'verb', senses: number, index: TopicIndex, wn: WordNet | null = wordNet()): Set<number> {
  const out = new Set<number>();
  const words = wn ? [...wn.related(word, pos, senses).synonyms, ...wn.derived(word).map((d) => d.word)] : [];
  for (const w of [word, ...words]) {
    // A light verb stands for nothing but itself ("see" is no sign of "meet").
    if (/[\s_]/.test(w) || (pos === 'verb' && w !== word && LIGHT_VERBS.has(w))) continue;
    const id = index.termId(termOf(w) ?? w);
    if (id !== undefined) out.add(id);
  }
  return out;
}
