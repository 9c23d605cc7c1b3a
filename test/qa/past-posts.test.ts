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

describe('a job asked of someone', () => {
  it('"What job did X have?" is answered by "X, who served as a <noun>", not by a sentence that only names X', () => {
    const tomb = madeEngine('tomb', 'A tomb', {
      a: 'Archaeologists found the tomb of an official near Cairo.\n\nThe tomb belonged to a man named Sennefer-Ra, who served as a scribe of the royal granaries, the ministry said.\n',
      b: 'The team leader said the mummy was probably that of Sennefer-Ra himself, since his name was carved on the coffin.\n',
    });
    const a = tomb.ask('What job did Sennefer-Ra have?', { topic: 'tomb' });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /who served as a scribe/);
  });
});
