/**
 * Tokens for Q&A retrieval: lower-cased words, stop words dropped, Porter-stemmed, and
 * folded onto a small general synonym table so "call off" meets "cancel" and "arms" meets
 * "weapons". Documents and questions go through the same function, so every index term
 * and query term lives in the same space.
 */
import { stemmer } from 'stemmer';
import { COUNTRY_GROUPS } from './gazetteer.ts';
import { perText } from './per-text.ts';
import { americanSpelling, fullFormOfClipping } from './spelling-variants.ts';

export interface Token {
  /** Canonical term: synonym concept ("~weapon") or Porter stem. */
  readonly term: string;
  /** Lower-cased surface word(s). */
  readonly word: string;
  /** Position among the kept tokens (for proximity). */
  readonly pos: number;
  /** UTF-16 offset of the word in the analysed text. */
  readonly start: number;
  readonly end: number;
}

/**
 * Verbs so common they match almost any sentence: never a paraphrase of a question's verb, nor
 * a synonym standing for its event ("see" for "meet": "was widely seen as a bid").
 */
/** Determiners that say whose something is: "his chief negotiator", "on his way". */
export const POSSESSIVE_DETERMINER = /^(?:his|her|its|their|our|my|your)$/;

export const LIGHT_VERBS: ReadonlySet<string> = new Set('be have do get go make take give hold put set keep come let see say tell find look run turn show call seem leave'.split(' '));

