/**
 * A pronoun stands for someone named before it: in "Lin's family was told that he was charged"
 * it is Lin, so the sentence says nothing of the person the question asks about, however often
 * the sentences around it name them. A title as the subject ("The prime minister used ...")
 * stands for a person named just before, as a pronoun does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPronoun } from '../../src/qa/sentence-features.ts';
import { opensWithTitle } from '../../src/qa/references.ts';
import { madeEngine } from './qa-helpers.ts';

const person = (w: string): boolean => ['lin', 'ivo', 'marek'].includes(w);

describe('pronouns and titles that stand for a person', () => {
  it('takes a pronoun after a named person for that person', () => {
    assert.equal(openPronoun("Lin's family was told that he was charged.", person), false);
    assert.equal(openPronoun('He was charged on Monday, his lawyer said.', person), true);
    assert.equal(openPronoun('Police said she was held without charge.', person), true);
    assert.equal(openPronoun('Ivo Marek said the talks would go on.', person), false);
  });

  it('reads a title opening the sentence as its subject, not a title of a place', () => {
    assert.equal(opensWithTitle('The prime minister used riot police to break up the rally.'), true);
    assert.equal(opensWithTitle('The former foreign minister said the talks had failed.'), true);
    assert.equal(opensWithTitle('The president of Valdoria arrived on Monday.'), false);
    assert.equal(opensWithTitle('The rally ended peacefully.'), false);
    // A role WordNet knows as a person, after lower-case words or a country or its people.
    assert.equal(opensWithTitle('The US envoy, on the other hand, expressed worry about private firms.'), true);
    assert.equal(opensWithTitle('The Chilean general was arrested in London.'), true);
    assert.equal(opensWithTitle('The former dictator was arrested in London.'), true);
    assert.equal(opensWithTitle('The skipper said the yacht rolled over.'), true);
    // Not several people, not a role of somewhere named after it, not another capitalised word.
    assert.equal(opensWithTitle('The officials said the talks had failed.'), false);
    assert.equal(opensWithTitle('The envoy of Valdoria arrived on Monday.'), false);
    assert.equal(opensWithTitle('The Marek envoy arrived on Monday.'), false);
  });

  it('does not answer for one person with a sentence whose pronoun is another', () => {
    const engine = madeEngine('dissidents', 'The dissidents', {
      a: 'Ivo Marek, the party founder, was detained on Monday in Tarno.\n\nLin Bao\'s family was told that he was charged with subversion, a charge carrying sentences of three years to life.\n\nIvo Marek was held at a police station overnight, the party said.\n',
      b: 'Ivo Marek said the police searched his flat.\n',
      c: 'Ivo Marek founded the party in June with Lin Bao.\n\nLin Bao said the party would go on.\n',
    });
    const a = engine.ask('How many years was Ivo Marek sentenced to?', { topic: 'dissidents' });
    assert.equal(a.abstained, true, a.answer);
  });

  it('answers for a person referred to by title right after being named', () => {
    const engine = madeEngine('summit', 'The summit', {
      a: 'Ivo Marek launched a reform movement that quickly led to rallies demanding that Ana Berg step down.\n\nThe prime minister used riot police to break up the rallies, jailed Ivo Marek on fraud charges and scheduled his trial for Nov. 2.\n',
      b: 'Prime Minister Ana Berg said she would host the summit in Tarno.\n',
      c: 'The summit opens in Tarno on Nov. 15, and Ivo Marek said he would appeal.\n',
    });
    const a = engine.ask("For what date did Ana Berg schedule Ivo Marek's trial?", { topic: 'summit' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Nov\. 2/);
  });

  it('takes a described person ("The US envoy, ..., asked ...") right after a named one as the one who asks', () => {
    const engine = madeEngine('visit', 'The visit', {
      a: 'Ivo Marek met the ruling party leaders in Tarno on Monday.\n\nIvo Marek noted that such guarantees had been made in recent weeks.\n\nThe US envoy, on the other hand, expressed worry about private firms and asked the ruling party to be cautious.\n',
      b: 'Ana Berg asked the opposition to stay calm, her office said.\n',
    });
    const a = engine.ask('What did Ivo Marek ask the ruling party to do?', { topic: 'visit' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /asked the ruling party to be cautious/);
  });
});
