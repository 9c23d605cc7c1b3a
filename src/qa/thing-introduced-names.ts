/**
 * Names the documents introduce as things, not people: "Ecuador's state oil company Petroandina",
 * "the cruise ship Aurora Serenade", "the law firm Brightwater & Lowe". The name finder
 * (entities.ts) takes any capitalised word before a speech verb for a person ("Petroandina
 * said"); a name that a determiner and a noun for a body or a made thing introduce (WordNet's
 * commonest sense of the noun, and no noun for a person) is that thing's, so a
 * question about it may find it by its kind ("the company"). Names a title or a noun for a
 * person introduces ("President X", "skipper Y") are kept whatever else is said.
 */
import { wordNet } from './wordnet.ts';

/**
 * A determiner or a possessive, up to two modifiers (lower case, or "Singapore-based"), a lower-case noun (group 1) and a run of
 * capitalised words (group 2). Plain ASCII: it runs over every sentence of a topic at index build.
 */
const INTRODUCED_RE = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Za-z.]+'s)\s+(?:[a-z-]+\s+|[A-Z][a-z]+-[a-z]+\s+){0,2}?([a-z]{3,})\s+([A-Z][A-Za-z'-]*(?: [A-Z][A-Za-z'-]*){0,2})/g;

/** A run of capitalised words (group 1), a comma, "the" or "a", up to two modifiers and a lower-case noun (group 2) that ends the phrase. */
const APPOSITIVE_RE = /([A-Z][A-Za-z'-]*(?: [A-Z][A-Za-z'-]*){0,2}), (?:the|an?) (?:[A-Za-z-]+ ){0,2}?([a-z]{3,})(?= (?:that|which|whose|based|with|of|in|at)\b|[,.;])/g;

/** Collects, sentence by sentence, the first words of names introduced by a noun for a thing. */
export class ThingIntroducedNames {
  private readonly nouns = new Map<string, boolean>();
  /** First words of names introduced as things, lower case. */
  readonly firstWords = new Set<string>();

  /** Reads one sentence. */
  read(text: string): void {
    if (!/[a-z] [A-Z]/.test(text)) return;
    for (const m of text.matchAll(INTRODUCED_RE)) {
      const noun = m[1] as string;
      if (this.isThingNoun(noun)) this.firstWords.add((m[2] as string).split(' ')[0]?.toLowerCase() ?? '');
    }
    if (!text.includes(', ')) return;
    // "Harwell Energy, the British company that found it": a name, then a thing noun in apposition.
    for (const m of text.matchAll(APPOSITIVE_RE)) {
      const noun = m[2] as string;
      if (this.isThingNoun(noun)) this.firstWords.add((m[1] as string).split(' ')[0]?.toLowerCase() ?? '');
    }
  }

  /** Whether a name is one introduced as a thing: by its first word. */
  introducedAsThing(name: string): boolean {
    return this.firstWords.has(name.split(/\s+/)[0]?.toLowerCase() ?? '');
  }

  private isThingNoun(noun: string): boolean {
    let r = this.nouns.get(noun);
    if (r === undefined) {
      const wn = wordNet();
      r = wn !== null && !wn.isPersonNoun(noun, false) && (wn.isGroupNoun(noun) || wn.isArtifactNoun(noun)) && wn.lemmas(noun, 'noun').length > 0;
      this.nouns.set(noun, r);
    }
    return r;
  }
}
