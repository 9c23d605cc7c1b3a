/**
 * The kind of answer a question asks for (a date, a duration, a quantity, a person, a
 * definition, a name, a place, a reason, or anything else), read from its wording: general
 * English question forms, no topic's words. Used by question-analysis.ts.
 */
import { perText } from './per-text.ts';
import { wordNet } from './wordnet.ts';

export type AnswerType = 'date' | 'duration' | 'quantity' | 'person' | 'definition' | 'name' | 'place' | 'reason' | 'open';

/**
 * "How long is the border?", "how long was the race?": a length (or any measure), not a stretch
 * of time; "how long was she in the water?", "how long did the talks last?" ask for a duration.
 */
const HOW_LONG_MEASURE = /\bhow long (?:is|are|was|were) (?!(?:he|she|it|they|you|we)\b)[^?]*/i;
/** "How long can pilot whales grow?", "how long does the fish measure?": a length, what it grows or measures to. */
const HOW_LONG_GROW = /\bhow long (?:can|could|do|does|may|might)\s+[^?]*\b(?:grow|measure)\s*\??\s*$/i;
const HOW_LONG_TIME = /\b(?:in|at|on|over|above|near|off|within|under|inside|out|away|gone|missing|there|for|held|kept|detained|stuck|trapped|alive|alone|open|closed|down|up|to (?:last|continue|go on|remain|stay|run))\b[^?]*$/i;

/**
 * "How long were flights halted?": a state the subject was put in, which lasts; a passive
 * participle right after a short subject ends the question (not a relative clause's verb: "How
 * long was the tunnel that collapsed?", "How long was the affidavit the source swore?").
 */
function stateLasted(rest: string): boolean {
  const m = /^((?:\S+\s+){1,3})(\p{Ll}+(?:ed|en|wn))\W*$/u.exec(rest);
  return m !== null && isPastForm(m[2] as string) && !/\b(?:that|which|who)\b/i.test(m[1] as string);
}

/** Questions for a measure: a number with a unit of length, weight or time. */
export const MEASURE_Q_RE = new RegExp(String.raw`\bhow (?:long|far|high|tall|deep|wide|heavy)(?: apart| away| off)? (?:is|are|was|were)\b|\bhow far (?:from|away from|off|out|inland|offshore|north|south|east|west)\b|\bhow (?:high|deep|far) (?:did|does|do|will|would|could|can)\b|\bhow (?:fast|strong)\b|\b(?:at )?what (?:speed|altitude|height|depth|distance|magnitude)\b|\bhow much (?:does|did|do|will|would)\b[^?]*\bweigh\b|\bhow much (?:weight|height|distance)\b|${HOW_LONG_GROW.source}`, 'i');

/**
 * "Who was elected governor?", "who was arrested?": who had something done to them, not who
 * someone is. The word after "who was" is a verb's inflected form in WordNet ("elected" →
 * "elect", "chosen" → "choose"), which a name ("Ned", "Mohammed") is not.
 */
