/**
 * The verbs of speech the Q&A reads, in one place. General English, no topic's words.
 *
 * - `ATTRIBUTING`: the finite forms that attribute words to someone ("Harris said", "said a
 *   spokesman"); `SPEECH_FORMS` adds the base and present forms that a speaker question
 *   meets in a sentence ("did he state", "tells").
 * - `UNNAMED_SOURCE_VERBS`: what an unnamed source does right after its noun ("a newspaper reported").
 * - `NAME_CUES`: what marks a capitalised phrase as a person's name ("Ned Price said",
 *   "Wang Yi asked").
 * - `REPORTING`: every form of every verb that reports what someone said or did in words,
 *   for finding a sentence's speaker.
 * - `QUESTION_SAY`: the verbs that make a question ask what someone said ("what did X warn").
 *   Regex sources (alternations without groups).
 */
import { analyze } from './text-analysis.ts';
import { isPastForm } from './question-type.ts';

/** Finite forms that attribute words to someone. */
export const ATTRIBUTING = 'said|says|told|stated|added|claimed|urged|predicted|declared|warned|noted|argued|continued|replied|responded|cautioned|acknowledged|insisted|wrote|observed|remarked';

/**
 * What an unnamed source is said to do right after its noun: "a senior negotiator says", "an
 * official Syrian newspaper reported", "one newspaper quoted".
 */
export const UNNAMED_SOURCE_VERBS = 'said|says|told|added|stated|claimed|reported|reports|warned|noted|wrote|writes|quoted|quotes';

/** Attribution plus base and present forms, for matching a speaker question in a sentence. */
export const SPEECH_FORMS = `${ATTRIBUTING}|say|tell|tells|state|states|add|claims`;

/** What marks a capitalised phrase before it as a person's name. */
export const NAME_CUES = `${ATTRIBUTING}|referred|asked`;

/** Every reporting verb form, for finding who speaks in a sentence. */
export const REPORTING =
  'say|says|said|saying|tell|tells|told|telling|state|states|stated|add|added|adding|claim|claims|claimed|claiming|urge|urges|urged|urging|predict|predicts|predicted|declare|declares|declared|warn|warns|warned|warning|note|notes|noted|argue|argues|argued|arguing|continued|reply|replies|replied|respond|responds|responded|caution|cautioned|acknowledge|acknowledged|acknowledges|insist|insisted|insists|wrote|writes|spoke|speaks|mocked|mocks|refer|referred|refers|describe|described|describes|dubbed|called|calls|accused|accuses|condemned|condemns|denounced|denounces|deny|denied|denies|refuted|expressed|expresses|raised|stressed|announced|announces|asserted|admitted|admits|explained|suggested|promised|pledged|vowed|issued|reported|appeal|appealed|appeals|threatened|blamed|criticised|criticized|reiterated|countered|complained|rejected|defended|confirmed|revealed|assured|guaranteed|recalled|conceded|questioned|demanded|proposed|speculated|speculates|estimated|estimates|accuse|condemn|denounce|blame|blames|criticise|criticize|criticises|criticizes|reject|rejects|complain|complains|admit|promise|promises|pledge|pledges|vow|vows|threaten|threatens|announce|assert|asserts|explain|explains|suggest|suggests|demand|demands|propose|proposes|allege|alleges|alleged|alleging|contend|contends|contended|comment|comments|commented|commenting|ordered|orders|instructed|instructs|requested|requests|advised|advises|cited|cites';

/** Verbs that make a question ask what someone said. */
export const QUESTION_SAY =
  'say|says|said|tell|tells|told|claim|claimed|warn|warned|state|stated|declare|declared|predict|predicted|argue|argued|call|called|describe|described|add|added|urge|urged|promise|promised|respond|responded|reply|replied|react|reacted|admit|admitted|acknowledge|acknowledged|announce|announced|insist|insisted|suggest|suggested|accuse|accused|deny|denied|threaten|threatened|demand|demanded|propose|proposed|explain|explained|comment|answer|answered|mean|meant|think|thought|blame|blamed|vow|vowed|pledge|pledged';

/**
 * Question verbs of speaking that any attribution meets: "Which radio station did Brillantes
 * speak to?" is answered by "Brillantes told radio station DZXL", "Where did she speak?" by
 * "she told the council in Chicago". ("say" and "tell" are stopwords; "talk" is a meeting.)
 */
const SPEAKING = /^(?:speak|speaks|spoke|spoken|speaking)$/;
/**
 * A speech act asked with its content left out, last in the question: "What did the mayor
 * promise?" is answered by "Mayor Ferri said the city would do everything it could", "What did
 * she warn?" or "What did her lawyers argue?" by what she or they said. (Not "promise to do",
 * whose words must be met.)
 */
const SPEECH_ACT = /^(?:promise[sd]?|pledge[sd]?|vow(?:s|ed)?|warn(?:s|ed)?|announce[sd]?|threaten(?:s|ed)?|predict(?:s|ed)?|admit(?:s|ted)?|reveal(?:s|ed)?|argue[sd]?|insist(?:s|ed)?|contend(?:s|ed)?|assert(?:s|ed)?|stress(?:es|ed)?|suggest(?:s|ed)?)$/;
const QUESTION_END_RE = /^\s*[?.!]?\s*$/;
/** Verbs of reacting, ending a "how" question: "How did the ministry respond?". */
const REACTION = /^(?:react|reacts|reacted|respond|responds|responded|reply|replies|replied)$/;
const HOW_Q_RE = /^\s*(?:and\s+)?how\s+(?:did|does|do|has|have|had|will|would)\s/i;
/** "talk to reporters", "talked with journalists": speaking to the press. */
const TALKING = /^(?:talk|talks|talked|talking)$/;
const TO_THE_PRESS_RE = /^\s+(?:to|with)\s+(?:the\s+|a\s+group\s+of\s+)?(?:reporters|journalists|press|media|newsmen|correspondents|newspapers?)\b/i;
export const ATTRIBUTION_RE = new RegExp(`\\b(?:${ATTRIBUTING}|${SPEECH_FORMS}|spoke|speaks|speaking)\\b`, 'i');

