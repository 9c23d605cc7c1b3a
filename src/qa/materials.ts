/**
 * What a thing is made of: "What is the sarcophagus made of?" is answered by "a sealed limestone
 * sarcophagus", "What were the jars made of?" by "12 small alabaster jars": a word for a material
 * or substance (WordNet) right before the thing's noun, or after "made of / from" or "of". General
 * English, no topic's words.
 */
import { wordNet } from './wordnet.ts';
import { escapeRegExp } from './text-analysis.ts';

/** "What is the sarcophagus made of?", "what were the jars made from?": the thing's noun (group 1). */
export const MADE_OF_Q_RE = /^\s*(?:and\s+)?what\s+(?:is|was|are|were)\s+(?:the|its|their|his|her|this|that|these|those)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s+made\s+(?:of|from|out\s+of)\s*\??\s*$/iu;

/** Whether `word` names a material or substance in its commonest sense (WordNet). */
function isMaterial(word: string): boolean {
  const wn = wordNet();
  return wn !== null && (wn.isKindOf(word, 'material') || wn.isKindOf(word, 'substance'));
}

/** The material `text` gives the thing of a made-of question (`question`), or null: "limestone" of "a sealed limestone sarcophagus". */
export function materialOf(question: string, text: string): string | null {
  const thing = MADE_OF_Q_RE.exec(question)?.[1];
  if (thing === undefined) return null;
  const noun = escapeRegExp(thing.replace(/s$/, ''));
  // The material before the noun ("limestone sarcophagus", "small alabaster jars"), or after "made of", "of" ("a mask of gold").
  const before = new RegExp(String.raw`\b(\p{Ll}+)\s+${noun}s?\b`, 'gu');
  for (const m of text.matchAll(before)) if (isMaterial(m[1] as string)) return m[1] as string;
  const after = new RegExp(String.raw`\b${noun}s?\b[^.;:]{0,30}?\b(?:made\s+(?:of|from)|of)\s+(?:solid\s+|pure\s+)?(\p{Ll}+)`, 'gu');
  for (const m of text.matchAll(after)) if (isMaterial(m[1] as string)) return m[1] as string;
  return null;
}
