/** "Stig Ramel, a Swede who was then director of the Nobel Foundation": the name before "who was" holds the title. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { heldIn } from '../../src/qa/held-titles.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a title given in a relative clause after a name', () => {
  it('is held by the name before the clause', () => {
    const held = heldIn('Ivo Marek, a Varnian who was then director of the Tarno Foundation, advised against it.', (w) => w === 'director');
    assert.deepEqual(held.map((h) => h.holder.join(' ')), ['ivo marek']);
  });

  it('answers who held it', () => {
    const docs: Record<string, string> = {
      a: 'Ivo Marek, a Varnian who was then director of the Tarno Foundation, advised against breaking the rules, Lind said by telephone.\n',
      b: 'The committee turned to the Tarno Foundation for advice because it was a question of principle.\n',
    };
    'cdefgh'.split('').forEach((k, i) => { docs[k] = `The committee met in Osterholm on day ${i + 1}.\n`; });
    const a = madeEngine('found', 'Foundation', docs).ask('Who was director of the Tarno Foundation at the time?', { topic: 'found' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Ivo Marek/);
  });
});

describe('a title given by naming someone "as" it', () => {
  it('is held by the name, also when what the person was before comes first', () => {
    const isMinister = (w: string): boolean => w === 'minister';
    const held = heldIn('The premier named deputy minister Ana Kovac as acting minister.', isMinister);
    assert.deepEqual(held.map((h) => `${h.rank ?? ''} ${h.holder.join(' ')}`), ['deputy ana kovac', 'acting ana kovac']);
    // Without "as", the lower-case words before a name are not taken for what she was.
    assert.deepEqual(heldIn('The premier named the ministry Ana Kovac oversees acting minister.', isMinister).map((h) => h.holder.join(' ')), ['']);
  });

  it('answers who was named to it', () => {
    const a = madeEngine('cab', 'Cabinet', {
      a: 'The premier accepted the resignation and named deputy minister Ana Kovac as acting minister.\n',
      b: 'Transport minister Ivo Horak resigned on Monday over a contracts scandal.\n',
    }).ask('Who was named acting minister?', { topic: 'cab' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Ana Kovac as acting/);
  });
});
