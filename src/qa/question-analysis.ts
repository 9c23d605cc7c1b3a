/**
 * What a question asks for: its expected answer type (a date, a duration, a quantity, a
 * person...), its content terms and the named things it is constrained by.
 */
import { isCountryTerm } from './gazetteer.ts';
import { QUESTION_SAY } from './speech-verbs.ts';
import { capitalisedRuns, isOrgWord, isPlaceWord, monthsIn, normaliseMonth } from './entities.ts';
import { analyze, stemOf, termOf, type Token } from './text-analysis.ts';
import { wordNet } from './wordnet.ts';
import { countedOf, sizesArtifact } from './counted-things.ts';
import { MADE_OF_Q_RE } from './materials.ts';
import { detectType, DID_BEFORE_RE, DOES_FOR_LIVING_RE, isPastForm, MEASURE_Q_RE, ORIGIN_Q_RE, WHOSE_JOB_RE, type AnswerType } from './question-type.ts';

export { detectType, isPastForm, type AnswerType } from './question-type.ts';

export interface QuestionAnalysis {
  text: string;
  type: AnswerType;
  tokens: Token[];
  /** Distinct content terms in question order. */
  terms: string[];
  /** Terms naming people, places, organisations, months or numbers: the question's constraints. */
  entityTerms: Set<string>;
  months: Set<string>;
  years: Set<string>;
  /** Capitalised names in the question ("Wang Yi", "Munich Security Conference"). */
  names: string[];
  /** For "who is X?": X. */
  subject: string | null;
  /** Terms that only describe the kind of answer ("which TV network", "what organisation"): low weight. */
  light: Set<string>;
  /** Term → the terms of the same multi-word name ("wang" → ["wang", "yi"]): one of them is enough. */
  nameGroups: Map<string, string[]>;
  /** "What did Blinken tell ...", "according to Beijing": terms of whoever should be speaking. */
  speaker: string[];
  /** The speaker phrase itself ("China's foreign ministry"), when the question asks what someone said. */
  speakerPhrase: string | null;
  /** "What will Xi say", "what is expected": the answer is a prediction or plan. */
  future: boolean;
  /** "What is the latest death toll?", "how many so far?": of several reports, the newest. */
  latest: boolean;
  /** "How big is the loan?": the newest report's figure, from a sentence that has every word the best one has. */
  current?: true;
  /** "How many flights were grounded on the first day?", "at first": of several reports, the oldest (its words are no terms). */
  earliest?: boolean;
  /** "How many fighters ...": terms of what is counted; the number should count it. */
  counted: string[];
  /** "How much were the sanctions?": an amount of money or a share, not any number. */
  amount: boolean;
  /** "How long is the border?", "how heavy is it?": a measure, a number with a unit. */
  measure: boolean;
  /** "How old is X?": X's age. */
  age: boolean;
  /** "Do the reports agree ...", "where do sources differ": the answer may be a disagreement between sources. */
  compare: boolean;
  /**
   * Terms of a time-setting phrase ("after the June visit", "during the Munich meeting"): they
   * place the question in time, they are not what it asks about.
   */
  setting: Set<string>;
  /** "What type/kind/model of fighter jet ...": terms of the thing whose type is asked (head last); empty otherwise. */
  typeOf: string[];
  /**
   * "Whom did Blinken see first", "who did he meet the day before Wang": the question asks about
   * the order of events; the answer should state it ("before", "then", "after").
   */
  order: boolean;
  /**
   * The country term that is the subject of a "when / where / why / how" question's verb
   * ("When did Britain sign the covenant?" → ~united kingdom): a constraint, not the setting.
   */
  actor?: string;
}

/** Order words ("first", "the day before"); a time-setting phrase ("after the June visit") is not one. */
const ORDER_Q_RE = /\b(?:(?:the )?(?:day|week|night|morning|hours?) (?:before|after)|(?:before|after|prior to) \w+ing|first|then|next|later|earlier|afterwards|beforehand|followed)\b/gi;
/** Order words that say nothing about the event itself; they describe what the answer must state. */
const ORDER_WORD = /^(?:first|next|later|earlier|afterwards|beforehand|day|week|night|morning|hour|hours)$/;

/**
 * "Apart from weapons, what else ...", "besides uniforms", "other than Qin": the excluded thing is
 * context, not what the question asks for; its terms count half and are not required.
 */
