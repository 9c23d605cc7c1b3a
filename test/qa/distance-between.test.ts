/** "How far is X from Y?": a distance from a place the question names, not from another. Made-up story. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('"how far is X from Y"', () => {
  const docs: Record<string, string> = {
    a: "Bishop Ivo Marek has said that 30 people were killed near the villages of Alas and Same, 40 kilometers (25 miles) southeast of Kelt, Varnia's capital.\n",
    b: 'Varnia lies some 2,000 kilometers (1,200 miles) southeast of Tarno.\n',
    c: 'The United Nations does not recognize claims to Varnia.\n',
  };

  it('marks down a distance from a place the question does not name', () => {
    const other = scoredSentence(makeBrief('far', 'Far', docs), 'How far is Varnia from Tarno?', /southeast of Kelt/);
    assert.ok(other);
    assert.ok((other.factors?.['type'] ?? 1) <= 0.5, `type ${other.factors?.['type']}`);
  });

  it('takes a distance from the place the question names, with or without a direction', () => {
    const own = scoredSentence(makeBrief('far2', 'Far', docs), 'How far is Varnia from Tarno?', /southeast of Tarno/);
    assert.ok(own);
    assert.equal(own.factors?.['type'] ?? 1, 1);
    const bare = scoredSentence(makeBrief('far3', 'Far', { ...docs, b: 'Varnia is 2,000 kilometers from Tarno.\n' }), 'How far is Varnia from Tarno?', /from Tarno/);
    assert.ok(bare);
    assert.equal(bare.factors?.['type'] ?? 1, 1);
  });

  it('leaves a question with no "from" alone ("How far did the battalion walk?")', () => {
    const walked = scoredSentence(makeBrief('far4', 'Far', { ...docs, b: 'The battalion walked 240 kilometers (150 miles) from Kelt to Osk.\n' }), 'How far did the battalion walk?', /walked 240/);
    assert.ok(walked);
    assert.equal(walked.factors?.['type'] ?? 1, 1);
  });
});

describe('how far in a direction', () => {
  it('answers "How far south were auroras seen?" with the place reached ("as far south as northern Spain")', () => {
    const engine = madeEngine('aurora', 'A solar storm', {
      a: 'Photographers posted pictures of auroras seen as far south as northern Spain.\n',
      b: 'Airlines rerouted about 40 polar flights to avoid radio blackouts.\n',
      c: 'The storm is expected to last into Sunday.\n',
    });
    const a = engine.ask('How far south were auroras seen?', { topic: 'aurora' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /as far south as northern Spain/);
  });
});
