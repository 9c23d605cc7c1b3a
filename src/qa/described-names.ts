/**
 * Names of people that what the wire says of them gives away, for the index's list of people
 * (entities.ts): a person's noun in apposition, an age between commas, or an affiliation after
 * "said". General English patterns, nothing of a topic.
 */

/**
 * Calls `add` with each name of two or three capitalised words that a person's noun describes in
 * apposition ("Helene Marchetti, an astronomer at ..."), that an age follows ("Jean-Yves Le Goff,
 * 71,"), or that follows "said" with a body after "of the" ("said Helene Marchetti of the Paris
 * Observatory"). Plain ASCII patterns, as for rolePrefixedNames.
 */
export function describedNames(text: string, isRole: (word: string) => boolean, add: (name: string) => void): void {
  for (const m of text.matchAll(NAME_DESCRIBED_RE)) if (isRole(m[2] as string)) add(m[1] as string);
  for (const m of text.matchAll(NAME_AGED_RE)) add(m[1] as string);
  for (const m of text.matchAll(SAID_NAME_OF_RE)) add(m[1] as string);
}
/** Two or three capitalised words, with the lower-case particles of names ("Jean-Yves Le Goff", "Ludo van Dam"). */
const NAME_RUN = "[A-Z][a-z'-]+(?: (?:[A-Z][a-z'-]+|le|la|de|van|von|du)){1,2}";
/** A name, a comma, an article and up to two words, then a lower-case noun: "Helene Marchetti, an astronomer". */
const NAME_DESCRIBED_RE = new RegExp(`\\b(${NAME_RUN}), (?:a|an|the) (?:[a-z-]+ ){0,2}([a-z]{4,})\\b`, 'g');
/** A name, then an age between commas: "Jean-Yves Le Goff, 71,". */
const NAME_AGED_RE = new RegExp(`\\b(${NAME_RUN}), \\d{1,3},`, 'g');
/** "said" and a name, then "of the": "said Helene Marchetti of the Paris Observatory". */
const SAID_NAME_OF_RE = new RegExp(`\\bsaid (${NAME_RUN}) of the [A-Z]`, 'g');
