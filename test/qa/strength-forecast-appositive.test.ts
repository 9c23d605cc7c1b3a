/**
 * Three readings from unseen questions: "a 1,500-strong battalion" counts its members; "15 inches
 * of rain was forecast" is no amount that fell; "Chris Shays, a moderate from Connecticut called
 * ..." has Shays speak though the wire left the appositive unclosed. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsOnlyPlanned } from '../../src/qa/quantities.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('"a 1,500-strong battalion": the strength of a group', () => {
  it('answers "How many soldiers are in X\'s battalion?" with the strength of the battalion', () => {
    const docs = {
      a: "Hale's 1,500-strong battalion walked 240 kilometers from Tarno to Kelt, which fell to the rebels Saturday.\n",
      b: "``Our soldiers are in the town,'' rebel battalion commander Anton Hale said in Kelt.\n",
      c: 'Anton Hale said the fighting went on.\n',
    };
    const s = scoredSentence(makeBrief('battalion', 'Battalion', docs), "How many soldiers are in Hale's battalion?", /1,500-strong/);
    assert.ok(s);
    assert.equal(s.factors?.['type'] ?? 1, 1);
    // The strength of another group the question does not name is no answer.
    const other = scoredSentence(makeBrief('battalion2', 'Battalion', { ...docs, a: "Hale's battalion joined a 1,500-strong militia that walked 240 kilometers from Tarno to Kelt.\n" }), "How many soldiers are in Hale's battalion?", /1,500-strong/);
    assert.ok(other);
    assert.ok((other.factors?.['type'] ?? 1) < 1, `type ${other.factors?.['type']}`);
  });
});

describe('"15 inches of rain was forecast": a forecast, not what came about', () => {
  const inch = [termOf('inches') as string];

  it('reads a count followed by "was forecast" (past a parenthesis) as only forecast', () => {
    const text = 'The coast was under a warning and up to 15 inches (38 centimeters) of rain was forecast in mountain areas.';
    assert.equal(countsOnlyPlanned('How many inches of rain fell on Tarno?', text, inch, []), true);
    assert.equal(countsOnlyPlanned('How much rain was forecast for the mountains?', text, inch, []), false, 'the question asks for the forecast');
    assert.equal(countsOnlyPlanned('How many inches of rain fell on Tarno?', 'Up to 15 inches (38 centimeters) of rain fell in mountain areas.', inch, []), false);
  });
});

describe('an appositive the wire left unclosed', () => {
  const docs = {
    a: "Rep. Ivo Marek, a moderate from Tarno called the election a devastating loss and said simply, ``There are going to be changes.''\n",
    b: 'The House met on Monday.\n',
    c: 'Ivo Marek said he would vote.\n',
  };

  it('takes the name before "a moderate from Tarno called" for the speaker', () => {
    const s = scoredSentence(makeBrief('vote', 'Vote', docs), 'What did Ivo Marek call the election?', /devastating loss/);
    assert.ok(s);
    assert.equal(s.factors?.['speaker'] ?? 1, 1);
  });

  it('does not take a place before the comma for the speaker ("In Tarno, a spokesman said")', () => {
    const s = scoredSentence(makeBrief('vote2', 'Vote', { ...docs, a: 'In Tarno, a spokesman for the party said the election was a devastating loss.\n' }), 'What did Tarno say about the election?', /devastating loss/);
    assert.ok(s);
    assert.ok((s.factors?.['speaker'] ?? 1) < 1, `speaker ${s.factors?.['speaker']}`);
  });
});
