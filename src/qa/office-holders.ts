/**
 * Who holds the office a question asks about: "Who is the president of Honduras?", "Who is
 * Nicaragua's vice president?", "Who is the Honduran agriculture minister?". A sentence
 * answers only if someone in it holds that office: the same title at the same rank ("Vice
 * President Al Gore" is not a president, nor a former one the president), and not tied to
 * another country, in the sentence ("U.S. President Bill Clinton") or wherever the documents
 * introduce the holder (the speaker profiles). Countries come from the gazetteer, titles from
 * the general list of titles, so this holds for any story.
 */
import { ROLE_Q_RE, roleHeldIn, roleNoun } from './role-holders.ts';
import { isTitleWord } from './entities.ts';
import { countryTermOf, isCountryTerm } from './gazetteer.ts';
import { bodyAfter, countriesNamed, countryAt, countryOfTitle, leadCountry, namedOwnerBefore, ownerBefore, portfolioAfter, portfolioBefore, rankBefore, titleAfter, visitsCountry, wordsOf, type Word } from './title-phrases.ts';
import { verbForms, wordNet } from './wordnet.ts';
import { heldIn, namedCapitalised, namesKindOf, profileCountries, sameName } from './held-titles.ts';
import type { TopicIndex, Unit } from './qa-index.ts';
import { analyze, escapeRegExp, termOf } from './text-analysis.ts';
import { datelineOf } from '../content/dateline.ts';

/** The office a "who" question asks about. */
export interface AskedOffice {
  /** The title word, lower case ("president", "minister"), or a role noun ("mediator", "publisher"). */
  title: string;
  /** A role noun that is not a title: held by whoever the sentence names next to it. */
  role?: boolean;
  /** Whose role it is, when the question says: the owner's words ("the government's lawyer" → ["government"]). */
  owner?: string[];
  /** A rank before the title ("vice", "deputy", "former"), or null. */
  rank: string | null;
  /** The portfolio words before the title, as terms ("defense minister" → ["defens"]); [] when none. */
  portfolio?: string[];
  /**
   * What the office is of, after the title ("the leader of the Congolese rebels" → ["rebel"]):
   * the sentence must tie the title to it, before it ("rebel leader") or near it ("the
   * committee's secretary", "president of the Red Cross federation").
   */
  of?: string[];
  /** The country concept it belongs to ("~honduras"), or null when the question names none. */
  country: string | null;
  /**
   * When the question asks with the office's verb ("Who leads Islamic Jihad?", "Who commands the
   * army?"): the verb's forms and the terms of what it acts on. A sentence that uses the verb on
   * that ("Shallah, who leads Islamic Jihad") says who holds the office without its title.
   */
  verb?: { term: string; forms: RegExp; object: readonly string[]; bodyNames?: readonly string[] };
  /** Other titles that hold the office as well: whoever heads a body, asked with a verb ("Who heads the bank?" / "bank chairman X"). */
  titles?: ReadonlySet<string>;
  /**
   * Asked by a title of whoever heads a body, "the head of the German Bundesbank": the terms of
   * the body, which a sentence may say its head runs, leads or heads ("Hans Tietmeyer, who runs
   * the German Bundesbank").
   */
  headOf?: readonly string[];
  /** Words that go on the title, as terms ("chief financial officer" → financi, offic): the sentence's title must have them too. */
  qualifiers?: readonly string[];
  /** Names the question gives besides the office's ("before Sharon"), lower case: a holder by one of them is not the one asked for. */
  named?: readonly string[];
  /** The proper name whose office it is, lower case ("Sun Microsystems' chief executive" → sun, microsystems): a title another name owns is another's. */
  namedOwner?: readonly string[];
}