/** A verb of speaking followed by no object: "speak to", "spoke on Friday", "speak?" (not "speak Portuguese"). */
const INTRANSITIVE_AFTER_RE = /^\s*(?:$|[?.!,]|(?:to|with|about|on|at|in|for|before|after|during|of|from)\b)/i;

/**
 * Verbs that report a statement as a clause: "In which town did Gingrich claim the Republicans
 * still held the House?" is answered by "Gingrich said in Marietta that the Republicans still
 * held ...": the clause is what must match, and any attribution reports it.
 */
const CLAUSE_SPEAKING = /^(?:claim|claims|claimed|assert|asserts|asserted|insist|insists|insisted|state|states|stated|declare|declares|declared|argue|argues|argued|maintain|maintains|maintained|contend|contends|contended|allege|alleges|alleged)$/;

/** Auxiliaries and modals that make a clause's verb: "claim the party would win", "insist it was". */
const CLAUSE_AUX = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|might|must|did|does)$/;

/** Whether the words after a verb open a clause: "that ...", or up to five words and then a finite verb ("the Republicans still held"). */
function opensClause(after: string): boolean {
  const words = after.trim().split(/\s+/).map((w) => w.replace(/[^\p{L}'’-]/gu, '').toLowerCase());
  if (words[0] === 'that') return true;
  for (const w of words.slice(1, 6)) {
    if (!w) return false;
    if (CLAUSE_AUX.test(w) || isPastForm(w)) return true;
  }
  return false;
}

/**
 * The terms of `question`'s verbs of speaking used with no object, reporting a clause, or
 * talking to the press (`tokens`: its words, with where each ends; `clauses` and `pressTalk`:
 * the clause-reporting and press-talking ones, when the caller has them).
 */
export function speakingTerms(question: string, tokens: readonly QuestionToken[], clauses: ReadonlySet<string> = clauseReportingTerms(question, tokens), pressTalk: ReadonlySet<string> = pressTalkTerms(question, tokens)): ReadonlySet<string> {
  const out = new Set([...clauses, ...pressTalk]);
  for (const t of tokens) if (SPEAKING.test(t.word.toLowerCase()) && INTRANSITIVE_AFTER_RE.test(question.slice(t.end))) out.add(t.term);
  for (const t of tokens) if (SPEECH_ACT.test(t.word.toLowerCase()) && QUESTION_END_RE.test(question.slice(t.end))) out.add(t.term);
  // "How did Keller react?": a reaction is what he said, as much as what he did (not "Why did he react?").
  // (Not "How did the Malaysian officials react?": "officials" of a country are anyone of it who speaks, a reaction needs the one asked.)
  if (HOW_Q_RE.test(question) && !/\bofficials\b/i.test(question)) for (const t of tokens) if (REACTION.test(t.word.toLowerCase()) && QUESTION_END_RE.test(question.slice(t.end))) out.add(t.term);
  return out;
}

/** "Where did Ngongi talk to reporters?": the terms of verbs of talking to the press, which is speaking, not a meeting. */
export function pressTalkTerms(question: string, tokens: readonly QuestionToken[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const t of tokens) if (TALKING.test(t.word.toLowerCase()) && TO_THE_PRESS_RE.test(question.slice(t.end))) out.add(t.term);
  return out;
}

/**
 * Verbs of making a thing known, with the thing as their object: "When did Harwell announce the
 * discovery?" is answered by "Harwell Energy said on Tuesday it had made a large gas discovery".
 */
const ANNOUNCING = /^(?:announce[sd]?|disclose[sd]?|reveal(?:s|ed)?)$/;

/**
 * The terms of `question`'s verbs of making a thing known, each with the term of the thing
 * ("announce the discovery" → discovery): a sentence that has the thing and attributes it to
 * someone ("said it had made a discovery") makes it known.
 */
export function announcedThings(question: string, tokens: readonly QuestionToken[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  tokens.forEach((t, i) => {
    if (!ANNOUNCING.test(t.word.toLowerCase())) return;
    // The next content word, right after the verb or its determiner.
    const word = /^\s*(?:(?:the|a|an|its|his|her|their)\s+)?([\p{L}-]+)/iu.exec(question.slice(t.end))?.[1]?.toLowerCase();
    const next = tokens[i + 1];
    if (next !== undefined && next.word === word) out.set(t.term, next.term);
  });
  return out;
}

/** The terms of `question`'s verbs that report a clause ("did Gingrich claim the Republicans still held"). */
export function clauseReportingTerms(question: string, tokens: readonly QuestionToken[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const t of tokens) if (CLAUSE_SPEAKING.test(t.word.toLowerCase()) && opensClause(question.slice(t.end))) out.add(t.term);
  return out;
}

/** A question's word as the speech verbs read it: its term, as written, and where it ends. */
interface QuestionToken {
  term: string;
  word: string;
  end: number;
}

/** Whether `text` attributes words to someone ("Brillantes told", "she said"): what meets a verb of speaking. */
export function attributes(text: string): boolean {
  return ATTRIBUTION_RE.test(text);
}

/** Whether `question` uses `word` as a verb of speaking with no object, and `text` attributes words to someone (speakingTerms and attributes, for one word). */
export function speakingMet(word: string, question: string, text: string): boolean {
  const w = word.toLowerCase();
  return speakingTerms(question, analyze(question).filter((t) => t.word === w)).size > 0 && attributes(text);
}
