/**
 * What names who did it, for "who" questions at the answer-type stage (answer-type-fit.ts):
 * someone named by what they are doing the act ("The state coroner said he would hold ..."),
 * a passive's agent ("found by a fishing trawler"), people of a kind right before or after the
 * question's verb ("Rwandan soldiers attacked", "blamed House conservatives"), and a name
 * right before the verb. The verb is the question's (event-verb.ts), its forms and people's
 * nouns from WordNet; nothing here knows a topic.
 */
import { isPlaceWord, isTitleWord } from './entities.ts';
import { eventVerbOf, verbFormsPattern } from './event-verb.ts';
import { countryTermOf } from './gazetteer.ts';
import { askedOffice, HEAD_VERBS } from './office-holders.ts';
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { analyze, escapeRegExp, STOP_WORDS } from './text-analysis.ts';
import { verbForms, wordNet } from './wordnet.ts';

/** A character of the same clause: no full stop, colon or semicolon, but those of a time of day ("6:40 p.m."). */
const IN_CLAUSE = String.raw`(?:[ap]\.m\.|(?<=\d)[:.](?=\d)|[^.;:])`;
/** A passive verb, then who did it in lower case: "was found Tuesday by a fishing trawler". */
export const PASSIVE_AGENT_RE = /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ght|nd|ck)\b[^.;:]{0,60}?\bby\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}{3,}/u;

/** A noun phrase that opens a clause or follows "by", then a verb: "The state coroner said", "by a local fisherman". */
const ROLE_SUBJECT_RE = /(?:^|[,;:]\s+|\bby\s+)["“'‘(]*(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})(?=\s+(?:said|says|told|would|will|has|had|was|is|did|could|[a-z]+ed)\b|[,.]|$)/gu;

/** A cleft sentence's focus, then "who" or "that": "it is some of the workers, not the management, who are considering". */
const CLEFT_RE = /\b[Ii]t\s+(?:is|was|are|were)\s+(?:(?:some|many|most|all|few)\s+of\s+)?(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})(?=(?:,[^,.;]{1,40},)?\s+(?:who|that)\b)/gu;

/**
 * Whether someone named by what they are, not by name, does something in `text`: "The state
 * coroner said he would hold an inquest" (WordNet's nouns of people: coroner, skipper,
 * fisherman). Answers "Who will hold an inquest?" as a title would.
 */
export function roleActs(text: string, qWords: ReadonlySet<string>, q?: QuestionAnalysis): boolean {
  const wn = wordNet();
  if (!wn) return false;
  for (const re of [ROLE_SUBJECT_RE, CLEFT_RE]) {
    for (const m of text.matchAll(re)) {
      const noun = m[1] as string;
      if (!qWords.has(noun) && wn.isPersonNoun(noun, false)) return true;
    }
  }
  // "Who will the government prosecute?": "... would prosecute builders whose ..." names them by what they are.
  if (q && /^\s*(?:and\s+)?(?:who|whom)\s+(?:did|does|do|will|would|can|could|should|might|has|have|had)\b/i.test(q.text)) {
    for (const t of analyze(text)) {
      if (!q.terms.includes(t.term)) continue;
      const after = /^\s+(?:(?:the|a|an|some|its|their|local)\s+)?(\p{Ll}{3,})(?:\s+(\p{Ll}{3,}))?/u.exec(text.slice(t.end));
      for (const noun of [after?.[1], after?.[2]]) if (noun && !qWords.has(noun) && wn.isPersonNoun(noun, false)) return true;
    }
  }
  return false;
}

/** The base form of the question's event verb ("drive" for "Who drove ...?"), or undefined. */
export function eventLemma(q: QuestionAnalysis): string | undefined {
  const verb = eventVerbOf(q);
  const lemmas = verb === null ? [] : (wordNet()?.lemmas(verb, 'verb') ?? []);
  // "Who saw the drone?", "Who has found the body?": right after "who" (or "who has"), a word that
  // is a verb of its own and another's past ("saw", "found") is the past ("see", "find").
  if (verb !== null && lemmas.length > 1 && new RegExp(String.raw`^\s*(?:and\s+)?who\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?${verb}\b`, 'i').test(q.text)) return lemmas.find((l) => l !== verb);
  return lemmas[0];
}

