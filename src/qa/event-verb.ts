/**
 * The verb that names what a question asks about: "Who commands the army?" → command, "When
 * did Uganda withdraw its troops?" → withdraw, "Where did Albright speak?" → speak. A sentence
 * that has neither the verb, a form of it ("commander") nor a WordNet synonym can hardly say
 * who did it, when or where: the scorer costs it (see qa-scoring). Nothing here knows a topic: the verb is found by its place in the
 * question and by WordNet.
 */
import type { TopicIndex } from './qa-index.ts';
import { wordAndKinIds } from './derivations.ts';
import { ATTRIBUTION_RE } from './speech-verbs.ts';
import { isPastForm, PARTICLE_RE, type QuestionAnalysis } from './question-analysis.ts';
import { analyze, escapeRegExp, LIGHT_VERBS, STOP_WORDS, termOf } from './text-analysis.ts';
import { verbForms, wordNet } from './wordnet.ts';
import { ORIGIN_Q_RE } from './question-type.ts';
import { phrasalVerbSource } from './paraphrase-kit.ts';

/** "who commands", "who will replace", "who first nominated": the word after "who", a modal and an adverb. */
const WHO_VERB_RE = /^\s*(?:and\s+)?who\s+(?:will\s+|would\s+|might\s+|could\s+|may\s+|has\s+|have\s+|had\s+)?(?:(?:first|last|later|then|also|once|originally|[a-z]+ly)\s+)?([a-z]+)\b/i;
/** "when did X withdraw", "when was Levy appointed", "where did X speak": the auxiliary and the words after it. */
/** "When did ...", "Where will ...", and the same asked with a noun: "For what date did ...", "In which year was ...", "On what day will ...". */
const WHEN_WHERE_AUX_RE = /^\s*(?:and\s+)?(?:when|where|(?:(?:for|on|in|by|at|from|since|until)\s+)?(?:what|which)\s+(?:date|day|year|month|time|city|town|country|place))\s+(did|does|do|will|would|is|are|was|were|has|have|had|can|could)\s+(.+?)\s*[?.!]*$/i;
const DETERMINER = /^(?:the|a|an|its|his|her|their|this|that|next|last|first|new|each|every)$/i;
/** Adverbs of time and degree that WordNet also knows as verbs ("last", "still"). */
/** Verbs whose object is an infinitive ("hope to join", "plan to send"), general English; after others "to" opens a purpose. */
const TAKES_INFINITIVE: ReadonlySet<string> = new Set('hope want wish plan try attempt agree decide expect fail refuse promise pledge vow threaten seek intend need begin start continue aim offer prepare arrange manage tend afford claim appear seem mean learn forget remember dare choose hesitate neglect struggle strive propose like love hate prefer ask'.split(' '));
/** Verbs of going somewhere, whose "to" + verb says what for ("go to study", "travel to meet"): that verb is the event. */
const GOES_FOR: ReadonlySet<string> = new Set('go come travel fly move head return'.split(' '));
const ADVERB = /^(?:last|first|still|ever|again|just|only|also|later|soon|finally|yet)$/;
/** Auxiliaries and copulas: never the event itself. */
const AUXILIARY = /^(?:is|was|are|were|be|been|being|has|have|had|did|does|do|will|would|can|could|may|might|should|must|not|get|got)$/;

/** Auxiliaries followed by a participle: "was Levy appointed", "has the U.S. committed". */
const PARTICIPLE_AUX = /^(?:is|are|was|were|been|has|have|had)$/i;
/** Words that open an object or a phrase after the verb. */
const PHRASE_START = /^(?:the|a|an|its|his|her|their|this|that|these|those|my|our|your|in|on|at|from|with|by|for|of|into|off|out|about|over|after|before|during|since|they|he|she|it|we|them|him)$/;

/**
 * The event verb among `words`, the question after its auxiliary. After "is / was / has" it is
 * a participle ("appointed", "found", "committed"; not "missing" or "prizes"). After "did /
 * will" it is a base form ending the subject ("did the SPLA capture Juba", "will the lockout
 * end", "does the ruling party claim"): the last such word before an object or phrase starts
 * (a determiner, a preposition, a name, a pronoun). None when a light verb carries a noun
 * ("become minister", "take place").
 */
