/**
 * Countries, their capitals and demonyms, from the `world-countries` data package: general
 * knowledge, so that "Paris", "France" and "French" fold into one term, for any country,
 * without a word list written for one story. Each country is a synonym group whose first
 * entry (its common name, lower-cased) names the concept.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface CountryRecord {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
}

interface MemberRecord extends CountryRecord {
  unMember: boolean;
}

/**
 * Read (not required) so that the 770 kB file is not kept in the module cache: only the
 * sets derived below stay in memory. Resolved from this file, so it works from dist/ too.
 */
function readRecords(): MemberRecord[] {
  const file = createRequire(import.meta.url).resolve('world-countries/dist/countries.json');
  return JSON.parse(readFileSync(file, 'utf8')) as MemberRecord[];
}

/** Latin-script words only, lower-cased; abbreviations shorter than three letters are left out ("IN", "IT" are words). */
function usable(s: string): string | null {
  const t = s.trim().toLowerCase();
  return /^[a-z][a-z .'-]*[a-z.]$/.test(t) && t.replace(/[^a-z]/g, '').length >= 3 ? t : null;
}

/** Everyday names the data leaves out ("America", "Britain", "U.S."). */
const ALIASES: Record<string, string[]> = {
  'united states': ['america', 'u.s', 'u.s.', 'u.s.a'],
  'united kingdom': ['britain', 'uk', 'u.k'],
};

function groupOf(r: CountryRecord): string[] {
  const words = new Set<string>();
  const add = (s: string | undefined): void => {
    const u = s === undefined ? null : usable(s);
    if (u) words.add(u);
  };
  add(r.name.common);
  add(r.name.official);
  for (const a of r.altSpellings) add(a);
  for (const c of r.capital) {
    add(c);
    // "Washington, D.C." is also just "Washington".
    add(c.replace(/,?\s+(?:[A-Z]\.){1,3}$/, ''));
  }
  for (const d of [r.demonyms?.eng?.m, r.demonyms?.eng?.f]) {
    add(d);
    // Plural of a demonym ending in -n: "Americans", "Ukrainians".
    if (d && /n$/i.test(d)) add(`${d}s`);
  }
  const name = usable(r.name.common);
  for (const a of name ? (ALIASES[name] ?? []) : []) words.add(a);
  return name ? [name, ...[...words].filter((w) => w !== name)] : [];
}

/** Words of multi-word country and capital names that are ordinary English ("United", "City", "Saint"). */
const GENERIC_NAME_WORDS = new Set(
  'and the united states kingdom republic democratic islands island city town new north south east west central saint port san santo are'.split(' '),
);

interface Gazetteer {
  /** One synonym group per country: [common name, official name, capitals, demonyms, …]. */
  groups: string[][];
  /**
   * Words of country and territory names ("france", "taiwan", "hong", "kong") and of member
   * states' capitals ("paris", "kuala", "lumpur"), and everyday abbreviations: never person
   * names. Dependencies' capitals ("Stanley", "Douglas") are left out: they are names.
   */
  places: Set<string>;
  /** Demonyms ("french"): never person names. */
  demonyms: Set<string>;
}

/** Derives what the QA needs; the raw records are dropped afterwards. */
function derive(records: readonly MemberRecord[]): Gazetteer {
  return {
    groups: records.map(groupOf).filter((g) => g.length > 0),
    places: new Set(
      records
        .flatMap((r) => [r.name.common, ...(r.unMember ? r.capital : [])])
        .flatMap((x) => x.toLowerCase().split(/[\s,]+/))
        .filter((w) => /^[a-z][a-z'-]{2,}$/.test(w) && !GENERIC_NAME_WORDS.has(w))
        .concat(['us', 'usa', 'uk']),
    ),
    demonyms: new Set(
      records.flatMap((r) => [r.demonyms?.eng?.m, r.demonyms?.eng?.f]).filter((d): d is string => typeof d === 'string').map((d) => d.toLowerCase()),
    ),
  };
}

const GAZETTEER = derive(readRecords());

export const COUNTRY_GROUPS: readonly string[][] = GAZETTEER.groups;
export const PLACE_WORDS: ReadonlySet<string> = GAZETTEER.places;
export const DEMONYMS: ReadonlySet<string> = GAZETTEER.demonyms;

/** Concept terms of countries ("~france", "~united states"). */
const COUNTRY_CONCEPTS = new Set(COUNTRY_GROUPS.map((g) => `~${g[0]}`));

export function isCountryTerm(term: string): boolean {
  return COUNTRY_CONCEPTS.has(term);
}

/** The concept term of a country name ("France" → "~france"), or null. */
export function countryTermOf(name: string): string | null {
  const lower = name.trim().toLowerCase();
  const group = COUNTRY_GROUPS.find((g) => g.includes(lower));
  return group ? `~${group[0]}` : null;
}
