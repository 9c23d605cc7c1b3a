/**
 * A person's name in a possessive speaker phrase ("Idris's spokesman") is the person's word,
 * as it is without the "'s"; and a frequency adverb between a speaker and the verb ("Farmers in
 * Tarno often describe themselves as ...") does not hide the speaker. A participle of saying
 * after a comma ("Both sides declined to comment, saying ...") has the sentence's subject speak,
 * and "Why did both sides decline to comment?" asks for both sides, not "both sides decline to";
 * "a foreign state's involvement" is no one stating.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakerPhraseOf } from '../../src/qa/question-analysis.ts';
import { phraseTerms } from '../../src/qa/speakers.ts';
import { makeBrief, speakerScoreOf } from './qa-helpers.ts';

describe('possessive speaker phrases and adverbs before the verb', () => {
  it('keeps a person word whole in "<Name>\'s spokesman"', () => {
    const persons = new Set(['idris']);
    assert.deepEqual(phraseTerms("Idris's spokesman", persons).slice(0, 1), ['idris']);
    assert.deepEqual(phraseTerms('Idris spokesman', persons).slice(0, 1), ['idris']);
  });

  it('has the person speak through "A spokesman for <Name> denied ..."', () => {
    const brief = makeBrief('ties', 'Ties', {
      a: 'Marek Idris, a businessman, said on Monday that he would sue.\n',
      b: 'A spokesman for Idris denied the accusations, saying Idris had no ties to the group.\n',
    });
    assert.equal(speakerScoreOf(brief, /A spokesman for Idris/, "Idris's spokesman"), 1);
  });

  it('skips "often", "usually" and the like between the speaker and the verb', () => {
    const brief = makeBrief('farmers', 'Farmers', {
      a: 'Farmers in Tarno often describe themselves as the last free people of the valley.\n',
      b: 'Officials usually say the harvest was good.\n',
    });
    assert.equal(speakerScoreOf(brief, /often describe/, 'farmers in Tarno'), 1);
    assert.equal(speakerScoreOf(brief, /usually say/, 'officials'), 1);
  });
});

describe('speakers of a participle of saying and of "decline to comment"', () => {
  it('reads "X declined to comment, saying ..." as X saying it', () => {
    const brief = makeBrief('talks', 'Talks', {
      a: 'Both sides declined to comment after the talks, saying the inquiry was still in process.\n',
      b: 'The mediators met in Tarno on Monday.\n',
    });
    assert.equal(speakerScoreOf(brief, /Both sides declined/, 'both sides'), 1);
  });

  it('reads "X declined to comment when asked ..." as X, who comments (or will not)', () => {
    const brief = makeBrief('jets', 'Jets', {
      a: 'They have refrained from supplying jets, and Mr. Marek declined to comment when asked if the council would help.\n',
      b: 'The ministry refused to say how many jets were sent.\n',
    });
    assert.equal(speakerScoreOf(brief, /Marek declined/, 'Marek'), 1);
    assert.equal(speakerScoreOf(brief, /refused to say/, 'the ministry'), 1);
  });

  it('reads "said transport director Lena Varga" past the role words to the name', () => {
    const brief = makeBrief('bridge', 'Bridge', {
      a: '"We are not taking any chances," said transport director Lena Varga, 52.\n',
      b: '"It will reopen in May," said the mayor on Monday.\n',
    });
    assert.equal(speakerScoreOf(brief, /said transport director/, 'Varga'), 1);
  });

  it('reads "said Horizon project scientist Dr. Amara Nwosu" past what the role is of and the role, to the name', () => {
    const brief = makeBrief('telescope', 'Telescope', {
      a: 'Engineers switched the telescope back on Tuesday and its first test images were sharp, said Horizon project scientist Dr. Amara Nwosu.\n',
      b: '"The rescue went well," said Maria do Ceu Alves, the mayor.\n',
    });
    assert.equal(speakerScoreOf(brief, /images were sharp/, 'Nwosu'), 1);
    // Not a name's particle taken for a role word.
    assert.equal(speakerScoreOf(brief, /rescue went well/, 'Maria do Ceu Alves'), 1);
  });

  it('leaves the verb before "to", and an adverb, out of the asked speaker', () => {
    assert.equal(speakerPhraseOf('Why did both sides decline to comment after the talks?'), 'both sides');
    assert.equal(speakerPhraseOf('What did Blinken say about the talks?'), 'Blinken');
    assert.equal(speakerPhraseOf('What does Varnia chiefly demand that Tarno do?'), 'Varnia', 'nor an adverb after the speaker');
  });

  it('reads a speech verb before "\'s" as a noun: "a foreign state\'s involvement" has no one stating', () => {
    assert.equal(speakerPhraseOf("Has Sapo found evidence of a foreign state's involvement?"), null);
    assert.equal(speakerPhraseOf("What did the state's governor say?"), "the state's governor");
    assert.equal(speakerPhraseOf('Did the agency state that it had found evidence?'), 'the agency');
  });
});
