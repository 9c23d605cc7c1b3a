/**
 * The names of months and weekdays, in one place, for everything that reads dates in text
 * (sentence splitting, boilerplate, Q&A, drafting) or in schedules. English only.
 */

export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Holidays and feasts that news copy dates things by ("by Thanksgiving", "before Christmas",
 * "during Ramadan"), as written, capitalised. Regex source.
 */
export const HOLIDAY_SOURCE = "Christmas(?: Eve| Day)?|Thanksgiving(?: Day)?|New Year's(?: Day| Eve)?|New Year(?:'s)?|Easter(?: Sunday| Monday)?|Good Friday|Ramadan|Eid(?: al-[A-Z][a-z]+)?|Hanukkah|Passover|Yom Kippur|Rosh Hashanah?|Halloween|Labor Day|Memorial Day|Independence Day|Veterans Day|Valentine's Day|Diwali|Lunar New Year|Boxing Day|Bastille Day|May Day";

/** Written abbreviations of months, as newswire uses them before a day ("Feb. 24", "Sept. 3"). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, string>> = {
  jan: 'january',
  feb: 'february',
  mar: 'march',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
};

/** Regex source: a month's written abbreviation, lower case ("jan|feb|…|sept?|…"); add the full stop yourself. */
export const MONTH_ABBREVIATION_SOURCE = 'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';

/** Regex source: a month's first letters ("jan|…|sep|sept|…"), for matching a month name by its start. */
export const MONTH_START_SOURCE = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';

/** The three-letter names cron accepts for months and weekdays. */
export const CRON_NAMES_SOURCE = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat';

/** The month (1 to 12) a name or abbreviation stands for, by its first three letters ("Feb.", "february"); 0 for none. */
export function monthNumber(word: string): number {
  const start = word.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((name) => name.startsWith(start)) + 1;
}

/** Regex source: the words after which a capitalised "May" is the month ("in May", "by early May"), not the verb. */
export const MAY_MONTH_AFTER_SOURCE = '(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|till|[Ff]rom|through|[Dd]uring|[Bb]efore|[Aa]fter|early|late|mid|last|next|this|of)[\\s-]+';

export const capitalise = (w: string): string => (w[0]?.toUpperCase() ?? '') + w.slice(1);
