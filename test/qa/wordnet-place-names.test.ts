/**
 * A name WordNet knows as a place ("New York", "Houston") is a place in a sentence, though no
 * gazetteer lists it and no "in" stands before all of it; so it is no answer to "Which airline
 * ...?". A name the documents give a person ("Sam Houston") stays a person's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { sentenceText, unitFeatures } from '../../src/qa/sentence-features.ts';
import { FIXED_NOW, makeBrief, scoredSentence } from './qa-helpers.ts';

function placesOf(docs: Record<string, string>, sentence: RegExp): Set<string> {
  const brief = makeBrief('places', 'Places', docs);
  const index = new QaEngine(new MutableBriefCatalog([brief]), { now: () => FIXED_NOW }).indexFor(brief);
  for (let u = 0; u < index.size; u++) if (sentence.test(sentenceText(index, index.unit(u)))) return unitFeatures(index, u).places;
  throw new Error(`no sentence ${sentence}`);
}

describe('names WordNet knows as places', () => {
  it('are places in the sentence, whole', () => {
    const places = placesOf({ a: 'Prosecutors sent the papers to Varnia for a trial in New York.\n', b: 'Houston accountant Ana Lind said all the flights were full.\n' }, /trial in New York/);
    assert.ok(places.has('new') && places.has('york'), [...places].join(' '));
    assert.ok(placesOf({ a: 'Houston accountant Ana Lind said all the flights were full.\n' }, /accountant/).has('houston'));
  });

  it('include a name before a natural feature written in lower case ("the Pfeiler valley")', () => {
    assert.ok(placesOf({ a: 'The auditors blamed weak rock in a fault zone under the Pfeiler valley.\n' }, /fault zone/).has('pfeiler'));
    assert.ok(!placesOf({ a: 'The auditors blamed Pfeiler for the weak rock in the valley.\n' }, /auditors/).has('pfeiler'), 'no feature after the name');
  });

  it('are not places when the documents name a person so', () => {
    const docs = { a: 'Sam Houston said the plan was ready.\n', b: 'Houston approved the plan on Monday.\n' };
    assert.ok(!placesOf(docs, /approved the plan/).has('houston'));
  });

  it('do not answer "Which airline ...?"', () => {
    const docs = {
      a: 'A package of papers was sent to Varnia to support the extradition of Marek Osk for trial in New York.\n',
      b: 'Aid agencies met in Tarno on Monday to plan food deliveries.\n',
      c: 'Osk was arrested in Tarno last month.\n',
    };
    const s = scoredSentence(makeBrief('airline', 'Airline', docs), 'Which airline did Marek Osk fly to Varnia?', /trial in New York/);
    assert.ok(s !== undefined && (s.factors?.type ?? 1) < 1, JSON.stringify(s?.factors));
  });
});
