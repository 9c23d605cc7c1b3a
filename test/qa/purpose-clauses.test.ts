/**
 * "Why was the dam opened?": "Authorities opened the gates of the Bretea dam upstream to ease
 * pressure on its walls" gives the purpose of the act asked about (the verb, its object, then "to"
 * and a verb), as "because" or "after" would give a reason. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { givesPurposeOfAskedVerb } from '../../src/qa/purpose-clauses.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine, withFiller } from './qa-helpers.ts';

describe('a purpose of the act a "why" question asks about', () => {
  it('is the asked verb and its object, then "to" and a verb', () => {
    const q = analyzeQuestion('Why was the dam opened?');
    assert.equal(givesPurposeOfAskedVerb(q, 'Authorities on Wednesday opened the gates of the Bretea dam upstream to ease pressure on its walls.'), true);
    assert.equal(givesPurposeOfAskedVerb(analyzeQuestion('Why did the authorities open the dam?'), 'Authorities opened the gates of the dam to ease pressure on its walls.'), true);
    assert.equal(givesPurposeOfAskedVerb(q, 'The dam was opened to the public in 1974.'), false, '"to" before a noun phrase');
    assert.equal(givesPurposeOfAskedVerb(q, 'Farmers said they had not been warned, and went to court.'), false, 'no asked verb');
  });

  it('answers "Why was the dam opened?" with the purpose, not another act\'s reason', () => {
    const engine = madeEngine('floods', 'Floods in western Romania', withFiller({
      a: 'Authorities on Wednesday opened the gates of the Bretea dam upstream to ease pressure on its walls, a decision that flooded farmland in several villages.\n',
      b: 'Prosecutors in Deva have opened an investigation into whether the release of water from the Bretea dam was handled negligently, after more than 200 farmers filed complaints.\n',
    }, (i) => `River levels fell ${i + 2} centimeters overnight at the gauge, hydrologists said.`));
    const a = engine.ask('Why was the dam opened?', { topic: 'floods' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /to ease pressure/);
  });
});
