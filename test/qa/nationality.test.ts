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
