/**
 * Stage 3 of answering, for "Who is X's <role>?": the role of another owner. "Who was
 * Gingrich's chief of staff?" is not answered by "Erskine Bowles, the White House chief of
 * staff", nor "Who is Lisbon's envoy?" by "Jakarta's envoy" or "the envoy of Indonesia": the
 * sentence gives the role to someone else's, by a capitalised word right before it or after
 * "of", where neither the asked owner nor a pronoun that may stand for it ("his") does.
 */
import { countryTermOf } from './gazetteer.ts';
import { escapeRegExp } from './text-analysis.ts';

/** "Who is/was Gingrich's chief of staff?": the owner (group 1) and the role (group 2), to the end or a preposition. */
const OWNER_ROLE_Q_RE = /^\s*(?:[Aa]nd\s+)?[Ww]ho\s+(?:is|was|are|were)\s+((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*)['’]s?\s+((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)(?=\s*(?:\?|$|\s+(?:in|at|for|on|during|since|when|who|that)\b))/u;

/** Words before a role that are no owner: "The", "A", sentence openers. */
const NOT_OWNER_RE = /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|One|Another|But|And|In|On|At|For|With|As|Former|Then|New|Acting|Deputy|Chief|Senior|Top)$/;

export interface AskedRole {
  owner: ReadonlySet<string>;
  /** The owner as written ("Iran", "AOL"). */
  ownerName: string;
  role: RegExp;
  roleOf: RegExp;
  mine: RegExp;
}

/** The owner and role a "Who is X's <role>?" question asks about, or null. */
export function askedRole(question: string): AskedRole | null {
  const m = OWNER_ROLE_Q_RE.exec(question);
  if (!m) return null;
  const owner = new Set((m[1] as string).toLowerCase().split(/\s+/));
  const role = (m[2] as string).split(/\s+/).map(escapeRegExp).join('\\s+');
  const ownerWords = [...owner].map(escapeRegExp).join('|');
  return {
    owner,
    ownerName: m[1] as string,
    // "the White House chief of staff", "Jakarta's envoy".
    role: new RegExp(`((?:\\p{Lu}[\\p{L}.-]*\\s+)*\\p{Lu}[\\p{L}.-]*)(?:['’]s?)?\\s+${role}s?\\b`, 'gu'),
    // "the envoy of Indonesia".
    roleOf: new RegExp(`\\b${role}s?\\s+(?:of|to|for)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.-]*)`, 'gu'),
    // "Gingrich's chief of staff", "his chief of staff", "chief of staff to Gingrich".
    mine: new RegExp(`(?:\\b(?:${ownerWords})(?:['’]s?)?|\\b(?:his|her|its|their))\\s+(?:[\\p{Ll}-]+\\s+)?${role}\\b|\\b${role}s?\\s+(?:of|to|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+)*(?:${ownerWords})\\b`, 'iu'),
  };
}

/** Whether `text` gives the asked role to another owner, and never to the asked one. */
export function roleOfAnotherOwner(asked: AskedRole, text: string): boolean {
  if (asked.mine.test(text)) return false;
  for (const re of [asked.role, asked.roleOf]) {
    for (const m of text.matchAll(re)) {
      const run = (m[1] as string).split(/\s+/).filter((w) => !NOT_OWNER_RE.test(w));
      if (run.length > 0 && !sameOwner(asked, run)) return true;
    }
  }
  return false;
}

/**
 * Whether a run of capitalised words before a role ("Iranian", "America Online") is the asked
 * owner: one of its words, the same country ("Iranian" for "Iran"), or what its initials spell ("AOL").
 */
function sameOwner(asked: AskedRole, run: readonly string[]): boolean {
  if (run.some((w) => asked.owner.has(w.toLowerCase()))) return true;
  const country = countryTermOf(asked.ownerName);
  if (country !== null && run.some((w) => countryTermOf(w) === country)) return true;
  return /^\p{Lu}{2,}$/u.test(asked.ownerName) && spells(asked.ownerName, run);
}

/**
 * Whether an acronym is spelled by consecutive words of a name, each word opening with one of its
 * letters and perhaps giving the next ones from inside it: "AOL" by "America Online", "ANC" by
 * "African National Congress", "NATO" by "North Atlantic Treaty Organization".
 */
function spells(acronym: string, words: readonly string[]): boolean {
  const a = acronym.toLowerCase();
  const ws = words.map((w) => w.toLowerCase());
  // From acronym letter i, word j opens with it; its later letters may give more.
  const from = (i: number, j: number): boolean => {
    if (i === a.length) return true;
    const w = ws[j];
    if (w === undefined || w.charAt(0) !== a.charAt(i)) return false;
    const inside = (k: number, next: number): boolean => {
      if (next === a.length) return true;
      if (from(next, j + 1)) return true;
      for (let p = k; p < w.length; p++) if (w.charAt(p) === a.charAt(next) && inside(p + 1, next + 1)) return true;
      return false;
    };
    return inside(1, i + 1);
  };
  return ws.some((_, j) => from(0, j));
}
