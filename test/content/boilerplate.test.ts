import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BOILERPLATE_RULES, stripBoilerplate } from '../../src/content/boilerplate.ts';

/** A real-looking article paragraph so the header and footer zones exist around the line under test. */
const PARA_A = 'Officials in Washington said on Monday that talks with Beijing would continue next week, according to a statement.';
const PARA_B = 'The ministry added that it had not received any formal request for equipment from Moscow since the start of the year.';

type Where = 'top' | 'middle' | 'bottom';

/** The rule that removed `line` when placed at `where` in a small article, or null when kept. */
function ruleFor(line: string, where: Where = 'middle', neighbours: { before?: string[]; after?: string[] } = {}): string | null {
  const block = [...(neighbours.before ?? []), line, ...(neighbours.after ?? [])].join('\n\n');
  const body = where === 'top' ? `${block}\n\n${PARA_A}\n\n${PARA_B}\n` : where === 'bottom' ? `${PARA_A}\n\n${PARA_B}\n\n${block}` : `${PARA_A}\n\n${block}\n\n${PARA_B}\n`;
  const { passages, stripped } = stripBoilerplate(body);
  const hit = stripped.find((s) => s.text === line.trim());
  const kept = passages.some((p) => p.text === line.trim());
  assert.ok(hit !== undefined || kept, `line neither kept nor stripped: ${line}`);
  return hit?.rule ?? null;
}

const positives: Array<{ rule: string; line: string; where?: Where; before?: string[]; after?: string[] }> = [
  // Real lines from the china-russia-aid sources.
  { rule: 'newsletter-prompt', line: 'Keep up to Date & Bypass the Big Tech Censorship' },
  { rule: 'newsletter-prompt', line: 'Get uncensored news and updates, subscribe to our daily FREE newsletter!' },
  { rule: 'related-link', line: 'Related video: Putin isolating U.S. in Asia? Biden admin warns China against arming Russian troops in Ukraine' },
  { rule: 'related-link', line: 'Related Article: Why South Africa Joins Russia, China Naval Drills?', where: 'bottom' },
  { rule: 'widget-heading', line: 'Recommended Books [ see all ]' },
  { rule: 'ui-control', line: 'Translate »', where: 'bottom' },
  { rule: 'breadcrumb', line: 'Home » The US claims Russia may receive armaments’ from China to bolster offensive', where: 'top' },
  { rule: 'masthead', line: 'Breaking News Politics', where: 'top' },
  { rule: 'masthead', line: 'Bangkok One News', where: 'top', after: ['The US claims Russia may receive armaments’ from China to bolster offensive'] },
  { rule: 'byline', line: 'Fahad Shabbir (@FahadShabbir) Published February 19, 2023 | 06:20 AM', where: 'top' },
  { rule: 'date-stamp', line: ' date 2023-02-19 UrduPoint.com', where: 'top' },
  { rule: 'bare-handle', line: '@YouTube', where: 'bottom' },
  {
    rule: 'teaser-question',
    line: 'What kind of assistance does China give Russia?',
    after: ['What armaments is Ukraine receiving?', 'The Wagner Group of Russian mercenaries is what?'],
  },
  { rule: 'teaser-question', line: 'The Wagner Group of Russian mercenaries is what?', before: ['What armaments is Ukraine receiving?'] },
  // Synthetic lines of the same kinds, worded differently.
  { rule: 'newsletter-prompt', line: 'Sign up for our weekly newsletter' },
  { rule: 'newsletter-prompt', line: 'Stay informed: get the latest headlines delivered to your inbox' },
  { rule: 'related-link', line: 'READ MORE: Kremlin rejects peace plan' },
  { rule: 'related-link', line: 'See also - What the sanctions mean for oil prices' },
  { rule: 'widget-heading', line: 'Most Read' },
  { rule: 'ui-control', line: 'Advertisement' },
  { rule: 'ui-control', line: 'Share this article' },
  { rule: 'breadcrumb', line: 'News › World › Asia › China warns US', where: 'top' },
  { rule: 'masthead', line: 'World News Asia', where: 'top' },
  { rule: 'masthead', line: 'The Daily Herald', where: 'top', after: ['Putin and Xi sign a new energy deal in Moscow'] },
  { rule: 'masthead', line: 'The Daily Herald', where: 'bottom' },
  { rule: 'masthead', line: 'example-news.com', where: 'bottom' },
  { rule: 'byline', line: 'By Jane Doe, Reuters', where: 'top' },
  { rule: 'byline', line: 'Last updated: March 3, 2023 at 10:15 GMT', where: 'top' },
  { rule: 'byline', line: 'Reporting by Jane Doe in Munich; Editing by John Roe', where: 'bottom' },
  { rule: 'date-stamp', line: 'Monday, 20 February 2023 10:15 GMT', where: 'top' },
  { rule: 'bare-handle', line: '#Ukraine #China https://example.com/video' },
  { rule: 'teaser-question', line: 'Who is Wang Yi?', after: ['Why did the balloon matter?'] },
];