/** "Who(m) did / will / has <subject> ...": the wh-word is the object of a verb whose subject follows. */
const WHO_DID_SUBJECT_RE = /^\s*(?:and\s+)?(?:who|whom)\s+(?:did|does|do|will|would|can|could|should|might|may|has|have|had)\s+(?:the|a|an|his|her|its|their)\s/i;
/** Words before a name that is not the holder asked for: "before Sharon", "after Levy", "besides Case". */
const OTHER_THAN = /^(?:before|after|than|besides|replacing|succeeding|preceding|following|except)$/;
/** Words that open a clause of their own in a question, after its verb: "until", "when", "because". */
const CLAUSE_OPENER = /^(?:until|till|unless|while|when|because|since|if|although|though|once)$/;
/** Titles that address a person without naming an office. */
const COURTESY = /^(?:mr|mrs|ms|dr|miss|sir)$/;

/** The office asked about by a "who" question, or null when it asks about none. */
/** "Who dismissed the governor?": a verb right after "who", then a determiner and (further on) the title (group 1, the verb). */
const WHO_ACTS_ON_RE = /^\s*(?:and\s+)?who\s+(?:(?:has|had|have|will|would|did|might|could|may)\s+)?(\p{Ll}+)\s+(?:the|a|an|his|her|its|their|this|that)\s/iu;
/** Verbs that say who holds a title, not what was done to its holder: "is", "became", "replaced", "succeeded", "heads". */
const HOLDING_VERB = /^(?:is|was|are|were|be|been|become|becomes|became|remain|remains|remained|serve|serves|served|replace|replaces|replaced|succeed|succeeds|succeeded|follow|follows|followed|head|heads|headed|lead|leads|led|run|runs|ran|chair|chairs|chaired|hold|holds|held|command|commands|commanded|direct|directs|directed|manage|manages|managed|own|owns|owned|govern|governs|governed|rule|rules|ruled|oversee|oversees|oversaw|represent|represents|represented|now)$/;

