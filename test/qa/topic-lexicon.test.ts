/**
 * A topic's own vocabulary lives in briefs/<topic>/lexicon.yml, not in code: the parser
 * reports problems at their line, the loader keeps serving the topic, and the engine answers
 * with a topic's synonyms once its lexicon is registered. General knowledge of countries
 * (capitals and demonyms fold into one term) comes from the gazetteer for every topic.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadBriefs, loadTopic } from '../../src/content/brief-loader.ts';
import { parseTopicLexicon } from '../../src/content/topic-lexicon.ts';
import { deriveGazetteer, type GazetteerData } from '../../src/qa/country-data.ts';
import { countryTermOf, GAZETTEER_FILE, isCountryTerm, PLACE_WORDS } from '../../src/qa/gazetteer.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { CURRENCY_RE } from '../../src/qa/quantities.ts';
import { WordNet } from '../../src/qa/wordnet.ts';
import { repoRoot } from '../helpers/make-core.ts';

describe('gazetteer', () => {
  it('folds a country, its capital and its demonym into one term', () => {
    assert.equal(termOf('paris'), '~france');
    assert.equal(termOf('french'), '~france');
    assert.equal(termOf('france'), '~france');
    assert.equal(countryTermOf('Ottawa'), '~canada');
    assert.equal(termOf('america'), '~united states');
    assert.equal(termOf('americans'), '~united states');
    assert.ok(isCountryTerm('~france'));
    assert.ok(!isCountryTerm('~weapon'));
    // A national's noun that is not the demonym, from WordNet: "Danes" are Denmark's.
    assert.equal(termOf('danes'), '~denmark');
    assert.equal(termOf('spaniard'), '~spain');
  });

  it("takes WordNet's nouns for nationals, not peoples nor words whose commonest sense is another", () => {
    const wn = WordNet.open();
    assert.ok(wn);
    assert.deepEqual(wn.peopleOf('Denmark'), ['dane']);
    assert.ok(wn.peopleOf('Finland').includes('finn'));
    assert.ok(!wn.peopleOf('Rwanda').includes('tutsi'), 'a people, not the nationals');
    assert.ok(!wn.peopleOf('Poland').includes('pole'), 'first a rod');
    assert.deepEqual(wn.peopleOf('Atlantis'), []);
  });

  it('reads a synset line longer than its read buffer to the end', () => {
    // A made-up dictionary: a place whose line (over 8 kB of pointers) ends with its member, a national.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefbot-wordnet-'));
    try {
      const pointers = [...Array.from({ length: 500 }, () => '@ 00000000 n 0000'), '%m OFFSET_B n 0000'];
      const a = `00000000 15 n 01 longo 0 ${pointers.length} ${pointers.join(' ')} | a place\n`;
      const b = `${String(Buffer.byteLength(a)).padStart(8, '0')} 18 n 01 longite 0 000 | a native or inhabitant of Longo\n`;
      const offsetB = b.slice(0, 8);
      writeFileSync(path.join(dir, 'data.noun'), a.replace('OFFSET_B', offsetB) + b);
      writeFileSync(path.join(dir, 'index.noun'), `longite n 1 0 1 0 ${offsetB}\nlongo n 1 0 1 0 00000000\n`);
      for (const f of ['index.verb', 'index.adj', 'data.verb', 'data.adj']) writeFileSync(path.join(dir, f), '');
      assert.ok(Buffer.byteLength(a) > 8192);
      assert.deepEqual(WordNet.open(dir)?.peopleOf('Longo'), ['longite']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('adds the nouns for nationals to their country with their plurals, unless a country has the word', () => {
    const rec = (common: string, demonym: string) => ({ name: { common, official: common }, altSpellings: [], capital: [], demonyms: { eng: { m: demonym, f: demonym } }, unMember: true });
    const g = deriveGazetteer([rec('Valmoria', 'Valmoran'), rec('Tolmia', 'Tolmish')], (c) => (c === 'tolmia' ? ['tolm', 'valmoran'] : []));
    assert.deepEqual(g.groups.find((x) => x[0] === 'tolmia'), ['tolmia', 'tolmish', 'tolm', 'tolms']);
    assert.ok(g.demonyms.includes('tolms'));
    assert.deepEqual(g.groups.find((x) => x[0] === 'valmoria'), ['valmoria', 'valmoran', 'valmorans'], 'taken by its own country');
  });

  it('knows every country\'s currency for sums of money, but not currency words that are everyday English', () => {
    const rec = { name: { common: 'Valmoria', official: 'Valmoria' }, altSpellings: [], capital: [], unMember: true, currencies: { VLK: { name: 'Valmoran kwint' }, VLM: { name: 'Valmoran mark' } } };
    assert.deepEqual(deriveGazetteer([rec]).currencies, ['kwint'], '"the 10,000 mark" is no sum');
    assert.ok(CURRENCY_RE.test('The government has set aside 12 million kwacha to repair the water system.'));
    assert.ok(CURRENCY_RE.test('a fine of 40,000 shekels'));
    assert.ok(!CURRENCY_RE.test('The Dow closed above the 9,000 mark.'));
  });

  it('knows capitals of member states as places, but not names used as dependency capitals', () => {
    assert.ok(PLACE_WORDS.has('nairobi'));
    assert.ok(PLACE_WORDS.has('lumpur'));
    assert.ok(!PLACE_WORDS.has('stanley'));
    assert.ok(!PLACE_WORDS.has('the'));
  });
});

describe('gazetteer stored by the build', () => {
  it('is read from gazetteer.json next to the module when there is one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefbot-gazetteer-'));
    try {
      const here = fileURLToPath(new URL('../../src/qa/', import.meta.url));
      for (const f of ['gazetteer.ts', 'country-data.ts', 'wordnet.ts', 'wordnet-reader.ts', 'wordnet-dict.ts', 'verb-forms.ts']) writeFileSync(path.join(dir, f), readFileSync(path.join(here, f)));
      const stored: GazetteerData = { ...deriveGazetteer([]), groups: [['valmoria', 'valmoran']], places: ['portvale'] };
      writeFileSync(path.join(dir, GAZETTEER_FILE), JSON.stringify(stored));
      writeFileSync(path.join(dir, 'package.json'), '{"type": "module"}');
      // A fresh process imports the copy, as the CLI imports the module beside its build.
      const script = `
        const copy = await import(${JSON.stringify(pathToFileURL(path.join(dir, 'gazetteer.ts')).href)});
        console.log(JSON.stringify([copy.countryTermOf('Valmoran'), copy.PLACE_WORDS.has('portvale'), copy.countryTermOf('France')]));`;
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const [valmoran, portvale, france] = JSON.parse(r.stdout) as [string | null, boolean, string | null];
      assert.equal(valmoran, '~valmoria');
      assert.ok(portvale);
      assert.equal(france, null, 'the package was not read');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parseTopicLexicon', () => {
  it('reads synonyms, institutions, places and organisations', () => {
    const text = 'synonyms:\n  - [Strike, downed tools, walkout]\ninstitutions:\n  port authority: Canada\nplaces: [Valmora]\norganisations: [dockers union]\n';
    const { lexicon, issues } = parseTopicLexicon(text, 'briefs/t/lexicon.yml');
    assert.deepEqual(issues, []);
    assert.deepEqual(lexicon, { synonyms: [['strike', 'downed tools', 'walkout']], institutions: { 'port authority': 'canada' }, places: ['valmora'], organisations: ['dockers union'] });
  });

  it('names the line and the fix of each problem and keeps the rest', () => {
    const text = 'synonyms:\n  - [strike, walkout]\n  - [alone]\n  - [ok, "<b>bad</b>"]\ncolour: blue\nplaces: valmora\n';
    const { lexicon, issues } = parseTopicLexicon(text, 'briefs/t/lexicon.yml');
    assert.deepEqual(lexicon.synonyms, [['strike', 'walkout']]);
    const at = (line: number, re: RegExp): boolean => issues.some((i) => i.line === line && re.test(i.message));
    assert.ok(at(3, /at least two words/), JSON.stringify(issues));
    assert.ok(at(4, /not a word or phrase/), JSON.stringify(issues));
    assert.ok(at(5, /unknown key "colour"/), JSON.stringify(issues));
    assert.ok(at(6, /places must be a list/), JSON.stringify(issues));
    for (const i of issues) {
      assert.equal(i.severity, 'warning');
      assert.equal(i.path, 'briefs/t/lexicon.yml');
      assert.ok(i.fix);
    }
  });

  it('reports broken YAML at its line and uses no lexicon', () => {
    const { lexicon, issues } = parseTopicLexicon('synonyms:\n  - [strike, walkout\nplaces: [a]\n', 'briefs/t/lexicon.yml');
    assert.deepEqual(lexicon.synonyms, []);
    assert.equal(issues.length, 1);
    assert.match(issues[0]?.message ?? '', /not valid YAML/);
    assert.ok((issues[0]?.line ?? 0) >= 2);
  });
});

const SOURCE = 'Stevedores at Valmora harbour downed tools on Monday 9 November over pay. The shipping lines diverted twelve vessels to other harbours.\n';
const SOURCES_YML = '- id: wire-1\n  file: wire-1.txt\n  title: Valmora harbour\n  outlet: Coast Wire\n  published: 2026-11-10\n  url: null\n';

function makeTopic(root: string, slug: string, lexicon: string | null): void {
  const dir = path.join(root, 'briefs', slug);
  mkdirSync(path.join(dir, 'sources'), { recursive: true });
  writeFileSync(path.join(dir, 'topic.yml'), `title: ${slug}\n`);
  writeFileSync(path.join(dir, 'sources', 'wire-1.txt'), SOURCE);
  writeFileSync(path.join(dir, 'sources', 'sources.yml'), SOURCES_YML);
  if (lexicon !== null) writeFileSync(path.join(dir, 'lexicon.yml'), lexicon);
}

describe('a topic lexicon in the loader and the engine', () => {
  it('answers with the topic\'s synonyms only once its lexicon is there', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'briefbot-lexicon-'));
    try {
      makeTopic(root, 'plain', null);
      const plain = await loadBriefs(path.join(root, 'briefs'), root);
      const before = new QaEngine(plain.catalog).ask('Why was there a walkout?', { topic: 'plain' });
      assert.equal(before.abstained, true, 'no document says "walkout"');

      makeTopic(root, 'harbour', 'synonyms:\n  - [strike, downed tools, walkout]\n');
      const loaded = await loadBriefs(path.join(root, 'briefs'), root);
      const brief = loaded.catalog.list().find((b) => b.slug === 'harbour');
      assert.deepEqual(brief?.lexicon?.synonyms, [['strike', 'downed tools', 'walkout']]);
      const after = new QaEngine(loaded.catalog).ask('Why was there a walkout?', { topic: 'harbour' });
      assert.equal(after.abstained, false, after.answer);
      assert.match(after.citations[0]?.quote ?? '', /downed tools on Monday 9 November over pay/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('serves a topic whose lexicon.yml is broken, with a warning naming the file', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'briefbot-lexicon-'));
    try {
      makeTopic(root, 'broken', 'synonyms: [[strike\n');
      const load = await loadTopic(path.join(root, 'briefs', 'broken'), root);
      assert.ok(load.sourcesOnly, 'still served from its sources');
      const issue = load.issues.find((i) => i.path === 'briefs/broken/lexicon.yml');
      assert.equal(issue?.severity, 'warning');
      assert.match(issue?.message ?? '', /not valid YAML/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