describe('boilerplate rules', () => {
  it('every rule has a kebab-case name, a description and a test', () => {
    const names = new Set<string>();
    for (const rule of BOILERPLATE_RULES) {
      assert.match(rule.name, /^[a-z][a-z-]*$/);
      assert.ok(rule.description.length > 20, rule.name);
      assert.equal(typeof rule.test, 'function');
      assert.ok(!names.has(rule.name), `duplicate rule ${rule.name}`);
      names.add(rule.name);
    }
  });

  it('every rule is exercised by a positive example below', () => {
    const covered = new Set(positives.map((p) => p.rule));
    assert.deepEqual([...BOILERPLATE_RULES.map((r) => r.name)].sort(), [...covered].sort());
  });

  for (const p of positives) {
    it(`${p.rule} strips ${JSON.stringify(p.line)}`, () => {
      const neighbours = { ...(p.before ? { before: p.before } : {}), ...(p.after ? { after: p.after } : {}) };
      assert.equal(ruleFor(p.line, p.where ?? 'middle', neighbours), p.rule);
    });
  }
});

describe('boilerplate rules keep real text', () => {
  const keep: Array<{ why: string; line: string; where?: Where; before?: string[]; after?: string[] }> = [
    { why: 'paragraph that mentions subscribing', line: 'Millions of Russians subscribe to state television channels, which have carried the Kremlin line since the war began.' },
    { why: 'short sentence about a subscription', line: 'Users who subscribe to the service pay $10 a month.' },
    { why: 'paragraph that mentions a newsletter', line: 'The weekly newsletter, published by the ministry, said China would not send arms.' },
    { why: 'paragraph ending with a quoted question', line: 'Reporters asked Blinken, “Will China send weapons?”' },
    { why: 'two quoted questions in a row', line: '“What happens next?”', after: ['“Who decides?”'] },
    { why: 'one standalone question (a subheading)', line: 'What happens next?' },
    { why: 'a long question paragraph', line: 'Will Beijing now decide to supply artillery shells and drones to Moscow, as American officials have warned in recent days, or will it hold back?', after: ['What armaments is Ukraine receiving?'] },
    { why: 'headline at the top', line: 'China is considering giving Russia ‘lethal’ military aid in Ukraine', where: 'top' },
    { why: 'short headline at the top', line: 'Putin Signs Order', where: 'top' },
    { why: 'headline ending in a masthead word', line: 'China Denies Balloon Report', where: 'top' },
    { why: 'headline ending in a masthead word above a byline', line: 'China Denies Balloon Report', where: 'top', after: ['By Jane Doe'] },
    { why: 'mid-article subheading', line: 'US: China Considers Giving Russia \'Lethal\' Military Aid' },
    { why: 'mid-article subheading', line: 'Blinken\'s Warning May Let China Pull Back' },
    { why: 'site-name-like line in the middle', line: 'Bangkok One News' },
    { why: 'dateline opening a paragraph', line: 'WASHINGTON (UrduPoint News / Sputnik - 19th February, 2023) US Secretary of State Antony Blinken says Washington is concerned.' },
    { why: 'sentence with a publication date', line: 'The report was published February 19, 2023 by the ministry.' },
    { why: 'sentence starting with By', line: 'By Land and Sea, China Moves Closer to Russia', where: 'top' },
    { why: 'sentence about reporting by someone', line: 'Reporting by Reuters showed the shipments continued.' },
    { why: 'sentence starting with Related', line: 'Related talks in Munich: officials met for an hour.' },
    { why: 'sentence with a handle inside', line: 'The embassy wrote on @Twitter that the claims were false and would be answered.' },
    { why: 'quoted call to stay informed', line: '“Stay informed and keep up to date with events,” the minister told citizens.' },
  ];
  for (const k of keep) {
    it(`keeps ${k.why}`, () => {
      const neighbours = { ...(k.before ? { before: k.before } : {}), ...(k.after ? { after: k.after } : {}) };
      assert.equal(ruleFor(k.line, k.where ?? 'middle', neighbours), null);
    });
  }
});

describe('stripBoilerplate offsets', () => {
  it('gives trimmed, verbatim offsets for passages and stripped lines with CRLF and odd spaces', () => {
    const body = '\uFEFFBreaking News Politics\r\n\r\n  A headline here  \r\n\u00a0 \r\nFirst paragraph, which says something useful about the talks in Munich.\r\nTranslate »';
    const { passages, stripped } = stripBoilerplate(body);
    for (const x of [...passages, ...stripped]) {
      assert.equal(body.slice(x.start, x.end), x.text);
      assert.equal(x.text, x.text.trim());
      assert.ok(x.text.length > 0);
    }
    assert.deepEqual(passages.map((p) => [p.index, p.text]), [
      [0, 'A headline here'],
      [1, 'First paragraph, which says something useful about the talks in Munich.'],
    ]);
    assert.deepEqual(stripped.map((s) => [s.rule, s.text]), [['masthead', 'Breaking News Politics'], ['ui-control', 'Translate »']]);
  });

  it('joins hard-wrapped lines of one paragraph into one passage, keeping the newline verbatim', () => {
    const body = `${PARA_A}\n\nThe talks in Munich lasted an hour and\ncovered the balloon and Ukraine.\nA second paragraph starts here and is separate.`;
    const { passages } = stripBoilerplate(body);
    assert.deepEqual(passages.map((p) => p.text), [
      PARA_A,
      'The talks in Munich lasted an hour and\ncovered the balloon and Ukraine.',
      'A second paragraph starts here and is separate.',
    ]);
    for (const p of passages) assert.equal(body.slice(p.start, p.end), p.text);
  });

  it('returns nothing for an empty or blank body', () => {
    assert.deepEqual(stripBoilerplate(''), { passages: [], stripped: [] });
    assert.deepEqual(stripBoilerplate(' \n\t\n\u00a0'), { passages: [], stripped: [] });
  });
});