export function askedOffice(question: string): AskedOffice | null {
  // "Which U.S. official criticized ...?": a title with its country, asked with "which", is an office too.
  const asksWho = /^\s*(?:and\s+)?(?:who|whom)\b/i.test(question);
  if (!asksWho && !WHICH_COUNTRY_TITLE_RE.test(question)) return null;
  // "Whom did the federation chairman blame?", "Who will the president appoint?": the title is the
  // subject, and the question asks whom its holder acts on, not who holds it.
  if (WHO_DID_SUBJECT_RE.test(question)) return null;
  // "Who dismissed the central bank governor?", "Who fired the minister?": the title is the verb's object; the doer is asked.
  const acted = WHO_ACTS_ON_RE.exec(question)?.[1]?.toLowerCase();
  if (acted !== undefined && !HOLDING_VERB.test(acted) && (wordNet()?.lemmas(acted, 'verb').length ?? 0) > 0) return null;
  const words = wordsOf(question);
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word;
    if (!isTitleWord(w.lower) || COURTESY.test(w.lower)) continue;
    // "Who won the governor's race?", "Who might replace Armey as majority leader?": the title
    // qualifies something else, or is the office an act is about; the question asks for no holder.
    if (/['’]s?$/.test(w.text) || words.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'as')) continue;
    // "Who will run the city until a new mayor is elected?": a title in a clause of its own is what that clause is about.
    if (words.slice(1, i).some((x) => CLAUSE_OPENER.test(x.lower))) continue;
    const { rank, at } = rankBefore(words, i);
    const country = countryOfTitle(words, i, at);
    // "the airport's director" is the director of the airport.
    const owner = ownerBefore(words, i);
    const qualifiers = titleAfter(words, i, (x) => wordNet()?.isPersonNoun(x) === true);
    // What it is of follows the whole title: "the chief executive of AOL".
    const end = i + qualifiers.length;
    const of = [...portfolioAfter(words, end), ...owner];
    const headOf = HEAD_TITLES.has(w.lower) ? [...bodyAfter(words, end), ...owner] : [];
    const namedOwner = namedOwnerBefore(words, i);
    // "Who was Israel's foreign minister before Sharon?": Sharon is not the answer.
    const other = words.findIndex((x, k) => k > i && OTHER_THAN.test(x.lower));
    const named = other < 0 ? [] : words.filter((x, k) => k > other && /^\p{Lu}/u.test(x.text) && !isTitleWord(x.lower) && countryAt(words, k) === null).map((x) => x.lower);
    // "Which Pentagon official ...": only a country makes a "which" question one for an office's holder.
    if (country === null && !asksWho) return null;
    return { ...(named.length > 0 ? { named } : {}), ...(namedOwner.length > 0 ? { namedOwner } : {}), title: w.lower, rank, portfolio: portfolioBefore(words, i, true), ...(of.length > 0 ? { of } : {}), ...(headOf.length > 0 ? { headOf } : {}), ...(qualifiers.length > 0 ? { qualifiers } : {}), country };
  }
  const byVerb = officeOfVerb(question);
  if (byVerb) return byVerb;
  const role = ROLE_Q_RE.exec(question);
  const noun = role ? roleNoun(role[2] as string) : null;
  if (!noun) return null;
  const ownerPhrase = /^(?!(?:the|an?)$)(?:the\s+)?((?:[\p{L}.-]+\s+){0,2}[\p{L}.-]+?)['’]s?$/iu.exec(role?.[1] ?? '')?.[1];
  const owner = ownerPhrase?.toLowerCase().split(/\s+/);
  const at = words.findIndex((w) => w.lower === noun);
  const headOf = HEAD_TITLES.has(noun) && at > 0 ? bodyAfter(words, at) : [];
  const roleOffice: AskedOffice = { title: noun, role: true, rank: null, country: null, ...(headOf.length > 0 ? { headOf } : {}) };
  return owner && !countryTermOf(ownerPhrase ?? '') ? { ...roleOffice, owner } : roleOffice;
}

/** Titles as news writes them before a name: "Gen. Dieter Stoeckmann" is a general. */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = { gen: 'general', sen: 'senator', rep: 'representative', gov: 'governor', col: 'colonel', lt: 'lieutenant', adm: 'admiral', capt: 'captain', sgt: 'sergeant', cmdr: 'commander', pres: 'president', sec: 'secretary' };

/** "Which U.S. official ...", "which Israeli minister ...": "which", a capitalised country word or two, then a word in lower case (the title, if it is one). */
const WHICH_COUNTRY_TITLE_RE = /^\s*(?:[Aa]nd\s+)?[Ww]hich\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,2}\p{Ll}/u;

/** "Who leads X?", "Who currently heads X?", "who commanded X": the verb and what follows it. */
const OFFICE_VERB_Q_RE = /^\s*(?:[Aa]nd\s+)?[Ww]ho\s+(?:now\s+|currently\s+|formerly\s+)?(\p{Ll}+)\s+([^?]+)/u;
/** Titles of whoever is in charge of a body: any of them answers "Who leads / heads / chairs / commands X?". */
const HEAD_TITLES: ReadonlySet<string> = new Set(['head', 'chief', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'leader', 'commander', 'president', 'governor']);
/** Verbs of being in charge of a body, general English: "the board, headed by Paul Rieder" answers who led it. */
export const HEAD_VERBS = ['lead', 'head', 'chair', 'direct', 'command', 'run', 'govern', 'manage'];
/** Words before a verb's bare form that make it a verb, not the noun it shares a spelling with. */
const MODAL_OR_TO = /^(?:to|will|would|may|might|can|could|shall|should|must|did|does|do|not)$/;
/** Particles that make an office verb another verb: "head off", "head for", "run out", "run up". */
const PARTICLE_AFTER = /^(?:off|for|out|up|down|back|away|into|toward|towards|home)$/;
/** A verb's inflected forms, regular or the irregular pasts of the office verbs. */
const INFLECTED = /(?:s|ed|ing)$|^(?:led|ran|held)$/;
/** How far after the office's verb a word of its object may be and still be what the verb acts on. */
const OBJECT_WINDOW = 4;

/**
 * The title a verb of holding an office stands for: the verb itself when it is a title
 * ("chairs"), else its WordNet noun of who does it, when that is a title ("leads" → leader,
 * "commands" → commander, "governs" → governor); a verb with no such noun of its own goes by its
 * synonyms ("heads" → lead → leader). "Who runs ...?" has one, "runner", which is no title.
 */
function titleOfVerb(verb: string): string | null {
  const wn = wordNet();
  if (!wn) return null;
  const lemma = wn.lemmas(verb, 'verb')[0];
  if (!lemma || lemma === verb) return null;
  if (isTitleWord(lemma)) return lemma;
  const agents = (w: string): string[] => wn.derived(w).filter((d) => d.agent).map((d) => d.word);
  const derived = wn.derived(lemma);
  if (derived.length > 0) return derived.find((d) => d.agent && isTitleWord(d.word))?.word ?? null;
  for (const synonym of wn.related(lemma, 'verb', 2).synonyms) {
    const title = agents(synonym).find((w) => HEAD_TITLES.has(w));
    if (title) return title;
  }
  return null;
}

/** "Who leads the rebels?" asked as "Who is the leader of the rebels?", with the verb kept to match a sentence that uses it. */
function officeOfVerb(question: string): AskedOffice | null {
  const m = OFFICE_VERB_Q_RE.exec(question);
  const verb = m?.[1] as string;
  // An inflected verb only: "Who leads", "who led"; not "Who is", "who the ...".
  if (!m || !/(?:s|ed)$|^(?:led|ran|held)$/.test(verb) || /^(?:is|was|has|does)$/.test(verb) || isTitleWord(verb)) return null;
  const title = titleOfVerb(verb);
  if (!title) return null;
  const object = m[2] as string;
  const asked = askedOffice(`Who is the ${title} of ${object}?`);
  if (!asked || asked.title !== title) return null;
  const lemma = wordNet()?.lemmas(verb, 'verb')[0] ?? verb;
  const terms = wordsOf(object).map((w) => termOf(w.lower)).filter((t): t is string => t !== null);
  // The names in it, not a country's: "NATO" in "NATO's forces in Europe".
  const bodyNames = wordsOf(object).filter((w) => /^\p{Lu}/u.test(w.text) && !isCountryTerm(termOf(w.lower) ?? '')).map((w) => termOf(w.lower)).filter((t): t is string => t !== null);
  // Whoever heads a body may be said to lead, head, chair or run it: any of those verbs will do.
  const head = HEAD_TITLES.has(title);
  const verbs = head ? [lemma, ...HEAD_VERBS] : [lemma];
  return { ...asked, titles: head ? HEAD_TITLES : new Set([title]), verb: { term: termOf(verb) ?? lemma, forms: new RegExp(`\\b(?:${verbs.flatMap((v) => verbForms(v)).join('|')})\\b`, 'i'), object: terms, bodyNames } };
}

/** The verbs of heading a body in the third person or past ("runs", "led"): their bare forms are nouns as often ("a run on the bank"), their -ing forms adjectives ("the leading bank"). */
const HEAD_VERB_FORMS = new RegExp(`^(?:${HEAD_VERBS.flatMap((v) => verbForms(v).filter((f) => f !== v && !f.endsWith('ing'))).join('|')})$`);

/** Whether `text` uses the asked office's verb on its object ("Shallah, who leads Islamic Jihad"). */
function verbHeldIn(text: string, verb: NonNullable<AskedOffice['verb']>): boolean {
  const words = wordsOf(text);
  const isObject = (x: Word): boolean => verb.object.includes(termOf(x.lower) ?? x.lower);
  return words.some((w, i) => {
    if (!verb.forms.test(w.lower)) return false;
    // A bare form is a verb only after "to" or a modal ("to head the agency"): "deputy head of the
    // World Food Program" is the title, "direct assistance programs" an adjective.
    if (!INFLECTED.test(w.lower) && !MODAL_OR_TO.test(words[i - 1]?.lower ?? '')) return false;
    // "to head off NATO action", "headed for the border": a verb with a particle is another verb.
    if (PARTICLE_AFTER.test(words[i + 1]?.lower ?? '')) return false;
    if (words.slice(i + 1, i + 1 + OBJECT_WINDOW).some(isObject)) return true;
    // The passive, with its holder after "by": "The board, headed by Swiss engineer Paul Rieder".
    return words[i + 1]?.lower === 'by' && words.slice(Math.max(0, i - OBJECT_WINDOW), i).some(isObject);
  });
}

/** ", whose head, Klaudia Berger,": a relative clause naming who heads what it follows. */
const WHOSE_HEAD_RE = /,\s+whose\s+(?:head|chief|leader|director|chairman|chairwoman|chairperson|president|boss)\s*,?\s+\p{Lu}/u;

/** Whether `text` names the head of a body the question asks about (`object`, terms) in a relative clause right after it. */
function headedByWhose(text: string, object: readonly string[]): boolean {
  const m = WHOSE_HEAD_RE.exec(text);
  if (!m) return false;
  return wordsOf(text.slice(0, m.index)).slice(-OBJECT_WINDOW).some((x) => object.includes(termOf(x.lower) ?? x.lower));
}

/** How far from a title a word may be and still say what the office is of. */
const NEAR_TITLE = 4;
/** ... and still name the body an office asked with a verb is of ("the bid committee, under the direction of former president Thomas Welch"). */
const NEAR_VERB_TITLE = 8;
/**
 * How the sentence fits the asked office:
 * - `confirmed`: someone holds it, tied to the asked country in the sentence or the documents;
 * - `possible`: someone holds the title at the asked rank, of no known country;
 * - `loose`: the same, in a sentence that names another country, so whose office it is stays open;
 * - `other`: every use of the title is another office (another rank, another country's);
 * - `absent`: no one in it holds the title, nor a word for it ("leader" for "president").
 */
export type OfficeMatch = 'confirmed' | 'possible' | 'loose' | 'other' | 'absent';

/** Whether a holder's title is tied to nothing: no portfolio, owner, body, country or words of what it is of after it. */
function holdsNothingElse(h: ReturnType<typeof heldIn>[number]): boolean {
  return h.portfolio.length === 0 && h.after.size === 0 && h.namedBy === null && h.bodyAfter.length === 0 && (h.ownerBefore?.size ?? 0) === 0 && !h.country && !h.ofBody && !h.backRef;
}

/** Whether `named` holds a country other than `country`. */
function namesOther(named: ReadonlySet<string>, country: string): boolean {
  for (const c of named) if (c !== country) return true;
  return false;
}

/** Whether `before` writes the title with every portfolio word right before it ("a police spokesman said"). */
function titledInBefore(before: string, portfolio: readonly string[], title: string): boolean {
  if (before === '' || portfolio.length === 0) return false;
  const tokens = analyze(before);
  const t = termOf(title);
  return tokens.some((tok, i) => tok.term === t && portfolio.every((p, k) => tokens[i - portfolio.length + k]?.term === p));
}

export function officeMatch(
  asked: AskedOffice,
  text: string,
  profiles: ReadonlyMap<string, ReadonlySet<string>>,
  /** Whether the sentence's article names a country (a concept term); unknown articles name every one. */
  articleNames: (country: string) => boolean = () => true,
  /** The sentence before, in the same document, or ''. */
  before = '',
  /** The country the article's lead names first (its story's country), or null; asked only when needed. */
  lead: () => string | null = () => null,
  /** Told the name words of each holder that confirms the office, or could hold it (`possible`): for the short answer. */
  heldBy?: (holder: readonly string[], match: 'confirmed' | 'possible') => void,
  /** The country of the report's dateline ("TALLINN, Estonia (AP) _"), or null; asked only when needed. */
  filedIn: () => string | null = () => null,
): OfficeMatch {
  // "Who is the head of the Bundesbank?": "Hans Tietmeyer, who runs the German Bundesbank".
  // ... or "the Defense Ministry, whose head, Klaudia Berger, has been under pressure".
  if (asked.headOf && (verbHeldIn(text, { term: asked.title, forms: HEAD_VERB_FORMS, object: asked.headOf }) || headedByWhose(text, asked.headOf))) return 'possible';
  if (asked.role) return roleHeldIn(text, asked.title, asked.owner, asked.headOf);
  if (asked.verb && verbHeldIn(text, asked.verb)) return 'possible';
  // The title itself, or a word for it ("leader" for "president"): held the same way.
  const concept = termOf(asked.title);
  // Near the whole title: "the chief outside counsel for the union".
  const window = asked.verb ? NEAR_VERB_TITLE : (asked.of ?? []).length > 0 ? NEAR_TITLE + (asked.qualifiers?.length ?? 0) : 0;
  const exact = heldIn(text, (w) => w === asked.title || asked.titles?.has(w) === true || TITLE_ABBREVIATIONS[w.replace(/\.$/, '')] === asked.title, window);
  const held = exact.length > 0 ? exact : concept === null ? [] : heldIn(text, (w) => termOf(w) === concept, window);
  // No title, or one no one in the sentence holds ("The Transportation Minister asked me ..."): it names no one.
  if (held.every((h) => h.holder.length === 0)) return 'absent';
  // Asked with a verb, a holder not tied to the body by the words near the title may head anything.
  let untied = false;
  let best: OfficeMatch = 'other';
  const visitors = new Set<string>();
  for (const h of held) {
    // "Who led the committee?": its former president led it.
    if ((h.rank !== asked.rank && !(asked.verb && h.rank === 'former')) || h.holder.length === 0) continue;
    // "Israel's defense minister": a prime or foreign minister holds another office. The
    // portfolio may follow the title: "a spokesman for the Joint Rescue Coordination Center".
    // ... or the sentence before gives it to a holder this one names: "a police spokesman said ..." then "spokesman Harry Kalonga said".
    if ((asked.portfolio ?? []).some((p) => !h.portfolio.includes(p) && !h.after.has(p)) && !(h.portfolio.length === 0 && titledInBefore(before, asked.portfolio ?? [], asked.title))) continue;
    if (asked.named?.includes(h.holder[h.holder.length - 1] ?? '')) continue;
    // "Sun Microsystems' chief executive": "Netscape Chief Executive Officer James Barksdale" is Netscape's.
    if (asked.namedOwner && h.namedBy !== null && !asked.namedOwner.some((o) => sameName(o, h.namedBy as string))) continue;
    // ... and "a managing director at Halvorsen Capital" is Halvorsen's, not the IMF's (nor "of the International Monetary Fund" another's).
    if (asked.namedOwner && h.bodyAfter.length > 0 && !asked.namedOwner.some((o) => h.bodyAfter.some((b) => sameName(o, b)) || h.bodyAfter.map((b) => b[0]).join('') === o)) continue;
    // "AOL's chief financial officer": "Chief Executive Officer James Barksdale" holds another office.
    // ... a word for the same person will do: "chief outside counsel" for "chief outside lawyer".
    if ((asked.qualifiers ?? []).some((p) => !h.next.has(p) && !h.nextWords.some((x) => namesKindOf(x, p)))) continue;
    // A word for the title with a portfolio of its own ("student leader", "rebel leader") leads that, not a country.
    if (exact.length === 0 && !asked.verb && h.portfolio.length > 0 && (asked.portfolio ?? []).length === 0) continue;
    // "The leader of the rebels": "rebel leader X", not "President X".
    // Asked with a verb, a name of what it acts on will do: "Who commands NATO's forces in
    // Europe?", "Supreme Allied Commander Europe" near NATO. Not a word of it alone: "China's
    // Central Foreign Affairs Office Director Wang Yi" does not head the foreign ministry.
    // "President Ernesto Villalba ... said his spokeswoman, Carla Benitez" for the president's spokeswoman: "his" refers back to him.
    if ((asked.of ?? []).some((p) => !h.near.has(p) && !(h.ownerBefore?.has(p) ?? false)) && !(asked.verb?.bodyNames ?? []).some((t) => h.near.has(t))) {
      // "Who is the chief executive of the trust?": "chief executive Ingrid Solheim", tied to
      // nothing else, in a story on the trust, is probably its; whose it is stays open.
      if (!asked.verb && asked.country === null && !asked.namedOwner && holdsNothingElse(h)) untied = true;
      continue;
    }
    if (asked.verb) {
      // "regional director for Asia of the World Food Program" directs a part of it, not the body.
      // A capitalised word there names the body ("LRA leader Joseph Kony"): the checks below tie it.
      if (h.portfolio.some((p) => !asked.verb?.object.includes(p) && !namedCapitalised(text, p))) continue;
      // "Morton Abramowitz, head of the International Crisis Group": the head of another body.
      const object = asked.verb.object.filter((t) => !isCountryTerm(t));
      if (h.after.size > 0 && !object.some((t) => h.following.has(t))) continue;
      // "Who heads Ukraine's National Bank?": "President Leonid Kuchma's decree ... savings lost in banks" heads no bank.
      if (!h.backRef && !object.some((t) => h.near.has(t) || (h.after.size > 0 && h.following.has(t)))) {
        untied = true;
        continue;
      }
      // "Who heads the Albanian intelligence service?": "Fatos Klosi, the head of Shik, the Albanian intelligence service" heads the country's body.
      const country = asked.country;
      if (country !== null && asked.verb.object.includes(country) && h.after.size > 0 && h.following.has(country)) {
        heldBy?.(h.holder, 'confirmed');
        return 'confirmed';
      }
    }
    // "Who is Syria's president?": the leader of a named body is no country's president.
    if (asked.country !== null && h.ofBody) continue;
    const countries = asked.country === null ? [] : h.country ? [h.country] : profileCountries(h.holder, profiles);
    if (asked.country === null || countries.includes(asked.country)) {
      heldBy?.(h.holder, 'confirmed');
      return 'confirmed';
    }
    // "the leader, Wang Youcai" for China's president: a word for the title, of no country, may
    // lead anything; only the title itself is likely the country's.
    if (countries.length === 0) best = exact.length > 0 ? 'possible' : 'loose';
    if (countries.length === 0 && exact.length > 0) {
      for (const w of h.holder) visitors.add(w);
      heldBy?.(h.holder, 'possible');
    }
  }
  // A holder of no known country, in an article that never names the asked one, is probably
  // another country's ("Prime Minister Yevgeny Primakov" in a story on Russia, for Ukraine's).
  if (best !== 'other' && !articleNames(asked.country as string)) return 'absent';
  // In a sentence that names another country, whose office it is stays open ("ties with
  // Indonesia despite Defence Minister John Moore", for Indonesia's); in one that names none,
  // the article's country is the likely one.
  if (best === 'other' && untied) return 'loose';
  if (best !== 'possible') return best;
  const asks = asked.country as string;
  // "during President Clinton's visit to China": a holder who visits the country is another's.
  // ... and so is one who visits with no place named, in an article on the country: "When President Clinton visited in the spring".
  if (visitsCountry(text, asks, visitors)) return 'other';
  const here = countriesNamed(text, asks);
  if (namesOther(here, asks)) return leadDecides(asks, lead);
  // "Foreign Minister Kadri Vaher told reporters" in a report filed from Tallinn: wire style
  // gives another country's officials their country ("Belarusian Foreign Minister ..."), so a
  // title with none, in a sentence that names none, is the dateline country's.
  // ("Its ambassador, Viktor Lazovsky," says whose he is: the country the sentence before named.)
  if (here.size === 0 && !new RegExp(`\\b(?:its|their|his|her)\\s+(?:[\\p{L}-]+\\s+)?${escapeRegExp(asked.title)}\\b`, 'iu').test(text)) {
    const filed = filedIn();
    if (filed !== null && filed !== asks) return 'other';
  }
  // The same when the sentence names no country and the one before names only others: "British
  // Foreign Secretary Robin Cook said ... Cook told reporters after a Cabinet called by Prime
  // Minister Tony Blair" is Britain's prime minister, not the asked country's.
  if (before && !here.has(asks)) {
    const there = countriesNamed(before, asks);
    if (!there.has(asks) && namesOther(there, asks)) return leadDecides(asks, lead);
  }
  return best;
}

/** The country a report's dateline names ("TALLINN, Estonia (AP) _", "MINSK (AP) _" by its capital), or null. */
function datelineCountry(text: string): string | null {
  const line = datelineOf(text);
  for (const m of line.matchAll(/\p{L}[\p{L}.'’ -]*\p{L}/gu)) {
    const term = countryTermOf(m[0].trim());
    if (term !== null) return term;
  }
  return null;
}

/**
 * Whose is a title with no country of its own, in a sentence that names other countries: the
 * article's, when its lead names a country first. "Defence Minister John Moore" in a story that
 * opens "Protesters on Sunday urged Australian military leaders ..." is Australia's, not
 * Indonesia's, though the sentence names both; with no such lead it stays open.
 */
function leadDecides(asks: string, lead: () => string | null): OfficeMatch {
  const home = lead();
  return home === null ? 'loose' : home === asks ? 'possible' : 'other';
}

/** Whether `text` opens by referring back to the asked title: "The minister, Amir Khan Muttaqi, ...". */
export function refersBackToTitle(text: string, office: AskedOffice): boolean {
  return !office.role && new RegExp(`^["“'‘(]*The\\s+(?:[a-z]+\\s+){0,2}${office.title}s?\\b`, 'u').test(text);
}

/** Confidence factor of each match. */
export const OFFICE_FACTOR: Readonly<Record<OfficeMatch, number>> = { confirmed: 1, possible: 1, loose: 0.6, other: 0.4, absent: 0.5 };

/** The office match of the next sentence of `unit`'s passage when it refers back to the title ("The minister, Amir Khan Muttaqi, ..."), or null. */
export function heldInNext(index: TopicIndex, unit: Unit, office: AskedOffice, match: (text: string) => OfficeMatch): OfficeMatch | null {
  const doc = index.brief.sources[unit.doc];
  const here = doc?.sentences[unit.sentence];
  const next = doc?.sentences[unit.sentence + 1];
  if (!here || !next || next.passageIndex !== here.passageIndex) return null;
  // "... the head of the Athens bid. Hodler said he overheard Spyros Metaxa, ... who led the bid": the office's verb on it.
  if (!refersBackToTitle(next.text, office) && !(office.verb && verbHeldIn(next.text, office.verb))) return null;
  const m = match(next.text);
  return m === 'confirmed' || m === 'possible' ? m : null;
}

/**
 * How the sentence `unit` (its text `text`) fits the asked office; `next` when it is the next
 * sentence that names the holder: "... the Taliban information minister said. The minister,
 * Amir Khan Muttaqi, also ..." (the quote goes on to it). "The minister" there is this
 * sentence's minister: its portfolio goes without saying.
 */
export function officeFitOf(
  index: TopicIndex,
  unit: Unit,
  office: AskedOffice,
  text: string,
  profiles: ReadonlyMap<string, ReadonlySet<string>>,
  articleNames: (country: string) => boolean,
): { fit: OfficeMatch; next: boolean } {
  const sentences = index.brief.sources[unit.doc]?.sentences;
  const before = sentences?.[unit.sentence - 1]?.text ?? '';
  const lead = (): string | null => leadCountry(sentences?.[0]?.text ?? '', office.country);
  const fit = officeMatch(office, text, profiles, articleNames, before, lead, undefined, () => datelineCountry(sentences?.[0]?.text ?? ''));
  if (fit !== 'absent' || office.role) return { fit, next: false };
  const next = heldInNext(index, unit, office, (t) => officeMatch({ ...office, portfolio: [], of: [] }, t, profiles, articleNames));
  return next ? { fit: next, next: true } : { fit, next: false };
}

/**
 * A test of a sentence for a holder of `title` written with it capitalised before the name ("said
 * Mayor Florin Dobre"), not given a place other than `term` after it ("Mayor Fernando Lopes of
 * Pombal"): in a story datelined in the place asked about, that is the place's holder.
 */
export function titledHolderTest(title: string): (text: string, term: string) => boolean {
  const cased = escapeRegExp(title.charAt(0).toUpperCase() + title.slice(1));
  const holder = new RegExp(String.raw`\b${cased}\s+\p{Lu}\p{Ll}+`, 'u');
  const of = new RegExp(String.raw`\b${cased}\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}of\s+(\p{Lu}[\p{L}-]*)`, 'gu');
  return (text, term) => holder.test(text) && ![...text.matchAll(of)].some((m) => termOf((m[1] as string).toLowerCase()) !== term);
}
