/**
 * Countries, their capitals and demonyms, from the `world-countries` data package: general
 * knowledge, so that "Paris", "France" and "French" fold into one term, for any country,
 * without a word list written for one story. Each country is a synonym group whose first
 * entry (its common name, lower-cased) names the concept.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ALIASES, deriveGazetteer, type GazetteerData, type MemberRecord } from './country-data.ts';
import { wordNet } from './wordnet.ts';

/** Written by the build next to the bundle; the sources derive it from the package instead. */
export const GAZETTEER_FILE = 'gazetteer.json';

function isData(x: unknown): x is GazetteerData {
  const d = x as Partial<GazetteerData> | null;
  return Array.isArray(d?.groups) && Array.isArray(d?.places) && Array.isArray(d?.demonyms) && typeof d?.shared === 'object' && d.shared !== null && Array.isArray(d.currencies) && Array.isArray(d.capitals);
}

/**
 * The derived data: from the build's file when there is one (parsing the package's 770 kB
 * file and deriving, with WordNet's nouns for nationals, takes about 120 ms and 10 MB at
 * start-up), else from the package.
 * The package file is read, not required, so it does not stay in the module cache.
 */
function loadGazetteer(): GazetteerData {
  try {
    const stored: unknown = JSON.parse(readFileSync(new URL(`./${GAZETTEER_FILE}`, import.meta.url), 'utf8'));
    if (isData(stored)) return stored;
  } catch {
    // Not built: derive below.
  }
  const file = createRequire(import.meta.url).resolve('world-countries/dist/countries.json');
  const wn = wordNet();
  return deriveGazetteer(JSON.parse(readFileSync(file, 'utf8')) as MemberRecord[], (country) => wn?.peopleOf(country) ?? []);
}

const GAZETTEER = loadGazetteer();

export const COUNTRY_GROUPS: readonly string[][] = GAZETTEER.groups;
export const PLACE_WORDS: ReadonlySet<string> = new Set(GAZETTEER.places);
export const DEMONYMS: ReadonlySet<string> = new Set(GAZETTEER.demonyms);
/** Member states' capitals that are not their states' names ("new delhi", not "singapore"), folded. */
export const CAPITALS: ReadonlySet<string> = new Set(GAZETTEER.capitals);
/** Every country's currency names, singular ("kwacha", "shekel"): see country-data.ts. */
export const CURRENCY_WORDS: readonly string[] = GAZETTEER.currencies;

/** Concept terms of countries ("~france", "~united states"). */
const COUNTRY_CONCEPTS = new Set(COUNTRY_GROUPS.map((g) => `~${g[0]}`));

export function isCountryTerm(term: string): boolean {
  return COUNTRY_CONCEPTS.has(term);
}

/** The concept term of a country name ("France" → "~france"), or null. */
/** Whether `name` is a member state's capital ("New Delhi", "Nairobi"), not a country's own name. */
export function isCapitalName(name: string): boolean {
  return CAPITALS.has(fold(name));
}

export function countryTermOf(name: string): string | null {
  return TERM_OF_WORD.get(fold(name)) ?? null;
}

/** A name as the gazetteer keeps its words: trimmed, lower case, diacritics folded. */
function fold(name: string): string {
  return name.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Every country word to its concept term, the first group that has it winning (as a search of COUNTRY_GROUPS in order would). */
const TERM_OF_WORD: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const g of COUNTRY_GROUPS) for (const w of g) if (!out.has(w)) out.set(w, `~${g[0]}`);
  return out;
})();

/** Country words several member states share ("congolese" → both Congos), to their concept terms. */
export const SHARED: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(GAZETTEER.shared).map(([w, names]) => [w, names.map((n) => `~${n}`)]));

/**
 * The concept terms a country word may stand for: its one country ("French" → ["~france"]),
 * the member states that share it ("Congolese" → both Congos), or none.
 */
export function countryTermsOf(name: string): readonly string[] {
  const one = countryTermOf(name);
  if (one) return [one];
  return SHARED.get(fold(name)) ?? [];
}

/** Everyday names the data lacks, lower case ("britain", "u.s."). */
const ALIAS_NAMES: ReadonlySet<string> = new Set(Object.values(ALIASES).flat());

/**
 * The concept term of `name` when it is a country's own name ("Nicaragua", "the United
 * States", "Britain"), not its capital ("Washington") or demonym ("Palestinian"); else null.
 */
export function countryNameTerm(name: string): string | null {
  const lower = fold(name).replace(/^the\s+/, '');
  const term = countryTermOf(lower);
  return term !== null && (term === `~${lower}` || ALIAS_NAMES.has(lower) || ALIAS_NAMES.has(lower.replace(/\.$/, ''))) ? term : null;
}
