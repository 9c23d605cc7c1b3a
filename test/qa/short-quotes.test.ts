/**
 * A short quotation is what someone said, though it has few words of substance: "``It's good
 * to smell the grass,'' she said." is indexed and answers "What did Lind say?". Made-up names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

describe('short quotations', () => {
  it('answer what the speaker said', () => {
    const engine = madeEngine('landing', 'A landing', {
      a: 'Commander Ivo Marek and astronaut Karen Lind were carried from the capsule in chairs.\n\nLind, 39, set a record for the longest flight by a woman. ``It\'s good to smell the grass,\'\' she said.\n',
    });
    for (const q of ['What did Lind say?', 'What did Lind say about the grass?']) {
      const a = engine.ask(q, { topic: 'landing' });
      assert.ok(!a.abstained, q);
      assert.match(a.citations.map((c) => c.quote).join(' '), /smell the grass/, q);
    }
  });

  it('but a short sentence with no quotation is still no answer', () => {
    const engine = madeEngine('landing2', 'A landing', { a: 'Lind landed.\n\nCommander Ivo Marek said the capsule landed safely on the steppe.\n' });
    assert.doesNotMatch(engine.ask('What did Lind do?', { topic: 'landing2' }).citations[0]?.quote ?? '', /^Lind landed\.$/);
  });

  it('nor is a fragment, but a whole short statement of five words is ("The night guard was not hurt.")', () => {
    const engine = madeEngine('heist', 'A theft', {
      a: 'Thieves stole three paintings from the museum early on Tuesday, police said.\n\nThe night guard was not hurt.\n\nSign up now.\n',
      b: 'The museum will reopen on Saturday with extra guards, the director said.\n',
    });
    const a = engine.ask('Was the guard hurt?', { topic: 'heist' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /^The night guard was not hurt\.$/);
    assert.doesNotMatch(engine.ask('What can readers sign up for?', { topic: 'heist' }).citations[0]?.quote ?? '', /^Sign up now/);
  });
});
