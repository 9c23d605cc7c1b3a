/**
 * People the wires name by what describes them: "said Helene Marchetti, an astronomer at ...",
 * "Jean-Yves Le Goff, 71, said", "said Helene Marchetti of the Paris Observatory"; a title the
 * question asks about is no part of the name ("Chief Executive Ingrid Solheim"); the portfolio
 * the sentence before gave the title ("a police spokesman said ... spokesman Harry Kalonga
 * said"); "charges him" for the one the sentence before named; and a relative mentioned, not
 * named ("her mother's home"). Made-up names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPersonNames } from '../../src/qa/entities.ts';
import { madeEngine } from './qa-helpers.ts';

describe('people named by what describes them', () => {
  it('finds a name a person\'s noun, an age or an affiliation after "said" describes', () => {
    const { names } = findPersonNames([
      '"We expect more pieces," said Helene Marchetti, an astronomer at the Paris Observatory.',
      'Jean-Yves Le Goff, 71, said he noticed a black stone.',
      'It was an ordinary chondrite, said Roberta Quist of the National Museum.',
      'The field was found by Nordvik Energy, the Norwegian company, in 2018.',
    ]);
    assert.ok(names.has('Helene Marchetti'), [...names].join(', '));
    assert.ok([...names].some((n) => n.endsWith('Le Goff')), [...names].join(', '));
    assert.ok(names.has('Roberta Quist'), [...names].join(', '));
    assert.equal(names.has('Nordvik Energy'), false, 'a company is no person');
  });

  it('answers "Who is X?" with the sentence that says what X is', () => {
    const engine = madeEngine('rock', 'The rock', {
      a: '"From the trajectory, we expect pieces to have fallen between two towns," said Helene Marchetti, an astronomer at the Paris Observatory.\n',
      b: 'Preliminary analysis showed it was an ordinary chondrite, said Helene Marchetti of the Paris Observatory.\n',
      c: 'Volunteers searched the fields on Thursday.\n',
    });
    const a = engine.ask('Who is Helene Marchetti?', { topic: 'rock' });
    assert.match(a.citations[0]?.quote ?? '', /an astronomer/);
  });

  it('reads a title the question asks about as no word of the holder\'s name', () => {
    const engine = madeEngine('oil', 'The oil block', {
      a: 'Nordvik Energy said on Monday it would resume drilling in the block in 2025.\n',
      b: '"We are ready to move quickly," Chief Executive Ingrid Solheim told reporters after the signing ceremony.\n',
      c: 'Shares in the company rose 9.4 percent.\n',
    });
    const a = engine.ask("Who is Nordvik's chief executive?", { topic: 'oil' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.equal(a.short, 'Ingrid Solheim');
  });

  it('gives a holder the portfolio the sentence before gave the title', () => {
    const engine = madeEngine('leak', 'The leak', {
      a: 'Police have arrested five people over the leak of examination papers, a police spokesman said on Wednesday.\n\nThe suspects include a printing machine operator and a supervisor at the printer, spokesman Harry Kalonga said.\n',
      b: 'The board said the resits would be held on April 22.\n',
      c: 'Students protested in the capital.\n',
    });
    const a = engine.ask('Who is the police spokesman?', { topic: 'leak' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.equal(a.short, 'Harry Kalonga');
  });

  it('reads "charges him" as about the one the sentence before named', () => {
    const engine = madeEngine('case', 'The case', {
      a: 'Karim Osei, 40, has been jailed in Kalmar since May. Officials say Osei helped finance the group. A complaint unsealed in Kalmar charges him with fraud and money laundering.\n',
      b: 'The group was founded in 1990 by three brothers.\n',
      c: 'A court in Tallmark will hear the case.\n',
    });
    const a = engine.ask('What is Osei charged with in the complaint unsealed in Kalmar?', { topic: 'case' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /fraud and money laundering/);
  });

  it('does not take another\'s name for a relative the sentence only mentions', () => {
    const engine = madeEngine('bail', 'The bail', {
      a: 'A court ordered Nino Varga released on bail, on condition that she stay at her mother\'s home in Tallmark.\n',
      b: 'Nino Varga, 38, had been on hunger strike for 41 days.\n',
      c: 'Her lawyer said she would appeal.\n',
    });
    const a = engine.ask("What is her mother's name?", { topic: 'bail' });
    assert.equal(a.abstained, true, a.citations[0]?.quote);
  });
});