function verbIn(words: readonly string[], participle: boolean, q: QuestionAnalysis): string | null {
  const wn = wordNet();
  if (!wn) return null;
  let candidate: string | null = null;
  let adjectival: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const raw = (words[i] as string).replace(/[^\p{L}\d'’-]/gu, '');
    const w = raw.toLowerCase();
    if (!participle && candidate && (!raw || /^[\p{Lu}\d]/u.test(raw) || PHRASE_START.test(w) || w === 'to')) break;
    // "will the mine start producing copper": a gerund after the verb is its object; "copper" is no verb here.
    if (!participle && candidate && /ing$/.test(w) && wn.lemmas(w, 'verb').some((l) => l !== w)) break;
    if (!raw || /^\p{Lu}/u.test(raw) || ADVERB.test(w) || AUXILIARY.test(w) || wn.lemmas(w, 'verb').length === 0) continue;
    // "sit down", "pull out": the particle belongs to the verb before it, and is no event
    // itself ("did Islamic Jihad last carry out").
    if (PARTICLE_RE.test(w)) continue;
    if (q.light.has(termOf(w) ?? w)) return null;
    const inflected = wn.lemmas(w, 'verb').some((l) => l !== w);
    if (participle) {
      // "Where were the freed men examined?": a participle between a determiner and its noun describes the subject.
      const next = (words[i + 1] ?? '').replace(/[^\p{L}'’-]/gu, '');
      if (!inflected || /(?:ing|s)$/.test(w)) continue;
      if (adjectival === null && DETERMINER.test(words[i - 1] ?? '') && /^\p{Ll}/u.test(next) && wn.lemmas(next, 'noun').length > 0) {
        adjectival = w;
        continue;
      }
      return w;
    }
    // "did Greece hope to join": the verb after "to" is the event; not in "return to Washington",
    // "move to the capital" (a name or a phrase after "to").
    // "did the Republicans meet to choose": a purpose, the event is the meeting.
    // "Where did Smith go to study?": going there was for the studying; the event is that.
    if (words[i + 1]?.toLowerCase() === 'to' && infinitiveAt(words[i + 2], wn) && (TAKES_INFINITIVE.has(wn.lemmas(w, 'verb')[0] ?? w) || GOES_FOR.has(wn.lemmas(w, 'verb')[0] ?? w))) continue;
    // A word that may be a noun right after a determiner or possessive is the subject's ("the next round").
    // "did Islamic Jihad last carry out": "last" after a name is an adverb, not "the last round"'s determiner.
    const prev = words[i - 1] ?? '';
    const determiner = DETERMINER.test(prev) && !(ADVERB.test(prev.toLowerCase()) && i >= 2 && !DETERMINER.test(words[i - 2] ?? ''));
    if (wn.lemmas(w, 'noun').length > 0 && (i === 0 || determiner || /['’]s?$/.test(prev))) continue;
    if (!inflected) candidate = w;
  }
  return candidate ?? adjectival;
}

/** Whether `word` (after "to") opens an infinitive: a verb in lower case, not a determiner or a pronoun. */
function infinitiveAt(word: string | undefined, wn: NonNullable<ReturnType<typeof wordNet>>): boolean {
  const w = (word ?? '').replace(/[^\p{L}'’-]/gu, '');
  return /^\p{Ll}/u.test(w) && !PHRASE_START.test(w) && wn.lemmas(w, 'verb').length > 0;
}

/** The question's event verb as written (lower case), or null. */
export function eventVerbOf(q: QuestionAnalysis): string | null {
  const wn = wordNet();
  if (!wn) return null;
  const isVerb = (w: string): boolean => !AUXILIARY.test(w) && wn.lemmas(w, 'verb').length > 0;
  if (q.type === 'person') {
    const w = WHO_VERB_RE.exec(q.text)?.[1]?.toLowerCase();
    return w && isVerb(w) ? w : null;
  }
  // "Where did the grapes come from?": where something is from, said by "grapes from Spain"; no event happened.
  if (q.type === 'place' && ORIGIN_Q_RE.test(q.text)) return null;
  if (q.type === 'date' || q.type === 'place') {
    const m = WHEN_WHERE_AUX_RE.exec(q.text);
    // After "is / was" the event is a participle ("was Levy appointed", "is the election
    // scheduled"); after "did / will" it is the first verb after the subject ("did the SPLA
    // capture", "will the lockout end").
    // ... and after "will / would ... be" too: "When will Xu Wenli be charged?".
    const words = m ? (m[2] as string).split(/\s+/) : [];
    // "When did the killings take place?": "take" is light, but "take place" is the event's verb ("happen").
    const takePlace = m ? TAKE_PLACE_IN_RE.exec(m[2] as string)?.[1] : undefined;
    if (takePlace !== undefined) return takePlace.toLowerCase();
    return m ? verbAfterAuxiliary(m[1] as string, words, q) : null;
  }
  return null;
}

/** "How long were flights halted?", "how long did the crew shelter?": the auxiliary (1) and the words after it (2). */
const HOW_LONG_AUX_RE = /^\s*(?:and\s+)?how\s+long\s+(did|does|do|will|would|is|are|was|were|has|have|had)\s+(.+?)\s*[?.!]*$/i;

/** The verb whose duration a "how long" question asks ("halted", "shelter"), or null. */
export function durationVerbOf(q: QuestionAnalysis): string | null {
  const m = q.type === 'duration' ? HOW_LONG_AUX_RE.exec(q.text) : null;
  if (!m) return null;
  return verbAfterAuxiliary(m[1] as string, (m[2] as string).split(/\s+/), q);
}

/**
 * The event verb among `words`, the question's words after its auxiliary `aux`: after "is / was"
 * (or a "be" among them: "will Xu be charged") a participle, after "did / will" the first verb.
 */
function verbAfterAuxiliary(aux: string, words: readonly string[], q: QuestionAnalysis): string | null {
  return verbIn(words, PARTICIPLE_AUX.test(aux) || words.some((w) => /^(?:be|been|being)$/i.test(w)), q);
}

/** Particles that make a phrasal verb of the verb before them. */
const PARTICLES = 'up|out|down|off|over|back|away|in|on';

/** Senses of the event verb whose synonyms stand for it (WordNet lists the commonest first). */
const EVENT_SENSES = 3;

/** Term ids of the verb, its derived forms ("commander") and its WordNet synonyms (single words) in the topic. */
export function eventVerbIds(word: string, index: TopicIndex): Set<number> {
  const ids = wordAndKinIds(word, 'verb', EVENT_SENSES, index);
  // ... and a verb whose commonest sense is one of the asked verb's rarer ones: "were recovered" for "were found".
  const wn = wordNet();
  if (wn && !LIGHT_VERBS.has(word)) {
    for (const w of wn.commonestSenseKin(word, 'verb')) {
      const id = LIGHT_VERBS.has(w) ? undefined : index.termId(termOf(w) ?? w);
      if (id !== undefined) ids.add(id);
    }
  }
  return ids;
}

/**
 * "Who commands the army?" against a sentence with neither "command", a form of it
 * ("commander") nor a WordNet synonym: it can hardly say who does it. 0.8 kept every right
 * answer of the tuning topics but one ("ruled" / "dictatorship of") and abstained on two more
 * unanswerable questions; 0.65 cost three right answers.
 */
const WHO_VERB_MISS = 0.8;
/** ... when the question names the one acted on ("Who will replace Trent Lott?"): a sentence naming him without the act is about him. */
const WHO_VERB_MISS_NAMED = 0.65;
/**
 * The same for "When did Uganda withdraw its troops?": a sentence without "withdraw" dates
 * something else. 0.6 abstained on five more unanswerable questions of the tuning topics and
 * cost no right answer there (0.8: three; 0.5 no more than 0.6). The same for "Where did X
 * speak?": a sentence without "speak" places something else (for "where" 0.6 turned two wrong
 * tuning answers right or into abstentions and cost one right answer; 0.8 gained only one).
 */
const WHEN_VERB_MISS = 0.6;

/**
 * A sentence with the verb's opposite and not the verb ("Lungren lost the governor's race" for
 * "Who won ...?") costs this much more than one with neither. 0.75 (and 0.6) turned one
 * wrong answer of the tuning topics into an abstention and cost no right answer.
 */
const OPPOSITE_MISS = 0.75;

/** What the scorer checks each sentence for: the verb's term, its forms' and synonyms' ids, and what missing them costs. */
export interface EventVerbCheck {
  term: string;
  ids: Set<number>;
  miss: number;
  /** Term ids of the verb's opposites in any form ("lost" for "won"), and what a sentence with one of them and not the verb costs. */
  opposites: Set<number>;
  /** "sold to X" for "Who will buy ...?", "lost to X" for "Who won ...?": an opposite with "to" and a name after it says who did the asked thing. */
  converse: RegExp | null;
  oppositeMiss: number;
  /**
   * "When did the rebels start fighting?": the term ids of the verb that starts, which a
   * sentence saying how long it has gone on ("who have been fighting since 1984") dates.
   */
  since?: Set<number>;
  /** "When will the trial begin?": the term of the happening the verb starts, which stands for the event in a sentence ("go on trial Nov. 2"). */
  happening?: string;
  /** Whether a sentence names the happening as the event, not as a modifier of another noun ("the avalanche commission"). */
  happeningNamed?: (text: string) => boolean;
  /** "take place": the verb's other words, which the happening's noun says as well as the verb. */
  alsoSaid?: string[];
  /** A way of doing it written in several words ("touched down" for "land"), as a pattern of its forms; null for none. */
  phrasal: RegExp | null;
  /**
   * "Who resigned?": the verb's own forms ("resign", "resigned" ...), which a sentence must
   * write to say who did it; its noun ("accepted the resignation"), which shares its stem, is
   * another's act on the event. Person questions only; undefined otherwise.
   */
  asVerb?: RegExp;
}

/** Term ids of every form of the WordNet antonyms of `word` as a verb that the topic uses. */
export function oppositeVerbIds(word: string, index: TopicIndex): Set<number> {
  const out = new Set<number>();
  for (const a of wordNet()?.antonyms(word, 'verb') ?? []) {
    for (const w of verbForms(a)) {
      const id = index.termId(termOf(w) ?? w);
      if (id !== undefined) out.add(id);
    }
  }
  return out;
}

/** Any form of an opposite of `verb` followed by "to" and a capitalised word: "sold to Vester", "lost to Davis". */
function converseRe(verb: string): RegExp | null {
  const forms = (wordNet()?.antonyms(verb, 'verb') ?? []).flatMap((a) => verbForms(a));
  return forms.length === 0 ? null : new RegExp(`\\b(?:${forms.map(escapeRegExp).join('|')})\\s+(?:(?:back|off|out)\\s+)?to\\s+(?:the\\s+)?\\p{Lu}`, 'u');
}

/** The question's event verb as the scorer checks it, or null when it has none. */
export function eventVerbCheck(q: QuestionAnalysis, index: TopicIndex): EventVerbCheck | null {
  const verb = eventVerbOf(q);
  // "When did Camdessus become head of the IMF?": a sentence that dates him in the post ("The
  // managing director ..., Michel Camdessus, on Thursday said") dates something else; one that
  // dates his becoming it says "named", "appointed", "took over", "since" ...
  if (!verb && q.type === 'date' && BECOME_Q_RE.test(q.text)) return { phrasal: BECOMING_RE, term: termOf('become') ?? 'become', ids: new Set(), miss: WHEN_VERB_MISS, opposites: new Set(), converse: null, oppositeMiss: WHEN_VERB_MISS };
  if (!verb) return null;
  // "Who will replace Trent Lott?": a sentence that names Lott without the act is about him, not about who acts on him.
  // ... as the verb's object, not the one given something ("Who sent Assad messages?"): a preposition or the end follows the name.
  const named = q.type === 'person' ? new RegExp(`\\b${escapeRegExp(verb)}\\s+(?:(?:Mr|Mrs|Ms|Sen|Rep)\\.?\\s+)?(\\p{Lu}\\p{Ll}+)(?:\\s+\\p{Lu}[\\p{L}'’-]*)*(?=\\s*[?.!]|\\s+(?:as|in|at|on|for|to|from|with|after|before|during|over|by)\\b)`, 'u').exec(q.text)?.[1] : undefined;
  const actsOnNamed = named !== undefined && index.persons.tokens.has(named.toLowerCase());
  const miss = q.type === 'person' ? (actsOnNamed ? WHO_VERB_MISS_NAMED : WHO_VERB_MISS) : WHEN_VERB_MISS;
  // "take place" is "happen": neither "take" nor its synonyms ("get", "lead") say it.
  const takePlace = TAKE_FORM_RE.test(verb) && new RegExp(`\\b${escapeRegExp(verb)}\\s+place\\b`, 'i').test(q.text);
  const ids = takePlace ? new Set<number>() : eventVerbIds(verb, index);
  // The term the question's reading gave the verb with its particle: "sit down" is "~meet".
  for (const t of takePlace ? [] : q.tokens) {
    const id = t.word.split(' ')[0] === verb ? index.termId(t.term) : undefined;
    if (id !== undefined) ids.add(id);
  }
  // "When did bin Laden set up his operation?": a verb with its particle is a verb of its own, with its own synonyms ("establish").
  const particle = new RegExp(`\\b${escapeRegExp(verb)}\\s+(${PARTICLES})\\b`, 'i').exec(q.text)?.[1]?.toLowerCase();
  const lemma = particle ? wordNet()?.lemmas(verb, 'verb')[0] : undefined;
  if (particle && lemma) for (const id of eventVerbIds(`${lemma}_${particle}`, index)) ids.add(id);
  const since = q.type === 'date' ? startedVerb(q.text, verb) : null;
  // Doing it in one of its ways is doing it: "touched down" for "landed" (WordNet's troponyms of several words).
  const phrases = (takePlace ? [] : (wordNet()?.phrasalTroponyms(verb, 2) ?? [])).map(phrasalVerbSource);
  // "When did negotiators say the airport would open?": "say" and "tell" have no term of their own; any attribution ("negotiators said") says them.
  const spoken = termOf(verb) === null && SAY_OR_TELL_RE.test(verb);
  // "When did Mitch's winds reach their peak?": a verb that only carries its object's event is said by the object ("its peak of early Tuesday").
  for (const noun of (takePlace ? null : supportedNouns(q.text, verb)) ?? []) phrases.push(`${escapeRegExp(noun)}s?`);
  // "When will Anwar's trial begin?": a date of the trial ("is to go on trial Nov. 2") is when it begins.
  // Only ahead of it: a past one is dated by what came after it as well ("arrested in September after the bombings").
  // "When did the theft happen?": "happen" and "occur" say nothing a sentence writes (stop
  // words, no term of their own), so their subject is the event, past or ahead.
  // "Where did the killings happen?": the same subject says where it happened.
  // "When did the killings take place?": "take place" is "happen" in two words, each of which a sentence may write.
  const stopVerb = termOf(verb) === null || takePlace;
  // "Where did the avalanche strike?", "When did the storm hit?": a happening or a force of nature that strikes is one that happens.
  const strikes = (q.type === 'date' || q.type === 'place') && STRIKES.has(wordNet()?.lemmas(verb, 'verb')[0] ?? verb);
  const happening = (q.type === 'date' && (q.future || stopVerb)) || (q.type === 'place' && stopVerb) || strikes ? happeningThatStarts(q.text, takePlace ? `${verb} place` : verb) : null;
  // "In which city did the riot happen?" about a subject that is no event, or with none found:
  // a verb no sentence writes can be missed by none.
  if (happening === null && stopVerb && !spoken) return null;
  const phrasal = spoken ? ATTRIBUTION_RE : phrases.length > 0 ? new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'i') : null;
  const lemmaOfVerb = wordNet()?.lemmas(verb, 'verb')[0];
  const asVerb = q.type === 'person' && lemmaOfVerb ? new RegExp(verbFormsPattern(lemmaOfVerb), 'iu') : undefined;
  return { phrasal, ...(asVerb ? { asVerb } : {}), term: termOf(verb) ?? verb, ids, miss, opposites: takePlace ? new Set() : oppositeVerbIds(verb, index), converse: q.type === 'person' ? converseRe(verb) : null, oppositeMiss: miss * OPPOSITE_MISS, ...(since ? { since: eventVerbIds(since, index) } : {}), ...(happening !== null ? happeningOf(happening, q.text) : {}), ...(takePlace && happening !== null ? { alsoSaid: [termOf('place') ?? 'place'] } : {}) };
}

/** The happening's term and the test of a sentence naming it, worked out once per question (the scorer tests every candidate). */
function happeningOf(happening: string, question: string): Pick<EventVerbCheck, 'happening' | 'happeningNamed'> {
  const term = termOf(happening) ?? happening;
  // Written with a capital in the question ("the Games"), a capitalised use names it too.
  const capitalised = !new RegExp(`\\b${escapeRegExp(happening)}\\b`).test(question);
  return { happening: term, happeningNamed: (text: string) => namesHappening(text, term, capitalised) };
}

/** Verbs that carry the event of their object noun: "reach a peak", "make a decision", "hold talks". */
const SUPPORT_VERBS: ReadonlySet<string> = new Set(['reach', 'make', 'hold', 'take', 'give', 'conduct', 'stage', 'launch', 'carry']);

/**
 * The object nouns of a support verb in `question` ("peak" in "reach their 180 mph peak",
 * "speech" and "warning" in "give his speech warning about"): the last lower-case noun of up to
 * four words after the verb, before a preposition or the end, and the noun right after a determiner.
 */
function supportedNouns(question: string, verb: string): string[] | null {
  const lemma = wordNet()?.lemmas(verb, 'verb')[0] ?? verb;
  if (!SUPPORT_VERBS.has(lemma)) return null;
  const m = new RegExp(`\\b${escapeRegExp(verb)}\\s+((?:[\\p{L}\\d.,'’-]+\\s+){0,3}?\\p{Ll}{3,})(?=\\s*(?:[?.!]|$|\\s+(?:in|on|at|for|to|with|from|by|of|after|before|during|about|over|against|into|under|between|among)\\b))`, 'u').exec(question);
  const words = m?.[1]?.split(/\s+/) ?? [];
  // "being held in custody": a phrase after the verb is no object of it.
  if (words.length === 0 || PHRASE_PREPOSITION_RE.test(words[0] as string)) return null;
  // The head noun before the phrase ("peak"), and a noun right after a determiner ("speech" in "give his speech warning").
  const nouns = [words.at(-1), /^(?:the|a|an|his|her|its|their|our|this|that)$/i.test(words[0] as string) ? words[1] : undefined];
  const out = nouns.filter((w): w is string => w !== undefined && /^\p{Ll}{3,}$/u.test(w) && (wordNet()?.lemmas(w, 'noun').length ?? 0) > 0);
  return out.length > 0 ? [...new Set(out)] : null;
}

/** Verbs that say a happening begins or takes place: its date is theirs. Not "end" or "resume" (another date). */
const STARTS_OR_HAPPENS: ReadonlySet<string> = new Set(['begin', 'start', 'commence', 'open', 'happen', 'occur', 'take place']);
/** Verbs by which a happening or a force of nature arrives ("the storm struck", "the quake hit"): its subject stands for it. */
const STRIKES: ReadonlySet<string> = new Set(['strike', 'hit']);
/** "take" in any form; "take place" in any form, alone and in a question (the form in group 1). */
const TAKE_FORMS = 'take|takes|took|taken|taking';
const TAKE_FORM_RE = new RegExp(`^(?:${TAKE_FORMS})$`, 'i');
const TAKE_PLACE_RE = new RegExp(`^(?:${TAKE_FORMS})\\s+place$`, 'i');
const TAKE_PLACE_IN_RE = new RegExp(`\\b(${TAKE_FORMS})\\s+place\\b`, 'i');

/**
 * The happening a date question asks the start of, when it is the verb's subject: "trial" in
 * "When will Anwar's trial begin?", "When is the election to open?"; null when the verb is not
 * one of starting or happening, or its subject is no act or event ("When will the airport open?").
 */
export function happeningThatStarts(question: string, verb: string): string | null {
  const lemma = TAKE_PLACE_RE.test(verb) ? 'take place' : (wordNet()?.lemmas(verb, 'verb')[0] ?? verb);
  const strikes = STRIKES.has(lemma);
  if (!STARTS_OR_HAPPENS.has(lemma) && !strikes) return null;
  const m = new RegExp(`^\\s*(?:and\\s+)?(?:when|where|(?:in|at|on|during)\\s+(?:which|what)\\s+\\p{L}+)\\s+(?:will|did|does|do|is|was|were|are|would|could|should)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(\\p{Ll}{3,})\\s+(?:to\\s+)?${escapeRegExp(verb)}\\b`, 'iu').exec(question);
  const noun = m?.[1];
  if (noun === undefined) return null;
  return (strikes ? wordNet()?.isHappeningOrForceNoun(noun) : wordNet()?.isHappeningNoun(noun)) === true ? noun : null;
}

const PHRASE_PREPOSITION_RE = /^(?:in|on|at|for|to|with|from|by|of|into|under|over|after|before|during|up|out|off|down|back|away)$/i;

/** "say" and "tell" in any form. */
const SAY_OR_TELL_RE = /^(?:say|says|said|tell|tells|told)$/i;

/** "When did X become ...?" */
const BECOME_Q_RE = /^\s*(?:and\s+)?when\s+(?:did|does|will|would|has|had)\s+[^?]*?\bbecome\b/i;
/**
 * Words that say someone or something became something, general English: "named", "appointed",
 * "took over", "upgraded to", "since 1980" (a time after it: "has since been muzzled" says no becoming).
 */
const BECOMING_RE = /\b(?:becom\w*|became|nam(?:ed|ing)|appoint\w*|elect(?:ed|ion)|chosen|chose|sworn\s+in|promot\w*|nominat\w*|install\w*|succeed\w*|replac\w*|t(?:ook|aken?|aking)\s+over|assum\w*|(?:down|up)grad\w*|(?:turn|grew|grow|develop|weaken|strengthen)\w*\s+(?:in)?to|since\s+(?:(?:1[89]|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|then|taking|becoming|last|early|late))\b/i;

/** Verbs of starting something, general English. */
const START_VERBS = /^(?:start|started|starts|begin|began|begun|begins|commence|commenced)$/;

/** The verb a start verb takes ("start fighting", "begin to withdraw") in a question, or null. */
export function startedVerb(question: string, verb: string): string | null {
  if (!START_VERBS.test(verb)) return null;
  const m = new RegExp(`\\b${verb}\\s+(?:to\\s+)?([a-z]+)\\b`, 'i').exec(question);
  const next = m?.[1]?.toLowerCase();
  const wn = wordNet();
  if (!next || !wn) return null;
  const lemma = wn.lemmas(next, 'verb')[0];
  return lemma && (next.endsWith('ing') || m?.[0].includes(' to ')) ? lemma : null;
}

/**
 * A pattern source for any form of the verb `lemma` as a whole word ("tipped", "tips"), not a part
 * of a hyphenated noun: "after a tip-off" has no one tipping anyone off. For the 'u' flag.
 */
export function verbFormsPattern(lemma: string): string {
  return `(?<![\\p{L}-])(?:${verbForms(lemma).map(escapeRegExp).join('|')})(?![\\p{L}-])`;
}

/** Words right before a verb that say its event did not happen: "did not win", "could have won", "failed to reach", "showed no sign of ending". */
const UNREALIZED_BEFORE_RE = /\b(?:not|n['’]t|never|could\s+have|would\s+have|might\s+have|should\s+have|failed\s+to|no\s+longer|(?:no|little)\s+(?:sign|hint|indication|prospect)s?\s+of)\s+(?:(?:yet|even|ever|already|been)\s+)?$/i;
/** "put off a vote", "postponed the signing", "called off its strike": the event was put off, it has not happened ("canceled or diverted" puts off nothing: two events). */
const PUT_OFF_BEFORE_RE = /\b(?:put\s+off|puts\s+off|postpone[sd]?|delay(?:s|ed)?|suspend(?:s|ed)?|cancel(?:s|led|ed)?|call(?:s|ed)?\s+off|shelve[sd]?|scrap(?:s|ped)?)\s+(?:(?:a|an|the|its|their|his|her|any)\s+)?(?:(?!(?:or|and|but)\s)[a-z-]+\s+)?$/i;

/**
 * Whether every use of the event verb in `text` (`isEventTerm` of a term) says the event did
 * not happen: "Carter could have won the prize in 1978 had it not been ..." does not say who
 * won, nor "Israel did not close the airport" when; with `conditionals`, nor one it only
 * supposes ("if the owners would call an end to the lockout, we would play today").
 */
export function eventUnrealized(text: string, isEventTerm: (term: string) => boolean, conditionals = false, prospects = false): boolean {
  const uses = analyze(text).filter((t) => isEventTerm(t.term));
  // "is not scheduled until 2000" says when it is.
  return uses.length > 0 && uses.every((t) => unrealizedBefore(text.slice(Math.max(0, t.start - 80), t.start), conditionals, prospects) && !/^\S*\s+(?:\S+\s+){0,3}?until\b/i.test(text.slice(t.start, t.start + 50)));
}

/**
 * Whether the words right before a verb (`before`, up to 80 characters) say it did not happen:
 * negated, put off or, with `conditionals`, only supposed, or, with `prospects`, only wished or
 * planned ("expressions of interest from foreign banks in buying", "plans to buy").
 */
function unrealizedBefore(before: string, conditionals: boolean, prospects = false): boolean {
  return UNREALIZED_BEFORE_RE.test(before.slice(-30)) || REQUESTED_BEFORE_RE.test(before.slice(-40)) || PUT_OFF_BEFORE_RE.test(before.slice(-40)) || (conditionals && CONDITIONAL_BEFORE_RE.test(before.slice(-80))) || (prospects && PROSPECT_BEFORE_RE.test(before.slice(-60)));
}

/**
 * Words right before an event's noun that make it something asked of others, not done: "would
 * apply for approval", "pressed for his resignation", "sought permission", "requested asylum".
 * Not "call for": "the flight plan calls for a launch at 3:56 a.m." schedules it.
 */
const REQUESTED_BEFORE_RE = /\b(?:(?:appl(?:y|ies|ied|ying)|ask(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|petition(?:s|ed|ing)?|appeal(?:s|ed|ing)?)\s+for|seek(?:s|ing)?|sought|request(?:s|ed|ing)?)\s+(?:(?:the|an?|his|her|its|their|formal|final|regulatory|official|government|federal|quick|swift)\s+){0,2}$/i;
/** Words right before a verb that make it a wish or a plan: "interest ... in buying", "plans to buy", "offered to buy", "considering buying", "would give its ruling". */
const PROSPECT_BEFORE_RE = /\b(?:interest(?:ed)?\b[^.;:]{0,40}?\bin|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intended\s+to|intention\s+(?:to|of)|consider(?:s|ed|ing)?|offers?\s+to|offered\s+to|bid\s+to|seek(?:s|ing)?\s+to|sought\s+to|hop(?:e|es|ed|ing)\s+to|wants?\s+to|wanted\s+to|would\s+like\s+to|eager\s+to|talks\s+(?:on|about)|(?:would|will)(?:\s+(?:give|make|hold|issue|deliver|announce|hand\s+down)\s+(?:its|his|her|their|a|an|the)(?:\s+final)?)?)\s+$/i;
/** A question that asks about a wish or a plan itself ("Who wanted to buy ...?", "Who offered to buy ...?"), or about what is ahead. */
export const PROSPECT_Q_RE = /\b(?:interest(?:ed)?|mean|means|meant|plans?|planned|planning|intends?|intended|intention|consider(?:s|ed|ing)?|offers?|offered|bid|seeks?|seeking|sought|hopes?|hoped|hoping|wants?|wanted|like|eager|talks)\b/i;

/** "How many players were paid ...", "How many refugees have returned ...": a count of what came about, and the words after its auxiliary. */
const COUNT_DONE_Q_RE = /^\s*(?:and\s+)?how\s+(?:many|much)\s+.+?\s+(were|was|have|has|had|did)\s+(.+?)\s*[?.!]*$/i;
/** "Why was the airport closed?", "Why did Levy resign?": the reason for what came about. */
const WHY_DONE_Q_RE = /^\s*(?:and\s+)?why\s+(were|was|have|has|had|did)\s+(.+?)\s*[?.!]*$/i;

/**
 * The verb of what a count or reason question asks came about ("paid", "returned",
 * "closed"), or null when it asks about a plan, a state or a condition ("will be paid", "are
 * there").
 */
export function countedEventVerb(q: QuestionAnalysis): string | null {
  // "How much ... has not been accounted for?", "How many bodies were never found?" ask about what was not done.
  if ((q.type !== 'quantity' && q.type !== 'reason') || q.future || CONDITIONAL_Q_RE.test(q.text) || /\b(?:not|never)\b|n['’]t\b/i.test(q.text)) return null;
  const m = (q.type === 'quantity' ? COUNT_DONE_Q_RE : WHY_DONE_Q_RE).exec(q.text);
  if (!m) return null;
  const words = (m[2] as string).split(/\s+/);
  if (/^(?:to|going)$/i.test(words[0] ?? '')) return null;
  const verb = verbIn(words, PARTICIPLE_AUX.test(m[1] as string), q);
  // "Why did Israel threaten to close the airport?": the threat came about, not the closing.
  return verb !== null && new RegExp(`\\bto\\s+${escapeRegExp(verb)}\\b`, 'i').test(q.text) ? null : verb;
}

/** Before a verb, words that leave it undone: "to be paid", "be allowed to return", "would send", "that the government release". */
const NOT_YET_BEFORE_RE = /(?:\b(?:to|will|would|could|might|may|must|should|shall|can)\s+(?:not\s+)?(?:be\s+|have\s+been\s+)?(?:[a-z]+ly\s+)?|\b(?:demand|urge|insist|ask|request|call|propos|recommend|press|appeal)[a-z]*\b[^.;:!?]{0,60}\bthat\s+(?:the\s+|a\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)$/iu;
/** ... unless a verb of doing it stands before the "to": "began to return", "managed last year to harvest". */
const DONE_TO_BEFORE_RE = /\b(?:began|begun|begin|begins|started|starts|continued|continues|managed|manages|decided|chose|opted|were\s+able|was\s+able|have\s+had|has\s+had|had)\s+(?:[\p{L}-]+\s+){0,3}?to\s+(?:be\s+)?$/iu;

/**
 * "eight images appeared to have been altered", "30 people are believed to have died": what is
 * reported as having come about, with a hedge, not something yet to come.
 */
const EPISTEMIC_TO_BEFORE_RE = /\b(?:appear(?:s|ed)?|seem(?:s|ed)?|(?:is|are|was|were)\s+(?:believed|thought|said|reported|known|estimated))\s+to\s+(?:have\s+(?:been\s+)?|be\s+)?$/i;

/**
 * "Israel has instructed its army to limit ...": whoever gives the order does it, which answers
 * why they did (a reason question); a count of what was ordered is not yet a count of what was done.
 */
const ORDERED_TO_BEFORE_RE = /\b(?:instructed|ordered|directed|commanded|told)\s+(?:[\p{L}'’-]+\s+){1,3}?to\s+$/iu;

/**
 * Whether every use of a count question's event verb in `text` leaves it undone: supposed
 * ("whether they are to be paid"), allowed or demanded ("be allowed to return", "demanded that
 * the government release"), or not done at all. Such a sentence counts people the event may
 * come to, not those it came to. False when the verb is not there. With `ordersDo` (a reason
 * question), an order to do it ("instructed its army to limit") is doing it.
 */
export function countedEventUndone(text: string, isEventTerm: (term: string) => boolean, ordersDo = false): boolean {
  const uses = analyze(text).filter((t) => isEventTerm(t.term));
  return uses.length > 0 && uses.every((t) => {
    const before = text.slice(Math.max(0, t.start - 90), t.start);
    if (DONE_TO_BEFORE_RE.test(before) || EPISTEMIC_TO_BEFORE_RE.test(before) || (ordersDo && ORDERED_TO_BEFORE_RE.test(before))) return false;
    return NOT_YET_BEFORE_RE.test(before) || unrealizedBefore(before, true);
  });
}

/** Inside a condition: "if the owners would call an end to the lockout", "unless talks resume", "whether it will end". */
const CONDITIONAL_BEFORE_RE = /\b(?:if|unless|whether)\b[^,;:.()"“”`']*$/i;
/** A question that itself asks about a condition ("What happens if the talks fail?"): conditions answer it. */
export const CONDITIONAL_Q_RE = /\b(?:if|unless|whether)\b/i;

/** A word after the happening's that makes it a verb's subject, not a modifier: an article, a pronoun or a number ("hit the village"). */
const DETERMINER_RE = /^(?:the|a|an|his|her|its|their|this|that|these|those|several|many|\d)/;

/**
 * Whether `text` names the happening (its term `term`) as the event itself: "An avalanche roared
 * down on Sunday", "Sunday's avalanche", not "the avalanche commission ordered ... on Saturday"
 * or "storm warnings were issued Friday", where it only says what another noun is about. A word
 * after it that WordNet knows as a noun, in no inflected verb form ("roared", "kills") and not
 * followed by an article ("hit the village"), is that other noun. `capitalised`: the question
 * writes the happening with a capital ("When did the Games open?"), so a capitalised use counts.
 */
export function namesHappening(text: string, term: string, capitalised = false): boolean {
  const wn = wordNet();
  return analyze(text).some((t) => {
    if (t.term !== term) return false;
    // Asked in lower case, a capitalised word inside a sentence is part of a name ("the Snow and Avalanche Research institute").
    if (!capitalised && t.start > 0 && /^\p{Lu}/u.test(text.slice(t.start, t.end))) return false;
    if (!wn) return true;
    const m = /^\s+(\p{Ll}{3,})(?:\s+([\p{L}\d]+))?/u.exec(text.slice(t.end));
    const next = m?.[1];
    if (next === undefined || STOP_WORDS.has(next) || wn.lemmas(next, 'noun').length === 0) return true;
    const verb = wn.lemmas(next, 'verb')[0];
    if (verb !== undefined && verb !== next) return true;
    return DETERMINER_RE.test((m?.[2] ?? '').toLowerCase());
  });
}

/**
 * Whether the question asks about an event that came about, in the past ("Who bought ...?",
 * "When did X buy ...?"), and not about a wish or plan ("Who wanted to buy ...?") or what is ahead.
 */
export function asksAboutDone(q: QuestionAnalysis): boolean {
  if (q.future || PROSPECT_Q_RE.test(q.text) || CONDITIONAL_Q_RE.test(q.text)) return false;
  const verb = eventVerbOf(q);
  return verb !== null && (isPastForm(verb) || /\b(?:did|had)\b/i.test(q.text));
}
