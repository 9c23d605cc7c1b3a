/**
 * "What is the sarcophagus made of?" is answered by a material beside the thing ("a sealed
 * limestone sarcophagus", WordNet's materials and substances); "Where were the amulets placed?"
 * by where the putting verb puts them ("placed inside the linen wrappings"), though no place is
 * named. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { materialOf } from '../../src/qa/materials.ts';
import { madeEngine, withFiller } from './qa-helpers.ts';

const engine = madeEngine('tomb', 'A tomb', withFiller({
  a: 'Archaeologists found a sealed granite coffin in the burial chamber of a scribe\'s tomb near Cairo.\n\nInside the coffin, the team also found nine small clay pots and a bronze mirror.\n',
  b: 'Scans revealed 14 small charms placed inside the linen wrappings, officials said.\n',
}, (i) => `Visitors queued at gate ${i + 1} on day ${i + 2} of the week.`));
const ask = (question: string) => engine.ask(question, { topic: 'tomb' });

describe('what a thing is made of', () => {
  it('is the material word before its noun', () => {
    assert.equal(materialOf('What is the coffin made of?', 'A sealed granite coffin was found.'), 'granite');
    assert.equal(materialOf('What were the pots made of?', 'They found nine small clay pots.'), 'clay');
    assert.equal(materialOf('What is the coffin made of?', 'A sealed heavy coffin was found.'), null, 'an adjective is no material');
    const a = ask('What is the coffin made of?');
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /granite coffin/);
    assert.equal(a.short, 'granite');
  });
});

describe('where something was put', () => {
  it('is the preposition and noun after the putting verb', () => {
    const a = ask('Where were the charms placed?');
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /placed inside the linen wrappings/);
  });
});
