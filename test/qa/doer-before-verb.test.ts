import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesDoerBeforeVerb, namesPeopleBeforeVerb } from '../../src/qa/person-answers.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a doer named right before the asked verb', () => {
  const q = analyzeQuestion('Who fined Ekdal?');
  const qWords = new Set(['fined', 'ekdal']);

  it('may be a name of several capitalised words that ends in a common word ("... for Sport")', () => {
    assert.equal(namesDoerBeforeVerb(q, 'The Court of Arbitration for Sport fined Ekdal on Monday.', qWords), true);
    assert.equal(namesDoerBeforeVerb(q, 'The Veln Skating Union fined Ekdal on Monday.', qWords), true);
  });

  it('is not a common word written with a capital only because it opens the sentence', () => {
    assert.equal(namesDoerBeforeVerb(q, 'Officials fined Ekdal on Monday.', qWords), false);
    assert.equal(namesDoerBeforeVerb(q, 'It said. Sport fined Ekdal, in a way.', qWords), false);
  });

  it('answers "Who fined X?" with the body', () => {
    const a = madeEngine('skate', 'Skating', {
      a: 'BERN (AP) _ The Court of Arbitration for Sport fined skater Piet Ekdal 20,000 francs on Monday for missing three doping tests.\n',
      b: 'Ekdal, 24, won the European title in January.\n',
    }).ask('Who fined Ekdal?', { topic: 'skate' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Court of Arbitration for Sport fined/);
  });
});

describe('people or bodies of a kind right before the asked verb', () => {
  it('may open the sentence, after an auxiliary ("Insurers have offered ...", "Police have offered ...")', () => {
    const q = analyzeQuestion('Who offered the reward?');
    const qWords = new Set(['offered', 'reward']);
    assert.equal(namesPeopleBeforeVerb(q, 'Insurers have offered a reward of 50,000 euros for information.', qWords), true);
    assert.equal(namesPeopleBeforeVerb(q, 'Police have offered a reward.', qWords), true);
    assert.equal(namesPeopleBeforeVerb(q, 'Rates have offered little relief.', qWords), false, 'no people');
  });

  it('may have a place it belongs to between ("a former researcher in his laboratory had prepared the figures")', () => {
    const q = analyzeQuestion('Who prepared the figures?');
    const qWords = new Set(['prepared', 'figures']);
    assert.equal(namesPeopleBeforeVerb(q, 'He said a former postdoctoral researcher in his laboratory had prepared the figures.', qWords), true);
    assert.equal(namesPeopleBeforeVerb(q, 'He said the software in his laboratory had prepared the figures.', qWords), false, 'no people');
  });

  it('takes "groups" for a body ("Environmental groups have warned")', () => {
    const qWords = new Set(['warned', 'harm', 'pesticides']);
    const text = 'Environmental groups have warned that the heavy use of pesticides could harm bees.';
    assert.equal(namesPeopleBeforeVerb(analyzeQuestion('Who warned about the harm from pesticides?'), text, qWords), true);
    assert.equal(namesPeopleBeforeVerb(analyzeQuestion('Who warned about the harm from pesticides?'), 'Tests have warned of the harm.', qWords), false, 'no people');
  });

  it('is not a body before a noun of the verb ("the embassy building" for "Who built ...?")', () => {
    const q = analyzeQuestion('Who built the bomb?');
    assert.equal(namesPeopleBeforeVerb(q, 'The blast at the embassy building killed 20 people.', new Set(['built', 'bomb'])), false);
  });

  it('answers "Who offered the reward?"', () => {
    const engine = madeEngine('theft', 'Gallery theft', {
      a: 'Thieves stole two bronze sculptures from the Orsini gallery in Turin early on Saturday, police said.\n\nInsurers have offered a reward of 50,000 euros for information leading to their recovery.\n',
      b: 'The gallery reopened in June after a renovation.\n',
    });
    const a = engine.ask('Who offered the reward?', { topic: 'theft' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Insurers/);
  });
});
