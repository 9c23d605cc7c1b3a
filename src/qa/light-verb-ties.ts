/**
 * Stage 5 of answering, a tie-break among candidates the scorer cannot tell apart: a question's
 * light verb ("take", "make", "get", "hold") is left out of matching, since it is in almost every
 * sentence; but of two sentences that match the rest equally, the one that also uses the verb
 * is likelier to tell the asked event. "How long did Gates's deposition take?": "his videotaped
 * deposition, taken over three days" before "several hours of a videotaped deposition". It only
 * adds to the rank, never to the confidence, so it decides no answer or abstention alone.
 */
import { LIGHT_VERBS } from './text-analysis.ts';
import { verbForms } from './verb-forms.ts';

/** Added to the rank of a sentence that uses one of the question's light verbs. */
export const LIGHT_VERB_BONUS = 0.02;

/** Auxiliaries and speech verbs: in a question they carry no event ("did", "has", "said"). */
const NOT_EVENTS = new Set(['be', 'have', 'do', 'say', 'tell', 'let']);

/** The light verbs' forms, each to its verb. */
const LIGHT_FORMS: ReadonlyMap<string, string> = new Map(
  [...LIGHT_VERBS].filter((v) => !NOT_EVENTS.has(v)).flatMap((v) => verbForms(v).map((f) => [f, v] as const)),
);

/**
 * A test for the forms of the question's light verbs in a sentence, or null when it has none.
 * Only a word right after its subject or an auxiliary is a verb here; "the run-up" or "a set of"
 * is a noun, which the question's verb may not be.
 */
export function lightVerbTie(question: string): RegExp | null {
  const words = question.toLowerCase().match(/[a-z]+(?:['’-][a-z]+)*/g) ?? [];
  const verbs = new Set<string>();
  words.forEach((w, i) => {
    // (Irregular forms, "took", "held", are among verbForms' forms.)
    const v = LIGHT_FORMS.get(w);
    if (v === undefined) return;
    const prev = words[i - 1] ?? '';
    if (/^(?:a|an|the|this|that|its|his|her|their|of)$/.test(prev)) return;
    verbs.add(v);
  });
  if (verbs.size === 0) return null;
  const forms = [...verbs].flatMap((v) => verbForms(v));
  return new RegExp(`\\b(?:${forms.join('|')})\\b`, 'i');
}
