/**
 * A verb said as a noun after a verb that only carries it. "Who won the election?" is answered by
 * "Annelies Vos was elected president": to win an event whose noun WordNet derives from a verb
 * ("election" <- elect, "nomination" <- nominate) is to have that verb done to you, so the verb's
 * passive stands in for "win". "Where did Thornton file his appeal?" is answered by "Thornton
 * has appealed to the Court of Arbitration for Sport": to file, lodge or submit an appeal, a
 * complaint, a protest is to do that verb, so its forms stand in for "file". Nearly as strongly as
 * the word itself. General English, no topic's words.
 */
import type { TopicIndex } from './qa-index.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { escapeRegExp, termOf } from './text-analysis.ts';
import { verbForms, type WordNet } from './wordnet.ts';
import type { Paraphrase } from './paraphrase-kit.ts';

/** A carrying verb ("won", "file"), a determiner or two, and the noun (group 2): "won the election", "file his appeal", "lodged a formal complaint". */
const CARRIED_NOUN_RE = /\b(win|wins|won|winning|file|files|filed|filing|lodge|lodges|lodged|lodging|submit|submits|submitted|submitting)\s+(?:(?:the|a|an|this|that|his|her|their|its|another|second|third|formal|new|fresh)\s+){0,2}([a-z-]{4,})\b/gi;

/** How strongly the noun's verb stands in for the verb that carries it. */
export const CARRIED_VERB = 0.9;

/** Adds to `out` (question term index → paraphrases) the verb a carried noun is made from, where the documents use it. */
export function eventNounVerbs(q: QuestionAnalysis, index: TopicIndex, wn: WordNet, out: Map<number, Paraphrase[]>): void {
  for (const m of q.text.matchAll(CARRIED_NOUN_RE)) {
    const carrier = (m[1] as string).toLowerCase();
    const noun = (m[2] as string).toLowerCase();
    if (wn.lemmas(noun, 'noun').length === 0) continue;
    const at = q.terms.findIndex((t) => t === termOf(carrier));
    if (at < 0) continue;
    // To win it is to undergo the verb ("was elected"); to file it is to do it ("appealed").
    const won = /^win/.test(carrier);
    const found: Paraphrase[] = [];
    const verbs = new Set([...wn.derived(noun).filter((d) => !d.agent).map((d) => d.word), ...wn.lemmas(noun, 'verb')]);
    for (const verb of verbs) {
      if (wn.lemmas(verb, 'verb')[0] !== verb || verb === carrier) continue;
      const forms = verbForms(verb).filter((f) => (won ? /(?:ed|en|n|t)$/.test(f) && f !== verb : f !== noun));
      const ids = forms.map((f) => index.termId(termOf(f) ?? f)).filter((id): id is number => id !== undefined);
      if (ids.length === 0) continue;
      const words = forms.map(escapeRegExp).join('|');
      const pattern = won ? `\\b(?:was|were|is|are|been|be|being|got|gets|get)\\s+(?:\\p{Ll}+ly\\s+)?(?:${words})\\b` : `\\b(?:${words})\\b`;
      found.push({ id: ids[0] as number, forms: new RegExp(pattern, 'iu'), strength: CARRIED_VERB });
    }
    if (found.length > 0) out.set(at, [...(out.get(at) ?? []), ...found]);
  }
}
