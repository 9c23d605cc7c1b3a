/**
 * "What is the toxin called?": "The toxin, microcystin, can cause ..." names it in lower case, as
 * substances, drugs and diseases are written; "the banned diuretic furosemide" too (WordNet files
 * it under the noun). Not "the toxin, which ...", "the toxin levels", "Netscape's browser safely
 * in the hands of ...". Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesInLowerCase } from '../../src/qa/lower-case-names.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a thing named in lower case beside its kind', () => {
  it('reads a lower-case name in apposition or right after the noun', () => {
    assert.equal(namesInLowerCase('toxin', 'The toxin, velmorin, can cause liver damage.'), true);
    assert.equal(namesInLowerCase('diuretic', 'She tested positive for the banned diuretic furosemide, the federation said.'), true);
    assert.equal(namesInLowerCase('drug', 'The drug, aspirin, was given to 40 patients.'), true);
  });
  it('does not read a common word, a relative word or an adverb as a name', () => {
    assert.equal(namesInLowerCase('toxin', 'Tests found the toxin, which can cause damage, in the lake.'), false);
    assert.equal(namesInLowerCase('toxin', 'The toxin levels rose on Monday.'), false);
    assert.equal(namesInLowerCase('toxin', 'Tests showed the toxin was no longer detectable.'), false);
    assert.equal(namesInLowerCase('browser', "Having the browser safely in the hands of a friend is of importance."), false);
    assert.equal(namesInLowerCase('drug', 'The drug dealers fled.'), false);
  });
  it('answers "What is the toxin called?" with the sentence that names it', () => {
    const engine = madeEngine('water', 'Tap water', {
      a: [
        'TARNO (AP) _ The city of Tarno told residents on Monday not to drink tap water after a toxin was found in its reservoir, Tarno Water said.',
        'The toxin, velmorin, can cause liver damage, vomiting and diarrhea.',
        'Tests on Friday showed the toxin was no longer detectable, Tarno Water said.',
      ].join('\n\n'),
    });
    const a = engine.ask('What is the toxin called?', { topic: 'water' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /velmorin/);
  });
});
