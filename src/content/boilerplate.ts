/**
 * Boilerplate removal for scraped news articles.
 *
 * The body is cut into lines; every non-empty line is checked against ONE declarative
 * rule list (`BOILERPLATE_RULES`). The first rule that matches removes the line and is
 * recorded with the line's original offsets, so a curator can see what was dropped and
 * why. Kept lines become passages. Rules are written for the genre (site chrome, calls
 * to subscribe, bylines, teaser links), never for one document's wording.
 */
import { capitalise, MONTH_ABBREVIATIONS } from '../domain/calendar.ts';
import type { Passage, StrippedLine } from '../domain/document-types.ts';
import { abbreviationContinues } from './sentences.ts';

/** What a rule sees: one line plus its neighbours. */
export interface LineContext {
  /** The line, trimmed of surrounding whitespace. */
  readonly text: string;
  /** Position of the line among the document's non-empty lines. */
  readonly index: number;
  /** Every non-empty line of the document, trimmed, in order. */
  readonly lines: readonly string[];
  /** The previous and next non-empty lines (blank lines skipped), or null at the edges. */
  readonly prev: string | null;
  readonly next: string | null;
  /** True before the first line that reads like an article sentence (the page header). */
  readonly inHeader: boolean;
  /** True after the last line that reads like an article sentence (the page footer). */
  readonly inFooter: boolean;
  /** Index of the first and last lines that read like article sentences, or -1 when none does. */
  readonly firstSentence: number;
  readonly lastSentence: number;
  /** Number of whitespace-separated words in `text`, counted up to 40. */
  readonly wordCount: number;
  /** `text` ends like a sentence: . ! ? or … optionally followed by closing quotes/brackets. */
  readonly sentenceEnd: boolean;
  /** `text` contains quotation marks (apostrophes inside words do not count). */
  readonly quoted: boolean;
}

export interface BoilerplateRule {
  readonly name: string;
  readonly description: string;
  test(line: LineContext): boolean;
}

// ---------------------------------------------------------------------------------------
// Line features shared by the rules.

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_SOURCES = [
  '\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?',
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
  `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}`,
  '\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}',
];
const DATE_RE = new RegExp(`\\b(?:${DATE_SOURCES.join('|')})`, 'i');
const PUBLISHED_RE = new RegExp(`\\b(?:published|updated|posted|last updated|first published)\\s*(?:on\\s*|:\\s*)?(?:${DATE_SOURCES.join('|')})`, 'i');
const DATE_GLOBAL = new RegExp(`\\b(?:${DATE_SOURCES.join('|')})`, 'gi');
const TIME_GLOBAL = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|utc|est|edt|pst|pdt|cet|cest|bst|ist|pkt|ict|jst|msk)\b)?/gi;
const DOMAIN_GLOBAL = /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|news|info|co|uk|in|pk|th|au|ca|io|tv|me|us|de|fr|ru|cn)\b/giu;
/** Words a date stamp may carry besides the date itself. */
const STAMP_FILLER = new Set([
  'date', 'dated', 'published', 'updated', 'posted', 'last', 'first', 'modified', 'on', 'at', 'by', 'am', 'pm',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'gmt', 'utc', 'time', 'edition',
]);