/** The forms of a "who" question's verb ("drove", "drives" for "Who drove ...?") after a word (captured), as a pattern; null for none. */
const wordBeforeVerbPattern = perQuestion((q): RegExp | null => {
  const lemma = eventLemma(q);
  if (!lemma) return null;
  // ... or before "said they / he" and the verb: "Philippine legislators said they plan to attend".
  // ... or a body's "it": "The regional government said it would pay for the rescue".
  // ... or after a place it belongs to: "a former researcher in his laboratory had prepared".
  return new RegExp(`\\b(\\p{L}[\\p{L}'’-]+)(?:\\s+(?:in|at|from)\\s+(?:the|his|her|its|their)\\s+\\p{Ll}[\\p{Ll}-]+)?\\s+(?:(?:said|says|say)\\s+(?:that\\s+)?(?:they|he|she|we|it)\\s+(?:would\\s+|will\\s+)?)?(?:(?:have|has|had)\\s+(?:also\\s+|since\\s+|already\\s+)?)?(?:${verbForms(lemma).map(escapeRegExp).join('|')})\\b`, 'gu');
});

/** "Whom did X blame?", "Who did X meet?": a question for the verb's object. */
const OBJECT_Q_RE = /^\s*(?:and\s+)?(?:whom|who)\s+(?:did|does|do|will|would|has|have|had)\s+(.+?)\s*[?.!]*$/i;

/** The forms of an object question's verb, then up to three words ending in a noun for people, as a pattern; null for none. */
const objectVerbPattern = perQuestion((q): RegExp | null => {
  const rest = OBJECT_Q_RE.exec(q.text)?.[1];
  const wn = wordNet();
  if (!rest || !wn) return null;
  // The first lower-case word past the subject that is a verb: "blame" in "Whom did Gingrich blame ...".
  const verb = rest.split(/\s+/).find((w) => /^\p{Ll}+$/u.test(w) && !/^(?:the|a|an|his|her|its|their)$/.test(w) && wn.lemmas(w, 'verb').length > 0);
  const lemma = verb === undefined ? undefined : wn.lemmas(verb, 'verb')[0];
  if (!lemma) return null;
  return new RegExp(`\\b(?:${verbForms(lemma).map(escapeRegExp).join('|')})\\s+((?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}-]+)`, 'giu');
});

