/**
 * Bidirectional controls and zero-width characters from documents never reach a payload:
 * every builder (brief, sources, timeline, answer, recap) through every renderer
 * (Slack Block Kit, Discord, console text) of content that carries them.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { renderDiscordMessages } from '../../src/adapters/discord/render-discord.ts';
import { renderMessages } from '../../src/adapters/slack/render-block-kit.ts';
import { safeLink as slackLink } from '../../src/adapters/slack/mrkdwn.ts';
import type { Message } from '../../src/domain/messages/message-model.ts';
import { renderText } from '../../src/domain/messages/render-text.ts';
import { BIDI_CONTROLS, ZERO_WIDTH } from '../../src/domain/messages/safe-text.ts';
import { buildRecapMessage } from '../../src/recaps/recap-message.ts';
import { testContext } from '../helpers/context.ts';
import { makeTestCore, type TestCore } from '../helpers/make-core.ts';
import { makeTempBriefs, type TempBriefs } from '../helpers/temp-briefs.ts';

const RLO = '\u202e';
const BIDI_SAMPLE = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

const bidiIn = (value: unknown): string[] => strings(value).filter((s) => new RegExp(BIDI_CONTROLS.source).test(s));

describe('deceptive characters from documents', { timeout: 30_000 }, () => {
  let tmp: TempBriefs;
  let tc: TestCore;
  const messages: Array<[string, Message]> = [];

  before(async () => {
    tmp = makeTempBriefs();
    const yml = path.join(tmp.briefsDir, 'china-russia-aid', 'sources', 'sources.yml');
    const text = readFileSync(yml, 'utf8');
    // Every source title carries bidi controls and a zero-width space; one url hides an override.
    writeFileSync(yml, text.replace(/^(\s+title: )"?([^"\n]+)"?$/gm, `$1"${RLO}gnp.exe\u2066 $2\u2069\u200b"`).replace(/^(\s+url: )null$/m, `$1https://example.com/a${RLO}b\u200b`));
    tmp.replace('title: China and lethal aid to Russia', `title: China${'\u2067'} and lethal aid${'\u2069'} to Russia`);
    tmp.replace('In February 2023,', `In February${RLO} 2023${'\u202c'},`);
    tc = await makeTestCore({ briefsDir: tmp.briefsDir });
    const brief = tc.bundle.catalog.get('china-russia-aid');
    assert.ok(brief, 'the hostile brief still passes check');
    assert.ok(bidiIn(brief.title).length > 0 && bidiIn(brief.sources.map((s) => s.meta)).length > 0, 'the content really carries the characters');
    const ctx = testContext();
    for (const cmd of ['china-russia-aid', 'sources china-russia-aid', 'timeline china-russia-aid', 'ask china-russia-aid when did Blinken meet Wang Yi?', 'list']) {
      const reply = await tc.core.handleCommand(cmd, ctx);
      for (const m of reply.messages) messages.push([cmd, m]);
    }
    const recap = buildRecapMessage({ brief, previous: null, previousPostedAt: null, whenUnchanged: 'line', late: null, timezone: 'UTC' });
    if (recap.message) messages.push(['recap', recap.message]);
    assert.ok(bidiIn(messages.map(([, m]) => m)).length > 0, 'the neutral messages hold the raw text (escaping is the renderers\u2019 job)');
  });
  after(async () => {
    await tc.close();
    tmp.cleanup();
  });

  it('Slack Block Kit payloads carry no bidi controls', () => {
    for (const [cmd, m] of messages) assert.deepEqual(bidiIn(renderMessages([m])), [], cmd);
  });

  it('Discord payloads carry no bidi controls', () => {
    for (const [cmd, m] of messages) assert.deepEqual(bidiIn(renderDiscordMessages([m])), [], cmd);
  });

  it('console text carries no bidi controls', () => {
    for (const [cmd, m] of messages) {
      assert.deepEqual(bidiIn(renderText(m)), [], cmd);
      assert.deepEqual(bidiIn(renderText(m, { format: 'plain' })), [], cmd);
    }
  });

  it('link labels and URLs carry no zero-width characters', () => {
    const link = slackLink(`https://example.com/a${RLO}b\u200b`, `pay\u200bpal${RLO}`);
    assert.ok(link);
    assert.doesNotMatch(link, new RegExp(`${BIDI_CONTROLS.source}|${ZERO_WIDTH.source}`));
    const payloads = messages.map(([, m]) => renderDiscordMessages([m]));
    const links = strings(payloads).flatMap((s) => [...s.matchAll(/\[([^\]]*)\]\(([^)]*)\)/g)].map((x) => `${x[1]} ${x[2]}`));
    assert.ok(links.length > 0, 'the sources list links its titles');
    for (const l of links) assert.doesNotMatch(l, new RegExp(`${BIDI_CONTROLS.source}|${ZERO_WIDTH.source}`), l);
  });

  it('every bidi control is removed, not just the override', () => {
    for (const c of BIDI_SAMPLE) {
      const m: Message = { kind: 'notice', title: `a${c}b`, blocks: [{ type: 'context', text: `x${c}y` }], citations: [], sources: [], summary: `s${c}` };
      assert.deepEqual(bidiIn(renderMessages([m])), [], `U+${c.charCodeAt(0).toString(16)}`);
      assert.deepEqual(bidiIn(renderDiscordMessages([m])), [], `U+${c.charCodeAt(0).toString(16)}`);
    }
  });
});
