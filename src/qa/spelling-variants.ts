/**
 * British spellings read as the American ones the wires print, so that a question in either
 * spelling finds the documents' words: "neighbouring" / "neighboring", "defence" / "defense",
 * "organise" / "organize", "analyse" / "analyze", "centre" / "center", "programme" / "program".
 * General English spelling rules; a rule that could misread a word of its own ("rise", "advise",
 * "hour", "detour") applies only when WordNet knows the American form, or not at all.
 */
import { wordNet } from './wordnet.ts';

/** Words in -our that are no British spelling of a word in -or. */
const OWN_OUR: ReadonlySet<string> = new Set(['contour', 'detour', 'devour', 'paramour', 'troubadour', 'velour', 'amour', 'flour', 'scour', 'glamour']);

/** "-re" spellings whose American form ends in "-er" (a list: "acre", "genre" and "massacre" are their own words). */
const RE_TO_ER: ReadonlySet<string> = new Set(['centre', 'theatre', 'metre', 'litre', 'fibre', 'calibre', 'spectre', 'sombre', 'meagre', 'lustre', 'sabre', 'kilometre', 'centimetre', 'millimetre']);

/** "-ence" spellings whose American form ends in "-ense". */
const ENCE_TO_ENSE: ReadonlySet<string> = new Set(['defence', 'offence', 'licence', 'pretence']);

const OUR_RE = /^([a-z]{3,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|hood)?$/;
const ISE_RE = /^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$/;
const YSE_RE = /^([a-z]{2,})ys(e|es|ed|ing)$/;
const RE_RE = /^([a-z]+re)(s|d)?$/;
const ENCE_RE = /^([a-z]+ence)(s)?$/;

/** The American spelling of the lower-case word `w`, or `w` itself. */
export function americanSpelling(w: string): string {
  if (w.length < 5) return w;
  const our = OUR_RE.exec(w);
  if (our && !OWN_OUR.has(`${our[1] as string}our`)) return `${our[1] as string}or${our[2] ?? ''}`;
  const re = RE_RE.exec(w);
  if (re && RE_TO_ER.has(re[1] as string)) return `${(re[1] as string).slice(0, -2)}er${re[2] === 'd' ? 'ed' : (re[2] ?? '')}`;
  const ence = ENCE_RE.exec(w);
  if (ence && ENCE_TO_ENSE.has(ence[1] as string)) return `${(ence[1] as string).slice(0, -2)}se${ence[2] ?? ''}`;
  if (w === 'programme' || w === 'programmes') return w.replace('programme', 'program');
  // "organise", "recognised", "organisation": only when WordNet has the "-ize" word ("rise", "advise", "promise" have none).
  const ise = ISE_RE.exec(w);
  if (ise) {
    const noun = /^ation/.test(ise[2] as string);
    if (knows(`${ise[1] as string}iz${noun ? 'ation' : 'e'}`, noun ? 'noun' : 'verb')) return `${ise[1] as string}iz${ise[2] as string}`;
  }
  const yse = YSE_RE.exec(w);
  if (yse && knows(`${yse[1] as string}yze`, 'verb')) return `${yse[1] as string}yz${yse[2] as string}`;
  return w;
}

/** Whether WordNet lists `lemma` itself (not an inflection of another word) as a `pos`. */
function knows(lemma: string, pos: 'noun' | 'verb'): boolean {
  return wordNet()?.lemmas(lemma, pos).includes(lemma) === true;
}

/** The shortest clipped word read as its full form: three letters are too often an acronym ("SEC" is no "second"). */
const MIN_CLIPPING = 4;
/** The longest: clipped words are short. */
const MAX_CLIPPING = 6;
/** Letters the full form must add: "exam" / "examination", not an inflection or a spelling. */
const MIN_ADDED = 3;

/** Endings that make a derived word, not a clipped one longer ("kill" / "killing", "dark" / "darkness", "meteor" / "meteoroid", "Serb" / "Serbian"). */
const DERIVED_ENDING_RE = /(?:ness|ity|ment|ing|ful|ship|hood|dom|ism|ance|ence|age|ure|ery|ward|some|oid|ian|ese|ish|ite)$/;

/**
 * The word the lower-case noun `w` was clipped from, or `w` itself: "exams" → "examination",
 * "memo" → "memorandum", when the clipped word is only a noun in WordNet and its commonest sense
 * holds a word that begins with it, is at least MIN_ADDED letters longer, and whose added letters
 * are neither a word ("market" / "marketplace", "photo" / "photograph") nor a derived word's
 * ending ("burn" / "burning").
 */
export function fullFormOfClipping(w: string): string {
  if (w.length < MIN_CLIPPING || w.length > MAX_CLIPPING + 1 || !/^[a-z]+$/.test(w)) return w;
  const wn = wordNet();
  const lemmas = wn?.lemmas(w, 'noun') ?? [];
  const lemma = lemmas.length === 1 ? lemmas[0] : undefined;
  if (!wn || lemma === undefined || lemma.length < MIN_CLIPPING || lemma.length > MAX_CLIPPING) return w;
  // A noun only, and a common one: not a name WordNet writes with a capital ("Chang" / "Changjiang").
  if ((['verb', 'adj', 'adv'] as const).some((pos) => wn.lemmas(w, pos).length > 0) || !wn.isCommonWord(lemma)) return w;
  const full = wn.related(lemma, 'noun', 1).synonyms.find((s) => {
    if (!/^[a-z]+$/.test(s) || !s.startsWith(lemma) || s.length < lemma.length + MIN_ADDED) return false;
    const added = s.slice(lemma.length);
    return !DERIVED_ENDING_RE.test(s) && !(['noun', 'verb', 'adj', 'adv'] as const).some((pos) => wn.lemmas(added, pos).includes(added));
  });
  return full ?? w;
}
