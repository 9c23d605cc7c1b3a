/**
 * "Who flew the drones?" is not answered by "... to bring down drones flying over airports": the
 * asked object is there the doer of the verb itself, as a thing that flies, sinks or spreads on
 * its own, and no one is said to do it to the object. General English, no topic's words.
 */
import { eventLemma } from './person-answers.ts';
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { escapeRegExp } from './text-analysis.ts';
import { verbForms, wordNet } from './wordnet.ts';

/** "Who flew the drones?", "who sank the ferry?": the verb, then the object's head noun (captured), ending the question. */
const WHO_VERB_OBJECT_RE = /^\s*(?:[Aa]nd\s+)?[Ww]ho\s+\p{Ll}+\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})\s*\??\s*$/u;

const patterns = perQuestion((q): { uses: RegExp; selfActing: RegExp } | null => {
  if (q.type !== 'person') return null;
  const object = WHO_VERB_OBJECT_RE.exec(q.text)?.[1];
  const wn = wordNet();
  const lemma = eventLemma(q);
  if (object === undefined || !wn || !lemma) return null;
  const noun = wn.lemmas(object, 'noun')[0] ?? object;
  const nouns = [...new Set([noun, `${noun}s`, `${noun}es`, object])].map(escapeRegExp).join('|');
  const forms = verbForms(lemma).map(escapeRegExp).join('|');
  return {
    uses: new RegExp(`\\b(?:${forms})\\b`, 'giu'),
    // The object right before the verb (a progressive or past, maybe after "was / were"), with no "by" after it in its clause.
    selfActing: new RegExp(`\\b(?:${nouns})\\s+(?:(?:was|were|is|are|had\\s+been|have\\s+been)\\s+)?(?:${forms})\\b(?![^,.;:]*\\bby\\b)`, 'iu'),
  };
});

/** Whether every use of a "Who <verb> the <thing>?" question's verb in `text` has the thing doing it on its own. */
export function objectActsOnItsOwn(q: QuestionAnalysis, text: string): boolean {
  const p = patterns(q);
  if (p === null) return false;
  const uses = [...text.matchAll(p.uses)];
  if (uses.length === 0) return false;
  // Each use, with up to four words before it for its subject.
  return uses.every((m) => p.selfActing.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 60).replace(/^\S*\s/, '')));
}
