/** A person the documents introduce as a country's own stands for the country the question names as an owner. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesPersonOf, ownerCountries } from '../../src/qa/country-persons.ts';
import { isCountryTerm } from '../../src/qa/gazetteer.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';

const countriesIn = (question: string): { owners: ReadonlySet<string>; all: string[] } => {
  const q = analyzeQuestion(question, new Set(['marek']), new Set());
  const all = q.terms.filter((t) => isCountryTerm(t));
  return { owners: ownerCountries(q, new Set(all)), all };
};

describe('country persons', () => {
  it("reads the countries a question names as owners (\"Syria's campaign\"), not as places (\"in Portugal\")", () => {
    const owned = countriesIn("Why does Marek support Syria's campaign?");
    assert.equal(owned.all.length, 1);
    assert.deepEqual([...owned.owners], owned.all);
    const place = countriesIn('Which publisher prints his books in Portugal?');
    assert.equal(place.all.length, 1);
    assert.deepEqual([...place.owners], []);
  });

  it('finds a person of the country among a sentence’s words', () => {
    const countriesOf = (p: string): readonly string[] => (p === 'assad' ? ['syria-term'] : []);
    const persons = new Set(['assad', 'marek']);
    assert.equal(namesPersonOf(['marek', 'supported', 'assad', 'campaign'], persons, countriesOf, 'syria-term'), true);
    assert.equal(namesPersonOf(['marek', 'supported', 'the', 'campaign'], persons, countriesOf, 'syria-term'), false);
    assert.equal(namesPersonOf(['assad'], new Set(['marek']), countriesOf, 'syria-term'), false, 'only a word the documents name as a person');
  });
});
