/** "What was X convicted of?": "found X guilty of taking bribes" and "his bribery conviction" say the crime. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('what someone was convicted of', () => {
  const bodies = (s: string): Record<string, string> => ({
    a: `GRATZ, Velmar (Reuters) - ${s}\n\nFeld, 58, led the city for ten years.\n`,
    b: 'The hearing was held in Gratz on Tuesday.\n',
  });

  it('is said by "found ... guilty of" (the sentence\'s shape fits, though it lacks the word "convicted")', () => {
    const brief = makeBrief('verdict', 'The Feld verdict', bodies('A court on Tuesday found former mayor Dario Feld guilty of taking bribes and sentenced him to six years.'));
    const s = scoredSentence(brief, 'What was Dario Feld convicted of?', /guilty of taking bribes/);
    assert.equal(s?.factors?.['shape'], 1);
  });

  it('and by the crime before "conviction"', () => {
    const engine = madeEngine('verdict', 'The Feld verdict', bodies('The supreme court rejected an appeal by Dario Feld against his bribery conviction.'));
    const a = engine.ask('What was Dario Feld convicted of?', { topic: 'verdict' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /bribery conviction/);
  });
});

describe('what someone is suspected of, said with the noun', () => {
  it('takes "on suspicion of fraud and money laundering" for "What are the directors suspected of?"', () => {
    const brief = makeBrief('bank', 'Bank failure', {
      a: 'Police on Thursday arrested the former chairman of the collapsed Meridian Bank and two other former directors on suspicion of fraud and money laundering, a police spokesman said.\n\nUnder Maltese law, police can hold suspects for 48 hours before charging them.\n',
    });
    assert.equal(scoredSentence(brief, 'What are the directors suspected of?', /on suspicion of fraud/)?.factors?.shape, 1);
    assert.notEqual(scoredSentence(brief, 'What are the directors suspected of?', /hold suspects/)?.factors?.shape, 1, 'suspects held, no charge said');
  });
});

describe('the crime said after where and when', () => {
  const brief = makeBrief('exports', 'A sanctions case', {
    a: 'Tamas Orban was convicted at Leeds Crown Court in 2021 of exporting drone engines in breach of sanctions.\n\nOne of the charges against Orban hinges on an email from his supplier.\n',
  });
  it('takes "convicted at Leeds Crown Court in 2021 of exporting" for "What was Orban convicted of?"', () => {
    assert.equal(scoredSentence(brief, 'What was Orban convicted of?', /convicted at Leeds/)?.factors?.['shape'], 1);
  });
  it('but not "the charges against Orban hinges on", whose "on" is no charge', () => {
    assert.notEqual(scoredSentence(brief, 'What was Orban charged with?', /hinges on/)?.factors?.['shape'], 1);
  });
});
