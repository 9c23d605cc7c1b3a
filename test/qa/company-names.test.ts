/**
 * "Which company ...?" is answered by a name with a legal form's suffix ("Samsung Securities
 * Co."), though the sentence never says "company"; other kinds are not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asksForCompany, companyNames } from '../../src/qa/company-names.ts';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('company names', () => {
  it('reads names by their legal form, not other capitalised words', () => {
    assert.deepEqual(companyNames('said Ana Varga, an analyst at Tarno Securities Co. in Lindia.'), ['Tarno Securities Co.']);
    assert.deepEqual(companyNames('Brightwater Group Inc. and Lindco PLC agreed to merge.'), ['Brightwater Group Inc.', 'Lindco PLC']);
    assert.deepEqual(companyNames('Ana Varga, an analyst in Tarno, said the Corporate bonds fell.'), []);
    assert.equal(asksForCompany('company'), true);
    assert.equal(asksForCompany('newspaper'), false);
  });

  it('gives "Which company does X work for?" the sentence naming one', () => {
    const brief = makeBrief('rates', 'Rates', {
      a: "``The smaller cut in rates has a chain reaction,'' said Ana Varga, an analyst at Tarno Securities Co. in Lindia.\n",
      b: "``It is affecting every market,'' said Ivo Brandt, an analyst in Tarno.\n",
      c: 'Troops left Lindia on Friday.\n',
    });
    assert.equal(scoredSentence(brief, 'Which company does Ana Varga work for?', /Tarno Securities Co\./)?.factors?.type, 1);
    assert.notEqual(scoredSentence(brief, 'Which company does Ivo Brandt work for?', /an analyst in Tarno/)?.factors?.type, 1);
  });
});
