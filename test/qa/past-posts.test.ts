/**
 * What someone was before: "What post did Liepa hold before?" wants "former defense minister",
 * not the post he holds now; "What did Kalnins do before politics?" wants "a former central bank
 * economist", though no sentence says "politics". Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

const engine = madeEngine('vote', 'An early election', {
  a: [
    'RIGA, Latvia (AP) — Prime Minister Anna Ozola lost a vote on the budget on Thursday.',
    'Ozola, 48, a former central bank economist, has led the coalition since 2022.',
    'The National Front\'s leader, former interior minister Janis Berzins, said his party would cut taxes.',
  ].join('\n\n'),
  b: 'National Front leader Janis Berzins said on Sunday he would begin coalition talks.\n',
});
const ask = (question: string) => engine.ask(question, { topic: 'vote', conversation: null });

describe('a post held before', () => {
  it('is the former one, not the one held now', () => {
    const a = ask('What post did Berzins hold before?');
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /former interior minister Janis Berzins/);
    assert.equal(a.short, 'former interior minister');
  });
  it('"What did X do before <something>?" asks the same, whatever the something', () => {
    const a = ask('What did Ozola do before politics?');
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /a former central bank economist/);
    assert.equal(a.short, 'former central bank economist');
  });
});
