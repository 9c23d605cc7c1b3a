/**
 * "When did Britain sign the covenant?": the country after the auxiliary does the asked thing,
 * so a sentence about another country doing it does not answer. Countries come from the gazetteer.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryTermOf } from '../../src/qa/gazetteer.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('a country that does the asked thing', () => {
  it('reads the country after a "when / where / why" question\'s auxiliary as its subject', () => {
    assert.equal(analyzeQuestion('When did Varnia sign the covenant?').actor, undefined, 'an unknown country is no concept');
    assert.equal(analyzeQuestion('When did Britain sign the covenant?').actor, countryTermOf('Britain'));
    assert.equal(analyzeQuestion('When will the U.S. release the funds?').actor, countryTermOf('U.S.'));
    assert.equal(analyzeQuestion('When did the rebels enter Britain?').actor, undefined);
    assert.equal(analyzeQuestion('What did Britain sign?').actor, undefined);
  });

  it('does not date what another country did', () => {
    const engine = madeEngine('rights', 'Rights covenant', {
      a: 'China signed the International Covenant on Civil and Political Rights in October. Britain welcomed it.\n',
      b: 'Britain has long pressed for the release of dissidents.\n',
    });
    assert.equal(engine.ask('When did Britain sign the covenant?', { topic: 'rights' }).abstained, true);
    const china = engine.ask('When did China sign the covenant?', { topic: 'rights' });
    assert.match(china.citations[0]?.quote ?? '', /China signed/);
  });
});
