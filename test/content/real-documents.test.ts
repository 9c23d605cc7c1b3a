/**
 * The five real china-russia-aid articles: what is kept, what is stripped (and by which
 * rule), and that every passage and sentence is a verbatim slice of the original body.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildSourceDocument } from '../../src/content/source-loader.ts';
import type { SourceDocument } from '../../src/domain/document-types.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sourcesDir = path.join(repoRoot, 'briefs', 'china-russia-aid', 'sources');

function load(file: string): SourceDocument {
  const body = readFileSync(path.join(sourcesDir, file), 'utf8');
  const meta = { id: 'x', file, title: null, outlet: null, published: null, url: null };
  return buildSourceDocument(meta, body, 'china-russia-aid', `briefs/china-russia-aid/sources/${file}`);
}

interface Expectation {
  file: string;
  passages: number;
  stripped: Array<[rule: string, text: string]>;
  firstPassage: string;
  keptStartsWith: string[];
  lastPassageStartsWith: string;
}

const expectations: Expectation[] = [
  {
    file: '000_3fe693ddca6ee84f.txt',
    passages: 10,
    stripped: [
      ['date-stamp', 'date 2023-02-19 UrduPoint.com'],
      ['byline', 'Fahad Shabbir (@FahadShabbir) Published February 19, 2023 | 06:20 AM'],
    ],
    firstPassage: "Blinken Expresses 'Deep Concern' Over Possibility Of China's 'Lethal Assistance' To Russia",
    keptStartsWith: ['WASHINGTON (UrduPoint News / Sputnik - 19th February, 2023) US Secretary of State Antony Blinken', '"We have not seen them cross that line," Blinken told NBC news'],
    lastPassageStartsWith: 'Wang Yi said at the Munich Security Conference on Saturday',
  },
  {
    file: '001_d018a89bbe1152b2.txt',
    passages: 16,
    stripped: [
      ['newsletter-prompt', 'Keep up to Date & Bypass the Big Tech Censorship'],
      ['newsletter-prompt', 'Get uncensored news and updates, subscribe to our daily FREE newsletter!'],
      ['widget-heading', 'Recommended Books [ see all ]'],
      ['related-link', 'Related video: Putin isolating U.S. in Asia? Biden admin warns China against arming Russian troops in Ukraine'],
    ],
    firstPassage: 'China is considering giving Russia ‘lethal’ military aid in Ukraine',
    keptStartsWith: ['The US has warned that China is considering supplying Russia', 'U.S. Secretary of State Antony Blinken met top Chinese diplomat Wang Yi', '“We have seen some political and rhetorical support'],
    lastPassageStartsWith: 'Russia and China have grown increasingly close',
  },
  {
    file: '002_3080a2372b512472.txt',
    passages: 17,
    stripped: [
      ['related-link', 'Related Article: Why South Africa Joins Russia, China Naval Drills?'],
      ['bare-handle', '@YouTube'],
    ],
    firstPassage: 'According to US Secretary of State Antony Blinken, China is considering sending Russia arms and ammunition for the war in Ukraine.',
    keptStartsWith: ["US: China Considers Giving Russia 'Lethal' Military Aid", "Blinken's Warning May Let China Pull Back", 'Meanwhile, on Sunday, Jack Keane'],
    lastPassageStartsWith: 'Blinken stated that during his discussions in Munich',
  },
  {
    file: '003_f448b8a3a532feaf.txt',
    passages: 33,
    stripped: [
      ['masthead', 'Bangkok One News'],
      ['breadcrumb', 'Home » The US claims Russia may receive armaments’ from China to bolster offensive'],
      ['masthead', 'Breaking News Politics'],
      ['teaser-question', 'What kind of assistance does China give Russia?'],
      ['teaser-question', 'What armaments is Ukraine receiving?'],
      ['teaser-question', 'The Wagner Group of Russian mercenaries is what?'],
      ['ui-control', 'Translate »'],
    ],
    firstPassage: 'The US claims Russia may receive armaments’ from China to bolster offensive',
    keptStartsWith: ['“China firms have so far assisted Russia in Ukraine', 'According to Mr. Blinken, “there’s really no difference', 'It would be a “major problem for us'],
    lastPassageStartsWith: 'Then early on Sunday morning, Beijing issued a warning',
  },
  {
    file: '004_210360c1a760f1ee.txt',
    passages: 13,
    stripped: [],
    firstPassage: 'China has guaranteed the US and other nations that it will not provide Russia with deadly weapons that may be used against Ukraine, according to Secretary of State Antony Blinken, who met with Chinese leader Xi Jinping on June 19.',
    keptStartsWith: ['On February 24, Pentagon press secretary Brig. Gen. Patrick Ryder'],
    lastPassageStartsWith: '“It would prolong this conflict.',
  },
];

describe('real china-russia-aid sources', () => {
  for (const e of expectations) {
    describe(e.file, () => {
      const doc = load(e.file);

      it('strips exactly the boilerplate lines, each with its rule', () => {
        assert.deepEqual(doc.stripped.map((s) => [s.rule, s.text]), e.stripped);
      });

      it('keeps the headline and the article paragraphs', () => {
        assert.equal(doc.passages.length, e.passages);
        assert.equal(doc.passages[0]?.text, e.firstPassage);
        for (const start of e.keptStartsWith) assert.ok(doc.passages.some((p) => p.text.startsWith(start)), `missing passage: ${start}`);
        assert.ok(doc.passages.at(-1)?.text.startsWith(e.lastPassageStartsWith));
      });

      it('has verbatim, ordered, non-overlapping passages, stripped lines and sentences', () => {
        const ranges = [...doc.passages, ...doc.stripped].sort((a, b) => a.start - b.start);
        for (let i = 0; i < ranges.length; i++) {
          const r = ranges[i];
          assert.ok(r);
          assert.equal(doc.body.slice(r.start, r.end), r.text);
          assert.equal(r.text, r.text.trim());
          if (i > 0) assert.ok(r.start >= (ranges[i - 1]?.end ?? 0));
        }
        doc.passages.forEach((p, i) => assert.equal(p.index, i));
        doc.sentences.forEach((s, i) => {
          assert.equal(s.index, i);
          assert.equal(doc.body.slice(s.start, s.end), s.text);
          const p = doc.passages[s.passageIndex];
          assert.ok(p && s.start >= p.start && s.end <= p.end, `sentence ${i} outside its passage`);
        });
        // Every non-whitespace character of a passage belongs to exactly one sentence.
        for (const p of doc.passages) {
          const covered = doc.sentences.filter((s) => s.passageIndex === p.index).map((s) => s.text).join('');
          assert.equal(covered.replace(/\s+/g, ''), p.text.replace(/\s+/g, ''));
        }
      });

      it('loses no article text: every non-blank line is either a passage or a stripped line', () => {
        const lines = doc.body.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
        const accounted = new Set([...doc.passages.map((p) => p.text), ...doc.stripped.map((s) => s.text)]);
        for (const line of lines) assert.ok(accounted.has(line), `unaccounted line: ${line}`);
      });
    });
  }

  it('splits known sentences of the real documents correctly', () => {
    const sentences = (file: string): string[] => load(file).sentences.map((s) => s.text);
    assert.ok(sentences('004_210360c1a760f1ee.txt').includes(
      'On February 24, Pentagon press secretary Brig. Gen. Patrick Ryder stated that while there was no proof of China actually supplying weaponry to Russia, the CCP has not ruled it out.',
    ));
    assert.ok(sentences('001_d018a89bbe1152b2.txt').includes(
      'U.S. Secretary of State Antony Blinken met top Chinese diplomat Wang Yi at an undisclosed location on the sides of a global security conference in Munich.',
    ));
    const s003 = sentences('003_f448b8a3a532feaf.txt');
    assert.ok(s003.includes('It is obvious that Mr. Blinken’s warning is intended to stop China from taking that action.'));
    assert.ok(s003.includes('When Mr. Blinken and Mr. Wang met, they also had a heated discussion about the ongoing dispute over the allegedly Chinese surveillance balloon that was shot down over the US.'));
    assert.ok(s003.includes(
      'According to Antonio Tajani, the foreign minister of Italy, on Friday, February 24, the Chinese President, Mr. Xi, is due to give a “peace speech” on the anniversary of Russia’s invasion of Ukraine.',
    ));
    assert.ok(s003.includes('As this was happening, Mr. Wang referred to the incident as a “political farce produced by the US” and accused them of “using every means to hinder and suppress China.”'));
    assert.ok(sentences('002_3080a2372b512472.txt').includes('Blinken said, "Yes," when asked if the State Department was working on a legal finding of genocide.'));
  });
});
