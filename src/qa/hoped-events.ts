/**
 * What a sentence only hopes or tries for has not happened: "What sentence did the source
 * receive?" is not answered by "... the source is cooperating in hopes of receiving a lesser
 * sentence". The question's closing verb, and every use of it in the sentence, after "in hopes
 * of", "trying to", "seeking to" and the like. General English, no topic's words.
 */
import { escapeRegExp } from './text-analysis.ts';
import { verbForms, wordNet } from './wordnet.ts';

/** "What sentence did the source receive?", "How much did they get?": the verb that closes the question. */
const CLOSING_VERB_Q_RE = /^\s*(?:and\s+)?(?:what|which|how\s+(?:many|much))\b[^?]*?\b(?:did|does|do|has|have|had|will|would)\s+[^?]*?\b([a-z]+)\s*\?*\s*$/i;
/** A question that itself asks about a hope or an attempt. */
const ASKS_HOPE_RE = /\b(?:hope|hopes|hoped|hoping|seek|seeks|sought|seeking|try|tries|tried|trying|want|wants|wanted|plan|plans|planned|attempt|attempted|effort|aim|aims|aimed|bid)\b/i;
/** Words right before a verb that make it only hoped or tried for. */
const HOPED_BEFORE_RE = /\b(?:in\s+(?:the\s+)?hopes?\s+of|hop(?:e|es|ed|ing)\s+(?:to|for)|(?:seek|seeks|seeking|sought|try|tries|trying|tried|want|wants|wanted|attempt(?:s|ed|ing)?)\s+to|in\s+an?\s+(?:effort|attempt|bid)\s+to)\s+$/i;

/** The verb a "what / how many ... did X <verb>?" question closes on, as a pattern of its forms, or null. */
export function closingVerb(question: string): RegExp | null {
  const verb = CLOSING_VERB_Q_RE.exec(question)?.[1]?.toLowerCase();
  if (!verb || ASKS_HOPE_RE.test(question)) return null;
  const lemma = wordNet()?.lemmas(verb, 'verb')[0];
  return lemma ? new RegExp(`\\b(?:${verbForms(lemma).map(escapeRegExp).join('|')})\\b`, 'gi') : null;
}

/** Whether `text` uses the verb (`forms`, from closingVerb) and every use of it is only hoped or tried for. */
export function onlyHopedFor(forms: RegExp, text: string): boolean {
  let uses = 0;
  for (const m of text.matchAll(forms)) {
    uses++;
    if (!HOPED_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
  }
  return uses > 0;
}
