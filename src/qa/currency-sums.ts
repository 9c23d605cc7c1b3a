/**
 * A sum asked in a currency: "What is the fee in dollars?" wants "$103 million", not "95 million
 * euros". How a currency's amounts are written besides its name ("$", the newswires' "dlrs", "€")
 * is general English, no topic's.
 */
import { perQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { termOf } from './text-analysis.ts';

/** "... in dollars?", "... in yen": the currency a question wants an amount in (group 1). */
const IN_CURRENCY_Q_RE = /\bin\s+(?:\p{Lu}\p{Ll}+\s+)?(dollars|euros|yen|pounds|francs|marks|rubles|roubles|yuan|pesos|rupees|dinars|shekels|lire)\b/iu;
/** How each currency's amounts are also written: "$", "dlrs" (newswires), "€". */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { dollars: String.raw`\$|\bdlrs\b`, euros: '€', pounds: '£', yen: '¥' };

/** The currency the question asks an amount in ("dollars"), lower case, or undefined. */
const askedCurrency = perQuestion((q): string | undefined => IN_CURRENCY_Q_RE.exec(q.text)?.[1]?.toLowerCase());

/** What gives an amount in the currency the question asks for, or null when it asks for none. */
export const currencyOf = perQuestion((q): RegExp | null => {
  const asked = askedCurrency(q);
  if (!asked) return null;
  const sign = CURRENCY_SIGNS[asked];
  return new RegExp(`\\b${asked.replace(/s$/, '')}s?\\b${sign ? `|${sign}` : ''}`, 'i');
});

/** Whether `term` is the question's asked currency and `text` writes an amount in it by its sign ("$103 million" for "dollars"). */
export function currencySignMeets(q: QuestionAnalysis, term: string, text: string): boolean {
  const asked = askedCurrency(q);
  return asked !== undefined && termOf(asked) === term && (currencyOf(q)?.test(text) ?? false);
}

/** The one sum in `text` written in the asked currency, by its sign or its name ("$103 million"), or null. */
export function sumInAskedCurrency(q: QuestionAnalysis, text: string): string | null {
  const asked = askedCurrency(q);
  if (asked === undefined) return null;
  const amount = String.raw`\d[\d,.]*(?:\s+(?:million|billion|trillion|thousand))?`;
  const sign = CURRENCY_SIGNS[asked];
  const sums = [...text.matchAll(new RegExp(`${sign ? `(?:${sign})\\s?${amount}|` : ''}${amount}\\s+${asked}`, 'gi'))].map((m) => m[0]);
  return sums.length === 1 ? (sums[0] as string) : null;
}
