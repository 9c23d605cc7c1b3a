import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { BriefbotCore } from '../../src/bot/briefbot-core.ts';
import { renderText } from '../../src/domain/messages/render-text.ts';
import type { Reply } from '../../src/domain/messages/message-model.ts';
import { testContext } from '../helpers/context.ts';
import { makeTestCore } from '../helpers/make-core.ts';

function text(r: Reply): string {
  return r.messages.map((m) => renderText(m)).join('\n');
}

describe('command router', () => {
  let core: BriefbotCore;
  before(async () => {
    core = (await makeTestCore()).core;
  });
  const ctx = testContext();

  it('shows a brief by slug, alias and title', async () => {
    for (const q of ['china-russia-aid', 'China-Russia-Aid', '  china-russia-aid  ']) {
      const r = await core.handleCommand(q, ctx);
      assert.equal(r.messages[0]?.kind, 'brief', q);
      assert.equal(r.messages[0]?.topic, 'china-russia-aid');
      assert.equal(r.ephemeral, true);
    }
  });

  it('suggests the subcommand for a mistyped one instead of reading it as a topic', async () => {
    const cases: Array<[string, string]> = [
      ['timelin china-russia-aid', '/brief timeline china-russia-aid'],
      ['sorces china-russia-aid', '/brief sources china-russia-aid'],
      ['lsit', '/brief list'],
      ['subscirbe china-russia-aid daily 08:00', '/brief subscribe china-russia-aid daily 08:00'],
    ];
    for (const [typed, meant] of cases) {
      const r = await core.handleCommand(typed, ctx);
      assert.equal(r.messages[0]?.kind, 'error', typed);
      assert.match(text(r), new RegExp(`Did you mean ${meant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?`), typed);
    }
    // A topic typo is still a topic typo, and a real topic is never taken for a command.
    assert.match(text(await core.handleCommand('china-rusia-aid', ctx)), /Did you mean china-russia-aid\?/);
    assert.equal((await core.handleCommand('china-russia-aid', ctx)).messages[0]?.kind, 'brief');
  });

  it('shows the short card by default and the full brief on request, in every spelling', async () => {
    const card = (await core.handleCommand('china-russia-aid', ctx)).messages[0];
    assert.ok(card?.citations.every((c) => c.quote === ''), 'the card cites sources, not quotes');
    for (const cmd of ['full china-russia-aid', 'china-russia-aid full', 'china-russia-aid --full', 'quotes china-russia-aid']) {
      const m = (await core.handleCommand(cmd, ctx)).messages[0];
      assert.equal(m?.kind, 'brief', cmd);
      assert.ok((m?.citations.length ?? 0) > 50 && m?.citations.every((c) => c.quote !== ''), `${cmd}: every quote`);
    }
  });

  it('suggests the right topic for a typo', async () => {
    for (const typo of ['china-rusia-aid', 'chian-russia-aid', 'china-russia-ad', 'china russia aid']) {
      const r = await core.handleCommand(typo, ctx);
      const t = text(r);
      if (typo === 'china russia aid') {
        assert.equal(r.messages[0]?.kind, 'brief', 'spaces instead of dashes is the same slug');
        continue;
      }
      assert.equal(r.messages[0]?.kind, 'error', typo);
      assert.match(t, /Did you mean china-russia-aid\?/, typo);
    }
  });

  it('lists the existing topics for an unknown topic', async () => {
    const r = await core.handleCommand('climate-talks', ctx);
    assert.match(text(r), /I don't have a brief called "climate-talks"\. Topics: china-russia-aid/);
  });

  it('lists topics for "list" and for the bare command', async () => {
    for (const q of ['list', '', '   ']) {
      const r = await core.handleCommand(q, ctx);
      assert.equal(r.messages[0]?.kind, 'list');
      assert.match(text(r), /china-russia-aid/);
    }
  });

  it('shows sources with outlet and date, or says they are unknown', async () => {
    const t = text(await core.handleCommand('sources china-russia-aid', ctx));
    assert.match(t, /UrduPoint\.com, 2023-02-19/);
    assert.match(t, /outlet unknown, date unknown/);
    assert.match(t, /briefs\/china-russia-aid\/sources\/000_3fe693ddca6ee84f\.txt/);
  });

  it('shows the timeline oldest first with citations', async () => {
    const r = await core.handleCommand('timeline china-rusia-aid', ctx);
    assert.match(text(r), /Did you mean/);
    const t = text(await core.handleCommand('timeline china-russia-aid', ctx));
    assert.ok(t.indexOf('• 2023-02-04') > 0 && t.indexOf('• 2023-02-04') < t.indexOf('• 2023-06-19'));
    assert.match(t, /\[1\]/);
  });

  it('explains usage when a subcommand needs a topic', async () => {
    const t = text(await core.handleCommand('sources', ctx));
    assert.match(t, /Usage: \/brief sources <topic>/);
  });

  it('answers help', async () => {
    const t = text(await core.handleCommand('help', ctx));
    assert.match(t, /\/brief <topic>/);
    assert.match(t, /\/brief timeline <topic>/);
  });

  it('handles bad input with a short reply and never throws', async () => {
    const huge = 'x'.repeat(100_000);
    const cases = ['\u0000\u0007\u001b[31m', huge, 'frobnicate the widgets', '🙂🙂🙂', '\u202eevil', 'sources \u0000china-russia-aid'];
    for (const input of cases) {
      const r = await core.handleCommand(input, ctx);
      assert.ok(r.messages.length > 0, JSON.stringify(input.slice(0, 20)));
      const t = text(r);
      assert.ok(t.length < 2000, 'short reply');
      assert.doesNotMatch(t, /\u001b|\u0000|at .*\.ts:\d+/, 'no control characters or stack traces');
    }
    assert.match(text(await core.handleCommand(huge, ctx)), /limited to 4,000/);
    assert.equal((await core.handleCommand('sources \u0000china-russia-aid', ctx)).messages[0]?.kind, 'sources');
  });

  it('accepts a leading /brief in the text', async () => {
    assert.equal((await core.handleCommand('/brief china-russia-aid', ctx)).messages[0]?.kind, 'brief');
  });

  it('suggests topics for autocomplete by prefix, alias and typo', () => {
    assert.equal(core.suggestTopics('chi')[0]?.slug, 'china-russia-aid');
    assert.equal(core.suggestTopics('')[0]?.slug, 'china-russia-aid');
    assert.equal(core.suggestTopics('chna')[0]?.slug, 'china-russia-aid');
    assert.deepEqual(core.suggestTopics('zzzzzzzzzz'), []);
  });

  it('runs the typed commands buttons carry; share is public', async () => {
    const sources = await core.handleCommand({ kind: 'view', view: 'sources', topic: 'china-russia-aid' }, ctx);
    assert.equal(sources.messages[0]?.kind, 'sources');
    assert.deepEqual(sources.command, { kind: 'view', view: 'sources', topic: 'china-russia-aid' });
    const share = await core.handleCommand({ kind: 'publish', command: { kind: 'view', view: 'card', topic: 'china-russia-aid' } }, ctx);
    assert.equal(share.messages[0]?.kind, 'brief');
    assert.equal(share.ephemeral, false);
    const bad = await core.handleCommand({ kind: 'view', view: 'timeline', topic: 'x' }, ctx);
    assert.equal(bad.messages[0]?.kind, 'error');
    // Every button of a brief carries a command the core runs.
    const card = await core.handleCommand('china-russia-aid', ctx);
    const actions = card.messages.flatMap((m) => m.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : [])));
    assert.ok(actions.length >= 4);
    for (const a of actions) {
      const r = await core.handleCommand(a.command, ctx);
      assert.ok(r.messages.length > 0, a.id);
    }
  });
});
