/**
 * What the Q&A takes from the `world-countries` records: one synonym group per country
 * (names, capitals, demonyms), the words of place names, and demonyms. Pure, so the build
 * can run it once and store the result next to the bundle (see scripts/build.js).
 */
export interface CountryRecord {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  currencies?: Record<string, { name: string }>;
}

export interface MemberRecord extends CountryRecord {
  unMember: boolean;
}

/** Latin-script words only, lower-cased, diacritics folded; abbreviations shorter than three letters are left out ("IN", "IT" are words). */
function usable(s: string): string | null {
  // Letters with diacritics folded: "Türkiye", "Curaçao" and "Réunion" are kept, as "turkiye" …
  const t = s.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return /^[a-z][a-z .'-]*[a-z.]$/.test(t) && t.replace(/[^a-z]/g, '').length >= 3 ? t : null;
}

/** Everyday names the data leaves out ("America", "Britain", "U.S."). */
export const ALIASES: Readonly<Record<string, readonly string[]>> = {
  'united states': ['america', 'u.s', 'u.s.', 'u.s.a'],
  'united kingdom': ['britain', 'uk', 'u.k'],
  turkiye: ['turkey'],
};

/**
 * States of the last century's news that the data, which lists today's, has not: a story from
 * the 1990s speaks of "the Yugoslav prime minister" or "Soviet troops", and they are no other
 * country's. Not member states today, so they share no word with one and add no capital. A
 * state that only changed its name (Zaire, now Congo) is left out: its old name is no other country.
 */
export const FORMER_STATES: readonly MemberRecord[] = [
  { name: { common: 'Yugoslavia', official: 'Federal Republic of Yugoslavia' }, altSpellings: ['Yugoslavian', 'Yugoslavs'], capital: [], demonyms: { eng: { m: 'Yugoslav' } }, unMember: false },
  { name: { common: 'Soviet Union', official: 'Union of Soviet Socialist Republics' }, altSpellings: ['USSR', 'U.S.S.R.', 'Soviets'], capital: [], demonyms: { eng: { m: 'Soviet' } }, unMember: false },
  { name: { common: 'Czechoslovakia', official: 'Czechoslovak Socialist Republic' }, altSpellings: ['Czechoslovakian'], capital: [], demonyms: { eng: { m: 'Czechoslovak' } }, unMember: false },
  { name: { common: 'East Germany', official: 'German Democratic Republic' }, altSpellings: ['GDR'], capital: [], demonyms: { eng: { m: 'East German' } }, unMember: false },
];

function groupOf(r: MemberRecord): string[] {
  const words = new Set<string>();
  // An ordinary English word is not a name of the country, whatever the data lists
  // (Iceland's "Island").
  const add = (s: string | undefined): void => {
    const u = s === undefined ? null : usable(s);
    if (u && !GENERIC_NAME_WORDS.has(u)) words.add(u);
  };
  add(r.name.common);
  add(r.name.official);
  for (const a of r.altSpellings) add(a);
  // Capitals of member states only: a dependency's capital is often an ordinary phrase ("The Valley").
  for (const c of r.unMember ? r.capital : []) {
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
  'and the united states kingdom republic democratic islands island city town new north south east west central saint port san santo are union'.split(' '),
);

export interface GazetteerData {
  /** One synonym group per country: [common name, official name, capitals, demonyms, …]. */
  groups: string[][];
  /**
   * Words of country and territory names ("france", "taiwan", "hong", "kong") and of member
   * states' capitals ("paris", "kuala", "lumpur"), and everyday abbreviations: never person
   * names. Dependencies' capitals ("Stanley", "Douglas") are left out: they are names.
   */
  places: string[];
  /** Demonyms ("french"): never person names. */
  demonyms: string[];
  /**
   * Words several member states share ("congolese": both Congos), each with the common names
   * of those states: such a word names one of them, though not which.
   */
  shared: Record<string, string[]>;
  /** Member states' capitals, lower case, diacritics folded ("new delhi"), where the capital is not the state's own name ("singapore"). */
  capitals: string[];
  /** Names of currencies, singular, the last word of each ("kwacha", "shekel", "rupiah"), for sums of money in any country's. */
  currencies: string[];
}

/**
 * Currency words that are also everyday English after a number ("the 10,000 mark", "won 3",
 * "a 5 pound bag", "the real"): a sum needs a plainer sign of money to be read in them.
 */
const AMBIGUOUS_CURRENCY_WORDS = new Set(['mark', 'real', 'won', 'sol', 'pound', 'som', 'kip', 'bonds', 'dram', 'lek', 'leone']);

/** The last word of every currency's name, folded, that is not everyday English. */
function currencyWords(records: readonly CountryRecord[]): string[] {
  const out = new Set<string>();
  for (const r of records) {
    for (const c of Object.values(r.currencies ?? {})) {
      const w = (c.name.split(/\s+/).at(-1) ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      if (/^[a-z]{3,}$/.test(w) && !AMBIGUOUS_CURRENCY_WORDS.has(w)) out.add(w);
    }
  }
  return [...out].sort();
}

/**
 * A word in several countries' groups ("American": the United States and the Northern
 * Mariana Islands; "Congolese": both Congos) belongs to the one UN member among them, or,
 * when it names several member states, to none: it cannot say which country is meant.
 * A group's own name stays in it.
 */
function withoutSharedWords(records: readonly MemberRecord[], groups: string[][]): string[][] {
  const owners = new Map<string, number[]>();
  groups.forEach((g, i) => {
    for (const w of g) owners.set(w, [...(owners.get(w) ?? []), i]);
  });
  return groups.map((g, i) =>
    g.filter((w, k) => {
      const all = owners.get(w) ?? [];
      if (k === 0 || all.length <= 1) return true;
      const members = all.filter((j) => records[j]?.unMember);
      return members.length === 1 && members[0] === i;
    }),
  );
}

/** The words `withoutSharedWords` took out of every group, with the common names of the member states that share them. */
function sharedWords(records: readonly MemberRecord[], before: string[][], after: string[][]): Record<string, string[]> {
  const kept = new Set(after.flat());
  const out: Record<string, string[]> = {};
  before.forEach((g, i) => {
    if (!records[i]?.unMember || !g[0]) return;
    for (const w of g) if (!kept.has(w)) (out[w] ??= []).push(g[0]);
  });
  for (const [w, names] of Object.entries(out)) if (names.length < 2) delete out[w];
  return out;
}

/**
 * Derives what the Q&A needs from the package's records (plain JSON, so the build can store
 * it). `peopleOf` gives the nouns for a country's nationals that its demonym is not ("Dane"
 * for Danish, "Finn", "Spaniard": from WordNet, see WordNet.peopleOf); each joins its
 * country's group, with its plural, unless a group has the word already ("Taiwanese").
 */
export function deriveGazetteer(current: readonly MemberRecord[], peopleOf: (country: string) => readonly string[] = () => []): GazetteerData {
  const records = [...current, ...FORMER_STATES];
  const all = records.map(groupOf);
  const taken = new Set(all.flat());
  const people: string[] = [];
  for (const g of all) {
    for (const w of g[0] === undefined ? [] : peopleOf(g[0])) {
      if (taken.has(w) || !/^[a-z]{3,}$/.test(w)) continue;
      g.push(w, `${w}s`);
      people.push(w, `${w}s`);
    }
  }
  const groups = withoutSharedWords(records, all);
  return {
    groups: groups.filter((g) => g.length > 0),
    shared: sharedWords(records, all, groups),
    places: [
      ...new Set(
        records
        .flatMap((r) => [r.name.common, ...(r.unMember ? r.capital : [])])
        .flatMap((x) => x.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[\s,]+/))
        .filter((w) => /^[a-z][a-z'-]{2,}$/.test(w) && !GENERIC_NAME_WORDS.has(w))
        .concat(['us', 'usa', 'uk'], Object.values(ALIASES).flat().filter((a) => /^[a-z]+$/.test(a))),
      ),
    ],
    capitals: [
      ...new Set(
        records
          .filter((r) => r.unMember)
          .flatMap((r) => r.capital.filter((c) => c.toLowerCase() !== r.name.common.toLowerCase()).flatMap((c) => [c, c.replace(/,?\s+(?:[A-Z]\.){1,3}$/, '')]))
          .map((c) => c.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')),
      ),
    ],
    currencies: currencyWords(current),
    demonyms: [
      ...new Set([...records.flatMap((r) => [r.demonyms?.eng?.m, r.demonyms?.eng?.f]).filter((d): d is string => typeof d === 'string').map((d) => d.toLowerCase()), ...people]),
    ],
  };
}

