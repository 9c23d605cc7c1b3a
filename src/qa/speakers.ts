/**
 * Who is speaking in a sentence, and whether that is who a question asks about. "What did
 * China say about the balloon?" must be answered by a sentence in which China (or Beijing,
 * Chinese officials, the foreign ministry, Wang Yi...) is the speaker: the subject of a speech
 * verb ("Chinese officials have said", "Mr Wang referred to ... as"), the source of an
 * attribution ("according to Mr. Blinken"), a pronoun standing for the person last named as
 * speaker ("..., he said") or the owner of a speech ("Harris's speech"). A person's
 * affiliation (country, organisation, title) is read from how the documents introduce them
 * ("US Secretary of State Antony Blinken", "Wang Yi, China's top diplomat"), so a country
 * speaker is matched by its officials without any hand-kept list of people. What a
 * question's speaker phrase requires, and whether a sentence has that speaker saying
 * something, is in speaker-questions.ts.
 */
import { REPORTING } from './speech-verbs.ts';
import { appositiveAfter, documentBefore, openingSubjectBeforeComma, BOUNDARY, NAME_PARTICLES, CLOSING_MARK_RE, OPENING_MARK_RE, rolePhraseStart, CHOSEN_AS_RE, placeNoun, setsAfterClosingMark, subjectName, nameAfterRoleWords, nameRunAt, CHRONOLOGY_ENTRY, listSubject, personDescription, phraseBefore, phraseStart, PRONOUN, subjectBefore, subjectOfParticiple, unclosedAppositive, words, type Word } from './speaker-spans.ts';
import type { TopicIndex } from './qa-index.ts';
import type { SpeakerQuery } from './speaker-questions.ts';
import { isOrgWord, isPlaceWord, isTitleWord } from './entities.ts';
import { isCountryTerm } from './gazetteer.ts';
import { institutionCountriesIn } from './lexicon.ts';
import { wordNet } from './wordnet.ts';
import { analyze, escapeRegExp, termOf } from './text-analysis.ts';
import { companyNames } from './company-names.ts';
import { AGE_OPENING_RE } from './quantities.ts';
import { openingRole } from './references.ts';
import { withoutDateline } from '../content/dateline.ts';

const SPEECH_VERB = new RegExp(`^(?:${REPORTING})$`);
/** "asked" as a request of someone: "Kripos asked the public not to download the files". */
const ASKED = /^(?:asked|asks)$/;
/** Whether the "asked" at `k` asks someone to do something: an object of a word or two, then "(not) to". */
function asksOfSomeone(ws: readonly Word[], k: number): boolean {
  const next = ws.slice(k + 1, k + 5).map((x) => x.lower);
  const to = next.indexOf('to');
  return to >= 1 && to <= 3 && !next.slice(0, to).some((x) => /^(?:about|for|whether|if|why|how|what|when|by)$/.test(x)) && ws.slice(k + 1, k + 1 + to).every((x) => !x.punct);
}
const DEFEND_FORMS = /^(?:defend|defends|defended|defending)$/;
const OBJECT_PRONOUN = /^(?:it|them|him|her|itself|himself|herself|themselves)$/;
/** Nouns for something said: "Harris's speech", "Blinken's warning". */
const SPEECH_NOUN = /^(?:speech|speeches|remarks|statement|statements|comments|words|warning|warnings|address|testimony|interview|claim|claims|assurances|message)$/;
/** A form of "be" before a past participle: the passive ("was accused", "were told"). */
const PASSIVE_BE = /^(?:was|were|been|being|is|are|be)$/;
const SKIP_BACK = /^(?:has|have|had|was|is|were|be|been|also|already|then|later|publicly|not|never|repeatedly|reportedly|previously|immediately|would|will|could|may|might|did|does|do|once|again|now|further|formally|firmly|privately|openly|even|just|had|since|recently|earlier|initially|often|usually|always|sometimes|commonly|generally|frequently|routinely|regularly|typically|has)$/;

