/**
 * A topic with sources and no reviewed brief is served: it says plainly that no reviewed
 * brief exists, lists its sources, answers from them, and never shows an unchecked claim.
 * In the core, the console (CLI), Slack and Discord.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { renderText } from '../../src/domain/messages/render-text.ts';
import { buildRecapMessage } from '../../src/recaps/recap-message.ts';
import { startHarness as startDiscord } from '../adapters/discord/harness.ts';
import { startHarness as startSlack } from '../adapters/slack/harness.ts';
import { CHANNEL_ID } from '../fakes/discord/fake-discord.ts';
import { slashCommand } from '../fakes/discord/interaction-payloads.ts';
import { testContext } from '../helpers/context.ts';
import { makeTestCore, type TestCore } from '../helpers/make-core.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempBriefs, type TempBriefs } from '../helpers/temp-briefs.ts';

const PORT_TEXT =
  'Harbour strike enters second week\n\nDock workers at the port of Valmora walked out on Monday over pay. The union says 4,000 members have joined the strike. Shipping lines have diverted twelve container ships to other ports.\n';

describe('a topic with sources and no brief.md', { timeout: 60_000 }, () => {
  let tmp: TempBriefs;
  let tc: TestCore;
  before(async () => {
    tmp = makeTempBriefs();
    const dir = path.join(tmp.briefsDir, 'port-strike');
    mkdirSync(path.join(dir, 'sources'), { recursive: true });
    writeFileSync(path.join(dir, 'topic.yml'), 'title: Valmora port strike\n');
    writeFileSync(path.join(dir, 'sources', 'wire-1.txt'), PORT_TEXT);
    writeFileSync(path.join(dir, 'sources', 'sources.yml'), '- id: wire-1\n  file: wire-1.txt\n  title: Harbour strike enters second week\n  outlet: Coast Wire\n  published: 2026-11-20\n  url: null\n');
    tc = await makeTestCore({ briefsDir: tmp.briefsDir });
  });
  after(async () => {
    await tc.close();
    tmp.cleanup();
  });

  it('is served in the core: no reviewed brief, its sources listed, answers from them', async () => {
    const ctx = testContext();
    const card = (await tc.core.handleCommand('port-strike', ctx)).messages[0];
    assert.ok(card);
    const text = renderText(card);
    assert.match(text, /^Valmora port strike/);
    assert.match(text, /No reviewed brief exists for Valmora port strike yet/);
    assert.match(text, /Coast Wire, 2026-11-20: Harbour strike enters second week/);
    assert.equal(card.citations.length, 0, 'no claim, so nothing unchecked is shown');
    for (const cmd of ['full port-strike', 'timeline port-strike', 'whoswho port-strike']) {
      assert.match(renderText((await tc.core.handleCommand(cmd, ctx)).messages[0]!), /No reviewed brief exists/, cmd);
    }
    assert.match(renderText((await tc.core.handleCommand('sources port-strike', ctx)).messages[0]!), /Harbour strike enters second week/);
    assert.match(renderText((await tc.core.handleCommand('list', ctx)).messages[0]!), /port-strike: Valmora port strike \(no reviewed brief yet, 1 sources\)/);
    const answer = (await tc.core.handleCommand('ask port-strike how many members have joined the strike?', ctx)).messages[0]!;
    assert.equal(answer.kind, 'answer');
    assert.ok(answer.citations.some((c) => c.quote.includes('4,000 members')), JSON.stringify(answer.citations));
  });

  it('recaps say there is no reviewed brief and name the sources', () => {
    const brief = tc.bundle.catalog.get('port-strike');
    assert.ok(brief?.unreviewed);
    const recap = buildRecapMessage({ brief, previous: null, whenUnchanged: 'line', timezone: 'UTC' }).message;
    assert.ok(recap);
    const text = renderText(recap);
    assert.match(text, /No reviewed brief exists for Valmora port strike yet\. It has 1 source:/);
    assert.match(text, /Coast Wire: Harbour strike enters second week \(2026-11-20\)/);
    assert.equal(recap.citations.length, 0);
  });

  it('is served by the CLI, and check reports the missing brief as a warning', async () => {
    const r = await runCli(['brief', 'port-strike', '--root', tmp.root]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /No reviewed brief exists/);
    const json = JSON.parse((await runCli(['brief', 'port-strike', '--json', '--root', tmp.root])).stdout) as { reviewed: boolean; sections: Array<{ items: unknown[] }> };
    assert.equal(json.reviewed, false);
    assert.ok(json.sections.every((s) => s.items.length === 0));
    const check = await runCli(['check', '--root', tmp.root]);
    assert.equal(check.code, 0, check.stdout);
    assert.match(check.stdout, /briefs\/port-strike\/brief\.md:1: warning: brief\.md is missing: the topic is served from its 1 source alone, with no reviewed brief/);
    assert.match(check.stdout, /1 ok, 1 served from sources only \(no brief\.md\), 0 with errors/);
  });

  it('is served on Slack', async () => {
    const h = await startSlack({ briefsDir: tmp.briefsDir });
    try {
      await h.command('port-strike', { responseId: 'ps' });
      const [r] = await h.fake.waitUntil(() => {
        const mine = h.fake.responses.filter((x) => x.id === 'ps');
        return mine.length > 0 ? mine : undefined;
      });
      assert.match(JSON.stringify(r?.body), /No reviewed brief exists for Valmora port strike yet/);
    } finally {
      await h.close();
    }
  });

  it('is served on Discord', async () => {
    const h = await startDiscord(tc.core);
    try {
      const state = h.fake.interact(slashCommand('show', { topic: 'port-strike' }));
      await h.fake.waitForInteraction(state);
      await h.adapter.idle();
      const body = h.fake.requests.find((r) => r.path.includes(state.token))?.body;
      assert.match(JSON.stringify(body), /No reviewed brief exists for Valmora port strike yet/);
      assert.ok(CHANNEL_ID);
    } finally {
      await h.close();
    }
  });
});
