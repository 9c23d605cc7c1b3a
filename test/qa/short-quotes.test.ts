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
});
