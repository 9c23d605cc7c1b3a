/** The one clean-up of typed text: the same for commands, topic names and questions. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanInput } from '../../src/domain/input-text.ts';
import { guardQuestion } from '../../src/qa/input-guard.ts';

test('removes escapes, controls, bidi and zero-width marks, and collapses whitespace', () => {
  assert.equal(cleanInput('  \u001b[31mgrain\u001b[0m\u200b-deal\u202e\t\n list\u2028 '), 'grain -deal list');
  assert.equal(cleanInput('cafe\u0301'), 'café'); // NFC
  assert.equal(cleanInput(undefined as unknown as string), '');
});

test('questions and commands are cleaned the same way', () => {
  const raw = 'When\u0000 did\u202a the talks\u200d begin?';
  const g = guardQuestion(raw);
  assert.equal(g.ok, true);
  assert.equal(g.question, cleanInput(raw));
});
