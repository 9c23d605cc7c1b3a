/**
 * "Which company ...?" is answered by a name with a legal form's suffix ("Samsung Securities
 * Co."), though the sentence never says "company"; other kinds are not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asksForCompany, companyNames } from '../../src/qa/company-names.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('company names', () => {
  it('reads names by their legal form, not other capitalised words', () => {
    assert.deepEqual(companyNames('said Ana Varga, an analyst at Tarno Securities Co. in Lindia.'), ['Tarno Securities Co.']);
    assert.deepEqual(companyNames('Brightwater Group Inc. and Lindco PLC agreed to merge.'), ['Brightwater Group Inc.', 'Lindco PLC']);
    assert.deepEqual(companyNames('Ana Varga, an analyst in Tarno, said the Corporate bonds fell.'), []);
    // ... or by an industry's noun closing the name.
    assert.deepEqual(companyNames('Taiwanese chipmaker Hsinwei Semiconductor said it would build a plant.'), ['Hsinwei Semiconductor']);
    assert.deepEqual(companyNames('Shares in Lindco Motors fell after the strike in the West Bank.'), ['Lindco Motors']);
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

describe('"the company" of a question, for a company named by its legal form', () => {
  const docs = {
    a: 'Workers reported cracks in the tunnel roof two weeks before the collapse and the company ignored them, the union said.\n\nThe union said its members were afraid to go back underground.\n',
    b: 'Northgate Mining Corp. said it had inspected the tunnel after the complaint and found it safe.\n\nShares in Northgate Mining Corp. fell 8 percent on Monday.\n',
    c: 'Rescuers reached the men on Thursday. A rescue shaft is being dug and the work could take five days.\n\nCopper prices fell 3 percent on Monday.\n',
  };

  it('is the company that speaks ("Northgate Mining Corp. said ...")', () => {
    const a = madeEngine('mine', 'Mine', docs).ask('What did the company say about the complaint?', { topic: 'mine' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /found it safe/);
  });

  it('is the company a sentence names ("Shares in Northgate Mining Corp. fell")', () => {
    const a = madeEngine('mine', 'Mine', docs).ask('How much did the company\'s shares fall on Monday?', { topic: 'mine' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /8 percent/);
  });
});

describe('a company named with a particle, and called "the company" after another report gave it that kind', () => {
  it('reads "Eaux du Rhône" in a question as one name', () => {
    assert.deepEqual(analyzeQuestion('Who is the chief executive of Eaux du Rhône?').names, ['Eaux du Rhône']);
    assert.deepEqual(analyzeQuestion('Did Biden meet Putin in Geneva?').names, ['Biden', 'Putin', 'Geneva']);
  });
  it('answers "Who is the chief executive of Eaux du Rhône?" with "The company\'s chief executive, Hélène Vasseur," right after a sentence naming the company', () => {
    const engine = madeEngine('water', 'A sinkhole', {
      a: 'The pipe, laid in 1931, had been scheduled for replacement in 2026, the water company Eaux du Rhône said.\n',
      b: "The city's prosecutor opened an investigation into possible negligence by Eaux du Rhône over the ignored complaint. The company's chief executive, Hélène Vasseur, said the firm would cooperate fully.\n",
      c: 'Line D is expected to reopen on August 20.\n',
    });
    const a = engine.ask('Who is the chief executive of Eaux du Rhône?', { topic: 'water' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Hélène Vasseur/);
    // "The company" stands for the name (as a kind reference does), not a bare guess at the threshold.
    assert.ok((a.confidence ?? 0) > 0.7, `${a.confidence}`);
  });
});
