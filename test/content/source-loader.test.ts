import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FileIssue } from '../../src/domain/errors.ts';
import { buildSourceDocument, loadSources, slugifySourceId } from '../../src/content/source-loader.ts';
import { isIsoDate, parseSourcesYaml } from '../../src/content/sources-yaml.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tempRoots: string[] = [];
after(async () => {
  await Promise.all(tempRoots.map((d) => rm(d, { recursive: true, force: true })));
});

const ARTICLE = 'China Weighs Arms for Russia\n\nBlinken said on Sunday that China was considering lethal aid. Mr. Wang denied it.\n';

/** Makes <tmp>/briefs/<topic>/sources with the given files; returns the repo root and topic dir. */
async function makeTopic(files: Record<string, string>, topic = 'demo'): Promise<{ root: string; topicDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'briefbot-sources-'));
  tempRoots.push(root);
  const topicDir = path.join(root, 'briefs', topic);
  await mkdir(path.join(topicDir, 'sources'), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(topicDir, 'sources', name), text);
  return { root, topicDir };
}

function brief(issues: FileIssue[]): Array<[string, number, string, string]> {
  return issues.map((i) => [i.severity, i.line, i.path, i.message]);
}

describe('loadSources', () => {
  it('loads listed sources in sources.yml order with their metadata and repo-relative paths', async () => {
    const yml = [
      '# comment line',
      '- id: second-story',
      '  file: b.txt',
      '  title: "Second: a story"',
      '  outlet: Example News',
      '  published: 2023-02-19',
      '  url: https://example.com/b',
      '- id: first-story',
      "  file: 'a.txt'",
      '  title: null',
      '  published: ~',
      '',
    ].join('\n');
    const { root, topicDir } = await makeTopic({ 'sources.yml': yml, 'a.txt': ARTICLE, 'b.txt': ARTICLE });
    const { documents, issues } = await loadSources(topicDir, root, 'demo');
    assert.deepEqual(issues, []);
    assert.deepEqual(documents.map((d) => d.meta), [
      { id: 'second-story', file: 'b.txt', title: 'Second: a story', outlet: 'Example News', published: '2023-02-19', url: 'https://example.com/b' },
      { id: 'first-story', file: 'a.txt', title: null, outlet: null, published: null, url: null },
    ]);
    const doc = documents[1];
    assert.ok(doc);
    assert.equal(doc.path, 'briefs/demo/sources/a.txt');
    assert.equal(doc.topic, 'demo');
    assert.equal(doc.body, ARTICLE);
    assert.deepEqual(doc.sentences.map((s) => s.text), ['China Weighs Arms for Russia', 'Blinken said on Sunday that China was considering lethal aid.', 'Mr. Wang denied it.']);
  });

  it('reports each metadata error on its line and skips only the broken entries', async () => {
    const yml = [
      '- id: good', //            1
      '  file: a.txt', //          2
      '- file: b.txt', //          3  missing id
      '- id: no-file', //          4  missing file
      '- id: good', //             5  duplicate id
      '  file: c.txt', //          6
      '- id: Bad_ID', //           7  bad id
      '  file: c.txt', //          8
      '- id: bad-date', //         9
      '  file: c.txt', //         10
      '  published: 2023-02-30', // 11 not a real date
      '- id: missing', //         12
      '  file: nowhere.txt', //   13 missing file
      '- id: extra', //           14
      '  file: c.txt', //         15
      '  author: Someone', //     16 unknown field (warning)
      '- id: bad-url', //         17
      '  file: c.txt', //         18
      '  url: example.com', //    19
      '- id: slash', //           20
      '  file: ../escape.txt', // 21
    ].join('\n');
    const { root, topicDir } = await makeTopic({ 'sources.yml': yml, 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'c.txt': ARTICLE });
    const { documents, issues } = await loadSources(topicDir, root, 'demo');
    const p = 'briefs/demo/sources/sources.yml';
    assert.deepEqual(brief(issues), [
      ['error', 3, p, 'source is missing its id'],
      ['error', 4, p, 'source is missing its file'],
      ['error', 5, p, 'duplicate source id "good" (first used on line 1)'],
      ['error', 7, p, 'bad source id "Bad_ID"'],
      ['error', 11, p, 'bad published date "2023-02-30"'],
      ['error', 13, p, 'file "nowhere.txt" not found in briefs/demo/sources'],
      ['warning', 16, p, 'unknown field "author" is ignored'],
      ['error', 19, p, 'bad url "example.com"'],
      ['error', 21, p, 'bad file "../escape.txt"'],
      // b.txt was only named by the entry without an id, so it is auto-listed.
      ['warning', 1, 'briefs/demo/sources/b.txt', 'not listed in briefs/demo/sources/sources.yml; loaded as source "b" with unknown title, outlet, date and url'],
    ].sort((a, b) => (a[2] === b[2] ? (a[1] as number) - (b[1] as number) : String(a[2]) < String(b[2]) ? -1 : 1)));
    assert.ok(issues.every((i) => typeof i.fix === 'string' && i.fix.length > 0));
    assert.deepEqual(documents.map((d) => d.meta.id), ['good', 'extra', 'b']);
  });

  it('reports YAML syntax errors with their line', async () => {
    const yml = '- id: one\n  file: a.txt\n- id: two\n  file: a: b\n  title: x\n';
    const { root, topicDir } = await makeTopic({ 'sources.yml': yml, 'a.txt': ARTICLE });
    const { issues, documents } = await loadSources(topicDir, root, 'demo');
    const errors = issues.filter((i) => i.severity === 'error');
    assert.ok(errors.length >= 1);
    assert.match(errors[0]?.message ?? '', /^YAML syntax error/);
    assert.equal(errors[0]?.line, 4);
    assert.equal(errors[0]?.path, 'briefs/demo/sources/sources.yml');
    // The unreadable sources.yml lists nothing, so a.txt is still loaded (with a warning).
    assert.deepEqual(documents.map((d) => d.meta.id), ['a']);
  });

  it('reports an unterminated quote as a YAML syntax error', async () => {
    const { root, topicDir } = await makeTopic({ 'sources.yml': '- id: one\n  file: "a.txt\n', 'a.txt': ARTICLE });
    const { issues } = await loadSources(topicDir, root, 'demo');
    const error = issues.find((i) => i.severity === 'error');
    assert.match(error?.message ?? '', /^YAML syntax error: Missing closing "quote/);
    assert.ok((error?.line ?? 0) >= 2);
  });

  it('requires a list at the top level', async () => {
    const { root, topicDir } = await makeTopic({ 'sources.yml': '\n\nid: one\nfile: a.txt\n' });
    const { issues } = await loadSources(topicDir, root, 'demo');
    assert.deepEqual(brief(issues), [['error', 3, 'briefs/demo/sources/sources.yml', 'sources.yml must be a list of sources']]);
  });

  it('loads unlisted .txt/.md files with a slugified id and a warning, and ignores other files', async () => {
    const yml = '- id: 000-3fe693ddca6ee84f\n  file: listed.txt\n';
    const { root, topicDir } = await makeTopic({
      'sources.yml': yml,
      'listed.txt': ARTICLE,
      '000_3fe693ddca6ee84f.txt': ARTICLE, // slug collides with the listed id
      'Notes From Kyiv.md': ARTICLE,
      'README.md': '# how to add sources',
      '.hidden.txt': ARTICLE,
      'image.png': 'not text',
    });
    const { documents, issues } = await loadSources(topicDir, root, 'demo');
    assert.deepEqual(documents.map((d) => [d.meta.id, d.meta.file]), [
      ['000-3fe693ddca6ee84f', 'listed.txt'],
      ['000-3fe693ddca6ee84f-2', '000_3fe693ddca6ee84f.txt'],
      ['notes-from-kyiv', 'Notes From Kyiv.md'],
    ]);
    assert.deepEqual(documents[2]?.meta, { id: 'notes-from-kyiv', file: 'Notes From Kyiv.md', title: null, outlet: null, published: null, url: null });
    assert.deepEqual(issues.map((i) => [i.severity, i.path, i.line]), [
      ['warning', 'briefs/demo/sources/000_3fe693ddca6ee84f.txt', 1],
      ['warning', 'briefs/demo/sources/Notes From Kyiv.md', 1],
    ]);
    assert.match(issues[0]?.fix ?? '', /add "- id: 000-3fe693ddca6ee84f-2" with "file: 000_3fe693ddca6ee84f\.txt"/);
  });

  it('works without sources.yml: every text file is auto-listed with a warning', async () => {
    const { root, topicDir } = await makeTopic({ 'b.txt': ARTICLE, 'a.txt': ARTICLE });
    const { documents, issues } = await loadSources(topicDir, root, 'demo');
    assert.deepEqual(documents.map((d) => d.meta.id), ['a', 'b']);
    assert.deepEqual(issues.map((i) => [i.severity, i.path]), [
      ['warning', 'briefs/demo/sources/a.txt'],
      ['warning', 'briefs/demo/sources/b.txt'],
    ]);
  });

  it('warns when the topic has no sources folder', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'briefbot-sources-'));
    tempRoots.push(root);
    await mkdir(path.join(root, 'briefs', 'empty'), { recursive: true });
    const { documents, issues } = await loadSources(path.join(root, 'briefs', 'empty'), root, 'empty');
    assert.deepEqual(documents, []);
    assert.deepEqual(brief(issues).map(([s, l, p]) => [s, l, p]), [['warning', 1, 'briefs/empty/sources']]);
  });

  it('loads the real china-russia-aid topic without errors', async () => {
    const { documents, issues } = await loadSources(path.join(repoRoot, 'briefs', 'china-russia-aid'), repoRoot, 'china-russia-aid');
    assert.deepEqual(issues.filter((i) => i.severity === 'error'), []);
    assert.deepEqual(documents.map((d) => d.meta.file).sort(), [
      '000_3fe693ddca6ee84f.txt',
      '001_d018a89bbe1152b2.txt',
      '002_3080a2372b512472.txt',
      '003_f448b8a3a532feaf.txt',
      '004_210360c1a760f1ee.txt',
    ]);
    for (const d of documents) {
      assert.equal(d.body, await readFile(path.join(repoRoot, d.path), 'utf8'));
      assert.ok(d.sentences.length > 5);
    }
  });
});

