/** The one clean-up of typed text: the same for commands, topic names and questions. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanInput } from '../../src/domain/input-text.ts';
import { guardQuestion } from '../../src/qa/input-guard.ts';
import { madeEngine } from '../qa/qa-helpers.ts';

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

test('mentions that open a question address people and are taken off; a mention alone is no question', () => {
  for (const raw of ['@channel who met Wang Yi?', '@here, who met Wang Yi?', '<!channel> who met Wang Yi?', '<@U024BE7LH> @Dana: who met Wang Yi?']) {
    const g = guardQuestion(raw);
    assert.equal(g.ok, true, raw);
    assert.equal(g.question, 'who met Wang Yi?', raw);
  }
  assert.equal(guardQuestion('Did Blinken email @Dana about it?').question, 'Did Blinken email @Dana about it?');
  const alone = guardQuestion('@channel');
  assert.equal(alone.ok, false);
  assert.match(alone.ok ? '' : alone.reply, /ask a question/);
});

test('a question opened by a mention is answered as the question itself', () => {
  const engine = madeEngine('port', 'Port strike', {
    a: 'Dock workers walked out on Monday after talks broke down.\n\nUnion leader Mara Tell met the port director, Ivo Brandt, on Tuesday.\n',
  });
  const plain = engine.ask('Who met Ivo Brandt?', { topic: 'port' });
  assert.equal(plain.abstained, false, plain.answer);
  for (const raw of ['@channel who met Ivo Brandt?', '<!here> Who met Ivo Brandt?']) {
    const a = engine.ask(raw, { topic: 'port' });
    assert.equal(a.abstained, false, `${raw}: ${a.answer}`);
    assert.deepEqual(a.citations, plain.citations, raw);
  }
});

test('emoji and quotation marks around the whole question are not part of it; quotes inside it are', () => {
  assert.equal(guardQuestion('who is Wang Yi? 🤔').question, 'who is Wang Yi?');
  assert.equal(guardQuestion('👍🏽 when did they meet? 🇺🇸').question, 'when did they meet?');
  assert.equal(guardQuestion('"when did Blinken meet Wang Yi"').question, 'when did Blinken meet Wang Yi');
  assert.equal(guardQuestion('“Who called it a farce?”').question, 'Who called it a farce?');
  assert.equal(guardQuestion('Who said "no limits"?').question, 'Who said "no limits"?');
  const only = guardQuestion('🤔🤔');
  assert.equal(only.ok, false);
});