export const STOP_WORDS = new Set(
  ('a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just me more most my myself no nor not of off on once only or other our ours ourselves ' +
    'out over own same she should so some such than that the their theirs them themselves then there these they this those through ' +
    'to too under until up very was we were what when where which while who whom why will with would you your yours yourself ' +
    'yourselves also according said says say told tell ever yet still may might must shall us let lets s t don didn doesn isn wasn ' +
    'weren hasn haven hadn won wouldn couldn shouldn mr mrs ms dr whose whether anything something anyone anybody someone somebody thing things get got one ' +
    'kind sort type about any many much long often really actually exactly quite rather please know tell think done doing ' +
    'happen happens happened happening occur occurs occurred occurring else apart aside besides except addition additionally')
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * General synonym groups (news vocabulary, not tuned to any question). The first entry
 * names the concept. Multi-word entries are matched as phrases before single words.
 */
const SYNONYM_GROUPS: string[][] = [
  // "planned" is intent; a story about a plan can make the noun a document in its lexicon.yml.
  ['intend', 'intended', 'intends', 'intention', 'intent', 'meant to', 'means to', 'planned', 'planning', 'aim', 'aimed', 'aims', 'purpose', 'on purpose', 'deliberately', 'deliberate', 'intentionally', 'designed to'],
  ['weapon', 'weapons', 'weaponry', 'arms', 'armament', 'armaments', 'munition', 'munitions', 'ammunition', 'ammo', 'military hardware', 'military equipment'],
  ['aid', 'assistance', 'assist', 'assisting', 'assisted', 'help', 'helping', 'helped', 'support', 'supporting', 'supported'],
  ['cancel', 'cancelled', 'canceled', 'cancelling', 'canceling', 'call off', 'called off', 'calls off', 'calling off', 'scrap', 'scrapped', 'scrapping', 'postpone', 'postponed', 'shelve', 'shelved', 'scratch'],
  ['meet', 'met', 'meeting', 'meetings', 'talk', 'talks', 'talked', 'discussion', 'discussions', 'discuss', 'discussed', 'conversation', 'sit down', 'sat down', 'held talks', 'encounter'],
  ['warn', 'warned', 'warning', 'warnings', 'caution', 'cautioned', 'threaten', 'threatened', 'threatening', 'threat', 'threats'],
  ['react', 'reacted', 'reacting', 'reaction', 'reactions', 'respond', 'responded', 'responding', 'response', 'responses', 'reply', 'replied', 'retort', 'retorted', 'comment', 'commented', 'comments'],
  ['ask', 'asked', 'asking', 'request', 'requested', 'requesting', 'requests', 'demand', 'demanded'],
  ['concern', 'concerned', 'concerns', 'worry', 'worried', 'worries', 'fear', 'fears', 'uneasy'],
  ['consequence', 'consequences', 'repercussion', 'repercussions', 'ramification', 'ramifications', 'implication', 'implications'],
  ['deny', 'denied', 'denies', 'denial', 'refute', 'refuted', 'reject', 'rejected', 'rejects', 'dismiss', 'dismissed', 'rebuff', 'rebuffed'],
  ['company', 'companies', 'firm', 'firms', 'business', 'businesses', 'corporation', 'corporations', 'enterprise', 'enterprises'],
  ['assurance', 'assurances', 'guarantee', 'guaranteed', 'guarantees', 'promise', 'promised', 'pledge', 'pledged', 'assure', 'assured'],
  ['interview', 'interviewed', 'interviews'],
  // Continents and regions whose adjective ends in a country's word: "North American rights" are no United States' (gazetteer.ts folds "American").
  ['north america', 'north american', 'north americans'],
  ['south america', 'south american', 'south americans'],
  ['latin america', 'latin american', 'latin americans'],
  ['central america', 'central american', 'central americans'],
  ['trip', 'trips', 'visit', 'visited', 'visiting', 'travel', 'travelled', 'traveled', 'tour', 'journey'],
  ['war', 'conflict', 'fighting', 'combat', 'hostilities'],
  ['leader', 'leaders', 'leadership', 'president'],
  ['relation', 'relations', 'relationship', 'ties'],
  ['sanction', 'sanctions', 'sanctioned'],
  ['call', 'called', 'calls', 'calling', 'refer', 'referred', 'refers', 'describe', 'described', 'describes', 'label', 'labelled', 'labeled', 'dub', 'dubbed', 'characterise', 'characterize', 'characterization', 'characterisation'],
  ['act', 'acts', 'action', 'actions', 'conduct', 'behaviour', 'behavior', 'measures'],
  ['condemn', 'condemned', 'denounce', 'denounced', 'denouncing', 'criticise', 'criticize'],
  // A general news-domain paraphrase lexicon: verbs of doubting, refusing, urging, tolerating,
  // opposing, and words for degree, change, trade and rank that reporters use interchangeably.
  ['uncertain', 'unsure', 'not sure', 'unclear', 'doubt', 'doubts', 'doubtful', 'undecided'],
  ['refrain', 'refrained', 'refraining', 'hold back', 'held back', 'holding back', 'withhold', 'withheld', 'stop short', 'stopped short', 'shy away', 'shied away'],
  ['decline', 'declined', 'declines', 'refuse', 'refused', 'refuses', 'refusal'],
  ['tolerate', 'tolerated', 'tolerating', 'stand for', 'put up with', 'accept', 'accepted', 'unacceptable', 'acceptable'],
  ['ask', 'urge', 'urged', 'urges', 'urging', 'call on', 'called on', 'calls on', 'calling on', 'pressed', 'appeal', 'appealed', 'implore', 'implored', 'encourage', 'encouraged'],
  ['oppose', 'opposed', 'opposes', 'opposing', 'opposition', 'block', 'blocked', 'blocking', 'obstruct', 'obstructed', 'obstructing', 'hinder', 'hindered', 'resist', 'resisted', 'thwart', 'undermine', 'undermined', 'undermining'],
  ['negotiation', 'negotiations', 'negotiate', 'negotiated', 'negotiating', 'peace talks'],
  ['stop', 'stopped', 'stopping', 'halt', 'halted', 'prevent', 'prevented', 'deter', 'deterred', 'dissuade', 'dissuaded'],
  ['conference', 'conferences', 'gathering', 'summit', 'summits', 'forum', 'convention'],
  ['gear', 'kit', 'equipment', 'protective equipment'],
  ['senior', 'most senior', 'highest ranking', 'high ranking', 'top ranking', 'top level', 'high level'],
  ['tension', 'tensions', 'tense', 'strained', 'strain', 'strains', 'fraught', 'frosty'],
  ['deteriorate', 'deteriorated', 'deteriorating', 'deterioration', 'worsen', 'worsened', 'worsening', 'sour', 'soured', 'souring'],
  ['grow', 'grows', 'growing', 'growth', 'increase', 'increased', 'increasing', 'rise', 'rising', 'rose', 'expand', 'expanded', 'expanding', 'climb', 'climbing', 'uptick', 'escalate', 'escalated', 'escalation'],
  ['trade', 'traded', 'trading', 'commerce'],
  ['tough', 'toughest', 'heavy', 'heavier', 'heaviest', 'fierce', 'fiercest', 'intense', 'intensest', 'bloody', 'bloodiest'],
  ['initially', 'at first', 'originally', 'early on', 'in the beginning', 'at the outset'],
  ['hope', 'hoped', 'hopes', 'hoping', 'expect', 'expected', 'expects', 'expecting', 'expectation', 'expectations', 'anticipate', 'anticipated', 'count on', 'counted on'],
  ['identify', 'identified', 'identifies', 'name', 'named', 'names', 'single out', 'singled out'],
  ['mock', 'mocked', 'mocking', 'ridicule', 'ridiculed', 'deride', 'derided', 'scoff', 'scoffed', 'taunt', 'taunted'],
  ['distance', 'distanced', 'distancing', 'keep its distance', 'kept its distance', 'keep their distance'],
  ['pressure', 'pressured', 'pressuring', 'coercion', 'coerce', 'coerced', 'intimidation', 'intimidate', 'bully', 'bullying'],
  ['country', 'countries', 'nation', 'nations', 'member states', 'member countries'],
  // "try" with an infinitive is an attempt; alone, "be tried" is a trial ("Where will Xu be tried?" is not "trying to form a party").
  ['try to', 'tried to', 'tries to', 'trying to', 'attempt', 'attempted', 'attempts', 'attempting', 'seek', 'seeking', 'seeks', 'look to', 'looked to', 'looking to', 'looks to'],
  ['people', 'person', 'persons', 'individual', 'individuals'],
  ['believe', 'believed', 'believes', 'believing', 'think', 'thinks', 'thought'],
  ['begin', 'began', 'begun', 'begins', 'beginning', 'start', 'started', 'starting', 'starts', 'commence', 'commenced'],
  ['die', 'died', 'dies', 'dying', 'dead', 'death', 'deaths'],
];

/** Words ending in "ship" that name a ship or something else than a state or office. */
const NOT_A_STATE = new Set(['battleship', 'warship', 'spaceship', 'flagship', 'airship', 'starship', 'steamship', 'hardship', 'worship', 'township', 'midship']);

/** Irregular verb forms and comparatives the Porter stemmer leaves alone, mapped to their base word. */
const BASE_FORMS: Record<string, string> = {
  grown: 'grow', grew: 'grow', took: 'take', taken: 'take', spoke: 'speak', spoken: 'speak', thought: 'think', brought: 'bring',
  held: 'hold', led: 'lead', made: 'make', began: 'begin', begun: 'begin', broke: 'break', broken: 'break', chose: 'choose',
  chosen: 'choose', drew: 'draw', drawn: 'draw', drove: 'drive', driven: 'drive', fell: 'fall', fallen: 'fall', flew: 'fly',
  flown: 'fly', froze: 'freeze', frozen: 'freeze', hid: 'hide', hidden: 'hide', kept: 'keep', knew: 'know', known: 'know',
  left: 'leave', lost: 'lose', paid: 'pay', ran: 'run', rose: 'rise', risen: 'rise', saw: 'see', seen: 'see', sold: 'sell',
  stood: 'stand', struck: 'strike', taught: 'teach', threw: 'throw', thrown: 'throw', understood: 'understand', wrote: 'write',
  written: 'write', went: 'go', gone: 'go', came: 'come', became: 'become', found: 'find', heard: 'hear', meant: 'mean',
  sought: 'seek', fought: 'fight', caught: 'catch', felt: 'feel', built: 'build', spent: 'spend', dealt: 'deal', won: 'win',
  closer: 'close', closest: 'close', bigger: 'big', biggest: 'big', larger: 'large', largest: 'large', higher: 'high',
  highest: 'high', stronger: 'strong', strongest: 'strong', greater: 'great', greatest: 'great', longer: 'long',
  longest: 'long', worse: 'bad', worst: 'bad', better: 'good', best: 'good', wider: 'wide', deeper: 'deep',
  european: 'europe',
  // British spellings of the same words: "bitterness amongst the members" is "among" them.
  amongst: 'among', amidst: 'amid', whilst: 'while', unto: 'to',
  // The rest of the common English irregular verbs; not forms that are more often other words
  // in news ("bit", "bound", "fed", "spat", "wound").
  arose: 'arise', arisen: 'arise', ate: 'eat', eaten: 'eat', beat: 'beat', beaten: 'beat', bent: 'bend', 
  bitten: 'bite', blew: 'blow', blown: 'blow', bore: 'bear', borne: 'bear', bought: 'buy', bred: 'breed',
  burnt: 'burn', clung: 'cling', crept: 'creep', dug: 'dig', fled: 'flee', flung: 'fling', forbade: 'forbid',
  forbidden: 'forbid', forgave: 'forgive', forgiven: 'forgive', forgot: 'forget', forgotten: 'forget', gave: 'give',
  given: 'give', got: 'get', gotten: 'get', hung: 'hang', laid: 'lay', lain: 'lie', lent: 'lend', lit: 'light', met: 'meet',
  mistook: 'mistake', mistaken: 'mistake', overcame: 'overcome', overran: 'overrun', oversaw: 'oversee', overseen: 'oversee',
  overthrew: 'overthrow', overthrown: 'overthrow', rang: 'ring', rung: 'ring', rode: 'ride', ridden: 'ride', sang: 'sing',
  sung: 'sing', sank: 'sink', sunk: 'sink', sent: 'send', shook: 'shake', shaken: 'shake', shone: 'shine', shot: 'shoot',
  shown: 'show', shrank: 'shrink', shrunk: 'shrink', slept: 'sleep', slid: 'slide', sped: 'speed', spun: 'spin',
  sprang: 'spring', sprung: 'spring', stole: 'steal', stolen: 'steal', stuck: 'stick', stung: 'sting', strove: 'strive',
  striven: 'strive', swore: 'swear', sworn: 'swear', swept: 'sweep', swam: 'swim', swum: 'swim', swung: 'swing', tore: 'tear',
  torn: 'tear', told: 'tell', undertook: 'undertake', undertaken: 'undertake', upheld: 'uphold', woke: 'wake',
  woken: 'wake', wore: 'wear', worn: 'wear', wove: 'weave', woven: 'weave', wept: 'weep', withdrew: 'withdraw',
  withdrawn: 'withdraw', withheld: 'withhold', wrung: 'wring', slain: 'slay',
  sat: 'sit', stank: 'stink', strode: 'stride', strung: 'string', thrust: 'thrust', trod: 'tread',
  trodden: 'tread', underwent: 'undergo', undergone: 'undergo', foresaw: 'foresee', foreseen: 'foresee', mislead: 'mislead',
  misled: 'mislead', outgrew: 'outgrow', rebuilt: 'rebuild', retook: 'retake', retaken: 'retake', rewrote: 'rewrite',
  // The stemmer makes "try" "try" but "tried" "tri".
  tried: 'try', tries: 'try', trying: 'try',
};

const SINGLE = new Map<string, string>();
/** The groups' words as written: a word is read by its own entry before its stem's ("tens" is no "tense"). */
const SINGLE_WORDS = new Map<string, string>();
/** First word → phrases (as word arrays) starting with it, longest first. */
const PHRASES = new Map<string, { words: string[]; term: string }[]>();

/** Adds a synonym group; its first entry names the concept (an existing concept grows). */
function addGroup(group: readonly string[]): void {
  const head = group[0];
  if (head === undefined) return;
  const concept = SINGLE.get(head) ?? `~${head}`;
  for (const entry of group) {
    const words = entry.split(' ');
    if (words.length === 1) {
      SINGLE.set(entry, concept);
      SINGLE_WORDS.set(entry, concept);
      SINGLE.set(stemmer(entry), concept);
    } else {
      const first = words[0] as string;
      const list = PHRASES.get(first) ?? [];
      if (list.some((p) => p.words.join(' ') === entry)) continue;
      list.push({ words, term: concept });
      list.sort((a, b) => b.words.length - a.words.length);
      PHRASES.set(first, list);
    }
  }
}

for (const group of SYNONYM_GROUPS) addGroup(group);

/** The general synonym groups written in code (a story's own groups come from its lexicon.yml). */
export function builtInSynonymGroups(): ReadonlyArray<readonly string[]> {
  return SYNONYM_GROUPS;
}
// Countries fold with their capitals and demonyms, from general data (gazetteer.ts).
for (const group of COUNTRY_GROUPS) addGroup(group);

/**
 * Adds a topic's own synonyms (briefs/<topic>/lexicon.yml): words its sources use for the
 * same thing. Returns true when anything was new (indexes built before must be rebuilt).
 */
export function addSynonymGroups(groups: ReadonlyArray<readonly string[]>): boolean {
  let changed = false;
  for (const group of groups) {
    const head = group[0];
    const concept = head === undefined ? undefined : (SINGLE.get(head) ?? `~${head}`);
    if (group.some((w) => (w.includes(' ') ? !(PHRASES.get(w.split(' ')[0] as string) ?? []).some((p) => p.words.join(' ') === w) : SINGLE.get(w) !== concept))) changed = true;
    addGroup(group);
  }
  if (changed) {
    stemCache.clear();
    analyzed.clear();
  }
  return changed;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu;

const stemCache = new Map<string, string>();

/** Canonical term of one lower-cased word (stem or concept), or null for a stop word. */
/** `s` with the characters a regular expression reads specially escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The term of the ordinal of the numeral `n`, however it is written ("11th", "game 11"). */
function ordinalTerm(n: string): string {
  return `${n}th`;
}

export function termOf(word: string): string | null {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached === '' ? null : cached;
  // "can't", "don't", "won't": a negated auxiliary, no content word (negation is read from the
  // text); "we're", "they've", "I'll": a pronoun and its auxiliary.
  let w = word.replace(/’/g, "'").replace(/'(?:s|re|ve|ll|d|m)$/, '');
  if (w.endsWith("n't")) w = '';
  const base = BASE_FORMS[w];
  // "the longest of the match": a comparative or superlative is a content word, though its
  // positive is a question's word and no term ("How long ...?").
  const graded = base !== undefined && /(?:er|est)$/.test(w) && STOP_WORDS.has(base);
  w = base ?? fullFormOfClipping(americanSpelling(w));
  // The noun of a verb in -de is its verb: "decision" / "decide", "invasion" / "invade",
  // "conclusion" / "conclude" (the stemmer keeps them apart).
  const sion = /^(.{3,}[aeiou])sions?$/.exec(w);
  if (sion) w = `${sion[1] as string}de`;
  // The state or office of a person is the person's word: "dictatorship" / "dictator",
  // "membership" / "member", "ownership" / "owner" (not a ship: "warship", "hardship").
  const ship = /^(.{5,})ships?$/.exec(w);
  if (ship && !NOT_A_STATE.has(w.replace(/s$/, ''))) w = ship[1] as string;
  // The stemmer cuts "-ence" from "experience" but leaves "experienced" as "experienc": the -ed
  // and -ing forms of a word in -nce stem as the word ("experienced", "influencing", "advanced").
  const nce = /^(.{3,}n)c(?:ed|ing)$/.exec(w);
  if (nce) w = `${nce[1] as string}ce`;
  let out: string | null;
  if ((STOP_WORDS.has(w) && !graded) || w.length === 0) out = null;
  else {
    // "tens" (of thousands) is the stem of "tense", not a word of its group: a word's own stem decides.
    const direct = SINGLE_WORDS.get(w);
    if (direct) out = direct;
    else {
      // "the 1st", "the 21st", "the 11th": one way of writing an ordinal ("game 11" is read as one: analyzeText).
      const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
      const stem = ordinal ? ordinalTerm(ordinal[1] as string) : /^\d/.test(w) ? w : stemmer(w.replace(/'/g, ''));
      out = SINGLE.get(stem) ?? stem;
    }
  }
  if (stemCache.size < 200_000) stemCache.set(word, out ?? '');
  return out;
}

interface RawWord {
  word: string;
  start: number;
  end: number;
}

/** The same words for text whose letters are all ASCII (most news copy): a much faster regex. */
const ASCII_WORD_RE = /[A-Za-z0-9]+(?:[.'\u2019-][A-Za-z0-9]+)*/g;
/** A letter or digit outside ASCII: the text needs the Unicode word pattern. */
const NON_ASCII_WORD_CHAR = /[^\x00-\x7f\u2000-\u206f\u00a0]/;

/** Abbreviated titles before a name, as news copy writes them. */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  Sen: 'senator', Sens: 'senators', Rep: 'representative', Reps: 'representatives', Gov: 'governor', Govs: 'governors',
  Gen: 'general', Lt: 'lieutenant', Col: 'colonel', Adm: 'admiral', Sgt: 'sergeant', Atty: 'attorney', Supt: 'superintendent',
};

function rawWords(text: string): RawWord[] {
  const out: RawWord[] = [];
  const re = NON_ASCII_WORD_CHAR.test(text) ? WORD_RE : ASCII_WORD_RE;
  for (const m of text.matchAll(re)) {
    const surface = m[0];
    // "US" in capitals is the country, not the pronoun.
    // "Sen. Trent Lott", "Gov. Gray Davis": a title's abbreviation is the title.
    const title = text[m.index + surface.length] === '.' ? TITLE_ABBREVIATIONS[surface] : undefined;
    const word = surface === 'US' || surface === 'U.S' ? 'usa' : title ?? surface.toLowerCase();
    // "Asia-focused" → "asia", "focused"; "non-lethal" stays one word (the prefix flips the meaning).
    if (word.includes('-') && !/^(?:non|anti|un|counter|ex)-/.test(word)) {
      let at = m.index;
      for (const part of word.split('-')) {
        if (part) out.push({ word: part, start: at, end: at + part.length });
        at += part.length + 1;
      }
      continue;
    }
    out.push({ word, start: m.index, end: m.index + surface.length });
  }
  return out;
}

/** Tokenises `text` into canonical terms with positions; stop words are dropped. */
export function analyze(text: string): readonly Token[] {
  return analyzed(text);
}

/** Texts already analysed (per-text.ts); emptied with the term cache when a topic's synonyms change what a word means. */
const analyzed = perText(analyzeText);

/** Nouns of things numbered in order, whose number follows them: "game 11", "stage 3", "round 2" (general English). */
const NUMBERED_NOUNS: ReadonlySet<string> = new Set('game stage round leg heat race match set hole lap episode chapter section article clause paragraph phase level grade division group gate terminal platform lane flight route'.split(' '));

function analyzeText(text: string): Token[] {
  const words = rawWords(text);
  const out: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as RawWord;
    const phrases = PHRASES.get(w.word);
    let matched = false;
    if (phrases) {
      for (const p of phrases) {
        // The last word may carry a possessive: "North Korea's" is the phrase "north korea".
        const n = p.words.length;
        if (p.words.every((pw, k) => { const x = words[i + k]?.word; return x === pw || (k === n - 1 && x !== undefined && x.replace(/[’']s$/, '') === pw); })) {
          const last = words[i + p.words.length - 1] as RawWord;
          out.push({ term: p.term, word: p.words.join(' '), pos: out.length, start: w.start, end: last.end });
          i += p.words.length - 1;
          matched = true;
          break;
        }
      }
    }
    if (matched) continue;
    // "game 11", "stage 3": a numeral after the noun of a numbered thing is its ordinal, as "the 11th
    // game" writes it; not "14 games", a count.
    if (/^\d{1,3}$/.test(w.word) && i > 0 && NUMBERED_NOUNS.has(words[i - 1]?.word ?? '') && /^\s+$/.test(text.slice(words[i - 1]?.end ?? 0, w.start))) {
      out.push({ term: ordinalTerm(w.word), word: w.word, pos: out.length, start: w.start, end: w.end });
      continue;
    }
    const term = termOf(w.word);
    if (term !== null) out.push({ term, word: w.word, pos: out.length, start: w.start, end: w.end });
  }
  return out;
}

/** Porter stem of a lower-cased word, ignoring the synonym table ("names" → "name"). */
export function stemOf(word: string): string {
  return stemmer(word.replace(/[’']s$/, ''));
}

/** The distinct terms of `text`. */
export function termSet(text: string): Set<string> {
  return new Set(analyze(text).map((t) => t.term));
}