/** A name opening an object, past "the": "the European Commission", "Ana Lind". */
const OBJECT_NAME_RE = /^(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/u;

/** Whether `text` has people of a kind not in the question (WordNet's nouns for people: "House conservatives"), or a name, right after an object question's verb. */
export function namesPeopleAfterVerb(q: QuestionAnalysis, text: string, qWords: ReadonlySet<string>): boolean {
  const re = objectVerbPattern(q);
  if (!re) return false;
  for (const m of text.matchAll(re)) {
    // "Poland has asked the European Commission to help": a name right after the verb, of a body or a person.
    const name = OBJECT_NAME_RE.exec(m[1] as string)?.[1];
    if (name !== undefined && name.toLowerCase().split(/\s+/).some((w) => !qWords.has(w))) return true;
    // The object's words up to a small word ("House conservatives" of "House conservatives for his downfall").
    const words = (m[1] as string).toLowerCase().split(/\s+/);
    const end = words.findIndex((w) => STOP_WORDS.has(w));
    const head = (end < 0 ? words : words.slice(0, end)).at(-1);
    if (head !== undefined && !qWords.has(head) && wordNet()?.isPersonNoun(head, false) === true) return true;
  }
  return false;
}

/**
 * "Who will the government appoint as commissioner?": "The government will appoint a commissioner
 * to run the city ..., Interior Minister Luca Ferraro said" gives the verb an indefinite object
 * with no name ("a commissioner", not "a commissioner, Ana Lind," or "a commissioner named ..."):
 * it says there will be one, not who, when the question gives that kind itself ("as commissioner");
 * for "Whom did the ministry send?", "sent a consular official" is the answer. The sentence's
 * other names are its source's or others'.
 */
export function objectLeftUnnamed(q: QuestionAnalysis, text: string, qWords: ReadonlySet<string>): boolean {
  const re = objectVerbPattern(q);
  // Only when the question has a subject before its verb: "Who will appoint a commissioner?" asks for the subject.
  if (!re || !SUBJECT_AFTER_AUX_RE.test(q.text)) return false;
  let unnamed = false;
  for (const m of text.matchAll(re)) {
    const after = text.slice((m.index ?? 0) + m[0].length);
    // ... of the question's own kind ("as commissioner"): "sent a consular official" for "Whom did X send?" is the answer.
    const object = m[1] as string;
    if (!INDEFINITE_UNNAMED_RE.test(object) || NAMED_AFTER_RE.test(after) || !object.toLowerCase().split(/\s+/).slice(1).some((w) => qWords.has(w))) return false;
    unnamed = true;
  }
  return unnamed;
}

/** "Who(m) will the government ...", "Whom did Lind ...": a subject (a determiner or a name) after the auxiliary. */
const SUBJECT_AFTER_AUX_RE = /^\s*(?:[Aa]nd\s+)?[Ww]hom?\s+(?:did|does|do|will|would|has|have|had)\s+(?:(?:the|a|an|his|her|its|their)\s|\p{Lu})/u;
/** An object opening with "a", "an" or "another" and no capitalised word. */
const INDEFINITE_UNNAMED_RE = /^(?:an?|another)\s+[^\p{Lu}]*$/u;
/** A name right after an object: ", Ana Lind", " named Ana Lind", " called ...". */
const NAMED_AFTER_RE = /^\s*(?:,\s*|\s+(?:named|called|identified\s+as)\s+)\p{Lu}/u;

/** "Whose hearts and minds ...?", "Whose car ...?": the noun owned (and one joined to it by "and"). */
const WHOSE_Q_RE = /^\s*(?:and\s+)?whose\s+(\p{Ll}+)(?:\s+and\s+(\p{Ll}+))?/iu;

/** The owned noun of a "whose" question, then "of" and up to three words (captured), as a pattern; null for another question. */
const ownedOfPattern = perQuestion((q): RegExp | null => {
  const m = WHOSE_Q_RE.exec(q.text);
  if (!m) return null;
  return new RegExp(`\\b${escapeRegExp((m[2] ?? m[1]) as string)}(?:s|es)?\\s+of\\s+(?:the\\s+|an?\\s+)?((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)`, 'giu');
});

/**
 * Whether `text` names the owner a "whose" question asks for after the owned noun: "win the
 * hearts and minds of corporate executives" (people of a kind, by WordNet) or "the car of Ana
 * Lind" (a name).
 */
export function namesOwnerAfterNoun(q: QuestionAnalysis, text: string, qWords: ReadonlySet<string>): boolean {
  const re = ownedOfPattern(q);
  if (!re) return false;
  for (const o of text.matchAll(re)) {
    const words = (o[1] as string).split(/\s+/);
    if (words.every((w) => /^\p{Lu}/u.test(w)) && !words.some((w) => qWords.has(w.toLowerCase()))) return true;
    // The phrase's head: its last word before a small one ("corporate executives in pin-stripe suits").
    const end = words.findIndex((w) => STOP_WORDS.has(w.toLowerCase()));
    const head = (end < 0 ? words : words.slice(0, end)).at(-1)?.toLowerCase();
    if (head !== undefined && !qWords.has(head) && wordNet()?.isPersonNoun(head, false) === true) return true;
  }
  return false;
}

/** Whether `text` has people of a kind not in the question (WordNet's nouns for people: "Rwandan soldiers") right before a "who" question's verb. */
export function namesPeopleBeforeVerb(q: QuestionAnalysis, text: string, qWords: ReadonlySet<string>): boolean {
  const re = wordBeforeVerbPattern(q);
  if (!re) return false;
  // "A sixth member of the team, who stayed at the entrance, raised the alarm": the relative clause set aside.
  const plain = text.includes(', wh') ? text.replace(RELATIVE_CLAUSE_RE, '') : text;
  for (const m of plain.matchAll(re)) {
    // The noun may open the sentence ("Insurers have offered ...").
    const w = /^\p{Lu}\p{Ll}+$/u.test(m[1] as string) && /^[\s"“`']*$/.test(plain.slice(0, m.index)) ? (m[1] as string).toLowerCase() : (m[1] as string);
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(w) || qWords.has(w) || STOP_WORDS.has(w)) continue;
    // People of a kind ("rescuers"), or a body of a kind ("insurers", "police": WordNet files them
    // as groups) before the verb itself, not before a noun of its ("the embassy building").
    if (wordNet()?.isPersonNoun(w, !/ing$/.test(m[0])) === true || (GROUP_WORD.test(w) && !/ing$/.test(m[0]))) return true;
  }
  return false;
}

/** A relative clause set off by commas: ", who stayed at the entrance,". */
const RELATIVE_CLAUSE_RE = /,\s+(?:who|which)\s+[^,;:]{1,80},/g;

/** "Environmental groups have warned ...": WordNet files "group" under its top nouns, not with bodies of people, though news means one. */
const GROUP_WORD = /^groups?$/;

/** "Who has put the EU to use?": the forms of the verb, then "by" and up to four words ending in a noun (captured). */
const agentAfterVerbPattern = perQuestion((q): RegExp | null => {
  const lemma = eventLemma(q);
  if (!lemma) return null;
  // The place and time may stand between ("spotted on Ocean Beach ... early in the morning by a local abalone diver").
  // ... and a time of day ("was seen at 6:40 p.m. by an air traffic controller").
  return new RegExp(`\\b(?:${verbForms(lemma).map(escapeRegExp).join('|')})\\b${IN_CLAUSE}{0,80}?\\bby\\s+((?:[\\p{L}-]+\\s+){0,3}\\p{Ll}{3,})\\b`, 'gu');
});

/** Whether `text` has people of a kind (WordNet's nouns for people) do the question's verb in the passive: "has been put to use by white-collar business executives". */
export function namesPeopleAsAgent(q: QuestionAnalysis, text: string, qWords: ReadonlySet<string>): boolean {
  const re = agentAfterVerbPattern(q);
  if (!re) return false;
  for (const m of text.matchAll(re)) {
    // The words after "by", any of which may be the people's noun ("a local abalone diver", "white-collar business executives").
    for (const w of (m[1] as string).split(/\s+/)) if (/^\p{Ll}{3,}$/u.test(w) && !qWords.has(w) && !STOP_WORDS.has(w) && wordNet()?.isPersonNoun(w, false) === true) return true;
  }
  return false;
}

/**
 * The people of a kind who did the question's verb in the passive, as `text` words them ("an air
 * traffic controller" of "was seen at 6:40 p.m. by an air traffic controller"), or null.
 */
export function peopleAgentOf(q: QuestionAnalysis, text: string, qWords: ReadonlySet<string>): string | null {
  const re = agentAfterVerbPattern(q);
  if (!re) return null;
  for (const m of text.matchAll(re)) {
    const words = (m[1] as string).split(/\s+/);
    const at = words.findIndex((w) => /^\p{Ll}{3,}$/u.test(w) && !qWords.has(w) && !STOP_WORDS.has(w) && wordNet()?.isPersonNoun(w, false) === true);
    if (at >= 0) return words.slice(0, at + 1).join(' ');
  }
  return null;
}

/** Whether `text` names someone not in the question (`qWords`) right before the question's verb: its doer. */
export function namesDoerBeforeVerb(q: QuestionAnalysis, text: string, qWords: ReadonlySet<string>): boolean {
  const re = wordBeforeVerbPattern(q);
  if (!re) return false;
  for (const m of text.matchAll(re)) {
    if (!/^\p{Lu}/u.test(m[1] as string)) continue;
    const w = (m[1] as string).toLowerCase();
    // A name, not a common word written at the start of a sentence ("Gunmen attacked ...").
    // Nor a place, a country or its people ("Israel", "Israeli").
    if (qWords.has(w) || isPlaceWord(m[1] as string) || STOP_WORDS.has(w) || countryTermOf(w) !== null) continue;
    // ... a common word may end a name of several capitalised words ("The Court of Arbitration for Sport banned").
    if (wordNet()?.isCommonWord(w) !== true || NAME_GOES_ON_RE.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
  }
  return false;
}

/** A capitalised word, then name words ("of", "for", "the" ...), right before: the word after it ends a name. */
const NAME_GOES_ON_RE = /(?<![.!?]\s*|^)\b\p{Lu}[\p{L}'’-]+\s+(?:(?:of|for|and|on|the|de)\s+)*$/u;

/**
 * "Who owns the factory?": "... to link the owner of a Sudanese factory ... to a group backed by
 * Osama bin Laden" speaks of the one who does it by the verb's noun of its doer (WordNet's agent
 * form: own → owner) and names no one beside it; its other names are other people's. False
 * when the sentence names the doer next to the noun ("Salih Idris, the owner of ...", "owner
 * Salih Idris", "the commander of the land forces, Gen. Atilla Ates"), says a name or "he" is it
 * ("Mara Lind was named the winner of ...") or uses the verb itself.
 */
export function leavesDoerUnnamed(q: QuestionAnalysis, text: string): boolean {
  const pattern = doerNounPattern(q);
  if (!pattern || !pattern.unnamed.test(text) || pattern.verb.test(text)) return false;
  return !pattern.named.test(text);
}

/** The patterns of a "who" question's doer noun: unnamed ("the owner of"), named beside it, and the verb's own forms. */
const doerNounPattern = perQuestion((q): { unnamed: RegExp; named: RegExp; verb: RegExp } | null => {
  const verb = eventVerbOf(q);
  const wn = wordNet();
  const lemma = verb === null ? undefined : wn?.lemmas(verb, 'verb')[0];
  if (!wn || !lemma) return null;
  const nouns = wn.derived(lemma).filter((d) => d.agent && /^[a-z]{4,}$/.test(d.word) && wn.isPersonNoun(d.word, false)).map((d) => escapeRegExp(d.word));
  if (nouns.length === 0) return null;
  const noun = `(?:${nouns.join('|')})s?`;
  return {
    unnamed: new RegExp(String.raw`\b(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}?${noun}\s+of\b`, 'u'),
    // "Salih Idris, the owner of ...", "owner Salih Idris", "the commander of Turkish land forces, Gen. Atilla Ates".
    // ... or a name or pronoun it is said of ("Mara Lind was named the winner of ...", "As the founder of the party, he ...").
    named: new RegExp(String.raw`\p{Lu}[\p{L}.'’-]*,\s+(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}?${noun}\b|\b${noun},?\s+\p{Lu}|\b${noun}\s+of\s+[^,.;:()]{1,60},\s+\p{Lu}|\p{Lu}[\p{L}'’-]*\s+(?:\S+\s+){0,3}?(?:is|was|are|were|became|becomes|been|named|remains|remained)\s+(?:\S+\s+){0,2}?(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}?${noun}\b|\b(?:he|she)\b`, 'u'),
    verb: new RegExp(String.raw`\b(?:${verbForms(lemma).map(escapeRegExp).join('|')})\b`, 'i'),
  };
});

/**
 * "Who tipped off the police?": "... found it in a garage after a tip-off" tells of it only as a
 * noun of the act ("a tip-off", "an anonymous tip-off", WordNet's event nouns of the verb, such as
 * "an investigation" for "investigate"), with an indefinite article and no "by" or "from" after
 * it in its clause: no one is named as doing it. False when the sentence uses the verb itself.
 */
export function eventNounLeavesDoerUnnamed(q: QuestionAnalysis, text: string): boolean {
  const p = eventNounPattern(q);
  return p !== null && p.unnamed.test(text) && !p.verb.test(text);
}

const eventNounPattern = perQuestion((q): { unnamed: RegExp; verb: RegExp } | null => {
  const verb = eventVerbOf(q);
  const wn = wordNet();
  const lemma = verb === null ? undefined : wn?.lemmas(verb, 'verb')[0];
  if (!wn || !lemma) return null;
  const nouns = wn.derived(lemma).filter((d) => !d.agent && /^[a-z]{4,}$/.test(d.word)).map((d) => d.word);
  // "tip-off", "break-in", "walkout": the verb with its particle made a noun.
  for (const particle of ['off', 'in', 'out', 'up', 'over', 'down']) for (const n of [`${lemma}-${particle}`, `${lemma}${particle}`]) if (wn.lemmas(n, 'noun').includes(n)) nouns.push(n);
  if (nouns.length === 0) return null;
  const noun = `(?:${nouns.map(escapeRegExp).join('|')})`;
  return {
    // At most one adjective between ("an anonymous tip-off"): "a rebel attack" names who by its modifier.
    unnamed: new RegExp(String.raw`\b(?:a|an)\s+(?:(?:anonymous|unexpected|sudden|new|further|second|brief|formal|official)\s+)?${noun}(?![\p{L}-])(?![^,.;:]*\b(?:by|from)\b)`, 'iu'),
    verb: new RegExp(verbFormsPattern(lemma), 'iu'),
  };
});

/**
 * "Who designed the airport?": "Gaza International ... was designed in an Oriental style" has it
 * done and names no one who did it: the verb only in the passive, with no "by" after it.
 */
export function passiveLeavesDoerUnnamed(q: QuestionAnalysis, text: string): boolean {
  const p = passivePattern(q);
  if (!p || !p.passive.test(text)) return false;
  // Any use of the verb but the passive without an agent ("engineers who designed it", "designed by").
  const rest = text.replace(p.everyPassive, ' ');
  return !p.verb.test(rest) && !p.agent.test(text);
}

const passivePattern = perQuestion((q): { passive: RegExp; everyPassive: RegExp; verb: RegExp; agent: RegExp } | null => {
  const verb = eventVerbOf(q);
  const lemma = verb === null ? undefined : wordNet()?.lemmas(verb, 'verb')[0];
  if (!lemma) return null;
  const forms = verbForms(lemma).map(escapeRegExp).join('|');
  const participle = `(?:${forms})`;
  const passive = String.raw`\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?${participle}\b`;
  return {
    passive: new RegExp(passive, 'u'),
    everyPassive: new RegExp(passive, 'gu'),
    verb: new RegExp(String.raw`\b${participle}\b`, 'i'),
    agent: new RegExp(String.raw`\b${participle}\b[^.;:]{0,60}?\bby\b`, 'i'),
  };
});


/** Verbs a source's attribution does itself: asking who said or reported it is asking for the source. */
const SOURCE_VERB_RE = /^(?:say|tell|report|announce|claim|state|confirm|deny|reveal|disclose|quote|write|declare|add|note|warn|predict|urge|cite)$/;
/** The forms of a "who" question's verb (worked out once per question), or null for none or a source's own verb. */
const askedActVerb = perQuestion((q): RegExp | null => {
  // ... a progressive one too: "Who was driving the second train?".
  // (Not one of being in charge, "Who is leading the inquiry?": "said Dick Pound, the IOC vice president heading the inquiry" is the source and the answer.)
  const verb = eventVerbOf(q) ?? (HEADING_Q_RE.test(q.text) ? null : PROGRESSIVE_Q_RE.exec(q.text)?.[1]) ?? null;
  const lemma = verb === null ? undefined : wordNet()?.lemmas(verb, 'verb')[0];
  return !lemma || SOURCE_VERB_RE.test(lemma) ? null : new RegExp(String.raw`\b(?:${verbForms(lemma).map(escapeRegExp).join('|')})\b`, 'i');
});
/** A question about who is in charge of something ("Who is leading the inquiry?"): a titled source may be the one. */
const HEADING_Q_RE = new RegExp(`\\b(?:${[...HEAD_VERBS.flatMap((v) => verbForms(v)), 'oversee', 'oversees', 'overseeing', 'oversaw'].join('|')})\\b`, 'i');
/** "Who was driving ...?": the verb of a progressive "who" question. */
const PROGRESSIVE_Q_RE = /^\s*(?:and\s+)?who\s+(?:is|was|are|were)\s+(\p{Ll}{3,}ing)\b/iu;
/** A trailing attribution: ", said the Information Center for Human Rights in Hong Kong." */
const TRAILING_SOURCE_RE = /,\s*(?:''|”|")?\s*(?:said|says|according to|reported|reports|quoted)\s+[^,;:]*(?:,[^,;:]*)?[.!?]?\s*(?:''|”|")?\s*$/u;

/** A leading attribution: "Zaremba said", "Chief veterinary officer Pawel Zaremba told reporters that". */
const LEADING_SOURCE_RE = /^(?:[\p{L}.'’-]+\s+){0,5}?\p{Lu}[\p{L}.'’-]*\s+(?:said|says|told\s+(?:reporters|journalists|a\s+news\s+conference))\s+(?:that\s+|on\s+\p{Lu}\p{Ll}+\s+(?:that\s+)?)?/u;

/**
 * "Who organized the letter?": "Almost 200 dissidents signed a letter ..., said the Information
 * Center for Human Rights" names only its source, in a trailing attribution (or a leading one,
 * "Zaremba said ..."), and does not use the asked verb: the one who did it is not named. A name
 * anywhere else in it may be the doer.
 */
export function namesOnlySource(q: QuestionAnalysis, text: string, qWords: ReadonlySet<string>): boolean {
  const verb = askedActVerb(q);
  if (!verb || verb.test(text)) return false;
  // "..., said the Information Center": any other name past the sentence's first word may be who did it.
  const trailing = TRAILING_SOURCE_RE.exec(text);
  if (trailing) return namesNoOther(text.slice(0, trailing.index), NAME_PAST_FIRST_RE, qWords);
  // "Zaremba said the outbreaks had been traced to a single truck ...": any name after the attribution.
  // "Union president Ola Strand said ..." for "Who leads the farmers union?": a source that holds a title or the question's words may be the one asked for.
  const leading = LEADING_SOURCE_RE.exec(text);
  // ("Metro president Louis de Grange said ... the second train's driver had braked" names no driver: the title is the question's only when it asks for an office or who is in charge.)
  if (!leading || leading[0].toLowerCase().split(/[^\p{L}'’-]+/u).some((w) => qWords.has(w) || (isTitleWord(w) && (askedOffice(q.text) !== null || HEADING_Q_RE.test(q.text))))) return false;
  return namesNoOther(text.slice(leading[0].length), NAME_AT_WORD_RE, qWords);
}

/** A capitalised word past the text's first word; ... or any word's, the first too. */
const NAME_PAST_FIRST_RE = /(?<=\S\s+)(\p{Lu}[\p{L}.'’-]*)/gu;
const NAME_AT_WORD_RE = /(?<=^|\S\s+)(\p{Lu}[\p{L}.'’-]*)/gu;

/** Whether `text` names no one (by `names`, a capitalised word) but the question's own words, places, countries and common words. */
function namesNoOther(text: string, names: RegExp, qWords: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(names)) {
    const w = (m[1] as string).toLowerCase();
    if (!qWords.has(w) && !isPlaceWord(m[1] as string) && countryTermOf(w) === null && wordNet()?.isCommonWord(w) !== true) return false;
  }
  return true;
}