describe('sources.yml fast reader', () => {
  const samples = [
    '- id: a\n  file: a.txt\n  title: "He said: \'no\'" # trailing comment\n  outlet: It\'s News\n  published: 2023-02-19\n  url: null\n',
    "- id: b\r\n  file: 'b''s.txt'\r\n  title: ~\r\n\r\n# between\r\n- id: c\r\n  file: c.txt\r\n",
    '- id: d\n  file: d.txt\n  title: 1984\n  outlet: true\n',
    '- id: e\n  file: e.txt\n  title: >\n    folded\n    text\n',
    '- id: f\n  file: f.txt\n  title: "escaped \\" quote"\n  tags: [a, b]\n',
    '- id: g\n  file: g.txt\n  published: 2023-13-01\n- id: g\n  file: h.txt\n',
    '- id: h\n  file: h.txt\n  id: again\n',
    '- just a string\n- id: i\n  file: i.txt\n',
    '',
    '# only comments\n',
  ];
  for (const [i, text] of samples.entries()) {
    it(`gives the same result as the full YAML parser (sample ${i})`, () => {
      assert.deepEqual(parseSourcesYaml(text, 'x.yml'), parseSourcesYaml(text, 'x.yml', { fastPath: false }));
    });
  }

  it('gives the same result as the full YAML parser on the real sources.yml', async () => {
    const text = await readFile(path.join(repoRoot, 'briefs/china-russia-aid/sources/sources.yml'), 'utf8').catch(() => '');
    assert.deepEqual(parseSourcesYaml(text, 'x.yml'), parseSourcesYaml(text, 'x.yml', { fastPath: false }));
  });

  it('reads quoted and plain values like YAML does', () => {
    const { metas, issues } = parseSourcesYaml(samples[0] ?? '', 'x.yml');
    assert.deepEqual(issues, []);
    assert.deepEqual(metas[0]?.meta, { id: 'a', file: 'a.txt', title: "He said: 'no'", outlet: "It's News", published: '2023-02-19', url: null });
  });
});

