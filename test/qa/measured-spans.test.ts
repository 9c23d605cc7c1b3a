/**
 * "How long a sentence did Marek receive?" asks the span of a sentence: a span of something
 * else in the sentence ("the trial continued for two hours") does not answer it, and the noun
 * is a word the answer needs, not a description of the name after it. "Where will Marek be
 * tried?" asks about a trial, which "trying to form a party" is not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { analyze, termOf } from '../../src/qa/text-analysis.ts';
import { withoutOthersMeasures } from '../../src/qa/entities.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('how long a <noun>', () => {
  it('keeps the noun before the auxiliary as a word to match, not a description of the name', () => {
    const q = analyzeQuestion('How long a sentence did Ivo Marek receive at his trial?');
    assert.equal(q.light.has(termOf('sentence') as string), false);
    // A noun that only describes the name is still light: "the defector Kim Myong".
    assert.equal(analyzeQuestion('How old is the defector Kim Myong?').light.has(termOf('defector') as string), true);
  });

  it('is not answered by the span of something else, and is by the noun\'s own', () => {
    const docs = {
      a: 'In the city of Tarno, the trial on similar charges of Ivo Marek, 45, a veteran dissident, continued for something over two hours.\n',
      b: 'Police detained ten dissidents in Osk on Monday.\n',
      c: 'The court in Lindia will meet again in March.\n',
    };
    const engine = madeEngine('trial', 'The trial', docs);
    const a = engine.ask('How long a sentence did Ivo Marek receive at his Tarno trial?', { topic: 'trial' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
    const sentenced = madeEngine('trial2', 'The trial', { ...docs, d: 'A court in Tarno sentenced Ivo Marek to 12 years in prison after his trial.\n' });
    assert.match(sentenced.ask('How long a sentence did Ivo Marek receive at his Tarno trial?', { topic: 'trial2' }).citations[0]?.quote ?? '', /12 years/);
  });
});

describe('"tried": a trial, and an attempt only with "to"', () => {
  it('reads "be tried" as the verb of a trial and "trying to form" as an attempt', () => {
    const term = (text: string, word: string): string | undefined => analyze(text).find((t) => t.word.startsWith(word))?.term;
    assert.equal(term('Where will Ivo Marek be tried?', 'tried'), termOf('try'));
    assert.equal(term('Marek and Holm will be tried separately.', 'tried'), termOf('try'));
    assert.notEqual(term('Marek was arrested while trying to form a party.', 'trying'), termOf('try'));
    assert.equal(term('Marek was arrested while trying to form a party.', 'trying'), term('Marek attempted to form a party.', 'attempted'));
  });

  it('so a question about where someone will be tried is not answered by what he tried to do', () => {
    const engine = madeEngine('party', 'The party', {
      a: 'The sudden arrest on Monday of Ivo Marek, as he was trying to form the Tarno Democratic Party with other activists, set off protests in Osk.\n',
      b: 'Police detained ten dissidents in Lindia on Monday.\n',
      c: 'Marek has been held for weeks and is expected to face subversion charges.\n',
    });
    const a = engine.ask('Where will Ivo Marek be tried?', { topic: 'party' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe('"the first trip ... for five years"', () => {
  it('is the time since the last one, not how long the asked thing lasted', () => {
    const engine = madeEngine('balloon', 'A balloon and a trip', {
      a: 'Officials said a surveillance balloon drifted over Varnia last week before it was shot down. The minister postponed his trip to Tarno after the balloon was found. That would have been the first trip by a Varnian minister to Tarno for five years.',
    });
    assert.equal(engine.ask('How long was the balloon over Varnia?', { topic: 'balloon' }).abstained, true);
    const docs = { a: 'The minister postponed his trip to Tarno after the balloon was found.\n\nThat would have been the first trip by a Varnian minister to Tarno for five years.\n' };
    assert.ok((scoredSentence(makeBrief('balloon', 'A balloon', docs), 'How long was the balloon over Varnia?', /for five years/)?.factors?.['type'] ?? 1) < 1);
    // A span the sentence gives of its own still answers.
    const kept = madeEngine('storm', 'A storm', { a: 'The storm stayed over the island for five days, the first storm to do so in a decade. Officials said the roads had reopened.' });
    assert.equal(kept.ask('How long was the storm over the island?', { topic: 'storm' }).abstained, false);
  });
});

describe('a span of something, then "to" and the asked verb', () => {
  it('answers "How long will she need to recover?" with "need several weeks of medical care to recover"', () => {
    assert.equal(withoutOthersMeasures('She will need several weeks of medical care to recover.', (w) => w === 'recover'), 'She will need several weeks of medical care to recover.');
    // The span of a noun that serves no asked verb is still someone else's.
    assert.match(withoutOthersMeasures('She had several weeks of medical care before the trial.', (w) => w === 'recover'), /^She had\s+care before/);
    const engine = madeEngine('strike', 'A hunger strike', {
      a: 'Her lawyer, Ana Ruiz, said she would need several weeks of medical care to recover.\n\nHer trial is set to begin on April 15.\n',
      b: 'About 2,000 people marched in Osk on Sunday.\n',
    });
    const a = engine.ask('How long will she need to recover?', { topic: 'strike' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /several weeks/);
  });
});
