/**
 * "Who was the TBX agent who attended the raid?" asks who held the role, by name: a sentence that
 * only says there was one ("attended by a TBX agent"), with a people's word beside it ("by Danish
 * authorities"), names no one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

const UNNAMED = {
  a: 'The computer was seized in August in a raid by Danish authorities that was attended by a TBX agent.\nThe cargo was unloaded at the port.\n',
  b: 'The cargo was held for a week.\nThe owners said they would appeal.\n',
};

describe('who holds a role', () => {
  it('declines "Who was the TBX agent ...?" when the documents only say there was one', () => {
    const a = madeEngine('raid', 'The raid', UNNAMED).ask('Who was the TBX agent who attended the raid?', { topic: 'raid' });
    assert.ok(a.abstained, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('answers it where a name is beside the role, or is the passive\'s agent', () => {
    const named = { ...UNNAMED, a: 'The computer was seized in August in a raid by Danish authorities that was attended by TBX agent Dara Penn.\n' };
    const a = madeEngine('raid', 'The raid', named).ask('Who was the TBX agent who attended the raid?', { topic: 'raid' });
    assert.ok(!a.abstained, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /Dara Penn/);
  });

  it('leaves other "who" questions to the doer checks: "Who seized the computer?" is answered by "Danish authorities"', () => {
    const a = madeEngine('raid', 'The raid', UNNAMED).ask('Who seized the computer?', { topic: 'raid' });
    assert.ok(!a.abstained, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /Danish authorities/);
  });
});