describe('helpers', () => {
  it('slugifies file names into ids', () => {
    assert.equal(slugifySourceId('000_3fe693ddca6ee84f.txt'), '000-3fe693ddca6ee84f');
    assert.equal(slugifySourceId('Café Report (Final).md'), 'cafe-report-final');
    assert.equal(slugifySourceId('___.txt'), 'source');
  });

  it('validates calendar dates', () => {
    assert.equal(isIsoDate('2023-02-19'), true);
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2023-02-29'), false);
    assert.equal(isIsoDate('2023-2-19'), false);
    assert.equal(isIsoDate('19 February 2023'), false);
  });

  it('buildSourceDocument gives sentences absolute offsets and passage indexes', () => {
    const body = 'Breaking News Politics\n\nHeadline Here\n\nMr. Blinken met Mr. Wang. They talked for an hour about the balloon.\n';
    const meta = { id: 'x', file: 'x.txt', title: null, outlet: null, published: null, url: null };
    const doc = buildSourceDocument(meta, body, 't', 'briefs/t/sources/x.txt');
    assert.deepEqual(doc.stripped.map((s) => s.rule), ['masthead']);
    assert.deepEqual(doc.sentences.map((s) => [s.index, s.passageIndex, s.text]), [
      [0, 0, 'Headline Here'],
      [1, 1, 'Mr. Blinken met Mr. Wang.'],
      [2, 1, 'They talked for an hour about the balloon.'],
    ]);
    for (const s of doc.sentences) assert.equal(body.slice(s.start, s.end), s.text);
  });
});
