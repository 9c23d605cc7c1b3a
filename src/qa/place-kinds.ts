/**
 * "Which province did Hall visit?" asks for a place below a country: a province, a state, a
 * district. A sentence whose only places are countries and their capitals ("in the North
 * Korean capital, Pyongyang") names none of that kind, whatever else it says. The gazetteer
 * tells a country or capital by its name; nothing here knows a topic.
 */
import { countryTermsOf } from './gazetteer.ts';

/** Kinds of place below a country, asked for by "which / what <kind>" and a verb or a preposition after it. */
const SUBNATIONAL_Q_RE = /\b(?:which|what)\s+(?:[a-z]+\s+)?(provinces?|states?|regions?|count(?:y|ies)|districts?|territor(?:y|ies)|prefectures?|departments?|cantons?|municipalit(?:y|ies)|neighbou?rhoods?|suburbs?|villages?)\s*(?:\?|$|\b(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|of|in|on|at)\b)/i;

/** The kind of place below a country a question asks for ("province"), singular, or null. */
export function subnationalKindAsked(question: string): string | null {
  const kind = SUBNATIONAL_Q_RE.exec(question)?.[1]?.toLowerCase();
  if (!kind) return null;
  return kind.replace(/ies$/, 'y').replace(/s$/, '');
}

/** The singular and plural of a kind as one pattern ("county" → county|counties). */
function kindPattern(kind: string): RegExp {
  const plural = kind.endsWith('y') ? `${kind.slice(0, -1)}ies` : `${kind}s`;
  return new RegExp(`\\b(?:${kind}|${plural})\\b`, 'i');
}

/**
 * Whether every place `places` (lower-cased words, as the sentence features read them) names
 * that the question's own words (`qWords`) do not is a country or a capital, or part of a
 * country's name ("north" in "North Korean"), in a sentence that never says the kind. False
 * when there is no such place: other rules judge a sentence with none.
 */
export function onlyCountriesForKind(kind: string, text: string, places: Iterable<string>, qWords: ReadonlySet<string>): boolean {
  if (kindPattern(kind).test(text)) return false;
  const words = (text.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase());
  const countryLevel = (p: string): boolean => {
    if (countryTermsOf(p).length > 0) return true;
    for (let i = 0; i < words.length; i++) {
      if (words[i] !== p) continue;
      const pairs = [`${words[i - 1] ?? ''} ${p}`, `${p} ${words[i + 1] ?? ''}`, `${p} ${words[i + 1] ?? ''} ${words[i + 2] ?? ''}`];
      if (pairs.some((n) => countryTermsOf(n).length > 0)) return true;
    }
    return false;
  };
  const others = [...places].filter((p) => !qWords.has(p));
  return others.length > 0 && others.every(countryLevel);
}
