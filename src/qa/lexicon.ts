/**
 * A topic's own vocabulary, from briefs/<topic>/lexicon.yml: words its sources use for the
 * same thing, places and organisations that are never person names, and institutions that
 * speak for a country ("the Élysée" for France). General knowledge (countries, capitals,
 * demonyms) comes from gazetteer.ts; what one story needs beyond that lives with the story,
 * never in code. Lexicons are merged into one shared vocabulary: a topic's synonyms also
 * help any other topic that uses the same words.
 */
import type { TopicLexicon } from '../content/topic-lexicon.ts';
import { countryTermOf } from './gazetteer.ts';
import { addSynonymGroups } from './text-analysis.ts';

const registered = new WeakSet<TopicLexicon>();
const places = new Set<string>();
const organisations = new Set<string>();
const institutions = new Map<string, string>();

/** Adds a topic's lexicon. Returns true when the vocabulary changed (built indexes are stale). */
/** Each registered lexicon as JSON (lexiconSignature). */
const signatures = new Set<string>();

export function registerLexicon(lexicon: TopicLexicon): boolean {
  if (registered.has(lexicon)) return false;
  registered.add(lexicon);
  signatures.add(JSON.stringify(lexicon));
  let changed = addSynonymGroups(lexicon.synonyms);
  const addAll = (set: Set<string>, words: readonly string[]): void => {
    for (const w of words) {
      for (const part of [w, ...w.split(' ')]) {
        if (!set.has(part)) {
          set.add(part);
          changed = true;
        }
      }
    }
  };
  addAll(places, lexicon.places);
  // An institution is an organisation too, and so is each word of its name ("white house").
  addAll(organisations, [...lexicon.organisations, ...Object.keys(lexicon.institutions)]);
  for (const [org, country] of Object.entries(lexicon.institutions)) {
    const term = countryTermOf(country);
    if (term && institutions.get(org) !== term) {
      institutions.set(org, term);
      organisations.add(org);
      changed = true;
    }
  }
  return changed;
}

/**
 * The topic lexicons registered so far, as one string: the shared vocabulary every index is
 * analysed with, so a kept index (index-cache.ts) is only reused under the same one.
 */
export function lexiconSignature(): string {
  return [...signatures].sort().join('\n');
}

export function isLexiconPlace(word: string): boolean {
  return places.has(word);
}

export function isLexiconOrganisation(word: string): boolean {
  return organisations.has(word);
}

/** Country concepts of the institutions a lower-cased text names ("the élysée said" → "~france"). */
export function institutionCountriesIn(lowerText: string): string[] {
  const out: string[] = [];
  for (const [org, country] of institutions) if (lowerText.includes(org)) out.push(country);
  return out;
}
