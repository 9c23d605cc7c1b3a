/**
 * The doer's noun of the asked verb as a name's appositive ("Ana Lind, a teacher at the village
 * school") says the name does it, for "Where does Ana Lind teach?"; only right after the name.
 * Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doerAppositive } from '../../src/qa/agent-appositives.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

describe('a doer\'s noun as the appositive of the asked name', () => {
  const q = analyzeQuestion('Where does Ana Lind teach?');
  const teach = termOf('teach') as string;

  it('meets the verb only right after the name', () => {
    assert.equal(doerAppositive(q, teach, '"We have no books," said Ana Lind, a teacher at the village school.'), true);
    assert.equal(doerAppositive(q, teach, 'Ana Lind met a teacher at the village school.'), false);
    assert.equal(doerAppositive(q, teach, 'Ivo Marek, a teacher at the village school, said so.'), false, 'another name');
  });

  it('answers where from the appositive', () => {
    const engine = madeEngine('floods', 'Floods', {
      a: 'TARNO (AP) _ Floods cut off the northern valley on Monday.\n\n"We have no books left," said Ana Lind, a teacher near Tarno.',
    });
    assertAnswers(engine, 'floods', 'Where does Ana Lind teach?', /a teacher near Tarno/);
  });
});
