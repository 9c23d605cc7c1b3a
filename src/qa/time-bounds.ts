/**
 * A time a question bounds with a year: "When did Etna last erupt before 2021?" is not answered
 * by "Its last major eruption was in 2021", nor "When did it open after 1990?" by "opened in
 * 1987". General English: the bound's word and a year, no topic's words.
 */

/** "before 2021", "until 1999", "after 1990": the bound's word (group 1) and its year (group 2). */
const BOUND_Q_RE = /\b(before|until|till|after)\s+((?:1[89]|20)\d\d)\b/i;
/** A year as news writes it. */
const YEAR_RE = /\b(1[89]\d\d|20\d\d)\b/g;

/** Whether every year `text` gives lies outside the bound the question sets (false when it sets none or gives no year). */
export function yearsOutsideAskedBound(question: string, text: string): boolean {
  const m = BOUND_Q_RE.exec(question);
  if (!m) return false;
  const bound = Number(m[2]);
  const before = !/^after$/i.test(m[1] as string);
  const years = [...text.matchAll(YEAR_RE)].map((y) => Number(y[1]));
  return years.length > 0 && years.every((y) => (before ? y >= bound : y <= bound));
}
