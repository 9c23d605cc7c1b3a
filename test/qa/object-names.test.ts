/**
 * "Who did Poland ask for help with China?" asks for the object of "ask": "Poland has asked the
 * European Commission to help negotiate with Beijing" names it right after the verb, a body
 * acting like a person. A person noun there ("asked farmers") did before; a name now does too,
 * unless the name is the question's own. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesPeopleAfterVerb } from '../../src/qa/person-answers.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine, withFiller } from './qa-helpers.ts';

describe('a name right after an object question\'s verb', () => {
  const q = analyzeQuestion('Who did Poland ask for help with China?');
  const qWords = new Set(['who', 'did', 'poland', 'ask', 'for', 'help', 'with', 'china']);

  it('answers whom: "asked the European Commission", "asked Ana Lind"', () => {
    assert.equal(namesPeopleAfterVerb(q, 'Poland has asked the European Commission to help negotiate with Beijing.', qWords), true);
    assert.equal(namesPeopleAfterVerb(q, 'Poland asked Ana Lind, a trade lawyer, to lead the talks.', qWords), true);
  });

  it('does not when the name is the question\'s own, or none follows', () => {
    assert.equal(namesPeopleAfterVerb(q, 'Farmers asked Poland for more money.', qWords), false);
    assert.equal(namesPeopleAfterVerb(q, 'Poland asked for patience.', qWords), false);
  });

  it('answers the question from the sentence that names the body', () => {
    const engine = madeEngine('bans', 'Poultry import bans', withFiller({
      a: 'South Korea lifted its import ban on Monday, but China\'s ban remained in place.\n\nPoland has asked the European Commission to help negotiate with Beijing.\n',
    }, (i) => `Egg prices rose ${i + 2} percent in Warsaw, traders said.`));
    const a = engine.ask('Who did Poland ask for help with China?', { topic: 'bans' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /European Commission/);
  });
});
