/**
 * Stage 6 of answering, for short answers to "who" questions: the one name the quote ties to
 * the asked role by apposition, whoever else it names. "Who was Bird's first Celtics coach?":
 * "said Bill Fitch, Bird's first Celtics coach, who, with Bill Walton, stood ..." gives Bill
 * Fitch, the name right before the description; "Who leads the Lord's Resistance Army?": "LRA
 * leader Joseph Kony" gives the name right after the title. Only a description of the role's
 * own words counts, and only when it picks out one name.
 */
import { analyze } from './text-analysis.ts';

/** After a name: ", 50," (an age) and then the comma before its description. */
const AFTER_NAME_RE = /^(?:\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?(?:,\s*\d{1,3})?,\s+([^,;:"“”`]{1,80})/u;
/** The words right before a name, up to the start of its clause: "LRA leader", "the alleged commander". */
const BEFORE_NAME_RE = /(?:^|[,;:(]\s*|\b(?:said|says|and|by|with|of|to|for)\s+)((?:[\p{L}'’.-]+\s+){1,4})$/u;

/** "Who is ...?", "Who leads ...?": a question for the holder of a role, which apposition names. */
export const ROLE_Q_RE = /^\s*(?:and\s+)?who\s+(?:is|was|are|were|leads?|led|heads?|headed|runs?|ran|chairs?|chaired|commands?|commanded|directs?|directed|manages?|managed|owns?|owned)\b/i;

/** A description starts as a noun phrase does, not with a verb ("Gore, won the race") nor a relative. */
const NOT_DESCRIPTION_START_RE = /^(?:\p{Ll}+ed|said|says|made|won|is|was|are|were|has|had|have|will|would|who|which|that|and|but|or|did|does)\b/u;

/** The role's terms a phrase has, counted. */
function roleHits(phrase: string, role: ReadonlySet<string>): number {
  return new Set(analyze(phrase).map((t) => t.term).filter((t) => role.has(t))).size;
}

/**
 * Of `names` (people the quote names), the one whose appositive description or title has the
 * most of the asked role's terms (`role`, at least one and at least `need`), or null when none
 * does or two do equally.
 */
export function appositiveHolder(text: string, names: readonly string[], role: ReadonlySet<string>, need = 1): string | null {
  if (role.size === 0) return null;
  let best: string | null = null;
  let bestHits = 0;
  let tie = false;
  for (const name of new Set(names)) {
    let hits = 0;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      let after = AFTER_NAME_RE.exec(text.slice(at + name.length))?.[1] ?? '';
      // "Livingston ... to replace Gingrich, Steve Largent of Oklahoma to replace ...": a list, not a description.
      if (NOT_DESCRIPTION_START_RE.test(after) || names.some((n) => n !== name && after.startsWith(n) && !/^['’]s\b/u.test(after.slice(n.length)))) after = '';
      const before = BEFORE_NAME_RE.exec(text.slice(Math.max(0, at - 60), at))?.[1] ?? '';
      hits = Math.max(hits, roleHits(after, role), roleHits(before, role));
    }
    if (hits < need || hits < bestHits) continue;
    if (hits === bestHits) tie = true;
    else {
      best = name;
      bestHits = hits;
      tie = false;
    }
  }
  return tie ? null : best;
}
