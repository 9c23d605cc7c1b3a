/**
 * "in prison with Dahayneh": a lone name after "with" or "by" that is no English word may be who is
 * asked for; so may one right after a noun for an organisation ("the Lublin-based company Agro-Jaj").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayNameAgent } from '../../src/qa/answer-type-fit.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a lone name after "with" or "by"', () => {
  it('may name someone when WordNet knows it as no word', () => {
    assert.equal(mayNameAgent('dahayneh', 'They met when she was visiting her brother, who was in prison with Dahayneh, the family said.', ''), true);
    assert.equal(mayNameAgent('hope', 'The plan was greeted with Hope by the crowd.', ''), false, 'an English word');
    assert.equal(mayNameAgent('dahayneh', 'Dahayneh was seen in the town.', ''), false, 'not after "with" or "by"');
  });

  it('names an organisation right after a noun for one', () => {
    assert.equal(mayNameAgent('agro-jaj', "The farm's owner, the Lublin-based company Agro-Jaj, said it was cooperating.", ''), true);
    assert.equal(mayNameAgent('agro-jaj', 'Inspectors visited Agro-Jaj on Monday.', ''), false, 'no noun for an organisation before it');
    assert.equal(mayNameAgent('agro-jaj', 'The hens of Agro-Jaj were culled.', ''), false, 'a noun for no organisation');
  });

  it('answers "Whom was her brother in prison with?" from the sentence that names him', () => {
    const docs: Record<string, string> = {
      a: 'They met when she was visiting her brother, who was in prison with Dahayneh, the family said.\n',
      b: 'His cellmates taught him about holy war, said an older brother, Samih Sughayer.\n',
    };
    'cdefgh'.split('').forEach((k, i) => { docs[k] = `The families held mourning houses in Tarno on day ${i + 1}.\n`; });
    const a = madeEngine('cell', 'Cell', docs).ask('Whom was her brother in prison with?', { topic: 'cell' });
    assert.match(a.citations[0]?.quote ?? '', /with Dahayneh/, `${a.confidence}: ${a.citations[0]?.quote}`);
  });
});
