/**
 * A topic's index kept on disk (IndexCache): a later engine reads it back and answers exactly
 * as one that built the index, for a reviewed brief (claims attached on load) and for sources
 * alone (postings kept too); a file of another version, a broken file or a topic too small
 * to keep are not used, and the engine builds the index as before.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import type { Brief } from '../../src/domain/brief-types.ts';
import { IndexCache } from '../../src/qa/index-cache.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { TopicIndex } from '../../src/qa/qa-index.ts';
import { speakerIndex } from '../../src/qa/speakers.ts';
import { loadEvalSet } from '../eval/eval-lib.ts';
import { FIXED_NOW, makeBrief, realBrief } from './qa-helpers.ts';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'briefbot-index-cache-'));
  dirs.push(d);
  return d;
}
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function engine(brief: Brief, cache?: IndexCache): QaEngine {
  return new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW, ...(cache ? { indexCache: cache } : {}) });
}

/** Every question of the china-russia-aid eval set, answered as JSON. */
function answers(e: QaEngine, topic: string, questions: string[]): string[] {
  return questions.map((q) => JSON.stringify(e.ask(q, { topic })));
}

describe('a topic index kept on disk', () => {
  it('reads back a reviewed brief\'s index and answers every eval question as the built one does', async () => {
    const brief = await realBrief();
    const cache = new IndexCache({ dir: tempDir(), minUnits: 0 });
    engine(brief, cache).indexFor(brief);
    const loaded = cache.load(brief);
    assert.ok(loaded, 'the file was written and read back');
    const built = TopicIndex.build(brief);
    assert.deepEqual(loaded.allUnits(), built.allUnits());
    assert.deepEqual([...loaded.termIds], [...built.termIds]);
    assert.deepEqual(loaded.persons, built.persons);
    assert.deepEqual(loaded.claims, built.claims);
    assert.deepEqual(speakerIndex(loaded).profiles, speakerIndex(built).profiles);
    const questions = loadEvalSet('test/fixtures/qa-eval.json').questions.map((q) => q.question);
    assert.ok(questions.length > 50);
    assert.deepEqual(answers(engine(brief, cache), brief.slug, questions), answers(engine(brief), brief.slug, questions));
  });

  it('keeps the postings of a topic with sources alone, and answers as the built index does', () => {
    const brief = makeBrief('storm', 'The storm', {
      a: 'The storm killed 14 people on the island of Varn on Monday, officials said.\n\nRescuers reached the port of Tarno by boat.\n',
      b: 'Ana Lind, the governor, said 3,000 homes were destroyed.\n\n``We need tents and water,\'\' she said on Tuesday.\n',
      c: 'The airport reopened on Wednesday after the storm.\n',
    });
    const dir = tempDir();
    const cache = new IndexCache({ dir, minUnits: 0 });
    engine(brief, cache).indexFor(brief);
    const loaded = cache.load(brief);
    assert.ok(loaded);
    const built = TopicIndex.build(brief);
    for (const t of ['storm', 'tent', 'airport']) assert.deepEqual(loaded.bm25([loaded.termId(t)], 5), built.bm25([built.termId(t)], 5), t);
    const questions = ['How many people did the storm kill?', 'What did the governor say they need?', 'When did the airport reopen?', 'Who is Ana Lind?', 'How many ships sank?'];
    assert.deepEqual(answers(engine(brief, cache), 'storm', questions), answers(engine(brief), 'storm', questions));
  });

  it('does not use a file kept for another version of the topic, or a broken one', () => {
    const brief = makeBrief('storm', 'The storm', { a: 'The storm killed 14 people on the island of Varn on Monday.\n' });
    const dir = tempDir();
    const cache = new IndexCache({ dir, minUnits: 0 });
    cache.save(brief, TopicIndex.build(brief));
    assert.ok(cache.load(brief));
    assert.equal(cache.load({ ...brief, version: 'v2' }), null, 'the sources changed');
    writeFileSync(path.join(dir, 'storm.idx'), 'BBIX1\nnot an index');
    assert.equal(cache.load(brief), null);
    const a = engine(brief, cache).ask('How many people did the storm kill?', { topic: 'storm' });
    assert.match(a.citations[0]?.quote ?? '', /14 people/, 'the index is built again');
  });

  it('keeps nothing for a topic too small to be worth it, and tells of a file it could not write', () => {
    const brief = makeBrief('storm', 'The storm', { a: 'The storm killed 14 people on the island of Varn on Monday.\n' });
    const dir = tempDir();
    new IndexCache({ dir }).save(brief, TopicIndex.build(brief));
    assert.deepEqual(readdirSync(dir), []);
    const errors: Error[] = [];
    const blocked = path.join(dir, 'a-file');
    writeFileSync(blocked, '');
    new IndexCache({ dir: path.join(blocked, 'sub'), minUnits: 0, onError: (e) => errors.push(e) }).save(brief, TopicIndex.build(brief));
    assert.equal(errors.length, 1);
  });
});
