/**
 * The weights of re-ranking (qa-scoring.ts) in one place: how much a partial match of a
 * question term counts (a paraphrase, a claim, a pronoun, the sentence before), and what a
 * sentence that misses a constraint of the question costs its confidence. Chosen on the
 * tuning topics of the evaluation set together, never on one.
 */
/** How much the converse of the question's verb counts for it ("sold to X" for "Who will buy ...?"). */
export const CONVERSE_MATCH = 0.9;

/** A person a pronoun may stand for, named a few sentences before (NAME_LOOKBACK). */
export const PRONOUN_LOOKBACK_MATCH = 0.6;

/** How much a year in the question counts for a sentence of a document published that year. */
export const PUBLISHED_YEAR_MATCH = 0.9;
/** A year the sentence gives only as a bound of a span ("since 1967") for a question asking of that year. */
export const YEAR_AS_BOUND = 0;
/** How much a name counts in a sentence that refers to it by its kind ("the yacht"). */
export const KIND_REFERENCE_MATCH = 0.8;
/**
 * What an event the sentence says did not happen costs ("could have won the honor in 1978
 * had it not been ...", "did not win"), times the cost of a sentence without the verb.
 */
export const UNREALIZED_MISS = 0.5;
/** A country the question names, absent from a sentence that names others in its place. */
export const OTHER_COUNTRIES_NAMED = 0.5;

/** A count question's event verb only supposed, allowed or demanded in the sentence (see countedEventUndone). */
export const COUNT_UNDONE = 0.5;
/** A count question's thing counted in the sentence with another verb acting on it ("treated 300 children" for "How many children died?"). */
export const COUNT_OTHER_ACTION = 0.6;
/** How much a person's name counts in a sentence that opens with a role the next sentence names them by. */
export const LEDE_ROLE_MATCH = 0.8;
/** How much a question term counts when only the sentence this one continues has it. */
export const CONTINUATION_MATCH = 0.75;
/** Confidence factor for an order question ("who first", "the day before") answered by a sentence stating no order. */
export const ORDER_MISS = 0.9;

/** Month words weigh this share of their idf unless the question asks for a date ("worried after the June visit"). */
export const MONTH_WEIGHT = 0.5;
/** A claim's match on a topic word, for a sentence that has none of the question's topic words. */
export const UNFOCUSED_CLAIM_MATCH = 0.4;

/** Confidence factor for a sentence in which the asked-about speaker is not the one speaking. */
export const SPEAKER_MISS = 0.5;
/** ... or in which the speaker says nothing about the question's subject. */
export const SPEAKER_OFF_TOPIC = 0.5;

/** How much a question term found only in a claim citing the sentence counts. */
export const CLAIM_MATCH = 0.8;

/** How much a question word counts in a sentence that has its stem only in a word of another family ("Protestants" for "protest"). */
export const FALSE_FRIEND_MATCH = 0.3;

/** A capital asked as a place ("the temperature in New Delhi") that the sentence does not write: only its country is there (capital-places.ts). */
export const CAPITAL_MISS = 0.7;
