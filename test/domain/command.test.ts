/** The typed command: text channels parse it, buttons encode it, and both round-trip. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandText, decodeCommand, encodeCommand, parseCommand, type Command } from '../../src/domain/command.ts';
import { prng } from '../helpers/prng.ts';

test('text parses into the command it asks for', () => {
  const cases: Array<[string, Command]> = [
    ['', { kind: 'list' }],
    ['/brief list', { kind: 'list' }],
    ['topics', { kind: 'list' }],
    ['help', { kind: 'help' }],
    ['china-russia-aid', { kind: 'view', view: 'card', topic: 'china-russia-aid' }],
    ['/brief China Russia aid', { kind: 'view', view: 'card', topic: 'China Russia aid' }],
    ['show port-strike', { kind: 'view', view: 'card', topic: 'port-strike' }],
    ['port-strike full', { kind: 'view', view: 'full', topic: 'port-strike' }],
    ['port-strike --full', { kind: 'view', view: 'full', topic: 'port-strike' }],
    ['/brief port-strike sources', { kind: 'view', view: 'sources', topic: 'port-strike' }],
    ['port-strike Timeline', { kind: 'view', view: 'timeline', topic: 'port-strike' }],
    ['Port strike whoswho', { kind: 'view', view: 'whoswho', topic: 'Port strike' }],
    ['port-strike differences', { kind: 'view', view: 'differences', topic: 'port-strike' }],
    ['quotes port-strike', { kind: 'view', view: 'full', topic: 'port-strike' }],
    ['who port-strike', { kind: 'view', view: 'whoswho', topic: 'port-strike' }],
    ['timeline', { kind: 'view', view: 'timeline', topic: '' }],
    ['ask port-strike who walked out?', { kind: 'ask', question: 'port-strike who walked out?' }],
    ['subscribe port-strike daily 08:00 Europe/Berlin', { kind: 'subscribe', topic: 'port-strike', schedule: 'daily 08:00 Europe/Berlin' }],
    ['subscribe Port strike weekly mon 09:00', { kind: 'subscribe', topic: 'Port strike', schedule: 'weekly mon 09:00' }],
    ['subscribe port-strike', { kind: 'subscribe', topic: 'port-strike', schedule: '' }],
    ['unsubscribe port-strike', { kind: 'unsubscribe', topic: 'port-strike' }],
    ['subscriptions', { kind: 'subscriptions' }],
    ['add port-strike https://example.com/a', { kind: 'add', topic: 'port-strike', url: 'https://example.com/a' }],
  ];
  for (const [text, command] of cases) assert.deepEqual(parseCommand(text), command, text);
});

test('a command’s text parses back into the same command', () => {
  const commands: Command[] = [
    { kind: 'list' },
    { kind: 'help' },
    { kind: 'subscriptions' },
    { kind: 'view', view: 'card', topic: 'port-strike' },
    { kind: 'view', view: 'differences', topic: 'port-strike' },
    { kind: 'subscribe', topic: 'port-strike', schedule: 'weekdays 08:00' },
    { kind: 'unsubscribe', topic: 'port-strike' },
    { kind: 'add', topic: 'port-strike', url: 'https://example.com/a' },
  ];
  for (const c of commands) assert.deepEqual(parseCommand(commandText(c)), c, commandText(c));
  assert.equal(commandText({ kind: 'ask', topic: 'port-strike', question: '' }), '/brief ask port-strike <question>');
});

test('encoded commands decode to themselves; anything else decodes to null', () => {
  const rand = prng(7);
  const word = (): string => Array.from({ length: 1 + Math.floor(rand() * 12) }, () => String.fromCharCode(32 + Math.floor(rand() * 95))).join('');
  for (let i = 0; i < 300; i++) {
    const inner: Command[] = [
      { kind: 'view', view: 'timeline', topic: word() },
      { kind: 'ask', topic: word(), question: word() },
      { kind: 'ask', question: word() },
      { kind: 'subscribe', topic: word(), schedule: word() },
      { kind: 'add', topic: word(), url: word() },
    ];
    for (const c of inner) {
      assert.deepEqual(decodeCommand(encodeCommand(c)), c);
      assert.deepEqual(decodeCommand(encodeCommand({ kind: 'publish', command: c })), { kind: 'publish', command: c });
    }
  }
  for (const bad of ['', 'china-russia-aid', '{}', 'null', '[]', '{"kind":"view","view":"nope","topic":"x"}', '{"kind":"view","view":"card"}', '{"kind":"ask","question":3}', '{"kind":"publish","command":{"kind":"publish","command":{"kind":"list"}}}', '{"kind":"drop-tables"}']) {
    assert.equal(decodeCommand(bad), null, bad);
  }
});
