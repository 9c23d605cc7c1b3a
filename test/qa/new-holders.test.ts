/** "Who is the new X?" asks for one who takes the place: a sentence must tell of a change of holder. Made-up names. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tellsOfNoNewHolder } from '../../src/qa/new-holders.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

describe('a new holder asked for', () => {
  it('is told of by naming, succeeding or becoming, not by a holder named with no change', () => {
    assert.equal(tellsOfNoNewHolder('Who will be the new finance minister?', 'Finance Minister Rachel Orm said the budget was sound.'), true);
    assert.equal(tellsOfNoNewHolder('Who will be the new finance minister?', 'Rachel Orm was named finance minister on Monday.'), false);
    assert.equal(tellsOfNoNewHolder('Who is the new heir to the throne?', 'Her elder son, Prince Tavo, 9, becomes heir to the throne.'), false);
    assert.equal(tellsOfNoNewHolder('Who is the new heir to the throne?', 'Prince Tavo became heir to the throne in 2020.'), false);
    assert.equal(tellsOfNoNewHolder('Who is the heir to the throne?', 'Prince Tavo is heir.'), false, 'no new holder asked');
  });

  it('is answered by "X becomes heir"', () => {
    const engine = madeEngine('throne', 'A new queen', {
      a: 'OSTMARK (AP) — Queen Mirelle took the oath on Tuesday after her father abdicated.\n\nHer elder son, Prince Tavo, 9, becomes heir to the throne.\n',
      b: 'Crowds lined the streets of the capital.\n',
    });
    assertAnswers(engine, 'throne', 'Who is the new heir to the throne?', /Prince Tavo/);
  });
});
