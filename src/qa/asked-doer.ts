/**
 * Who does what the question asks about: "Where did Gingrich speak on Wednesday?" names
 * Gingrich as the one who speaks. A sentence where he is only the one spoken to ("Livingston
 * spoke to Gingrich shortly after the returns") tells of someone else's act, however many of
 * the question's words it has. Found by the shape of the question and the verb's forms, for
 * any name and verb; verbs whose object does the act too ("met", "fought") are left alone.
 */
import { MONTHS, WEEKDAYS } from '../domain/calendar.ts';
import { countryTermOf } from './gazetteer.ts';
import { analyze, escapeRegExp, STOP_WORDS, termOf } from './text-analysis.ts';
import { verbForms, wordNet } from './wordnet.ts';

/** "When did Gingrich speak", "where will Lee Teng-hui go", "why has Smith resigned", "how many troops did Tarvia send", "which company did Netscape buy": the name after the auxiliary, then a word. */
const DID_NAME_VERB_RE = /^\s*(?:and\s+)?(?:when|where|why|what(?:\s+\p{Ll}+){0,2}|which(?:\s+\p{Ll}+){1,2}|how(?:\s+(?:many|much)(?:\s+[\p{L}-]+){0,3})?)\s+(?:did|does|do|will|would|has|have|had)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(\p{Ll}+)\b/u;
/** Verbs whose object does the act as well: "Livingston met Gingrich" is Gingrich meeting too. */
export const RECIPROCAL = /^(?:meet|marry|wed|fight|battle|face|play|join|talk|negotiate|debate|embrace|confront|clash|divorce|agree|compete|ally|partner|tie|speak with|consult|rival)$/;

export interface AskedDoer {
  /** The last word of the doer's name, lower case ("gingrich"). */
  name: string;
  /** The verb's forms, then the name as its object: "spoke to Gingrich", "called Newt Gingrich". */
  doneTo: RegExp;
  /** The name, then the verb within a few words: "Gingrich spoke", "Gingrich, who spoke". */
  doing: RegExp;
  /** A name right before the verb (an auxiliary between), or before ", which / who" and the verb: whoever does it there ("Kalima, which fell", "Turkey has sent"). */
  someoneDoing: RegExp;
  /** The verb in the passive, then its agent: "was hit so hard by Hurricane Hattie". */
  byOther: RegExp;
}

/** Verbs of saying that a wire story puts before their speaker ("said Ana Lind", "added the minister"). */
const INVERTED_SPEECH = /^(?:say|add|write|continue|explain|note|reply|insist|argue|concede|acknowledge|counter|declare|state|recall|observe|remark)$/;
const NEVER = /(?!)/;