/** Verbs that take a verb of saying after "to": "declined to comment", "refused to say", "agreed to speak". */
const TAKES_TO_SAY = /^(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|agree(?:s|d|ing)?|want(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|decid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|continu(?:e|es|ed|ing)|beg(?:an|in|ins|un)|hop(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|fail(?:s|ed|ing)?|hesitat(?:e|es|ed|ing))$/;

/** A quotation, to its closing mark or the end of the sentence. */
const QUOTED_RE = /(?:``|“)[^]*?(?:''|”|$)/g;

/** Words of a time phrase that may sit between a speaker and the speech verb ("on Monday", "last week"). */
const TIME_BACK = /^(?:on|last|this|early|late|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|afternoon|evening|night|week|weekend|month|year)$/;
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|afternoon|evening|night|week|weekend|month|year)$/;
/** Words of a speaker phrase that say no one in particular ("officials", "the spokesman"). */
export const GENERIC = new Set(['offici', 'spokesman', 'spokesperson', 'spokeswoman', 'spokespeopl', '~leader', 'govern', 'top', 'senior', 'the']);
/** A country (or the EU): one per person profile. */
const isCountry = (t: string): boolean => isCountryTerm(t) || t === 'europ' || t === 'eu';
const ORG_SUFFIX = /^(?:administration|government|team|camp|campaign|cabinet|allies)$/;

/** Lower-case words that may sit in a title run before a name ("Pentagon press secretary", "top Chinese diplomat"). */
const TITLE_RUN = /^(?:press|foreign|top|senior|chief|deputy|former|retired|vice|defence|defense|prime|state|affairs|office|the)$/;
/** How a source knows, between who speaks and what they know of: "(executives) involved in (the talks)", "close to", "familiar with". */
const INSIDE_SOURCE = /^(?:involved in|close to|familiar with|knowledgeable about|briefed on|close with|near to|privy to|connected to|linked to)$/;
const NOT_AFFILIATION = /\b(?:ally|allies|friend|critic|rival|opponent|foe|enemy|counterpart)\b/i;

/** A person token that is really a person (the lexicon can catch "States" in "the United States said"). */
function personWord(w: string, persons: ReadonlySet<string>): boolean {
  return persons.has(w) && !isPlaceWord(w) && !isOrgWord(w) && !/^(?:united|states|kingdom|nations|union|house|department)$/.test(w);
}


export interface SpeakerIndex {
  /** Person token → affiliation terms (country, organisation, title words). */
  profiles: Map<string, Set<string>>;
  /** Unit id → the speakers of its sentence, main speaker first; each a set of terms. */
  speakers: Map<number, Set<string>[]>;
  /** Unit id → person tokens a pronoun speaker ("he said") was resolved to. */
  resolved: Map<number, Set<string>>;
}

const cache = new WeakMap<TopicIndex, SpeakerIndex>();

/** Speaker analysis of a topic, built on first use. */
export function speakerIndex(index: TopicIndex): SpeakerIndex {
  const hit = cache.get(index);
  if (hit) return hit;
  const si: SpeakerIndex = { profiles: buildProfiles(index), speakers: new Map(), resolved: new Map() };
  cache.set(index, si);
  return si;
}

/** Seeds a topic's speaker analysis with profiles built earlier (IndexCache keeps them with the index). */
export function seedSpeakerProfiles(index: TopicIndex, profiles: Map<string, Set<string>>): void {
  if (!cache.has(index)) cache.set(index, { profiles, speakers: new Map(), resolved: new Map() });
}

/** Terms of a speaker phrase; a person's name in "Biden administration" becomes an organisation term. */
export function phraseTerms(text: string, personTokens: ReadonlySet<string>): string[] {
  // "The Philippine ambassador to Malaysia" speaks for the Philippines: the country an envoy is sent to is not his.
  const own = ENVOY_TO_RE.test(text) ? text.replace(ENVOY_TO_RE, '$1') : text;
  const toks = analyze(own);
  const out: string[] = [];
  toks.forEach((t, i) => {
    const next = toks[i + 1]?.word ?? '';
    // "Idris's spokesman": the person's word without the possessive.
    const word = t.word.replace(/['’]s?$/, '');
    if (personTokens.has(word) && ORG_SUFFIX.test(next)) out.push(`${word}:org`);
    else out.push(personTokens.has(word) ? word : t.term);
  });
  out.push(...institutionCountriesIn(own.toLowerCase()));
  return out;
}

/** "reading" / "read" before a quotation: what is written on something. */
const READING_RE = /^(?:reading|read|reads)$/;
const ENVOY_RE = /^(?:ambassadors?|envoys?|emissar(?:y|ies)|consuls?)$/;
/** An envoy (group 1) and the place he is sent to: "ambassador to Malaysia", "envoy to the United Nations". */
const ENVOY_TO_RE = /\b(ambassadors?|envoys?|emissar(?:y|ies)|consuls?)\s+to\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u;

/**
 * A test for text that may name one of `tokens` (case-insensitive, as a whole word): it finds
 * every sentence `words` would find a person word in, and skips the many that name nobody
 * before they are split into words. Null when there are no person words at all.
 */
function mayNameRe(tokens: ReadonlySet<string>): RegExp | null {
  if (tokens.size === 0) return null;
  const alternatives = [...tokens].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

function buildProfiles(index: TopicIndex): Map<string, Set<string>> {
  const tokens = index.persons.tokens;
  const counts = new Map<string, Map<string, number>>();
  const mayName = mayNameRe(tokens);
  if (!mayName) return new Map();
  // Each word's verdict once, not once per mention: the scan covers every sentence of the topic.
  const verdicts = new Map<string, boolean>();
  const isPerson = (lower: string): boolean => {
    let v = verdicts.get(lower);
    if (v === undefined) verdicts.set(lower, (v = personWord(lower.replace(/['’]s$/, ''), tokens)));
    return v;
  };
  for (const doc of index.brief.sources) {
    for (const s of doc.sentences) {
      if (!mayName.test(s.text)) continue;
      const ws = words(s.text);
      for (let i = 0; i < ws.length; i++) {
        if (!isPerson((ws[i] as Word).lower)) continue;
        let end = i;
        while (end + 1 < ws.length && isPerson((ws[end + 1] as Word).lower)) end++;
        const name = ws.slice(i, end + 1).map((x) => x.lower.replace(/['’]s$/, ''));
        // The title run before the name ("Chinese Foreign Minister") and an appositive after it (", China's top diplomat,").
        const ctx: string[] = [];
        for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
          const x = ws[k] as Word;
          if (x.punct || (x.w === x.lower && !isTitleWord(x.lower) && !TITLE_RUN.test(x.lower)) || isPerson(x.lower)) break;
          ctx.push(x.w);
        }
        // "The Swedish energy minister, Annika Berg,": a title before the comma that opens a name set off by commas.
        if (ctx.length === 0 && ws[i - 1]?.w === ',' && ws[end + 1]?.w === ',' && isTitleWord(ws[i - 2]?.lower ?? '')) {
          for (let k = i - 2; k >= Math.max(0, i - 7); k--) {
            const x = ws[k] as Word;
            if (x.punct || /^(?:the|a|an)$/.test(x.lower) || isPerson(x.lower)) break;
            ctx.push(x.w);
          }
        }
        // An appositive counts up to its title word: "Wang Yi, China's top diplomat", "Tajani, the foreign minister of Italy".
        if (ws[end + 1]?.w === ',' && /^(?:the|a|an)$|['’]s$/i.test(ws[end + 2]?.w ?? '')) {
          const app: string[] = [];
          let titled = false;
          for (let k = end + 2; k < Math.min(ws.length, end + 12) && !(ws[k] as Word).punct; k++) {
            const x = ws[k] as Word;
            app.push(x.w);
            if (isTitleWord(x.lower)) titled = true;
            else if (titled && !/^(?:of|for|in|the)$/.test(x.lower) && !isPlaceWord(x.lower) && !/^\p{Lu}/u.test(x.w)) break;
          }
          if (titled && !NOT_AFFILIATION.test(app.join(' '))) ctx.push(...app);
        }
        // "Annelies Vos was elected president of World Rowing": the title a passive of choosing gives, up to its title word.
        const chosen = CHOSEN_AS_RE.exec(ws.slice(end + 1, end + 6).map((x) => x.lower).join(' '));
        if (chosen && isTitleWord(chosen[1] as string)) ctx.push(chosen[1] as string);
        const terms = phraseTerms(ctx.join(' '), new Set()).filter((t) => !tokens.has(t));
        for (const n of name) {
          const c = counts.get(n) ?? new Map<string, number>();
          for (const t of new Set(terms)) c.set(t, (c.get(t) ?? 0) + 1);
          counts.set(n, c);
        }
        i = end;
      }
    }
  }
  const profiles = new Map<string, Set<string>>();
  for (const [n, c] of counts) {
    // One country per person: the one the documents most often introduce them with.
    let country: string | null = null;
    let best = 0;
    for (const [t, k] of c) if (isCountry(t) && k > best) [country, best] = [t, k];
    const set = new Set<string>([...c.keys()].filter((t) => !isCountry(t)));
    if (country) set.add(country);
    profiles.set(n, set);
  }
  return profiles;
}

/** A clause set off by commas after a speaker: a participle ("released", "issued") or "which"/"who". */
export const REDUCED_CLAUSE = /^(?:\p{Ll}+ed|which|who|issued|written|sent|read|made|given)$/u;

/** An aside set off by commas between a subject and its verb: "in turn", "for their part", "however", "too". */
const ASIDE_RE = /^(?:(?:in|for|on|at|by|as|of|after|with)(?: \p{Ll}+){1,3}|however|meanwhile|too|though|also|instead|moreover|nonetheless|therefore|again|then|now|\p{Ll}+ly)$/u;

/** Verbs a speaker may follow ("..., said Mr Wang", "added the minister"); others are followed by their object ("accuse Israel"). */
const INVERTED_VERB = /^(?:said|says|added|adds|wrote|writes|continued|explained|noted|replied|insisted|argued|conceded|acknowledged|countered|declared|stated|recalled|asked|observed|remarked)$/;

/** A passive that reports the subject's words: "was quoted as saying", "is cited as saying". */
const QUOTED_AS = /^(?:quoted|cited)$/;

/** A plural subject that opens a sentence, before its verb: "The rebels have", "Serbian police said", "Many analysts believe". */
const OPENING_GROUP_RE = /^(?:The\s+|Many\s+|Some\s+|Most\s+)?((?:[\p{L}-]+\s+){0,2}\p{L}{3,}s)\s+(?:also\s+|now\s+|still\s+)?(?:have|had|were|are|say|said|will|would|can|could|want|\p{Ll}{3,}ed)\b/u;

/** The terms of the plural group a sentence opens with, or none. */
function openingGroup(text: string, persons: ReadonlySet<string>): string[] {
  const m = OPENING_GROUP_RE.exec(text);
  return m ? phraseTerms(m[1] as string, persons) : [];
}

/** The term of "company" (and its synonyms). */
const COMPANY_TERM = termOf('company') ?? 'company';

/** A person's name particle (speaker-spans.ts NAME_PARTICLES: "Maria do Ceu Alves", "Jan van der Berg"). */
const NAME_PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`);
/** Lower-case words inside a capitalised name: a body's "of", "for", "the", and a person's particle. */
const NAME_JOINER = new RegExp(`^(?:of|for|the|${NAME_PARTICLES})$`);

/** Speakers of every sentence of one document, resolving "he"/"the speaker" to the person last speaking or named. */
function docSpeakers(index: TopicIndex, si: SpeakerIndex, d: number): void {
  const doc = index.brief.sources[d];
  const map = index.unitOf[d];
  if (!doc || !map) return;
  const persons = index.persons.tokens;
  const isPerson = (w: string): boolean => personWord(w, persons);
  let current: string[] = [];
  let lastNamed: string[] = [];
  let lastNames = 0;
  // The person words of the name the sentence before opened with, if it did ("Annelies Vos was elected ...").
  let lastSubject: string[] = [];
  // The speakers of the sentence before, when it quoted them (a quotation after it goes on quoting them).
  let lastQuoted: Set<string>[] = [];
  // Quotations opened and not yet closed at the end of the sentence before.
  let openQuotes = 0;
  // Sentences inside a quotation that no one has been named as saying yet: "``A public company
  // spent 2 million euros telling people how to vote. That is not a fair referendum,'' she said."
  // The one who closes it, a sentence or two on, said them too.
  let unattributed: number[] = [];
  const subject = listSubject(doc.sentences.slice(0, 4).map((x) => x.text), isPerson);
  doc.sentences.forEach((s, i) => {
    const ws = words(s.text);
    const found: { pos: number; span: string[]; pronoun: boolean }[] = [];
    const spanAt = (from: number, to: number): string[] => ws.slice(from, to).filter((x) => !x.punct).map((x) => x.w);
    for (let k = 0; k < ws.length; k++) {
      const x = ws[k] as Word;
      if (x.lower === 'according' && ws[k + 1]?.lower === 'to') {
        let e = k + 2;
        while (e < ws.length && e < k + 10 && !(ws[e] as Word).punct) e++;
        found.push({ pos: k, span: spanAt(k + 2, e), pronoun: false });
        continue;
      }
      const possessive = /['’]s$/.test(x.w) && SPEECH_NOUN.test(ws[k + 1]?.lower ?? '');
      // "signs reading ``Journalism is not a crime''": what a sign or banner reads, it says.
      const reads = READING_RE.test(x.lower) && /^(?:``|“|")/.test(ws[k + 1]?.w ?? '');
      if (!SPEECH_VERB.test(x.lower) && !possessive && !reads && !(ASKED.test(x.lower) && asksOfSomeone(ws, k))) continue;
      // "won the title in 2021 and defended it in 2023": a verb that reports words only of what it
      // defends ("defended the decision") says nothing with a bare pronoun for its object.
      if (!possessive && DEFEND_FORMS.test(x.lower) && OBJECT_PRONOUN.test(ws[k + 1]?.lower ?? '')) continue;
      // "a widely cited 2021 study": a participle between a determiner (and an adverb) and its noun describes it.
      const before = /ly$/.test(ws[k - 1]?.lower ?? '') ? ws[k - 2] : ws[k - 1];
      if (!possessive && /ed$/.test(x.lower) && /^(?:a|an|the|its|his|her|their)$/.test(before?.lower ?? '')) continue;
      // "the United States", "Secretary of State": a capitalised word inside a sentence is a name's, not a verb.
      if (!possessive && k > 0 && /^\p{Lu}/u.test(x.w) && !/^(?:``|["“(])$/.test(ws[k - 1]?.w ?? '')) continue;
      // "Solberg, who was accused last year by two former assistants of harassment": a passive
      // speech verb, whose speaker comes after "by", not before (unless "quoted as saying" follows).
      if (!possessive && /ed$/.test(x.lower) && PASSIVE_BE.test(ws[k - 1]?.lower ?? '') && ws[k + 1]?.lower !== 'as') continue;
      let b = possessive ? k + 1 : k;
      // "Hariri was quoted as saying": the speaker stands before "was quoted as".
      if (b >= 2 && (ws[b - 1] as Word).lower === 'as' && QUOTED_AS.test((ws[b - 2] as Word).lower)) b -= 2;
      // "Mr. Blinken declined to comment", "the ministry refused to say": the speaker stands before the verb that takes "to".
      if (b >= 2 && (ws[b - 1] as Word).lower === 'to' && TAKES_TO_SAY.test((ws[b - 2] as Word).lower)) b -= 2;
      while (b > 0 && SKIP_BACK.test((ws[b - 1] as Word).lower)) b--;
      // "Greece on Monday warned", "the ministry last week said": a time phrase between the
      // speaker and the verb is skipped.
      let t = b;
      while (t > 0 && TIME_BACK.test((ws[t - 1] as Word).lower)) t--;
      if (t < b && ws.slice(t, b).some((x) => TIME_WORD.test(x.lower))) {
        b = t;
        while (b > 0 && SKIP_BACK.test((ws[b - 1] as Word).lower)) b--;
      }
      let a = b;
      while (a > 0 && b - a < 8) {
        const y = ws[a - 1] as Word;
        // "the Ministry of National Unification ordered": "of" inside a body's capitalised name.
        const inName = y.w === 'of' && a < b && a >= 2 && /^\p{Lu}/u.test((ws[a - 2] as Word).w) && /^\p{Lu}/u.test((ws[a] as Word).w);
        if (y.punct || (BOUNDARY.test(y.lower) && y.w === y.lower && !inName)) break;
        a--;
      }
      // "Neither FIS nor WADA said whether they would appeal": the one after "nor" said nothing.
      if (!possessive && ws.slice(Math.max(0, a - 1), b).some((y) => y.w === 'nor')) continue;
      let span = spanAt(a, b);
      // "The IMF's staff in Moscow declared": a place after the speaker says where it is, it is not the speaker.
      // ... or a place said by a common noun: "Police in several provinces urged".
      // ... and "The Philippine ambassador to Malaysia said": the envoy speaks, without the place he is sent to (phraseTerms drops it too).
      const envoyTo = a >= 2 && (ws[a - 1] as Word).w === 'to' && ENVOY_RE.test((ws[a - 2] as Word).lower);
      const where = a >= 2 && b - a <= 3 && (/^(?:in|at|from)$/.test((ws[a - 1] as Word).w) || envoyTo) && (ws.slice(a, b).every((y) => /^\p{Lu}/u.test(y.w)) || placeNoun((ws[b - 1] as Word).lower));
      if (where && !(ws[a - 2] as Word).punct && !BOUNDARY.test((ws[a - 2] as Word).lower)) {
        span = [...spanAt(phraseStart(ws, a - 1), a - 1), ...(envoyTo ? [] : span)];
      }
      // "Ms. Gere of International Data said": a name, then the body or place it is of, speaks.
      const of = a >= 2 && b - a <= 4 && (ws[a - 1] as Word).lower === 'of' && ws.slice(a, b).every((y) => /^\p{Lu}/u.test(y.w)) && /^\p{Lu}/u.test((ws[a - 2] as Word).w) && isPerson((ws[a - 2] as Word).lower.replace(/['’]s$/, ''));
      if (of) span = [...spanAt(phraseStart(ws, a - 1), a - 1), 'of', ...span];
      // "The lawyers for Velbor told": people of a kind (WordNet's nouns of people) who speak for the body after "for".
      else if (a >= 2 && b - a <= 4 && (ws[a - 1] as Word).lower === 'for' && !(ws[a - 2] as Word).punct && wordNet()?.isPersonNoun((ws[a - 2] as Word).lower) === true) span = [...spanAt(phraseStart(ws, a - 1), a - 1), ...span];
      // "executives involved in the talks said", "officials close to the deal said": who speaks stands before the phrase saying how they know.
      const close = a >= 3 && INSIDE_SOURCE.test(`${(ws[a - 2] as Word).lower} ${(ws[a - 1] as Word).lower}`) && !(ws[a - 3] as Word).punct;
      if (close) span = [...spanAt(phraseStart(ws, a - 2), a - 2), ...span];
      // "Jack Keane, a retired general ..., stated": skip the appositive back to the name.
      // (Not before a participle, "..., sued the carmaker Tuesday, claiming": the words between the commas are the main verb's, and the sentence's subject speaks; see below.)
      if (span.length === 0 && ws[b - 1]?.w === ',' && !(a === b && /ing$/.test(x.lower))) {
        let c = b - 2;
        while (c >= 0 && !(ws[c] as Word).punct) c--;
        const appositive = ws.slice(c + 1, b - 1);
        // "The statement, released in Lisbon, also said": a clause about the speaker, not who it is.
        const clause = REDUCED_CLAUSE.test(appositive[0]?.w ?? '');
        // "The head of Yugoslavia's other republic, Montenegro, urged": a name after the description is the speaker's.
        const name = appositive.length > 0 && appositive.length <= 3 && appositive.every((y) => /^\p{Lu}/u.test(y.w));
        // "The Palestinians, in turn, accuse": an aside between the subject and its verb.
        const aside = ASIDE_RE.test(appositive.map((y) => y.w).join(' '));
        if (c >= 0 && ws[c]?.w === ',' && (clause || name || aside || /^(?:the|a|an)$|['’]s$/i.test(appositive[0]?.w ?? ''))) {
          // "The head of the Mineworkers Union of Zambia, Joseph Chewe, said": the whole role, and the body it heads.
          const e = rolePhraseStart(ws, c) ?? phraseStart(ws, c);
          const app = appositive.map((y) => y.w);
          span = [...spanAt(e, c), ...(clause || aside || NOT_AFFILIATION.test(app.join(' ')) ? [] : app)];
        }
      }
      // "Chris Shays, a moderate from Connecticut called": an appositive the wire left unclosed; the name before it speaks.
      const open = unclosedAppositive(ws, b, isPerson);
      if (open) span = [...spanAt(open.from, open.comma), ...spanAt(open.comma + 1, b)];
      // '..., said Mr Wang.'
      if (span.length === 0 && !possessive && INVERTED_VERB.test(x.lower)) {
        // "said Secretary of State Madeleine Albright": the whole capitalised name, "of" and all.
        // "said transport director Lena Varga": lower-case words of a role first, then the name.
        const first = nameAfterRoleWords(ws, k + 1);
        let end = first;
        // ... and a name's lower-case particle: "said Maria do Ceu Alves", "said Jan van der Berg".
        while (end < ws.length && end < first + 7 && (/^\p{Lu}/u.test((ws[end] as Word).w) || (NAME_JOINER.test((ws[end] as Word).w) && /^\p{Lu}|^(?:der|den|la|los)$/u.test(ws[end + 1]?.w ?? '')))) end++;
        const after = ws.slice(first, Math.max(end, first)).filter((y) => !y.punct && (/^\p{Lu}/u.test(y.w) || NAME_PARTICLE.test(y.w)));
        // "..., said Safari Ngezayo, a farmer and hotel owner": the description after the name is who speaks too.
        const described = appositiveAfter(ws, end);
        if (after.length > 0 && ws[k + 1] && !ws[k + 1]?.punct) span = [...after.map((y) => y.w), ...(NOT_AFFILIATION.test(described.join(' ')) ? [] : described)];
      }
      // "the government in Kinshasa, which claimed ...", "Ana Lind, who said ...": a relative clause's speaker is the phrase it follows.
      if (span.length === 0 && a >= 3 && a === b && /^(?:which|who)$/.test((ws[a - 1] as Word).lower) && ws[a - 2]?.w === ',') span = phraseBefore(ws, a - 2);
      // "a widely cited 2021 study that claimed ...": a restrictive clause's speaker is the noun it
      // follows, after the sentence's own speaker ("Despite a survey that suggested ..., Duisenberg said").
      let subordinate = false;
      if (span.length === 0 && a >= 3 && a === b && /^(?:that|which|who)$/.test((ws[a - 1] as Word).lower) && /^\p{Ll}{3,}$/u.test((ws[a - 2] as Word).w) && !SPEECH_VERB.test((ws[a - 2] as Word).lower) && (wordNet()?.lemmas((ws[a - 2] as Word).w, 'noun').length ?? 0) > 0) {
        span = phraseBefore(ws, a - 1);
        subordinate = true;
      }
      // "Bin Laden is believed to have set up an operation after telling the government that ...": the person the sentence is about.
      if (span.length === 0 && /ing$/.test(x.lower) && /^(?:after|before|while|when|upon|by)$/.test(ws[a - 1]?.lower ?? '')) {
        const named = ws.findIndex((y) => isPerson(y.lower.replace(/['’]s$/, '')));
        if (named >= 0 && named < a - 1) span = nameRunAt(ws, named);
      }
      // "X has supported ..., arguing that", "X has not denounced ... but has called for": the clause's subject.
      if (span.length === 0 && (ws[a - 1]?.w === ',' || /^(?:and|but)$/.test(ws[a - 1]?.lower ?? ''))) {
        const prev = found[found.length - 1];
        const named = ws.findIndex((y) => isPerson(y.lower.replace(/['’]s$/, '')));
        const opening = openingSubjectBeforeComma(ws);
        if (prev) span = prev.span;
        // "The commission, led by retired judge Beatrice Monnier, found ... but said ...": the subject before the aside, not the name in it.
        else if (opening !== null && (named < 0 || named > opening.length) && opening.length < k) span = opening;
        // "President Arno Vesk flew over the area and promised ...": the whole name, title and all.
        else if (named >= 0 && named < k) span = nameRunAt(ws, named);
        // "Both sides declined to comment after the talks, saying ...": the sentence's subject.
        else if (ws[a - 1]?.w === ',' && /ing$/.test(x.lower)) span = subjectOfParticiple(ws, a - 1) ?? [];
        // "The US envoy, on the other hand, expressed worry ... and asked ...": a sentence that opens with a description of a person.
        else if (ws[a - 1]?.w !== ',') span = personDescription(spanAt(0, Math.max(0, ws.findIndex((y) => y.punct)))) ?? [];
      }
      // "Mahathir's allies are marshaling new data that they say indicate ...": "they" in a clause is the sentence's subject.
      if (span.length === 1 && span[0]?.toLowerCase() === 'they') span = subjectBefore(ws, a) ?? span;
      if (span.length === 0) continue;
      const lowerSpan = span.map((w) => w.toLowerCase());
      // "The 56-year-old history professor at the University of ... said": the subject phrase
      // from the sentence's start, cut short above at "at", describes the person last named.
      const description = personDescription(a <= 12 && ws.slice(0, b).every((y) => !y.punct) ? spanAt(0, b) : span);
      if (description) {
        found.push({ pos: k, span: description, pronoun: true });
        continue;
      }
      const pronoun = lowerSpan.some((w) => PRONOUN.test(w)) || lowerSpan.join(' ').endsWith('the speaker');
      found.push({ pos: subordinate ? ws.length + k : k, span, pronoun });
      // "X filed a lawsuit at the court arguing that ...": the writing argues too, after its author.
      const writing = /ing$/.test(x.lower) ? documentBefore(ws, k) : null;
      if (writing !== null) found.push({ pos: ws.length + k, span: [writing], pronoun: false });
    }
    found.sort((p, q) => p.pos - q.pos);
    let sets: Set<string>[] = [];
    const resolved = new Set<string>();
    let named: string[] | null = null;
    for (const f of found) {
      const text = f.span.join(' ');
      const terms = new Set(phraseTerms(text, persons));
      // "Copperbelt Mining Corp. said": a company by its legal form speaks as "the company".
      if (companyNames(text).length > 0) terms.add(COMPANY_TERM);
      const people = f.span.map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '')).filter((w) => isPerson(w) && !terms.has(`${w}:org`));
      const who = f.pronoun && people.length === 0 ? current : people;
      if (f.pronoun && people.length === 0) for (const p of current) resolved.add(p);
      // "They also say ...": after "The rebels have promised ...", the rebels speak.
      // ... the group the sentence before opened with, read only when "they" speaks.
      if (f.pronoun && people.length === 0 && i > 0 && f.span.some((w) => /^they$/i.test(w))) for (const t of openingGroup(doc.sentences[i - 1]?.text ?? '', persons)) terms.add(t);
      for (const p of who) {
        terms.add(p);
        for (const t of si.profiles.get(p) ?? []) terms.add(t);
      }
      if (!f.pronoun && people.length > 0 && named === null) named = people;
      sets.push(terms);
    }
    // "The 83-year-old retired general, who ruled ...": an opening description of the person the
    // sentence before named (or, failing that, the one the story last turned to).
    if (AGE_OPENING_RE.test(s.text)) for (const p of lastNamed.length > 0 ? lastNamed : current) resolved.add(p);
    // ... or "The Dutch former Olympic champion beat ...", a description by a noun for a person, right after a sentence that opens with one person's name.
    else if (i > 0 && lastSubject.length > 0 && openingRole(s.text) !== null) for (const p of lastSubject) resolved.add(p);
    // "He has pleaded innocent to all charges, ...": a sentence that opens with "he" or "she" is
    // about the one person the sentence before names, or, when it names no one, the person the
    // story has turned to. (After one that names several, which of them it is stays open.)
    else if (i > 0 && lastNames <= 1 && SUBJECT_PRONOUN_OPENING_RE.test(s.text)) for (const p of lastNames === 1 ? lastNamed : current) resolved.add(p);
    // Names inside a quotation are what the speaker talks about, not who the story turns to
    // ("``Besides, the (Kabila) government has been using the Internet,''" goes on quoting Wamba).
    const plain = words(s.text.replace(QUOTED_RE, ' ')).map((x) => x.lower.replace(/['’]s$/, ''));
    const isName = plain.map(isPerson);
    const people = plain.filter((_, k) => isName[k]);
    lastNamed = people.slice(0, 2);
    lastSubject = subjectName(withoutDateline(s.text), isPerson);
    // How many names: runs of person words, one run per name ("Wang and Qin" are two, "Wang Dan" one).
    lastNames = isName.filter((yes, k) => yes && !isName[k - 1]).length;
    if (named) current = named;
    else if (people.length > 0 && found.length === 0) current = people.slice(0, 2);
    // "1953: Forms elite commando unit 101" under "Brief biography of Ariel Sharon:": an
    // entry of a dated list is about the person its heading names.
    // The entry has no subject of its own ("1977: Elected to parliament ... in the government of
    // Menachem Begin"): one that starts with someone else's name is about them.
    const entry = CHRONOLOGY_ENTRY.exec(s.text);
    const opener = entry ? (s.text.slice(entry[0].length - 1).match(/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/u)?.[0] ?? '') : '';
    const othersEntry = opener.split(/\s+/).some((w) => isPerson(w.toLowerCase().replace(/['’]s$/, '')));
    if (subject && i > 0 && entry && !othersEntry) for (const p of subject) resolved.add(p);
    // "``The region cannot bear another conflict,'' Babil said. ``The buildup will harm Turkey
    // and Syria.''": a quotation of its own right after a quoted speaker goes on quoting them.
    // ... and so does a sentence inside a quotation the sentence before opened ("Added Stern,
    // ``We owe it to the fans ... It doesn't look promising ...''").
    const continued = openQuotes > 0;
    openQuotes = Math.max(0, openQuotes + (s.text.match(OPENING_MARK_RE)?.length ?? 0) - (s.text.match(CLOSING_MARK_RE)?.length ?? 0));
    const quoteOnly = found.length === 0 && (OPENS_QUOTE_RE.test(s.text) || continued);
    const quotedBefore = lastQuoted.length > 0;
    if (quoteOnly && lastQuoted.length > 0) {
      sets = lastQuoted;
      // The one quoted is in the sentence as its speaker, as "he" in "he said" is.
      for (const set of lastQuoted) for (const t of set) if (isPerson(t)) resolved.add(t);
    }
    // ... as does one right after "Gingrich said of his resignation:", which ends where the quotation starts.
    lastQuoted = sets.length > 0 && (quoteOnly || QUOTE_MARK_RE.test(s.text) || /:\s*$/.test(s.text)) ? sets : [];
    const u = map[i] ?? -1;
    // (A speech verb inside the quotation is the speaker's words: "telling people how to vote".)
    if (openQuotes > 0 && !quotedBefore && (continued || OPENS_QUOTE_RE.test(s.text)) && unattributed.length < QUOTE_LOOKAHEAD) unattributed.push(u);
    else if (openQuotes === 0 && continued && sets.length > 0) {
      // Who speaks after the closing mark ("..., spokesman Ivo Brandt said"), not in the quotation's own words ("We did not tell anyone").
      const saying = setsAfterClosingMark(s.text, sets, found);
      for (const v of unattributed) {
        if (v < 0) continue;
        si.speakers.set(v, [...saying, ...(si.speakers.get(v) ?? [])]);
        if (resolved.size > 0) si.resolved.set(v, new Set([...resolved, ...(si.resolved.get(v) ?? [])]));
      }
      unattributed = [];
    } else unattributed = [];
    if (u >= 0) {
      si.speakers.set(u, sets);
      if (resolved.size > 0) si.resolved.set(u, resolved);
    }
  });
}


/** How many sentences of a quotation may come before the one that says who said it. */
const QUOTE_LOOKAHEAD = 3;

/** A sentence that opens with a quotation mark (wire ``, curly or straight). */
const OPENS_QUOTE_RE = /^\s*(?:``|“|")/;
/** A quotation mark anywhere. */
const QUOTE_MARK_RE = /``|''|“|”|"/;

/** A sentence that opens with a subject pronoun: "He has pleaded ...", "She later said ...". */
const SUBJECT_PRONOUN_OPENING_RE = /^["“'‘`(]*(?:He|She)\s/;


/** Person tokens that a pronoun speaker of the sentence stands for ("he said" → blinken). */
export function resolvedPeople(index: TopicIndex, unit: number): ReadonlySet<string> {
  const si = speakerIndex(index);
  if (!si.speakers.has(unit)) docSpeakers(index, si, index.unit(unit).doc);
  return si.resolved.get(unit) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

/** 1 when the question's speaker is the sentence's main speaker, 0.9 when a secondary one, 0 when not speaking. */
export function speakerMatch(index: TopicIndex, unit: number, query: SpeakerQuery): number {
  const si = speakerIndex(index);
  if (!si.speakers.has(unit)) docSpeakers(index, si, index.unit(unit).doc);
  const sets = si.speakers.get(unit) ?? [];
  for (let i = 0; i < sets.length; i++) {
    const s = sets[i] as Set<string>;
    if (query.groups.every((g) => g.some((t) => s.has(t)))) return i === 0 ? 1 : 0.9;
  }
  return 0;
}
