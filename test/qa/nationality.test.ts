/**
 * "What nationality is X?" wants a country, or its people's word, tied to X: in X's noun
 * phrase ("senior Norwegian judge Ivo Marek") or an appositive ("Ivo Marek, the Norwegian
 * judge"); not a dateline's country, nor one a sentence gives someone else. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

const engine = madeEngine('rowing', 'A rowing scandal', {
  a: [
    'OSLO, Norway (AP) _ Federation president Lena Maria Holt on Sunday promised to expel any judges found guilty of taking bribes.',
    'Holt denied that she had silenced Ivo Marek, as the Norwegian judge claimed earlier Sunday.',
  ].join('\n\n'),
  b: 'Senior Norwegian judge Ivo Marek said agents sell votes for up to 1 million dollars.\n\nFederation president Lena Maria Holt said she was surprised by the claims.\n',
});
const ask = (question: string) => engine.ask(question, { topic: 'rowing', conversation: null });

describe('a nationality question', () => {
  it('is answered by a country word tied to the person', () => {
    const a = ask('What nationality is Ivo Marek?');
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Norwegian judge/);
  });
  it('is declined when the only countries are a dateline or someone else\'s', () => {
    const a = ask('What nationality is Lena Maria Holt?');
    assert.equal(a.abstained, true, a.answer);
  });
});

describe('"What nationalities were the victims?"', () => {
  it('is a nationality question in the plural too, answered by the countries\' words', () => {
    const slide = madeEngine('slide', 'Avalanche', {
      a: 'An avalanche buried a hotel in the ski village of Brund on Sunday, killing nine people.\n\nPolice said the victims included Swiss, German and Dutch tourists.\n',
    });
    const a = slide.ask('What nationalities were the victims?', { topic: 'slide', conversation: null });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /Swiss, German and Dutch/);
  });
});

describe('"Which country is X from?" and "Where is X from?"', () => {
  const race = madeEngine('race', 'A marathon', {
    a: [
      'VALENCIA, Spain (AP) — Kenya\'s Daniel Rotich won the marathon on Sunday in 2:03:11.',
      'Rotich pulled away from Ethiopia\'s Abebe Tola after 30 kilometers.',
      'Tola will face Rotich again in London, where he won last year.',
      'The shoes Rotich wore were made by the Chinese sportswear company Linfeng Sports.',
    ].join('\n\n'),
  });
  const askRace = (question: string) => race.ask(question, { topic: 'race', conversation: null });
  it('takes the country possessive before the name ("Kenya\'s Daniel Rotich"), and answers with it, not the dateline', () => {
    const a = askRace('Which country is Rotich from?');
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /Kenya's Daniel Rotich/);
    assert.equal(a.short, 'Kenya');
  });
  it('reads "Where is X from?" the same way, over a sentence that names a place beside X', () => {
    const a = askRace('Where is Tola from?');
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /Ethiopia's Abebe Tola/);
    assert.equal(a.short, 'Ethiopia');
  });
  it('takes a people\'s word before a company\'s name', () => {
    const a = askRace('Where is Linfeng Sports from?');
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /Chinese sportswear company/);
  });
});