const EXCLUDE_RE = /\b(?:apart from|aside from|besides|other than|except(?: for)?|in addition to|beyond)\s+((?:[\p{L}\d'’-]+\s*){1,4}?)(?=[,;?]|\s+(?:what|who|whom|which|how|where|when|why|did|does|do|is|are|has|have)\b)/giu;

/** "Which two countries", "what three things": the number of answers asked for. */
const WHICH_NUMBER_RE = /\b(?:which|what)\s+(two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]/gi;

/** Words that only say what kind of answer is wanted; they never appear in the answer. */
const TYPE_WORDS: Partial<Record<AnswerType, RegExp>> = {
  date: /^(date|day|dai|time|year|month|week|weekdai|hour)$/,
  duration: /^time$/,
  person: /^(person|name|individual|official)$/,
  name: /^(name|call|titl)$/,
  place: /^(place|location|city|country)$/,
  reason: /^(reason|caus|explan|ground|basi)/,
  quantity: /^(number|amount|total|popul|quantiti|big|size|larg|strength|strong|count|numer|figur|estim|share|percentag|proport|toll)$/,
};

/** "go", and "on" with a bare noun after it ("went on strike", "go on trial", "goes on sale"), not "go on" meaning to continue. */
const GO_FORMS = /^(?:go|goes|went|gone|going)$/;
const GO_ON_NOUN_RE = /^\s+on\s+(?!(?:the|a|an|to|with|for|until|about|and|or|in|at|after|before|this|that|his|her|their|its)\b)[a-z]{3,}\b/i;

/** The verb that ends a duration question: "how long did the talks last / take?". */
const DURATION_VERB = /^(?:last|lasted|take|took|taken)$/;

export const PARTICLE_RE = /^(?:away|off|out|up|down|back|over|aside)$/;
/** "How many bidders took part?": "take part" says only that they were in it, which the answer seldom repeats ("among five bidders"). */
const TAKE_PART_RE = /\b(?:take|takes|took|taken|taking)\s+part\b/gi;
const HAPPEN_RE = /\b(?:take|takes|took|taken|taking)\s+place\b|\bheld(?=[\s?.!]*$)/gi;
/** "was involved in", "were involved in": a part in something, whatever it was. */
const INVOLVED_RE = /\binvolved(?=\s+in\b)/gi;
const REFERRING_COUNT_RE = /\b(?:the|these|those|both)\s+(two|three|four|five|six|seven|eight|nine|ten)\b/gi;
/** "What charges will X face?": "what" or "which", a noun, then "face" (group 1) at the end of the question. */
const FACE_Q_RE = /^\s*(?:what|which)\s+(?:[a-z-]+\s+){1,2}(?:will|would|could|does|do|did|might|may|can|is|are)\s+[^?]{1,60}?\b(fac(?:e|es|ing))\s*\??\s*$/i;

/**
 * A support verb: "come to power", "take office", "came into force": the noun carries the
 * meaning, and the answer may put it with another verb ("took power", "installed him in power").
 */
const SUPPORT_VERB_RE = /\b(?:come|comes|came|coming)(?=\s+(?:to|into)\s+(?:power|office|force|effect)\b)|\b(?:take|takes|took|taken|taking)(?=\s+(?:power|office|control|charge|effect)\b)/gi;
/**
 * A light verb before an indefinite noun: "give a news conference", "make a decision", "hold
 * a meeting", "take a vote": the noun names the event, the verb only that it happened (the
 * answer says "told a news conference", "decided", "met").
 */
const LIGHT_VERB_RE = /\b(?:give|gives|gave|given|giving|make|makes|made|making|take|takes|took|taken|taking|hold|holds|held|holding|have|has|had|having|pay|pays|paid|paying|do|does|did|doing)(?=\s+(?:a|an)\s+[a-z])/gi;
/** "set to start", "due to arrive": a word that marks the future before a verb. */
const BY_THE_TIME_RE = /\b(?:by|until|at)\s+the\s+time\b(?=\s+(?:she|he|they|it|we|the|his|her|their|its)\b)/gi;
const FUTURE_MARK_RE = /\b(set|due|scheduled|expected|planned|slated)\s+to\s+(?!the\b|an?\b)[a-z]+/gi;
/** "Which party does X belong to?", "which state does X represent?", "which team does X play for?": a verb of belonging. */
export const RELATION_Q_RE = /^\s*(?:and\s+)?(?:which|what)\s+(?:[\p{L}-]+\s+){1,2}(?:does|did|do)\s+(?:[\p{L}.'’-]+\s+){1,4}?(belong|represent|play|work|come|hail|serve)\b/iu;
/** "in order to", "so as to": a purpose marker, before its "to". */
const PURPOSE_MARK_RE = /\b(?:in order|so as)(?=\s+(?:not\s+)?to\b)/gi;
const HEDGE_RE = /^(?:allegedly|reportedly|apparently|supposedly|reputedly|purportedly|ostensibly)$/;
/** ... and their adjectives after a determiner: "the alleged assault", "the suspected arson" (not "Who alleged fraud?"; nor "the reported plan", which "media reports of a plan" say). */
const HEDGE_ADJECTIVE_RE = /^(?:alleged|suspected|apparent|supposed|purported|presumed)$/;
const DETERMINER_BEFORE_RE = /\b(?:the|a|an|his|her|its|their)\s+$/i;
const COPULA_RE = /^(?:become|becomes|became|becoming|remain|remains|remained)$/;

const STANCE_RE = /^(?:stance|position|positions|view|views|stand|attitude|opinion|take|line|role|reaction|response|thinking)$/;

/** Words that ask whether sources agree: they describe the answer, never appear in it. */
const COMPARE_RE = /\b(?:differ|differs|differed|difference|differences|disagree|disagrees|disagreement|agree|agreed|agreement|conflict|conflicting|contradict\w*|discrepanc\w*|inconsisten\w*|consistent|vary|varies|varied|same figure|same number)\b/i;
/** Words for the accounts a comparison question compares. */
const ACCOUNTS_RE = /\b(?:reports?|sources?|accounts?|outlets?|stories|story|articles?|documents?|figures?|numbers?|versions?|papers?|newspapers?|coverage|estimates?|tolls?|counts?)\b/i;
const COMPARE_TERM = /^(?:differ|differ\w*|disagr\w*|agre\w*|conflict|contradict\w*|discrep\w*|inconsist\w*|consist\w*|vari\w*|report|sourc|account|outlet|stori|articl|document)$/;

/** Whether the lower-case `word` is one of the question's, as written or as a term ("games" for "Games", "voting" for "vote"). */
export function asksAbout(q: Pick<QuestionAnalysis, 'tokens' | 'terms'>, word: string): boolean {
  return q.tokens.some((t) => t.word === word) || q.terms.includes(termOf(word) ?? word);
}

const SAY = QUESTION_SAY;
// A speech verb, not the noun of the same spelling after a determiner ("assess the state of").
// A speech verb is no noun's owner: "a foreign state's involvement" has no one stating.
const SPEAKER_RES = [
  new RegExp(`\\b(?:what|how|why)(?:'s|’s|\\s+(?:did|does|do|has|have|had|will|would|could|might|is|are|was|were))\\s+(.{2,50}?)\\s+(?:(?:expected|going|likely|set|due|about|planning|supposed|trying|able)\\s+to\\s+)?(?<!\\b(?:the|a|an|its|their|his|her|this|that)\\s+)(?:${SAY}|ask|asked)\\b(?!['’]s\\b)(?!\\s+(?:off|up|for)\\b)(?!(?<=\\bmeant?)\\s+to\\b)`, 'i'),
  new RegExp(`^\\s*(?:and\\s+)?(?:did|has|have|does|do)\\s+(.{2,40}?)\\s+(?:${SAY})\\b(?!['’]s\\b)(?!\\s+(?:off|up)\\b)(?!(?<=\\bmeant?)\\s+to\\b)`, 'i'),
  /\b(?:what(?:'s|’s| is| was| are| were)|how about)\s+(.{2,40}?)(?:'s|’s)\s+(?:stance|position|line|view|views|take|reaction|response|argument|explanation|version|account|answer|message)\b/i,
  /\baccording to (.{2,40}?)[?,.]*$/i,
  // "According to Abu-Medein, what is Netanyahu praying for?": the same, opening the question.
  /^\s*according to ([^,?]{2,40}),/i,
];

/** Words that open a clause of its own inside what would be a speaker's phrase. */
const SUBORDINATOR_RE = /\b(?:so that|so as|in order|because|if|unless|when|whenever|while|although|though|whether|until|once)\b/i;

/** A phrase ending in "no" or "any" and at most one word more ("have no immediate"): a speech word after it is a noun. */
const NO_SPEECH_BEFORE_RE = /\b(?:no|any)(?:\s+\p{L}+)?$/iu;

/** An adverb of time after the speaker: "the leadership earlier", "officials once", "he later". */
const TIME_ADVERB_AFTER_RE = /(?<=\S)\s+(?:earlier|later|once|first|since|already|then|now|again|ever|previously|recently|initially|originally|subsequently|still|also|often|never|always)$/;

/** A verb of reacting, which things do as well as people ("the currency reacted"), ending a speaker match. */
const RESPONSE_VERB_RE = /\b(?:react|reacted|respond|responded)$/i;
/** "What does the hashtag mean?": a word's meaning, not what anyone meant. */
const MEAN_VERB_RE = /\b(?:mean|means|meant)$/i;
/** The head word of a lower-case phrase that is no pronoun ("the currency" → currency), or null. */
function lowerCaseHead(phrase: string): string | null {
  const head = /(\p{L}+)\W*$/u.exec(phrase)?.[1];
  return head === undefined || /\p{Lu}/u.test(phrase) || /^(?:he|she|they|we|i|you|him|her|them|it|who|one)$/i.test(head) ? null : head;
}

/** A lower-case phrase whose head noun is no person or group (WordNet) and no pronoun: "the currency", "oil prices". */
function cannotSpeak(phrase: string): boolean {
  const head = lowerCaseHead(phrase);
  if (head === null || isPlaceWord(head) || isOrgWord(head)) return false;
  const wn = wordNet();
  return wn !== null && wn.lemmas(head, 'noun').length > 0 && !wn.isPersonNoun(head, true, 5);
}

/**
 * Whether a question's phrase is a thing's, for "What does <phrase> mean?": lower case, and its
 * head no person or group in its commonest senses ("the hashtag", "the name", "the sign"), known
 * to WordNet or not (a new word is a thing's name more often than a person's).
 */
function namesAThing(phrase: string): boolean {
  const head = lowerCaseHead(phrase);
  return head !== null && wordNet()?.isPersonNoun(head, true, 2) === false;
}

/** "What did China say ...", "how did Beijing react", "what's Iran's stance": who should be speaking. */
export function speakerPhraseOf(text: string): string | null {
  for (const re of SPEAKER_RES) {
    const m = re.exec(text);
    // "What was Congo called ...", "what were they told": after "is / was" the verb is passive,
    // and who it names is called or told, not speaking ("what is X expected to say" still asks X).
    if (m && re === SPEAKER_RES[0] && /^\S+\s+(?:is|are|was|were)\s/i.test(m[0]) && !/\bto\s+\S+$/i.test(m[0])) continue;
    // "What could happen to students admitted through the scheme?": after "did" or a modal the
    // question's verb is bare; a past participle is another clause's ("admitted through").
    if (m && re === SPEAKER_RES[0] && /^\S+\s+(?:did|does|do|will|would|could|might)\s/i.test(m[0]) && /ed$/i.test(m[0])) continue;
    // "according to the latest count": a figure, not anyone speaking ("according to officials", "to its author" are).
    if (m && (re === SPEAKER_RES[3] || re === SPEAKER_RES[4]) && !/\p{Lu}/u.test(m[1] ?? '') && wordNet()?.isPersonNoun(/(\p{L}+)\W*$/u.exec(m[1] ?? '')?.[1] ?? '') === false) continue;
    // "What do the Americans want so that investors are better warned?": a clause of its own
    // stands between; the speech verb is another subject's, and no one is asked to speak.
    if (m && SUBORDINATOR_RE.test(m[1] ?? '')) continue;
    // "Why did officials have no immediate comment?": after "no" or "any" the speech word is a noun,
    // what someone has or gives, and the question asks why, not what anyone said.
    if (m && re === SPEAKER_RES[0] && NO_SPEECH_BEFORE_RE.test(m[1] ?? '')) continue;
    // "How did the currency react to the vote?": what reacts there is no one who could say
    // anything (no name, no pronoun, and WordNet knows its head as no person or group).
    if (m && re === SPEAKER_RES[0] && RESPONSE_VERB_RE.test(m[0]) && cannotSpeak(m[1] ?? '')) continue;
    // "What does the hashtag mean?": the same for what a thing means (a word, a sign, a name).
    if (m && re === SPEAKER_RES[0] && MEAN_VERB_RE.test(m[0]) && namesAThing(m[1] ?? '')) continue;
    // "Why did both sides decline to comment?", "what is X expected to say": the verb before "to" is the predicate's, not the speaker's.
    // ... nor is an adverb after it ("What does Israel chiefly demand ...?").
    // ... nor one of time ("What had the Palestinian leadership earlier called ...?").
    const phrase = m?.[1]?.trim().replace(/(?<=\S)\s+\p{Ll}+\s+to$/u, '').replace(/(?<=\S)\s+\p{Ll}{2,}ly$/u, '').replace(TIME_ADVERB_AFTER_RE, '');
    if (phrase && !/^(?:you|we|i|it|this|that|there|they)$/i.test(phrase)) return phrase;
  }
  return null;
}

/** "what type of fighter jet shot ...", "which model of missile": the phrase whose type is asked. */
const TYPE_OF_RE = /\b(?:what|which)\s+(?:type|types|kind|kinds|sort|sorts|model|models|make|brand|class|variety|version|category)\s+of\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*?)(?:\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|might|may|shot|was|were|used|being)\b|\s*[?,.]|\s*$)/i;
const TYPE_OF_HEAD_RE = /\b(?:what|which)\s+(?:type|types|kind|kinds|sort|sorts|model|models|make|brand|class|variety|version|category)\s+of\s+([a-z][a-z-]*)\b/i;
const TYPE_NOUN = /^(?:model|models|make|brand|class|variety|version|category|types|kinds|sorts)$/;
/** "What title does X hold?": the wording of a definition question, never of its answer. */
const DEFINITION_WORD = /^(?:title|role|job|position|post|office|rank|hold|holds|occupy|living|occupation|profession|business|trade|career|previous|former|earlier)$/;

/** "after the June visit", "during his Beijing trip", "since the Munich meeting": a time setting, ending the question. */
const SETTING_RE = /\b(?:after|before|during|since|following|ahead of|in the wake of|at the time of|in(?=\s+(?:his|her|their|its)\s))\s+((?:the|his|her|their|its|this|that|last)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:visit|trip|meeting|meetings|talks|summit|conference|interview|speech|call|tour|incident|invasion|attack|election|vote|crash|storm|strike|announcement|arrest|arrests|verdict|ruling|hearing|trial|resignation|explosion|blast|raid|shooting|earthquake|quake|flood|floods|collapse|accident|coup|funeral|ceremony|rescue|release|launch|landing|discovery))\b\s*[?.!]*\s*$/giu;

/** "What was the result of ...?", "what is the outcome of ...": an outcome asked. */
const OUTCOME_Q_RE = /^\s*(?:and\s+)?what\s+(?:is|was|were|are|will\s+be)\s+the\s+(?:final\s+|likely\s+)?(?:results?|outcomes?)\s+of\b/i;

const MEET_TERM = analyze('meet')[0]?.term ?? 'meet';

/** The verb of a question about where something is from: "come", "hail", "originate". */
/** "Where is X based?", "where are they located?": the verb of where a thing is, which the answer need not repeat (captured). */
export const SEAT_Q_RE = /^\s*(?:and\s+)?where\s+(?:is|are|was|were)\s+[^?]{1,60}?\s+(based|located|headquartered|situated)\s*\??\s*$/i;
const ORIGIN_VERB_RE = /^(?:come|comes|came|hail|hails|hailed|originate|originates|originated)$/i;

/**
 * "at first", "initially", "on the first day (of the strike)", "the original ban", "the initial
 * toll", "How much did the agency first appeal for?" ("first" before the verb, not "the first
 * plane"): the story's beginning, which its oldest report tells.
 */
const EARLIEST_Q_RE = /\b(?:at first|initially|originally|at the (?:outset|start)|in the beginning|on day one|on (?:the |its |their )?(?:first|opening) day)\b|(?<=\b(?:the|its|his|her|their)\s+|\p{L}['’]s\s+)(?:original|initial)(?=\s+\p{Ll})|(?<=\b(?:did|does|do|was|were|has|have|had)\s+(?:[\p{L}.'’-]+\s+){0,4})(?<!\b(?:the|a|an|its|his|her|their|our|your|my|whose|which|what)\s+)first(?=\s+\p{Ll}{3,})/iu;

/** "What will X do next?", "What happens next?": "next" ending the question. */
const NEXT_AT_END_RE = /\bnext\s*[?.!]*\s*$/i;
const LATEST_Q_RE = /\b(?:latest|newest|most recent|current(?:ly)?|now|so far|to date|as of now|yet|in the end|eventually|ultimately|finally|final(?= (?:death |casualty )?(?:toll|count|tally|total|figure|turnout|result|score|margin|share)s?\b))\b/gi;
/** "How many people have died?", "How many homes has the flood destroyed?": a count up to now (no "since", "by", "in", "during" bound). */
const SO_FAR_COUNT_Q_RE = /^\s*(?:and\s+)?how\s+many\b(?![^?]*\b(?:since|by|in|during|before|after|until|between|on|last|first|this|that)\b)[^?]*\b(?:has|have)\s+(?:[\p{L}-]+\s+){0,3}?(?:been\s+)?\p{Ll}+(?:ed|en|t)\s*\??\s*$/iu;
/**
 * "How many people died in the storm?", "How many were killed in Honduras?": a toll of the dead
 * or hurt with no time of its own asks the whole toll, which grows from one wire update to the
 * next, so the newest report gives it (as for a count "so far").
 */
/** "Who saw the first drone?", "Who has seen the letter?": the doer of seeing a thing (not "Who saw Blinken?", a person). */
const WHO_SAW_THING_RE = /^\s*(?:and\s+)?who\s+(?:(?:has|had|have)\s+)?(?:saw|seen|sees)\s+(?:the|a|an|its|their|his|her)\s+(?!(?:president|minister|leader|king|queen|pope|chief|head|mayor|envoy|ambassador|premier|chancellor)\b)/i;
const TOLL_COUNT_Q_RE = /^\s*(?:and\s+)?how\s+many\b(?![^?]*\b(?:since|by|during|before|after|until|between|on|at|last|first|this|that|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|days?|weeks?|months?|years?|hours?)\b)[^?]*\b(?:died|dead|deaths|killed|perished|fatalities|injured|wounded|hurt|missing)\b/iu;
/** "How big is the loan?", "How much is the fine?", "How many troops are there?": a figure in the present tense, with "is"/"are" its verb. */
const PRESENT_FIGURE_Q_RE = /^\s*(?:and\s+)?how\s+(?:much|many|big|large)\b(?:\s+[\p{L}-]+)?\s+(?:is|are)\b(?![^?]*\b(?:\p{L}+ed|been|being|to|since|by|in|during|before|after|until|between|on|at|last|first|this|that)\b)/iu;
/** A question about what is yet to come: "will", "due to", and "When is/are <event>?" (not "When is X believed to have ..."). */
const FUTURE_Q_RE = /\b(?:will|going to|expected to|due to|set to|plan(?:s|ning)? to|likely to|about to)\b|^\s*(?:and\s+)?when (?:is|are)\b(?![^?]*\b(?:born|founded|built|created|formed|believed|thought|said|reported|known|to have)\b)/i;

/** `f` of a question, worked out once per question: the scorer asks it for every candidate sentence. */
export function perQuestion<T>(f: (q: QuestionAnalysis) => T): (q: QuestionAnalysis) => T {
  const cache = new WeakMap<QuestionAnalysis, { value: T }>();
  return (q) => {
    let hit = cache.get(q);
    if (!hit) cache.set(q, (hit = { value: f(q) }));
    return hit.value;
  };
}

export function analyzeQuestion(text: string, personTokens: ReadonlySet<string> = new Set(), personNames: ReadonlySet<string> = new Set()): QuestionAnalysis {
  const type = detectType(text);
  const typeWords = TYPE_WORDS[type];
  // "Do the reports agree on ...?" compares accounts; "What did Hrawi and Assad agree on?" asks what two people agreed.
  const compare = COMPARE_RE.test(text) && ACCOUNTS_RE.test(text);
  // "What make of car blew up ...?": with no auxiliary after the phrase, its first noun.
  const typeOfPhrase = TYPE_OF_RE.exec(text)?.[1] ?? TYPE_OF_HEAD_RE.exec(text)?.[1] ?? null;
  // Spans of order phrases not part of a time setting ("after the June visit" is a setting).
  const orderSpans: [number, number][] = [];
  const nextAfterStory = FUTURE_Q_RE.test(text) && NEXT_AT_END_RE.test(text);
  // ... and of order words that only pick out the event ("the next round"): not words the answer must have.
  const attributive: [number, number][] = [];
  const settingSpans = [...text.matchAll(SETTING_RE)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of text.matchAll(ORDER_Q_RE)) {
    // "at first" means initially, not first in a sequence.
    if (/\bat\s*$/i.test(text.slice(0, m.index))) continue;
    // "What will Vantor do next?": what comes after the story so far, which the newest report tells (see latestWords), not an order.
    if (nextAfterStory && /^next$/i.test(m[0])) continue;
    // "the earlier bombing", "the next round": a word that picks out the event, not an order asked about.
    if (/^(?:earlier|later|next)$/i.test(m[0]) && /\b(?:the|an?|its|his|her|their)\s*$/i.test(text.slice(0, m.index))) {
      attributive.push([m.index, m.index + m[0].length]);
      continue;
    }
    if (!settingSpans.some(([a, b]) => m.index >= a && m.index < b)) orderSpans.push([m.index, m.index + m[0].length]);
  }
  const order = orderSpans.length > 0 && type !== 'duration' && type !== 'quantity';
  const inOrderPhrase = (t: Token): boolean => (order && ORDER_WORD.test(t.word) && orderSpans.some(([a, b]) => t.start >= a && t.end <= b)) || attributive.some(([a, b]) => t.start >= a && t.end <= b);
  // "How old", "how far": the adjective asks for the kind of quantity; it weighs half (it still
  // finds "80-year-old"). So does the noun of "how much weight".
  const howAdjective = new Set([...text.matchAll(/\bhow\s+(?:much\s+(?=weight|height|distance))?(old|tall|far|high|fast|heavy|deep|wide|often|long|weight|height|distance)\b/gi)].map((m) => m.index + m[0].length - (m[1] as string).length));
  // "How long did the meeting last?", "how long will it take?": the verb asks for the duration.
  const durationVerb = (t: Token): boolean => type === 'duration' && DURATION_VERB.test(t.word) && /^[\s?.!]*$/.test(text.slice(t.end));
  // "When did Microsoft allegedly offer ...?": a hedge says who vouches for it ("the government alleges"), not what happened.
  // "in order to chair", "so as to avoid": the words of the purpose marker are no part of what is asked.
  const purposeMarks = [...text.matchAll(PURPOSE_MARK_RE)].map((m) => [m.index, m.index + m[0].length] as const);
  const purposeMark = (t: Token): boolean => purposeMarks.some(([a, b]) => t.start >= a && t.end <= b);
  // "How many pilots went on strike?": "go on" with a bare noun is a light verb; the noun says what was done.
  const lightGo = (t: Token): boolean => GO_FORMS.test(t.word) && GO_ON_NOUN_RE.test(text.slice(t.end));
  const takePart = [...text.matchAll(TAKE_PART_RE)].map((m) => [m.index, m.index + m[0].length] as const);
  // "What was Villalba's job before he became president?": the clause only sets the time; who he is by trade is asked.
  // ... and "What did Kalnins do before politics?": what came after only sets the time.
  const job = type === 'definition' ? (WHOSE_JOB_RE.exec(text) ?? DID_BEFORE_RE.exec(text)) : null;
  const jobClauseAt = job?.[2] === undefined ? text.length : job.index + job[0].indexOf(job[2]);
  // "Where is Tasman Orbital based?": "the Auckland company Tasman Orbital" says where; the verb asks nothing of its own.
  const seat = type === 'place' ? SEAT_Q_RE.exec(text) : null;
  const seatAt = seat ? seat.index + seat[0].lastIndexOf(seat[1] as string) : -1;
  const tokens = analyze(text).filter((t) => t.start !== seatAt && t.start < jobClauseAt && !inOrderPhrase(t) && !durationVerb(t) && !HEDGE_RE.test(t.word) && !(HEDGE_ADJECTIVE_RE.test(t.word) && DETERMINER_BEFORE_RE.test(text.slice(0, t.start))) && !purposeMark(t) && !lightGo(t) && !takePart.some(([a, b]) => t.start >= a && t.end <= b)).filter((t) => !(typeWords && (typeWords.test(t.term) || typeWords.test(stemOf(t.word)))) && !(compare && COMPARE_TERM.test(t.term)) && !(typeOfPhrase !== null && TYPE_NOUN.test(t.word)) && !(type === 'definition' && DEFINITION_WORD.test(t.word)));
  // "Who did Blinken see?": seeing a person is meeting them.
  // (A new token: analyze() shares its tokens with every caller of the same text.)
  // Not "Who saw the first drone?": seeing a thing is no meeting.
  if (type === 'person' && !WHO_SAW_THING_RE.test(text)) tokens.forEach((t, i) => { if (/^(?:see|saw|seen|seeing)$/.test(t.word)) tokens[i] = { ...t, term: MEET_TERM }; });
  const names = capitalisedRuns(text);
  const nameWords = new Set(names.flatMap((n) => n.toLowerCase().split(/[\s-]+/)));
  const months = monthsIn(text);
  for (const t of tokens) {
    const m = normaliseMonth(t.word);
    // "Jun" in "An Jun" is a name: a short form is a month only with its full stop or a day or year after it ("Jun 4").
    const short = m !== null && m !== t.word.toLowerCase();
    if (m && m !== 'may' && m !== 'march' && (!short || /^\.|^\s+\d/.test(text.slice(t.end)))) months.add(m);
  }
  const years = new Set<string>();
  for (const m of text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) years.add(m[1] as string);
  const entityTerms = new Set<string>();
  // A word that heads the names of bodies ("Times", "House", "Party") is one only capitalised
  // ("how many times", "a news conference").
  for (const t of tokens) {
    const w = t.word;
    const org = isOrgWord(w) && /^\p{Lu}/u.test(text.slice(t.start, t.start + 1));
    if (nameWords.has(w) || personTokens.has(w) || isPlaceWord(w) || org || normaliseMonth(w) !== null || /^\d/.test(w)) {
      // Country words fold into broad concepts ("~china"); those are topic words, not constraints.
      if (!t.term.startsWith('~')) entityTerms.add(t.term);
    }
  }
  // "the Nobel Prize in economics", "the Pulitzer Prize for fiction": the field says which
  // award it is, as "Peace" does in "the Nobel Peace Prize" (an award's noun, by WordNet).
  for (const m of text.matchAll(AWARD_FIELD_RE)) {
    const field = termOf((m[2] as string).toLowerCase());
    if (field !== null && !field.startsWith('~') && wordNet()?.isKindOf(m[1] as string, 'award', AWARD_SENSES) === true) entityTerms.add(field);
  }
  let subject: string | null = null;
  if (type === 'definition') {
    const held = /^\s*what (?:title|role|job|position|post|office) (?:does|did|do) (.{2,40}?) (?:hold|have|occupy)\b/i.exec(text) ?? DOES_FOR_LIVING_RE.exec(text) ?? WHOSE_JOB_RE.exec(text) ?? DID_BEFORE_RE.exec(text);
    subject = held?.[1] ?? (text.replace(/^\s*(?:who(?:'s| is| was| are)|what is the (?:role|job|title) of)\s+/i, '').replace(/[?.!\s]+$/, '') || null);
  }
  // "the latest toll", "so far": when the answer was reported is a constraint (the newest
  // report wins, see qa-scoring), not a word the answer must contain.
  const latestWords = new Set([...text.matchAll(LATEST_Q_RE)].flatMap((m) => m[0].toLowerCase().split(/\s+/)));
  if (nextAfterStory) latestWords.add('next');
  const terms: string[] = [];
  // ... and "on the first day", "at first": the oldest report is asked for (the same way), the words need not be written.
  const earliestMatch = latestWords.size > 0 ? null : EARLIEST_Q_RE.exec(text);
  const inEarliest = (t: Token): boolean => earliestMatch !== null && t.start >= earliestMatch.index && t.end <= earliestMatch.index + earliestMatch[0].length;
  for (const t of tokens) if (!terms.includes(t.term) && !latestWords.has(t.word) && !inEarliest(t)) terms.push(t.term);
  // "Which TV network did ...", "what organisation ...": the head noun names the answer's kind.
  const light = new Set<string>();
  // Not when a verb comes first ("Which broadcaster reported there were ..."), nor "May" the month.
  const head = /\b(?:which|what)\s+((?:[a-z]+\s+){0,2}?[a-z]+)\s+(did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|might|may)\b/i.exec(text);
  const kindWords = head && head[2] !== 'May' ? (head[1] as string).split(/\s+/) : [];
  if (kindWords.length > 0 && !kindWords.slice(1).some(isPastForm) && type !== 'date' && type !== 'duration' && type !== 'quantity') for (const t of analyze(kindWords.join(' '))) light.add(t.term);
  const nameGroups = new Map<string, string[]>();
  const fullNames = [...names];
  // Consecutive person tokens in a lower-case question ("wang yi") are one name.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!personTokens.has(t.word) || fullNames.some((n) => n.toLowerCase().split(/\s+/).includes(t.word))) continue;
    const run = [t.word];
    while (i + 1 < tokens.length && personTokens.has((tokens[i + 1] as Token).word) && (tokens[i + 1] as Token).start - (tokens[i] as Token).end <= 1) run.push((tokens[++i] as Token).word);
    // Only a name the documents use ("wang yi"), not two people side by side ("xi blinken").
    const known = [...personNames].some((n) => n.toLowerCase() === run.join(' '));
    if (known) fullNames.push(run.join(' '));
    else fullNames.push(...run);
  }
  for (const n of fullNames) {
    const group = analyze(n).map((t) => t.term);
    if (group.length > 1) for (const g of group) nameGroups.set(g, group);
  }
  const speakerPhrase = speakerPhraseOf(text);
  const speaker = speakerPhrase ? analyze(speakerPhrase).map((t) => t.term) : [];
  const future = FUTURE_Q_RE.test(text);
  // "How many people has the outbreak killed?": a count in the present perfect, with no time of
  // its own, asks the total so far, which the newest report gives.
  // "How big is the loan?": a figure asked in the present tense is the one that holds now, which
  // the newest report gives (the first may give the sum sought, a later one the sum agreed).
  const undated = months.size === 0 && years.size === 0;
  const soFar = latestWords.size > 0 || (undated && (SO_FAR_COUNT_Q_RE.test(text) || TOLL_COUNT_Q_RE.test(text)));
  const current = !soFar && undated && !future && type === 'quantity' && PRESENT_FIGURE_Q_RE.test(text);
  const latest = soFar || current;
  for (const t of tokens) if (howAdjective.has(t.start)) light.add(t.term);
  // "Which two countries ...": how many are asked is not a word the answer writes ("Indonesia and Portugal").
  for (const m of text.matchAll(WHICH_NUMBER_RE)) for (const t of analyze(m[1] as string)) light.add(t.term);
  // "How old is the defector Kim Myong Sup?": a noun that only describes the named person
  // ("the defector", "the congressman") is not needed once the name is matched.
  // Not "the groundbreaking at Har Homa": a preposition ends the description.
  for (const m of text.matchAll(/\b(?:the|a|an)\s+((?:[a-z][a-z-]+\s+){0,1}[a-z][a-z-]+)\s+(?=\p{Lu}[\p{L}'’-]+\s+\p{Lu})/gu)) {
    if (/\b(?:at|in|on|of|for|from|to|with|by|near|about|over|against)$/.test(m[1] as string)) continue;
    // "How long a sentence did Qin Yongmin receive?": an auxiliary ends the asked noun phrase, not a description of the name.
    if (/\b(?:did|does|do|is|are|was|were|will|would|has|have|had|can|could|should|may|might|must)$/.test(m[1] as string)) continue;
    for (const t of analyze(m[1] as string)) light.add(t.term);
  }
  // "What's Iran's stance?": words for a position or view describe the answer's kind.
  for (const t of tokens) if (STANCE_RE.test(t.word)) light.add(t.term);
  // "What is the sarcophagus made of?": "made" only carries the asked material ("a limestone sarcophagus").
  if (MADE_OF_Q_RE.test(text)) for (const t of tokens) if (/^made$/i.test(t.word)) light.add(t.term);
  // "What was the result of the budget vote?": the word for an outcome only says the answer's kind ("rejected by 52 votes to 45").
  if (OUTCOME_Q_RE.test(text)) for (const t of tokens) if (/^(?:result|results|outcome|outcomes)$/.test(t.word)) light.add(t.term);
  // "When did Sharon become agriculture minister?": a copula links the subject to what it
  // became ("appointed minister of agriculture"); the verb itself is rarely repeated.
  for (const t of tokens) if (COPULA_RE.test(t.word)) light.add(t.term);
  // "Where did the grapes come from?": "grapes from Spain" says where from without the verb.
  if (type === 'place' && ORIGIN_Q_RE.test(text)) for (const t of tokens) if (ORIGIN_VERB_RE.test(t.word)) light.add(t.term);
  // "When will the talks take place?", "where was the summit held?": the verb only says that
  // the event happened, which the answer rarely repeats ("happen" and "occur" are stop words).
  for (const m of text.matchAll(HAPPEN_RE)) for (const t of analyze(m[0])) light.add(t.term);
  for (const m of text.matchAll(SUPPORT_VERB_RE)) for (const t of analyze(m[0])) light.add(t.term);
  // "Which school was involved in the scheme?": being involved is any part in it, which the answer says by its own verb.
  for (const m of text.matchAll(INVOLVED_RE)) for (const t of analyze(m[0])) light.add(t.term);
  // "What charges will Almada face?", "what sentence could he face?": "face" only carries the
  // asked noun, which the answer says with its own verb ("would be charged with rebellion").
  const faced = FACE_Q_RE.exec(text)?.[1];
  if (faced !== undefined) for (const t of analyze(faced)) light.add(t.term);
  // "Which party does Sharon belong to?": a verb that only ties the name to the kind is seldom
  // written ("Sharon ... of the Likud party", "the Georgia Republican", "Knicks' Patrick Ewing").
  const relation = RELATION_Q_RE.exec(text)?.[1];
  if (relation) for (const t of analyze(relation)) light.add(t.term);
  for (const m of text.matchAll(LIGHT_VERB_RE)) for (const t of analyze(m[0])) light.add(t.term);
  // "by the time she was in hospital": a conjunction of time, whose clause says when, which the
  // report of that time need not repeat ("she had lost 15 kilograms").
  for (const m of text.matchAll(BY_THE_TIME_RE)) for (const t of analyze(text.slice(m.index))) light.add(t.term);
  // "When is the trial set to start?": a word that only marks the future ("set", "due",
  // "scheduled", "expected" before "to") says when, not what; the answer says it otherwise
  // ("is to go on trial Nov. 2", "was fixed for Nov. 2").
  for (const m of text.matchAll(FUTURE_MARK_RE)) for (const t of analyze(m[1] as string)) light.add(t.term);
  // "When did Milosevic take away Kosovo's autonomy?": a verb's particle is part of the verb, which the answer may say in one word ("withdrew").
  for (const t of tokens) if (PARTICLE_RE.test(t.word) && t.start > 0 && /[a-z]\s+$/.test(text.slice(Math.max(0, t.start - 2), t.start))) light.add(t.term);
  // "How far apart are the two trials?": a small number after "the" refers to what the story
  // has counted already; the answer need not repeat it.
  for (const m of text.matchAll(REFERRING_COUNT_RE)) for (const t of analyze(m[1] as string)) light.add(t.term);
  const { counted, amount } = type === 'quantity' ? countedOf(text) : { counted: [], amount: false };
  const typeOf = typeOfPhrase ? analyze(typeOfPhrase).map((t) => t.term) : [];
  const setting = new Set<string>();
  for (const m of text.matchAll(SETTING_RE)) for (const t of analyze(m[1] as string)) setting.add(t.term);
  for (const m of text.matchAll(EXCLUDE_RE)) for (const t of analyze(m[1] as string)) setting.add(t.term);
  const measure = type === 'quantity' && (MEASURE_Q_RE.test(text) || sizesArtifact(text));
  const age = type === 'quantity' && /\bhow old\b/i.test(text);
  const actor = actorCountry(text, tokens);
  return { text, type, tokens, terms, entityTerms, months, years, names, subject, light, nameGroups, speaker, speakerPhrase, future, latest, ...(current ? { current: true } : {}), ...(earliestMatch && !latest ? { earliest: true } : {}), counted, amount, measure, age, compare, typeOf, setting, order, ...(actor ? { actor } : {}) };
}

/** "When did Britain sign", "where will Israel hold", "why has the U.S. sent": the words after the auxiliary. */
const ACTOR_RE = /^\s*(?:and\s+)?(?:when|where|why|how)\s+(?:did|does|do|will|would|has|have|had|can|could)\s+(?:the\s+)?/i;

/** The country concept of the first word after a "when / where / why / how" question's auxiliary, when it is one. */
function actorCountry(text: string, tokens: readonly Token[]): string | undefined {
  const m = ACTOR_RE.exec(text);
  if (!m) return undefined;
  const first = tokens.find((t) => t.start >= m[0].length);
  return first && first.start === m[0].length && isCountryTerm(first.term) ? first.term : undefined;
}

/** WordNet's senses of "award" that a prize, a medal or a trophy is a kind of (the first is the act of awarding). */
const AWARD_SENSES = 3;
/** A capitalised name's last word, then "in" or "for" and a lower-case field: "Nobel Prize in economics". */
const AWARD_FIELD_RE = /\b\p{Lu}[\p{L}.'’-]*\s+(\p{Lu}\p{Ll}+)\s+(?:in|for)\s+(\p{Ll}{3,})\b/gu;
