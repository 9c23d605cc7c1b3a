/**
 * People the documents introduce as a country's own ("Russian President Vladimir Putin"), for
 * the scorer: a sentence about "Putin's military intervention" tells of Russia's, and an act
 * done to him ("accused President Assad") is done to his country (asked-object.ts).
 */
import { profileCountries } from './held-titles.ts';
import type { TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { speakerIndex } from './speakers.ts';

/**
 * What a country the question names as an owner ("Russia's intervention") counts as met by,
 * in a sentence that names a person the documents introduce as its own. 0.5 is too little to
 * count it as met; for a country named anywhere in the question, 0.7 cost a tuning abstention
 * ("books in Portugal" met by a Portuguese writer), so it is for owners only.
 */
export const COUNTRY_PERSON_MATCH = 0.7;

/** The countries the documents introduce a person (a lower-case name word) with, read from the speaker profiles when first asked. */
export function countriesOfPersons(index: TopicIndex): (person: string) => readonly string[] {
  return (person) => profileCountries([person], speakerIndex(index).profiles);
}

/** The question's country terms that it names as owners: "Russia's intervention", not "books in Portugal". */
export function ownerCountries(q: QuestionAnalysis, countries: ReadonlySet<string>): ReadonlySet<string> {
  return new Set(q.tokens.filter((t) => countries.has(t.term) && (/['’]s?$/.test(t.word) || /^['’]/.test(q.text.slice(t.end)))).map((t) => t.term));
}

/** Whether `words` (a sentence's, lower case) hold a person of `country`. */
export function namesPersonOf(words: Iterable<string>, persons: ReadonlySet<string>, countriesOf: (person: string) => readonly string[], country: string): boolean {
  for (const w of words) if (persons.has(w) && countriesOf(w).includes(country)) return true;
  return false;
}
