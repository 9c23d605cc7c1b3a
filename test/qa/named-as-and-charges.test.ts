/**
 * Three ways wire copy says what a question asks, probe set 15's: a name given as someone's ("the
 * engineer, now named in court papers as Aleksei Voronov"), a reason after a comma ("walked out
 * ..., protesting the decision", "resigned, citing ill health"), and a charge after a time and an
 * accuser ("accused last year by two former assistants of harassment"). Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textFeatures } from '../../src/qa/entities.ts';
import { phrasalOnly } from '../../src/qa/phrasal-verbs.ts';
import { madeEngine, makeBrief, speakerScoreOf, withFiller } from './qa-helpers.ts';

const engine = madeEngine('case', 'A spy case and a festival', withFiller({
  a: 'A port engineer accused of spying was arrested on Feb. 27, the security service said.\n\nThe engineer, now named in court papers as Aleksei Voronov, 46, has been in custody since then.\n\nThe engineer had not confessed, officials said.\n',
  b: 'Jurors Anne Brandt and Kwame Mensah left the cinema 20 minutes into a documentary by director Henrik Solberg, who was accused last year by two former assistants of harassment on set.\n\nSolberg has denied the allegations.\n',
}, (i) => `Ticket sales reached ${240 + i},000 by Monday, the festival said.`));

describe('wire phrasings of a name, a reason and a charge', () => {
  it('answers "What is the engineer\'s name?" with the name he was given "as"', () => {
    const a = engine.ask("What is the engineer's name?", { topic: 'case' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /named in court papers as Aleksei Voronov/);
  });

  it('reads ", protesting ..." and ", citing ..." as a reason', () => {
    assert.equal(textFeatures('Three jurors walked out of a screening Monday, protesting the decision to show the film.').hasReason, true);
    assert.equal(textFeatures('The minister resigned on Friday, citing ill health.').hasReason, true);
    assert.equal(textFeatures('Protesting students marched to the ministry on Friday.').hasReason, false);
  });

  it('answers "What is Solberg accused of?" from "accused last year by two former assistants of harassment"', () => {
    const a = engine.ask('What is Solberg accused of?', { topic: 'case' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /of harassment/);
  });
});

describe('a term of punishment for "What sentence ...?"', () => {
  const court = madeEngine('court', 'A spy case', withFiller({
    a: 'The engineer was arrested at the port on Feb. 27.\n\nThe engineer faces up to 15 years in prison if convicted of treason.\n',
  }, (i) => `The court sat for ${i + 2} hours on Thursday, officials said.`));

  it('reads "faces up to 15 years" as facing a term, not the phrasal verb "face up to"', () => {
    assert.deepEqual([...phrasalOnly('The engineer faces up to 15 years in prison.', new Set(['face']))], []);
    assert.deepEqual([...phrasalOnly('He finally faced up to his debts.', new Set(['face']))], ['face']);
  });

  it('answers "What sentence does the engineer face?" with the term, which names no sentence', () => {
    const a = court.ask('What sentence does the engineer face?', { topic: 'court' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /up to 15 years in prison/);
    // The kind's word is met by the term: no word of the question is missing.
    assert.ok(a.confidence > 0.9, `${a.confidence}`);
  });
});

describe('one of a kind placed by where it is', () => {
  const ties = madeEngine('ties', 'Expulsions', withFiller({
    a: 'Belarus has since closed its consulate in the Estonian city of Narva, officials said.\n\nEditor Tony Smith runs several Estonian magazines in Tallinn.\n',
  }, (i) => `The two countries expelled ${i + 2} diplomats in March, the ministry said.`));

  it('answers "Which consulate did Belarus close?" with "its consulate in ... Narva"', () => {
    const a = ties.ask('Which consulate did Belarus close?', { topic: 'ties' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /consulate in the Estonian city of Narva/);
  });

  it('does not take "several magazines in Tallinn" for which magazine', () => {
    const a = ties.ask('Which magazine does Tony Smith edit?', { topic: 'ties' });
    assert.ok(a.abstained || a.confidence < 0.9, `${a.confidence} ${a.answer}`);
  });
});

describe('a passive speech verb', () => {
  it('does not make the one it is said of a speaker: "Solberg, who was accused ... by two former assistants"', () => {
    const brief = makeBrief('x', 'x', { a: 'Jurors left the cinema 20 minutes into a documentary by director Henrik Solberg, who was accused last year by two former assistants of harassment on set.\n\nThe festival said tickets sold well on Monday.\n' });
    assert.equal(speakerScoreOf(brief, /^Jurors/, 'Solberg'), 0);
    const active = makeBrief('y', 'y', { a: 'Jurors left the cinema during a documentary by director Henrik Solberg, who accused the festival of cowardice.\n\nThe festival said tickets sold well on Monday.\n' });
    assert.equal(speakerScoreOf(active, /^Jurors/, 'Solberg'), 1);
  });
});