/** Section words that make up category/masthead lines such as "Breaking News Politics". */
const SECTION_WORDS = new Set([
  'breaking', 'news', 'latest', 'top', 'stories', 'story', 'politics', 'political', 'world', 'business',
  'economy', 'markets', 'finance', 'opinion', 'analysis', 'editorial', 'sport', 'sports', 'tech', 'technology',
  'science', 'health', 'entertainment', 'lifestyle', 'culture', 'international', 'national', 'local', 'asia',
  'europe', 'africa', 'americas', 'america', 'middle', 'east', 'pacific', 'global', 'home', 'live', 'updates',
  'exclusive', 'featured', 'trending', 'headlines', 'video', 'videos', 'photos', 'defence', 'defense',
  'security', 'diplomacy', 'region', 'regional', 'more', '&', 'and', '|', '/', '-', '»', '›',
]);
/** Last words of a bare publication name such as "Coastal Evening News" or "The Daily Post". */
const MASTHEAD_SUFFIX = new Set([
  'news', 'times', 'post', 'daily', 'herald', 'tribune', 'journal', 'gazette', 'telegraph', 'online', 'today',
  'express', 'mail', 'chronicle', 'observer', 'report', 'wire', 'network', 'tv', 'media', 'press', 'review',
  'standard', 'star', 'sun', 'mirror', 'guardian', 'independent', 'insider', 'digest', 'dispatch', 'bulletin',
]);

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w !== '');
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 0xa0 || code === 0xfeff
    || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f
    || code === 0x3000 || code === 0x2028 || code === 0x2029 || code === 10 || code === 13;
}

/** No rule looks at word counts above this; counting stops there. */
const WORD_COUNT_CAP = 40;

/** Counts words without allocating, up to WORD_COUNT_CAP. */
function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (!space && !inWord && ++n >= WORD_COUNT_CAP) return n;
    inWord = !space;
  }
  return n;
}

const CLOSING = new Set(['"', "'", '”', '’', '»', ')', ']']);
const TERMINAL = new Set(['.', '!', '?', '…']);

/** Ends the way a sentence ends: . ! ? or … optionally followed by closing quotes/brackets. */
function endsLikeSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && CLOSING.has(s[i] ?? '')) i--;
  return i >= 0 && TERMINAL.has(s[i] ?? '');
}

/** Has quotation marks (apostrophes inside words do not count). */
function hasQuoteMarks(s: string): boolean {
  return /["“”„«»‟]/.test(s) || /(?:^|[\s([—–-])['‘‚‛]/.test(s);
}

function isTitleCaseWord(w: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|de|la|al|el|&)$/i.test(w);
}

/** A short standalone question that is not quoted speech: a teaser linking to another story. */
function isTeaserQuestion(s: string | null): boolean {
  if (s === null || !/\?$/.test(s)) return false;
  const n = countWords(s);
  if (n < 2 || n > 15 || hasQuoteMarks(s)) return false;
  return !/[.!?]\s+\S/.test(s.slice(0, -1)); // one sentence only
}

// ---------------------------------------------------------------------------------------
// The rule set.

