/**
 * The lookup half of the WordNet reader (wordnet.ts): the dict files, a word's lemmas (WordNet's
 * own detachment rules, plus the irregular English verbs) found in the sorted index file by
 * binary search, and which lexicographer files a noun's commonest senses are filed under
 * (people, places, groups, made things). The relations between senses are in wordnet.ts.
 */
import path from 'node:path';
import { ARTIFACT_NOUN_FILE, COMMUNICATION_NOUN_FILE, DictFile, GROUP_NOUN_FILE, HAPPENING_NOUN_FILES, LOCATION_NOUN_FILE, OBJECT_NOUN_FILE, parseSynset, PERSON_NOUN_FILE, PHENOMENON_NOUN_FILE, POSSESSION_NOUN_FILE, senseOffsets, WAY_OF_A_PEOPLE_FILES, writtenAsName } from './wordnet-dict.ts';
import { IRREGULAR } from './verb-forms.ts';

export type WordNetPos = 'verb' | 'noun' | 'adj' | 'adv';

/** WordNet's detachment rules (morphy): an inflected form → candidate lemmas. */
const DETACH: Record<WordNetPos, Array<[string, string]>> = {
  verb: [['s', ''], ['ies', 'y'], ['ied', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  noun: [['s', ''], ['oes', 'o'], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

export class WordNetReader {
  protected readonly index: Record<WordNetPos, DictFile>;
  protected readonly data: Record<WordNetPos, DictFile>;
  private readonly senseFileCache = new Map<string, boolean>();
  private readonly entryCache = new Map<string, Array<{ lemma: string; line: string }>>();

  protected constructor(dir: string) {
    const file = (kind: string, pos: WordNetPos): DictFile => new DictFile(path.join(dir, `${kind}.${pos}`));
    this.index = { verb: file('index', 'verb'), noun: file('index', 'noun'), adj: file('index', 'adj'), adv: file('index', 'adv') };
    this.data = { verb: file('data', 'verb'), noun: file('data', 'noun'), adj: file('data', 'adj'), adv: file('data', 'adv') };
  }

  /** The lemmas `word` may be an inflection of, that WordNet lists for `pos`. */
  lemmas(word: string, pos: WordNetPos): string[] {
    return this.entries(word, pos).map((e) => e.lemma);
  }

  /** Each lemma `word` may be an inflection of, with its index line (looked up once). */
  protected entries(word: string, pos: WordNetPos): Array<{ lemma: string; line: string }> {
    const key = `${pos}:${word.toLowerCase()}`;
    const hit = this.entryCache.get(key);
    if (hit) return hit;
    const found = this.lookUp(word, pos);
    if (this.entryCache.size > 20000) this.entryCache.clear();
    this.entryCache.set(key, found);
    return found;
  }

  private lookUp(word: string, pos: WordNetPos): Array<{ lemma: string; line: string }> {
    const w = word.toLowerCase();
    const candidates = new Set<string>([w]);
    if (pos === 'verb' && IRREGULAR[w]) candidates.add(IRREGULAR[w]);
    for (const [suffix, ending] of DETACH[pos]) if (w.endsWith(suffix) && w.length > suffix.length + 1) candidates.add(w.slice(0, -suffix.length) + ending);
    // A doubled final consonant before -ed / -ing ("committed", "planned", "stopping"), which
    // WordNet lists one by one in its exception file.
    const doubled = pos === 'verb' ? /([b-df-hj-np-tv-z])\1(?:ed|ing)$/.exec(w) : null;
    if (doubled) candidates.add(w.slice(0, doubled.index + 1));
    const out: Array<{ lemma: string; line: string }> = [];
    for (const lemma of candidates) {
      const line = this.index[pos].find(lemma);
      if (line !== null) out.push({ lemma, line });
    }
    // "graves" is WordNet's entry for the poet Graves and "states" for the United States; in running
    // text each is the plural of a common word, so a name-only entry yields to the lemma it may inflect.
    const exact = out[0];
    if (out.length > 1 && exact?.lemma === w && senseOffsets(exact.line).every((off) => writtenAsName(this.data[pos].lineAt(Number(off)), w))) out.push(out.shift() as { lemma: string; line: string });
    return out;
  }

  /**
   * Whether `word` (any inflection) is, in one of its two commonest senses, a noun of a person
   * or a group of people ("envoy"; "publisher": a firm, or a person who publishes; not "ministry").
   */
  isPersonNoun(word: string, groups = true, senses = 2): boolean {
    return this.firstSensesIn(word, groups ? [PERSON_NOUN_FILE, GROUP_NOUN_FILE] : [PERSON_NOUN_FILE], senses);
  }

  /** Whether the commonest sense of the noun `word` is a group of people or a body ("party", "newspaper" is not: a product). */
  isGroupNoun(word: string): boolean {
    return this.firstSensesIn(word, [GROUP_NOUN_FILE], 1);
  }

  /** Whether the commonest sense of the noun `word` is a place ("town", "port"; not "airline"). */
  isLocationNoun(word: string): boolean {
    return this.firstSensesIn(word, [LOCATION_NOUN_FILE], 1);
  }

  /** Whether one of the `senses` commonest senses of the noun `word` is a place: "Mississippi" (a river, then a state). */
  isPlaceInSenses(word: string, senses = 2): boolean {
    return this.firstSensesIn(word, [LOCATION_NOUN_FILE], senses);
  }

  /**
   * Whether the commonest sense of the adjective `word` pertains to a noun ("electoral" to
   * elections, "chemical", "military"): it says which kind a thing is, not how it is ("large", "new").
   */
  isRelationalAdjective(word: string): boolean {
    const first = this.entries(word, 'adj')[0];
    const off = first ? senseOffsets(first.line)[0] : undefined;
    return off !== undefined && / \\ \d{8} n /.test(this.data.adj.lineAt(Number(off)));
  }

  /** Whether WordNet has `word` as an adjective and never as a noun: "Islamic", not "Catholic" or "Tishrin". */
  isAdjectiveOnly(word: string): boolean {
    return this.lemmas(word, 'adj').length > 0 && this.lemmas(word, 'noun').length === 0;
  }

  /** Whether the commonest sense of the noun `word` is a place or a feature of the land ("town", "hills", "forest"). */
  isWhereNoun(word: string): boolean {
    return this.firstSensesIn(word, [LOCATION_NOUN_FILE, OBJECT_NOUN_FILE], 1);
  }

  /** Whether the commonest sense of the noun `word` is something said or written: a work ("play", "novel", "poem") or a text ("treaty"). */
  isCommunicationNoun(word: string): boolean {
    return this.firstSensesIn(word, [COMMUNICATION_NOUN_FILE], 1);
  }

  /** Whether the commonest sense of the noun `word` is a man-made thing ("prison", "hospital"; not "group", "human"). */
  isArtifactNoun(word: string): boolean {
    return this.firstSensesIn(word, [ARTIFACT_NOUN_FILE], 1);
  }

  /** Whether `word` names a way of a people, not a made thing: a nationality says which kind ("Javanese culture"; not "Chinese jets"). */
  isWayOfAPeople(word: string): boolean {
    return !this.isArtifactNoun(word) && this.firstSensesIn(word, WAY_OF_A_PEOPLE_FILES, 3);
  }

  /** Whether one of the two commonest senses of the noun `word` is an act or an event ("trial", "election", "game"; not "airport"). */
  isHappeningNoun(word: string): boolean {
    return this.firstSensesIn(word, HAPPENING_NOUN_FILES, 2);
  }

  /** Whether one of the two commonest senses of the noun `word` is an act, an event or a force of nature ("avalanche", "storm", "flood"). */
  isHappeningOrForceNoun(word: string): boolean {
    return this.firstSensesIn(word, [...HAPPENING_NOUN_FILES, PHENOMENON_NOUN_FILE], 2);
  }

  /** Whether one of the three (or `senses`) commonest senses of the noun `word` is money or property ("investment", "aid", "debt"; not "growth"). */
  isMoneyNoun(word: string, senses = 3): boolean {
    return this.firstSensesIn(word, [POSSESSION_NOUN_FILE], senses);
  }

  /**
   * Whether `word` is a word of the language: an adjective, or a noun WordNet writes in lower case
   * in one of its senses ("prime", "finance", "sun"); not a name it lists only with a capital
   * ("Netscape") nor one it does not list ("AOL").
   */
  isCommonWord(word: string): boolean {
    const lower = word.toLowerCase();
    const key = `common:${lower}`;
    const hit = this.senseFileCache.get(key);
    if (hit !== undefined) return hit;
    const found =
      this.entries(lower, 'adj').length > 0 ||
      this.entries(lower, 'noun').some((e) =>
        senseOffsets(e.line).some((off) => {
          const f = this.data.noun.lineAt(Number(off)).split(' ');
          const count = parseInt(f[3] ?? '0', 16);
          for (let i = 0; i < count; i++) if ((f[4 + i * 2] ?? '').replace(/\(.*\)$/, '') === e.lemma) return true;
          return false;
        }),
      );
    if (this.senseFileCache.size > 5000) this.senseFileCache.clear();
    this.senseFileCache.set(key, found);
    return found;
  }

  /** Whether one of the `senses` commonest noun senses of `word` is in one of the lexicographer files `files` (looked up once per word). */
  protected firstSensesIn(word: string, files: readonly number[], senses: number): boolean {
    const key = `${files.join(',')}/${senses}:${word.toLowerCase()}`;
    const hit = this.senseFileCache.get(key);
    if (hit !== undefined) return hit;
    const found = this.readSensesIn(word, files, senses);
    if (this.senseFileCache.size > 5000) this.senseFileCache.clear();
    this.senseFileCache.set(key, found);
    return found;
  }

  private readSensesIn(word: string, files: readonly number[], senses: number): boolean {
    const first = this.entries(word, 'noun')[0];
    return first !== undefined && senseOffsets(first.line).slice(0, senses).some((off) => files.includes(parseSynset(this.data.noun.lineAt(Number(off))).lexFile));
  }

  close(): void {
    for (const f of [...Object.values(this.index), ...Object.values(this.data)]) f.close();
  }
}