/** The doer and verb of a "when / where / why did <Name> <verb>" question, or null. */
export function askedDoer(question: string): AskedDoer | null {
  const m = DID_NAME_VERB_RE.exec(question.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()));
  const wn = wordNet();
  if (!m || !wn) return null;
  const verb = m[2] as string;
  if (RECIPROCAL.test(verb) || wn.lemmas(verb, 'verb').length === 0) return null;
  const name = ((m[1] as string).trim().split(/\s+/).pop() as string).replace(/['’]s$/, '');
  const forms = verbForms(verb).map(escapeRegExp).join('|');
  const n = escapeRegExp(name);
  return {
    name: name.toLowerCase(),
    // "..., said Chandra Muzaffar": a verb of saying is followed by its speaker, not done to them.
    doneTo: INVERTED_SPEECH.test(verb) ? NEVER : new RegExp(String.raw`\b(?:${forms})\s+(?:(?:to|at|on|for|about)\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}${n}\b`, 'u'),
    doing: new RegExp(String.raw`\b${n}\b(?:['’]s)?(?:\s+\S+){0,6}?\s+(?:${forms})\b`, 'u'),
    someoneDoing: new RegExp(String.raw`\b(\p{Lu}[\p{L}'’-]+)(?:,\s+(?:which|who)\s+|\s+)(?:(?:has|have|had|will|would)\s+)?(?:${forms})\b`, 'gu'),
    byOther: new RegExp(String.raw`\b(?:was|were|been|is|are|being)\s+(?:\p{Ll}+\s+){0,2}(?:${forms})\s+(?:\p{Ll}+\s+){0,3}?by\s+(?:the\s+)?(?:\p{Ll}+\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)`, 'gu'),
  };
}

/** A sentence's opening name, then its verb: "The United States committed", "Mexico has sent". */
const OPENING_SUBJECT_RE = /^\s*(?:The\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s+(?:(?:has|have|had|will|would|also|then|was|were|is|are)\s+)?\p{Ll}+(?:ed|s|ing)\b/u;

/** Capitalised words before a verb that name no one: a sentence's opening word or a pronoun. */
const NOT_A_NAME = /^(?:the|a|an|it|its|he|his|she|her|they|their|we|our|this|that|these|those|who|which|but|and|then|when|after|before)$/;
/** A day or month before the verb is when, not who: "Sapo, on Tuesday took over the inquiry". */
const TIME_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/** Whether `text` has someone else named doing the asked act, and never the asked doer: "Kalima, which fell to the rebels Saturday" for when Kindu fell; "was hit ... by Hurricane Hattie" for when Mitch hit. */
export function doneByOtherName(doer: AskedDoer, text: string): boolean {
  if (doer.doing.test(text)) return false;
  for (const m of text.matchAll(doer.someoneDoing)) {
    const w = (m[1] as string).toLowerCase().replace(/['’]s$/, '');
    // A name, not a capitalised word of the language opening the sentence ("Rebels, who took ...").
    // A country's name is a name though the language has the word too ("Turkey has sent").
    if (w !== doer.name && !NOT_A_NAME.test(w) && !TIME_NAMES.has(w) && (wordNet()?.isCommonWord(w) !== true || countryTermOf(w) !== null)) return true;
  }
  // "The United States committed 19 helicopters" for how many Mexico sent: another country is the
  // subject, whatever its verb, and the asked one is not in the sentence.
  const asked = countryTermOf(doer.name);
  const subject = asked === null ? undefined : OPENING_SUBJECT_RE.exec(text)?.[1];
  const other = subject === undefined ? null : countryTermOf(subject);
  if (other && other !== asked && !analyze(text).some((t) => t.term === asked)) return true;
  // "Coastal Belize City was hit so hard by Hurricane Hattie in 1961" for when Mitch hit Belize.
  for (const m of text.matchAll(doer.byOther)) if (!(m[1] as string).toLowerCase().split(/\s+/).includes(doer.name)) return true;
  return false;
}

/** Whether `text` has the asked act done to the asked doer, and never by them. */
export function actedOnOnly(doer: AskedDoer, text: string): boolean {
  return doer.doneTo.test(text) && !doer.doing.test(text);
}

/** "When was Microsoft founded", "where were the two men arrested": a name after "was / were", then a past participle. */
const WAS_NAME_PARTICIPLE_RE = /^\s*(?:and\s+)?(?:when|where|why|how|in what year)\s+(?:was|were|is|are|had|has|have)\s+(?:(?:been)\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(\p{Ll}+ed|\p{Ll}+en|built|held|born|made|sent|set|won|shot|hit|led|run|found)\b/u;

/** Whom the act of a passive question is done to: the name, and the participle's forms. */
export interface AskedPatient {
  /** The words of the name, lower case. */
  name: readonly string[];
  /** Someone else named right before the participle: "Netscape, founded in 1994", "Smith was arrested". */
  other: RegExp;
  /** The name tied to the participle: "Microsoft, founded ...", "founded Microsoft", "Microsoft was founded". */
  own: RegExp;
}

/** The name and participle of a "when / where was <Name> <participle>" question, or null. */
export function askedPatient(question: string): AskedPatient | null {
  const m = WAS_NAME_PARTICIPLE_RE.exec(question.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()));
  const wn = wordNet();
  if (!m || !wn) return null;
  const participle = m[2] as string;
  const lemma = wn.lemmas(participle, 'verb').find((l) => l !== participle);
  if (!lemma) return null;
  const words = (m[1] as string).trim().split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  const forms = verbForms(lemma).map(escapeRegExp).join('|');
  const names = words.map(escapeRegExp).join('|');
  return {
    name: words.map((w) => w.toLowerCase()),
    other: new RegExp(String.raw`((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)(?:,\s+(?:which|who)\s+was|,|\s+(?:was|were|had been|has been))\s+(?:${forms})\b`, 'gu'),
    own: new RegExp(String.raw`\b(?:${names})\b(?:['’]s)?(?:\s+\S+){0,4}?\s+(?:${forms})\b|\b(?:${forms})\s+(?:\S+\s+){0,2}(?:${names})\b`, 'u'),
  };
}

/** Whether `text` says the asked act was done to someone else, and never ties it to the asked name. */
export function doneToOther(patient: AskedPatient, text: string): boolean {
  if (patient.own.test(text)) return false;
  for (const m of text.matchAll(patient.other)) {
    const named = (m[1] as string).toLowerCase().split(/\s+/);
    if (!named.some((w) => patient.name.includes(w)) && !NOT_A_NAME.test(named[named.length - 1] as string)) return true;
  }
  return false;
}

/** "When did the rebellion begin", "where did the plane land": a common noun after "did the", then the verb. */
const DID_THE_NOUN_VERB_RE = /^\s*(?:and\s+)?(?:when|where|why|how)\s+(?:did|does|do|will|has|have|had)\s+the\s+(\p{Ll}[\p{Ll}-]+)\s+(\p{Ll}+)\b/iu;
/** Words before a verb that are no subject of it. */
const NOT_A_SUBJECT = /^(?:it|they|he|she|we|who|which|that|this|these|those|what|and|or|but|not|never|also|then|has|have|had|was|were|is|are|be|been|to|will|would|could|should|may|might|did|does|do|just|first|only|later|soon|already|finally)$/;

/** Verbs too common to stand for another: "get" is among "start"'s synonyms. */
const LIGHT_VERB = /^(?:get|make|take|have|do|go|come|give|put|set|let)$/;

/** The thing a "when did the <noun> <verb>" question asks about, and the verb's forms. */
export interface AskedSubject {
  /** The noun's term ("rebellion" → its stem). */
  term: string;
  /** The noun as asked ("plane"). */
  noun: string;
  /** A noun right before the verb (or before ", which" and the verb): whatever does the act there. */
  subjectBefore: RegExp;
}

/** The subject and verb of a "when / where did the <noun> <verb>" question, or null. */
export function askedSubject(question: string): AskedSubject | null {
  const m = DID_THE_NOUN_VERB_RE.exec(question);
  const wn = wordNet();
  if (!m || !wn) return null;
  const noun = (m[1] as string).toLowerCase();
  const verb = (m[2] as string).toLowerCase();
  const lemma = wn.lemmas(verb, 'verb')[0];
  // A light verb ("Where did the plane make its landing?") carries its object's act: any noun may stand before it.
  if (!lemma || RECIPROCAL.test(lemma) || LIGHT_VERB.test(lemma) || wn.lemmas(noun, 'noun').length === 0) return null;
  const term = termOf(noun);
  if (!term) return null;
  // "When did the rebellion start?": "attacks, which began Monday" is that verb too (its first sense's other words, not a light one like "get").
  const verbs = [lemma, ...wn.related(lemma, 'verb', 1).synonyms.filter((v) => /^[a-z]+$/.test(v) && !LIGHT_VERB.test(v))];
  const forms = verbs.flatMap((v) => verbForms(v).filter((f) => f !== v)).map(escapeRegExp).join('|');
  return { term, noun, subjectBefore: new RegExp(String.raw`\b(\p{Ll}[\p{Ll}-]+)(?:,?\s+(?:which|that))?\s+(?:${forms})\b`, 'gu') };
}

/** Whether `text` has the asked verb done by another thing than the asked one, and never names the asked one. */
export function doneByOtherThing(subject: AskedSubject, text: string): boolean {
  if (analyze(text).some((t) => t.term === subject.term)) return false;
  for (const m of text.matchAll(subject.subjectBefore)) {
    const w = (m[1] as string).toLowerCase();
    // "Nine people accused of trafficking ivory pleaded ...": a noun after a participle is its object, not the verb's subject.
    const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    // (WordNet misses some forms, "trafficking": an -ing word it knows no noun for is taken as a verb.)
    if (before !== undefined && /(?:ing|ed)$/.test(before) && ((wordNet()?.lemmas(before, 'verb').length ?? 0) > 0 || (/ing$/.test(before) && wordNet()?.lemmas(before, 'noun').length === 0))) continue;
    // A kind of the asked thing is the thing ("the jet landed" for "Where did the plane land?"), and
    // so is a wider word for it ("The inquiry began last August" for "When did the investigation begin?").
    if (!NOT_A_SUBJECT.test(w) && !STOP_WORDS.has(w) && wordNet()?.lemmas(w, 'noun').length && !wordNet()?.isKindOf(w, subject.noun) && !wordNet()?.isKindOf(subject.noun, w)) return true;
  }
  return false;
}