const CTA_START = /^(?:please\s+)?(?:subscribe|sign\s*-?\s*up|join|get|keep up|stay|don'?t miss|never miss|follow|like us|download|register|bypass|enter your e-?mail|receive|click)\b/i;
const CTA_OBJECT = /\b(?:subscribe|subscribers?|subscription|newsletters?|sign\s*-?\s*up|inbox|mailing list|e-?mail alerts?|updates|notifications?|our (?:channel|app|page))\b/i;
const CTA_PHRASE = /\b(?:subscribe to our|sign up (?:for|to) our|join our (?:newsletter|mailing list|channel|community)|our (?:(?:daily|weekly|free|FREE)\s+)*newsletter|delivered (?:straight )?to your inbox)\b/i;
const STAY_UPDATED = /^(?:keep up to date|keep up with|stay (?:up to date|informed|updated|connected|tuned|in the loop|ahead)|don'?t miss (?:out|a story|any)|never miss (?:a|an|out))\b/i;

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    name: 'breadcrumb',
    description: 'Navigation trail such as "Home » World » Story title".',
    test: ({ text, sentenceEnd }) =>
      /^(?:home|start|main page)\s*[»›>/|]/i.test(text) ||
      (!sentenceEnd && (text.includes('»') || text.includes('›')) && (text.match(/\s[»›]\s/g)?.length ?? 0) >= 2),
  },
  {
    name: 'ui-control',
    description: 'A page control or widget label on its own line: "Translate »", "Share", "Advertisement", "Read more".',
    test: ({ text, wordCount }) =>
      wordCount <= 5 &&
      /^(?:translate|share(?: this(?: article| story| post)?)?|share (?:on|via) \w+|tweet|print|e-?mail|comments?|leave a (?:comment|reply)|menu|search|skip to (?:main )?content|back to top|scroll to top|advertisement|advertisements|sponsored(?: content)?|close|next|previous|prev|load more|show more|read more|continue reading|click here|listen to (?:this )?article)\s*[»›>→:|.…]*$/i.test(text),
  },
  {
    name: 'newsletter-prompt',
    description: 'Call to subscribe, sign up or stay updated ("Get ... updates, subscribe to our daily FREE newsletter!"). Not quoted speech, at most 20 words.',
    test: ({ text, wordCount, quoted }) => {
      if (wordCount > 20 || quoted) return false;
      return (CTA_START.test(text) && CTA_OBJECT.test(text)) || CTA_PHRASE.test(text) || STAY_UPDATED.test(text);
    },
  },
  {
    name: 'related-link',
    description: 'A link to another story or video, at most 30 words: "Related video: ...", "Related Article: ...", "Read more: ...", "See also: ...".',
    test: ({ text, wordCount }) =>
      wordCount <= 30 &&
      /^(?:related|read more|read also|also read|see also|more on this(?: story)?|watch(?: now)?|listen|recommended|suggested|you may also like|you might also like|more from [\p{L} ]{1,30}|further reading|read next|up next|trending now)(?:\s+(?:videos?|articles?|stor(?:y|ies)|content|news|reading|links?|coverage|posts?|topics?))?\s*[:»›|>–—-]\s*\S/iu.test(text),
  },
  {
    name: 'widget-heading',
    description: 'Heading of a sidebar or recommendation widget: "Recommended Books [ see all ]", "Most Read", "Latest News".',
    test: ({ text, wordCount }) =>
      wordCount <= 10 &&
      (/\[\s*(?:see|view|show)\s+(?:all|more)\s*\]/i.test(text) ||
      /^(?:recommended|popular|trending|most (?:read|popular|viewed|shared)|top stories|latest (?:news|stories|posts|articles|videos)|more stories|editor'?s picks?|related (?:articles|stories|posts|videos|content|news|topics))(?:\s+\p{L}+)?\s*$/iu.test(text)),
  },
  {
    name: 'byline',
    description:
      'Author or credit line: a handle or a "Published/Updated <date>" stamp ("Jane Doe (@jdoe) Published February 19, 2023 | 06:20 AM"), "By Jane Doe", "Reporting by Jane Doe; Editing by John Roe". Never a sentence.',
    test: ({ text, wordCount, sentenceEnd }) => {
      if (sentenceEnd || wordCount > 25 || /["“”]/.test(text)) return false;
      return (
        PUBLISHED_RE.test(text) ||
        /\(@[\p{L}\p{N}_]{1,30}\)/u.test(text) ||
        (wordCount <= 16 && /^(?:(?:additional )?reporting|writing|editing|compiled|written|produced|translated)(?: and \w+)? by\s+\p{Lu}/iu.test(text)) ||
        (wordCount <= 10 && /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:$|[,|–—-])/u.test(text))
      );
    },
  },
  {
    name: 'date-stamp',
    description: 'A line that is only a date/time stamp, possibly with a site name: " date 2026-11-20 HarbourTimes.com", "Monday, 20 November 2026 10:15 GMT".',
    test: ({ text, wordCount, sentenceEnd }) => {
      if (sentenceEnd || wordCount > 10 || !DATE_RE.test(text)) return false;
      const rest = text.replace(DATE_GLOBAL, ' ').replace(TIME_GLOBAL, ' ').replace(DOMAIN_GLOBAL, ' ');
      const left = words(rest.replace(/[^\p{L}\p{N}\s]+/gu, ' ')).filter((w) => !STAMP_FILLER.has(w.toLowerCase()));
      return left.length <= 1;
    },
  },
  {
    name: 'bare-handle',
    description: 'A line made only of social handles, hashtags or bare links ("@YouTube", "#news", "https://...").',
    test: ({ text, wordCount }) =>
      wordCount <= 10 &&
      /^(?:(?:[@#][\p{L}\p{N}_]{1,50}|https?:\/\/\S+|www\.\S+|pic\.twitter\.com\/\S+)[\s,;|]*)+$/u.test(text),
  },
  {
    name: 'masthead',
    description:
      'In the page header or footer only: a category line made of section words ("Breaking News Politics"), a bare domain ("Example.com"), ' +
      'or a publication name ("Coastal Evening News") as the very first line above a longer headline, or as the very last line.',
    test: ({ text, index, lines, inHeader, inFooter, firstSentence, wordCount, sentenceEnd, quoted }) => {
      if ((!inHeader && !inFooter) || wordCount > 6 || sentenceEnd || quoted) return false;
      const ws = words(text);
      if (ws.every((w) => SECTION_WORDS.has(w.toLowerCase()))) return true;
      if (ws.length === 1 && /^[\p{L}\p{N}-]+\.(?:com|net|org|news|co\.\w+|info)$/iu.test(text)) return true;
      const last = ws[ws.length - 1]?.toLowerCase() ?? '';
      if (ws.length < 2 || ws.length > 4 || !MASTHEAD_SUFFIX.has(last) || !ws.every(isTitleCaseWord)) return false;
      if (index === lines.length - 1 && inFooter) return true;
      // At the top it must not be the headline itself: a longer header line has to follow.
      const headerEnd = firstSentence < 0 ? lines.length : firstSentence;
      return index === 0 && lines.slice(1, headerEnd).some((l) => countWords(l) >= 5);
    },
  },
  {
    name: 'teaser-question',
    description:
      'Short standalone questions (not quoted speech, one sentence, at most 15 words) next to another such question: a run of teasers linking to other stories.',
    test: ({ text, prev, next }) => text.endsWith('?') && isTeaserQuestion(text) && (isTeaserQuestion(prev) || isTeaserQuestion(next)),
  },
];

// ---------------------------------------------------------------------------------------

interface RawLine {
  start: number;
  end: number;
  text: string;
  /** Index of the first raw line (counting blanks) this line occupies. */
  row: number;
}

/** Non-empty lines with trimmed offsets into `body`. Handles \n, \r\n and \r endings. */
function contentLines(body: string): RawLine[] {
  const out: RawLine[] = [];
  let row = 0;
  let i = 0;
  const n = body.length;
  while (i <= n) {
    let j = i;
    while (j < n) {
      const c = body.charCodeAt(j);
      if (c === 10 || c === 13) break;
      j++;
    }
    let s = i;
    let e = j;
    while (s < e && isSpaceCode(body.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(body.charCodeAt(e - 1))) e--;
    if (s < e) out.push({ start: s, end: e, text: body.slice(s, e), row });
    row++;
    if (j >= n) break;
    i = body.charCodeAt(j) === 13 && body.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
  }
  return out;
}

/** The first rule that removes this line, or null when the line is kept. */
export function matchBoilerplate(line: LineContext): BoilerplateRule | null {
  for (const rule of BOILERPLATE_RULES) if (rule.test(line)) return rule;
  return null;
}

/** A kept line may continue the previous kept line when the text was hard-wrapped. */
/**
 * Text hard-wrapped at a fixed width (newswire, e-mail, plain-text archives): most lines are
 * long, of similar length, and end mid-sentence. Web pages saved as text put one paragraph
 * on a line instead, and most of their lines end a sentence.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  const long = lines.filter((l) => l.length >= 40);
  // Three long lines are enough to tell: a short wire item has no more.
  if (long.length < 3) return false;
  const midSentence = long.filter((l) => !endsLikeSentence(l)).length;
  const lengths = long.map((l) => l.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return midSentence / long.length >= 0.5 && median <= 100;
}

/** Month abbreviations and "No." that a wrapped line may end with, before a number. */
const BEFORE_NUMBER_END = new RegExp(`\\b(?:${Object.keys(MONTH_ABBREVIATIONS).map(capitalise).join('|')}|No|Nos|Vol)\\.$`);

/** A sentence's end, then a short label and a colon, at the end of a line. */
const WRAPPED_LABEL_END = /[.!?]["'”’)]*\s+[^\s.!?][^.!?]{0,30}:$/;

function continuesWrappedLine(prev: RawLine, next: RawLine, hardWrapped: boolean): boolean {
  if (next.row !== prev.row + 1) return false;
  if (BEFORE_NUMBER_END.test(prev.text) && /^\d/.test(next.text)) return true;
  // A lower-case start continues a hard-wrapped line even after a mark ("U.S. / officials",
  // "at a time; / the elderly"); in one-paragraph-per-line text only after : or ;.
  if (/^\p{Ll}/u.test(next.text) && (hardWrapped || /[:;]$/.test(prev.text))) return true;
  // A label that the wrap left at a line's end ("... on the Egyptian front. 1977: / Elected to
  // parliament"): the line goes on past a sentence's end, so it is no heading.
  if (hardWrapped && WRAPPED_LABEL_END.test(prev.text)) return true;
  // A wrap after an abbreviation's period ("The U.S. / Agency for ...") is no paragraph's end.
  if (hardWrapped && abbreviationContinues(prev.text, next.text)) return true;
  if (endsLikeSentence(prev.text) || /[:;]$/.test(prev.text)) return false;
  // A line that stops at a comma is not a paragraph's end in either kind of text:
  // "elsewhere in the country, / Bolanos said."
  if (/,["'”’]?$/.test(prev.text)) return true;
  // In hard-wrapped text a line also wraps before a capitalised word ("the London / Clinic").
  return /^\p{Ll}/u.test(next.text) || (hardWrapped && prev.text.length >= 40 && /^[\p{Lu}\p{N}"'`“‘($€£¥_—–]/u.test(next.text));
}

/**
 * Splits `body` into kept passages and removed boilerplate lines. Every passage and stripped
 * line carries offsets into `body`, and its `text` is exactly `body.slice(start, end)`.
 */
export function stripBoilerplate(body: string): { passages: Passage[]; stripped: StrippedLine[] } {
  const raw = contentLines(body);
  const lines = raw.map((l) => l.text);
  const wordCounts = lines.map(countWords);
  const sentenceEnds = lines.map(endsLikeSentence);
  let firstSentence = -1;
  let lastSentence = -1;
  for (let i = 0; i < lines.length; i++) {
    const n = wordCounts[i] ?? 0;
    if ((n >= 8 && sentenceEnds[i]) || n >= 25) {
      if (firstSentence < 0) firstSentence = i;
      lastSentence = i;
    }
  }
  const passages: Passage[] = [];
  const stripped: StrippedLine[] = [];
  const hardWrapped = isHardWrapped(lines);
  let lastKept: RawLine | null = null;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    if (!line) continue;
    const ctx: LineContext = {
      text: line.text,
      index: i,
      lines,
      prev: lines[i - 1] ?? null,
      next: lines[i + 1] ?? null,
      inHeader: firstSentence < 0 || i < firstSentence,
      inFooter: lastSentence >= 0 && i > lastSentence,
      firstSentence,
      lastSentence,
      wordCount: wordCounts[i] ?? 0,
      sentenceEnd: sentenceEnds[i] ?? false,
      quoted: hasQuoteMarks(line.text),
    };
    const rule = matchBoilerplate(ctx);
    if (rule) {
      stripped.push({ start: line.start, end: line.end, rule: rule.name, text: line.text });
      lastKept = null;
      continue;
    }
    const open = passages[passages.length - 1];
    if (open && lastKept && continuesWrappedLine(lastKept, line, hardWrapped)) {
      open.end = line.end;
      open.text = body.slice(open.start, open.end);
    } else {
      passages.push({ index: passages.length, start: line.start, end: line.end, text: line.text });
    }
    lastKept = line;
  }
  return { passages, stripped };
}
