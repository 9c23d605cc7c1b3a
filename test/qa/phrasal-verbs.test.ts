/**
 * A verb a particle makes another verb ("works out", "carried out") does not answer for the
 * verb alone. WordNet says which verb-and-particle pairs are verbs of their own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adjectiveOnly, baseVerbCandidates, phrasalCandidates, phrasalOnly } from '../../src/qa/phrasal-verbs.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

const work = termOf('work') as string;
const carry = termOf('carry') as string;

describe('phrasal verbs', () => {
  it('finds a question word the sentence uses only with a particle that makes another verb', () => {
    const terms = phrasalCandidates('Where does Ola Brun work?');
    assert.ok(terms.has(work));
    assert.deepEqual([...phrasalOnly('Brun works out at a gym near the harbour.', terms)], [work]);
    assert.deepEqual([...phrasalOnly('Brun works at a bank near the harbour.', terms)], []);
    assert.deepEqual([...phrasalOnly('Brun works out at a gym and works at a bank.', terms)], [], 'the plain verb too: the sentence has it');
    assert.deepEqual([...phrasalOnly('Brun carried out the audit.', phrasalCandidates('Who carried the bill?'))], [carry]);
  });

  it('leaves the phrasal verb alone when the question asks with it, and a particle that makes no verb', () => {
    assert.equal(phrasalCandidates('Who carried out the attack?').has(carry), false);
    // "work" + "in" is not a particle the check knows; "sing" + "out" is no WordNet verb of its own.
    assert.deepEqual([...phrasalOnly('Brun works in the harbour.', phrasalCandidates('Where does Brun work?'))], []);
  });

  it('does not answer "where does she work?" with where she works out', () => {
    const engine = madeEngine('bank', 'A banker abroad', {
      a: 'Ola Brun lives in the old quarter and works out at the gym of the Harbour Hotel. Ola Brun, a banker based in Tallmark, said rates would rise.',
    });
    const a = engine.ask('Where does Ola Brun work?', { topic: 'bank' });
    assert.doesNotMatch(a.citations[0]?.quote ?? '', /works out/);
    // "a banker based in Tallmark" says where she works, though not with the verb.
    assert.equal(a.abstained, false, `abstained at ${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /a banker based in Tallmark/);
  });

  it('abstains when the only use of the asked verb is the phrasal one', () => {
    const engine = madeEngine('bank', 'A banker abroad', {
      a: 'Ola Brun lives in the old quarter and works out at the gym of the Harbour Hotel in Tallmark. Rates rose on Monday.',
    });
    const a = engine.ask('Where does Ola Brun work?', { topic: 'bank' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('finds a question verb the sentence uses only as an adjective before "to"', () => {
    const verbs = baseVerbCandidates('When did Tolm close the airport?');
    const close = termOf('close') as string;
    assert.ok(verbs.has(close));
    assert.equal(baseVerbCandidates('How close is the airport?').has(close), false, 'no verb after an auxiliary');
    assert.equal(baseVerbCandidates('How will passengers get home?').has(termOf('home') as string), false, 'a word after a verb ("get home") is no verb of its own');
    assert.ok(adjectiveOnly('Workers painted lines on the tarmac, close to the border.', verbs).has(close));
    assert.equal(adjectiveOnly('Tolm decided to close the airport, close to the border.', verbs).has(close), false, 'the verb is there too');
    assert.equal(adjectiveOnly('Tolm closed the airport on Monday.', verbs).size, 0);
    // After a modal the word is the verb: "fly" is an adjective too in WordNet.
    const fly = baseVerbCandidates('When will Lavoie fly to Montreal?');
    assert.ok(fly.has(termOf('fly') as string));
    assert.equal(adjectiveOnly('Lavoie is expected to fly to Montreal on Sunday.', fly).size, 0);
    assert.equal(adjectiveOnly('Tolm will close to visitors on Monday.', verbs).size, 0);
  });

  it('abstains when the asked verb is there only as an adjective', () => {
    const engine = madeEngine('port', 'An airport', {
      a: '"We are open to the world," said Ola Brun, watching workers paint lines on Monday on the tarmac of the Tolm airport, close to the border.',
      b: 'The airport cost $86 million.',
    });
    const a = engine.ask('When did Tolm close the airport?', { topic: 'port' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
    const b = madeEngine('port', 'An airport', { a: 'Tolm closed the airport on Monday, close to midnight.' }).ask('When did Tolm close the airport?', { topic: 'port' });
    assert.equal(b.abstained, false, `abstained at ${b.confidence}`);
  });
});

describe('"made of"', () => {
  const make = termOf('make') as string;

  it('is what a thing is made of, no making by anyone, unless the question asks it', () => {
    assert.ok(phrasalOnly('The fire burned through insulation blankets made of a material called Mylar.', new Set([make])).has(make));
    assert.equal(phrasalOnly('Aerotherm made the insulation in Wichita.', new Set([make])).has(make), false);
    assert.equal(phrasalCandidates('What material was the insulation made of?').has(make), false);
    assert.ok(phrasalCandidates('Who made the insulation?').has(make));
  });

  it('answers "Who made the insulation?" with its maker, not with a sentence on what the blankets are made of', () => {
    const engine = madeEngine('jet', 'Jet crash', {
      a: 'In a preliminary report, the Kessland Transport Safety Board said the fire burned through insulation blankets made of a material called metallized Mylar.\n',
      b: 'Families have sued the airline and the maker of the insulation, Aerotherm Corp. of Wichita, Kan.\n',
    });
    assert.match(engine.ask('Who made the insulation?', { topic: 'jet' }).citations[0]?.quote ?? '', /Aerotherm/);
    assert.match(engine.ask('What material was the insulation made of?', { topic: 'jet' }).citations[0]?.quote ?? '', /Mylar/);
  });
});