function asksWhoHadItDone(question: string): boolean {
  const word = /^\s*who(?:'s| is| was| are| were)\s+(?:\w+ly\s+)?([a-z]+)\b/i.exec(question)?.[1]?.toLowerCase();
  if (!word || !/(?:ed|en|wn|ght|ck|ung|ne)$/.test(word)) return false;
  const wn = wordNet();
  return wn !== null && wn.lemmas(word, 'verb').some((lemma) => lemma !== word);
}
/** "Who is Saramago's wife?", "who is Chile's finance minister?": a person in a role, not a definition. */
const POSSESSED_ROLE_RE = /^\s*who(?:'s| is| was| are)\s+[^?]*?['’]s?\s+[a-z]/;

/** Nouns of a figure ("the salary", "the death toll", "inflation"). */
const FIGURE_NOUNS = 'number|total|tally|salary|salaries|price|prices|cost|costs|fee|fees|wage|wages|budget|income|revenue|rate|rates|toll|population|inflation|unemployment|deficit|debt|turnout';
/** "How many ...", "what percentage ...", "at what price ...", "what is the average salary ...". */
const QUANTITY_Q_RE = new RegExp(
  String.raw`\bhow (?:many|much|high|far|big|old|tall|fast|large|heavy|deep|wide|often|low|small|strong|short|hot|cold|cheap|expensive|rich|powerful)\b|\bwhat (?:number|percentage|share|amount|altitude|size|height|distance|speed|low|high|peak|level|total)\b|\b(?:at|to|by) what (?:level|price|rate|figure|value|margin|amount|percentage)\b|\bwhat (?:(?:is|was|are|were|will be)\s+(?:(?:the|its|their)\s+)?(?:[a-z.-]+['’]s\s+)?)?(?:(?:average|minimum|maximum|total|annual|new|current|starting|top|latest|death|interest|inflation|unemployment|growth|exchange|tax)\s+){0,2}(?:${FIGURE_NOUNS}|pay|fine|sum|tax|growth)\b`,
);

/**
 * "What is Denmark's central bank interest rate?": a noun phrase ending in a measured noun (a
 * rate, price, wage ...) after any modifiers, the whole question, asks for a figure.
 */
const MEASURED_NOUN_Q_RE = new RegExp(
  String.raw`^\s*what (?:is|was|are|were|will be)\s+(?:(?:the|its|their)\s+(?:[a-z.-]+['’]s\s+)?|[a-z.-]+['’]s\s+)(?:[a-z-]+\s+){1,3}(?:${FIGURE_NOUNS}|value|amount|total|limit|cap)(?:\s+(?:in|of|for|at|on|against|this|last|next|now|today)\b[^?]*)?\??\s*$`,
);

/** "What is the euro worth in dollars?", "What will one euro be worth in lire?": a value. */
export const WORTH_Q_RE = /^\s*(?:and\s+)?what\s+(?:is|was|are|were|will|would|could|might)\s+(?:[^?]{1,60}?\s+)?(?:be\s+)?worth\b/i;

/** "Where did X come from?", "where do they hail from?": where something is from, not an event. */
export const ORIGIN_Q_RE = /^\s*where\s+(?:do|does|did|had|has|have)\s+[^?]{1,60}?\s+(?:come|hail|originate)\s+from\s*\??\s*$/i;

/** "What did the museum pay for the painting?", "what will the plan cost?", "what did she earn?": a sum of money, not a thing; not "What did he say about paying?". */
export const PAID_Q_RE = /^\s*(?:and\s+)?what\s+(?:did|does|do|will|would|could|has|have|had|is|was|are|were)\s+(?:[^?]{1,60}?\s+)?(?<!\b(?:about|of|on)\s)(?:pay|paid|paying|spend|spent|spending|cost|costing|earn|earned|earning|fetch|fetched)\b(?!\s+(?:tribute|attention|respects?|homage|off|the price|(?:(?:the|his|her|their|its|a|an)\s+)?(?:time|night|nights|day|days|week|weeks|weekend|months?|years?|life|lives|career|holidays?|vacation)\b))/i;


/** A verb's past form by WordNet: another verb's form, not a plural or an -ing form ("fled", "reported"). */
/** "Who is leading the inquiry?", "who is helping Honduras": a verb in "-ing" after "who is" asks who does it, not who someone is. */
function asksWhoIsDoing(s: string): boolean {
  const word = /^\s*(?:and\s+)?who(?:'s| is| was| are| were)\s+(\p{Ll}{3,}ing)\b/u.exec(s)?.[1];
  const lemma = word === undefined ? undefined : wordNet()?.lemmas(word, 'verb')[0];
  return lemma !== undefined && lemma !== word;
}

export function isPastForm(word: string): boolean {
  const w = word.toLowerCase();
  return !/(?:s|ing)$/.test(w) && (wordNet()?.lemmas(w, 'verb') ?? []).some((l) => l !== w);
}

/** "Who was to be aboard ...?", "Who is in charge of ...?", "Who was behind ...?": a person, not a definition of one. */
const WHO_WAS_WHERE_RE = /^\s*who(?:'s| is| was| are| were)\s+(?:to\s+be\b|aboard|in|on|at|behind|inside|responsible|accountable|involved|missing)\b/;

/** "What is the title of his new book?", "what was the film called": the title of a work (general English nouns of works). */
const TITLE_OF_WORK_RE = /^\s*what (?:is|was|are|were) the titles? of\b[^?]*\b(?:book|novel|film|movie|play|song|album|report|article|poem|paper|essay|memoir|documentary|opera|painting|series|study|biography|autobiography)s?\b\??\s*$/;

/**
 * "What is the bank's inflation target?", "What is the prize fund?": a question that ends on the
 * noun it asks the value of (group 2), after a determiner or an owner and up to three words before
 * it (group 1), and perhaps the time it is of ("What was Hsinwei's profit last year?").
 */
export const HEAD_NOUN_Q_RE = /^\s*(?:[Aa]nd\s+)?[Ww]hat\s+(?:is|was|are|were|will\s+be|would\s+be)\s+(?:the|its|his|her|their|\p{Lu}[\p{L}.'’-]*['’]s?|the\s+\p{L}+['’]s?)\s+((?:\p{Ll}+\s+){0,3}?)(\p{Ll}{3,})(?:\s+(?:(?:last|this|next)\s+(?:year|month|week|quarter)|in\s+(?:19|20)\d\d))?\s*\?*\s*$/u;

/**
 * Whether the question asks what a sum of money is by naming it, a noun that is money in its
 * commonest sense (WordNet): "What is the prize fund?", "What was the ransom?". A noun before it
 * that is no adjective and no money makes it another thing: "the death toll" is a count.
 */
export const asksSumByNoun = perText((q: string): boolean => {
  const m = HEAD_NOUN_Q_RE.exec(q);
  const wn = wordNet();
  if (!m || wn === null || !wn.isMoneyNoun(m[2] as string, 1)) return false;
  // Two words before it at most: "the prize fund", "quarterly profit", not "rate before the cuts".
  const before = (m[1] as string).split(/\s+/).filter(Boolean);
  return before.length <= 2 && before.every((w) => wn.lemmas(w, 'adj').length > 0 || wn.lemmas(w, 'noun').length === 0 || wn.isMoneyNoun(w));
}, 2_000);

/** A race's time: "What was the winning time?", "What is the new record time?", "What was Belay's time?". */
export const RACE_TIME_Q_RE = /^\s*what (?:is|was|were|are)\s+[^?]*\b(?:winning|finishing|record|fastest|best|race)\s+times?\b|^\s*what (?:is|was|were|are)\s+(?:[^?\s]+\s+){0,3}[^?\s]+['’]s?\s+times?\s*\??\s*$/i;

export function detectType(q: string): AnswerType {
  const s = q.toLowerCase();
  const measure = HOW_LONG_MEASURE.exec(q);
  const rest = measure ? measure[0].replace(/^how long (?:is|are|was|were) /i, '') : '';
  if ((measure && !HOW_LONG_TIME.test(rest) && !stateLasted(rest)) || HOW_LONG_GROW.test(q)) return 'quantity';
  // ... and "how much (more / extra) time did they ask for?", and a race's time: "What was the winning time?", "What was Belay's time?".
  // "On how many days did rain fall?" counts days, as "In how many weeks ..." counts weeks.
  if (/\bhow long\b|\bfor how many (?:minutes|hours|days|weeks|months|years)\b|(?<!\b(?:on|in|during)\s)\bhow many (?:minutes|hours|days|weeks)\b|\bhow much (?:more |extra |additional )?time\b/.test(s) || RACE_TIME_Q_RE.test(s)) return 'duration';
  if (QUANTITY_Q_RE.test(s) || MEASURED_NOUN_Q_RE.test(s) || WORTH_Q_RE.test(s) || PAID_Q_RE.test(s) || asksSumByNoun(q)) return 'quantity';
  if (/^\s*(?:and\s+)?when\b|\b(?:what|which) (?:date|day|year|month|time)s?\b|\bsince when\b|\bby when\b|\bhow soon\b/.test(s)) return 'date';
  // ... "on the committee that invited ...": where the post is held is part of it.
  if (/^\s*what (?:title|role|job|position|post|office|rank) (?:does|did|do) .{2,40} (?:hold|have|occupy|hold now)(?:\s+(?:on|in|at|with|within|during|before|after|under|until|since)\s+[^?]{2,90}|\s+(?:before|previously|earlier|then))?\??\s*$/.test(s)) return 'definition';
  // "What is the title of Ali's book?": a work's name, not a person's post.
  if (TITLE_OF_WORK_RE.test(s)) return 'name';
  // "What does Michael Chan do (for a living)?", "What is Judit Katona-Apte's job?": who the person is, by trade.
  if (DOES_FOR_LIVING_RE.test(s) || WHOSE_JOB_RE.test(s) || DID_BEFORE_RE.test(s)) return 'definition';
  if (/^\s*(?:who(?:'s| is| was| are)|what is the (?:role|job|title) of)\s+[^?]{1,40}\??\s*$/.test(s) && !/\b(?:who (?:is|was) (?:the|a|an)\b)/.test(s) && !POSSESSED_ROLE_RE.test(s) && !asksWhoHadItDone(q) && !WHO_WAS_WHERE_RE.test(s) && !asksWhoIsDoing(s)) return 'definition';
  if (/\bwhat (?:is|was|are|were) (?:the )?names?\b|\bwhat (?:is|was|are|were) (?:the |his |her |its |their )?(?:[a-z-]+ )?[a-z-]+['’]s? names?\b|\bname of\b|\bwhat (?:is|was) \S+(?: \S+){0,2} called\b/.test(s)) return 'name';
  // "In which city is the official who confirmed the claim?": the place asked first, whoever the clause names.
  if (/^\s*(?:and\s+)?(?:in|at|near|from|to) (?:which|what) (?:city|cities|towns?|villages?|provinces?|regions?|districts?|country|countries|nations?|places?|capitals?|islands?|territor(?:y|ies)|count(?:y|ies)|continents?|neighbou?rhoods?|suburbs?)\b/.test(s)) return 'place';
  // "Where did the man who died live?", "Why did the woman who found it call police?": the
  // question's own opening word asks, whatever a relative "who" inside it names.
  if (/^\s*(?:and\s+)?where\b/.test(s)) return 'place';
  if (/^\s*(?:and\s+)?why\b/.test(s)) return 'reason';
  // ... and "What nationality was the passenger who died?" asks what its own opening word does.
  if (/^\s*(?:and\s+)?(?:who|whom|whose)\b|\bwhich (?:\w+ )?(?:official|person|minister|leader|diplomat|spokes\w*|general|president|secretary|envoy|people|officials|man|woman)\b/.test(s) || (/\bwho\b/.test(s) && !/^\s*(?:and\s+)?(?:what|how)\b/.test(s))) return 'person';
  // "Which two countries ...": how many are asked does not change what.
  if (/\b(?:in )?(?:which|what) (?:(?:two|three|four|five|six|\d+|other) )?(?:city|cities|towns?|villages?|provinces?|regions?|districts?|country|countries|nations?|places?|venues?|capitals?|islands?|territor(?:y|ies)|count(?:y|ies)|continents?|neighbou?rhoods?|suburbs?|states?(?![\w-]))(?:'s)?\b/.test(s)) return 'place';
  // "On what grounds did the defence appeal?" asks why, as "for what reason" does.
  if (/\bfor what reasons?\b|\bwhat (?:was|is|were|are) the (?:reasons?|grounds|causes?)\b|\bwhat caused\b|\bon what (?:grounds?|basis)\b/.test(s)) return 'reason';
  return 'open';
}

/** "What does Michael Chan do for a living?", "What is Judit Katona-Apte's job?": the person's job (the subject captured). */
/**
 * "What is Mara Lind's job?", "What was Cardozo's previous job?", "What was Feldmann's business?",
 * "What was Villalba's job before he became president?": who the person is by trade (the
 * "before ..." clause, group 2, only sets the time).
 */
export const WHOSE_JOB_RE = /^\s*what (?:is|was) (\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})['’]s? (?:(?:previous|former|earlier|old|first|current|present|main|usual) )?(?:job|occupation|profession|business|trade|career|line of work)( before [^?]{2,60})?\??\s*$/iu;
export const DOES_FOR_LIVING_RE = /^\s*what (?:does|did|do) (.{2,40}?) do for a living\??\s*$/i;
/** "What did Kalnins do before politics?", "what did she do before?": what someone (group 1) was before (group 2, the time clause). */
export const DID_BEFORE_RE = /^\s*what (?:does|did|do) (.{2,40}?) do (before\b[^?]*)\??\s*$/i;
