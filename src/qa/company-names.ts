/**
 * Names of companies as news writes them, by the suffix of their legal form: "Samsung
 * Securities Co.", "Goldman Sachs Group Inc.", "Rolls-Royce PLC". A question asking which
 * company ("Which company does Lee work for?") is answered by such a name, though the sentence
 * never says "company". General English, no topic's words.
 */

/** Nouns of a question that ask for a company. */
const COMPANY_KIND_RE = /^(?:company|companies|firm|firms|corporation|corporations|business|businesses|conglomerate|conglomerates)$/;

/** One to four capitalised words, then a legal form's suffix (group 1: the whole name). */
const COMPANY_NAME_RE = /((?:\p{Lu}[\p{L}&'’.-]*\s+){1,4}(?:Co|Corp|Inc|Ltd|Plc|PLC|AG|GmbH|LLC|N\.V|S\.A)\.?)(?![\p{L}])/gu;

/**
 * ... or one to three capitalised words, then a noun of an industry that closes companies' names:
 * "Hsinwei Semiconductor", "Delta Air Lines", "Tata Motors" (not "Bank": "the West Bank").
 */
const INDUSTRY_NAME_RE = /((?:\p{Lu}[\p{L}&'’.-]*\s+){1,3}(?:Semiconductors?|Motors|Airlines|Air\s+Lines|Airways|Pharmaceuticals?|Electronics|Industries|Holdings|Technologies|Petroleum|Chemicals?|Aerospace|Automotive|Logistics|Telecom|Telecommunications|Shipping|Steel|Mining)\b)(?![\p{L}-])/gu;

/** Whether the asked kind's noun (lower case) is a company's. */
export function asksForCompany(noun: string): boolean {
  return COMPANY_KIND_RE.test(noun);
}

/** The company names in `text` that carry a legal form's suffix or close on an industry's noun. */
export function companyNames(text: string): string[] {
  return [...text.matchAll(COMPANY_NAME_RE), ...text.matchAll(INDUSTRY_NAME_RE)].map((m) => (m[1] as string).trim());
}
