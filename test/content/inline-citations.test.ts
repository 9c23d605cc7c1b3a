/** Citations written inside a sentence render as markers in place, and check warns when the sentence leans on its quotes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderDiscordMessages } from '../../src/adapters/discord/render-discord.ts';
import { renderBlockKit } from '../../src/adapters/slack/render-block-kit.ts';
import { parseBrief } from '../../src/content/brief-parser.ts';
import { gapWithoutCitations } from '../../src/content/claim-readability.ts';
import { inlineParts } from '../../src/domain/messages/message-model.ts';
import { renderText } from '../../src/domain/messages/render-text.ts';
import { loadTopic } from '../../src/content/brief-loader.ts';
import { briefMessage } from '../../src/domain/messages/brief-messages.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SOURCE = 'The force numbered hundreds of men, one report said. Another put it at thousands of fighters. Officials confirmed the talks.';

function brief(difference: string, summary = 'Officials confirmed the talks. [@a: Officials confirmed the talks]'): string {
  return `---\ntitle: Wagner\nstatus: "Talks confirmed. [@a: Officials confirmed the talks]"\nupdated: 2026-11-01\n---\n\n## Summary\n\n${summary}\n\n## Key points\n\n- **Officials:** They confirmed the talks. [@a: Officials confirmed the talks]\n\n## Timeline\n\n- **2026-10-01:** Talks confirmed. [@a: Officials confirmed the talks]\n\n## Where sources differ\n\n${difference}\n`;
}

async function load(text: string): Promise<Awaited<ReturnType<typeof loadTopic>>> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'briefbot-inline-'));
  try {
    const dir = path.join(root, 'briefs', 'wagner');
    mkdirSync(path.join(dir, 'sources'), { recursive: true });
    writeFileSync(path.join(dir, 'sources', 'a.txt'), SOURCE);
    writeFileSync(path.join(dir, 'sources', 'b.txt'), SOURCE);
    writeFileSync(path.join(dir, 'sources', 'sources.yml'), '- id: a\n  file: a.txt\n- id: b\n  file: b.txt\n');
    writeFileSync(path.join(dir, 'brief.md'), text);
    return await loadTopic(dir, root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('citations inside a sentence', () => {
  it('render as markers in place, in the terminal, Slack and Discord', async () => {
    const r = await load(brief('- **Size of the force:** one report says hundreds of men [@a: hundreds of men] and another thousands of fighters [@b: thousands of fighters].'));
    assert.ok(r.brief, JSON.stringify(r.issues));
    const m = briefMessage(r.brief);
    const text = renderText(m);
    assert.match(text, /• Size of the force: one report says hundreds of men \[\d+\] and another thousands of fighters\. \[\d+\]/);
    const slack = JSON.stringify(renderBlockKit(m));
    assert.match(slack, /one report says hundreds of men \[\d+\] and another thousands of fighters\. \[\d+\]/);
    const discord = JSON.stringify(renderDiscordMessages([m]));
    assert.match(discord, /one report says hundreds of men \\\\\[\d+\\\\\] and another thousands of fighters\. \\\\\[\d+\\\\\]/);
  });

  it('in a summary paragraph keep the sentence whole', async () => {
    const r = await load(brief('- **Size:** reports differ [@a: hundreds of men] [@b: thousands of fighters].', 'Officials, one report said, confirmed the talks [@a: Officials confirmed the talks] after weeks of rumours [@b: Officials confirmed the talks].'));
    assert.ok(r.brief, JSON.stringify(r.issues));
    assert.equal(r.brief.summary.length, 1, 'one claim, not two fragments');
    assert.match(renderText(briefMessage(r.brief)), /confirmed the talks \[\d+\] after weeks of rumours\. \[\d+\]/);
  });

  it('check warns when the sentence leans on its quotes (the README example), with the line', async () => {
    const r = await load(brief('- **Size of the Wagner force:** one report says [@a: hundreds of men] versus [@b: thousands of fighters].'));
    const warnings = r.issues.filter((i) => i.severity === 'warning');
    assert.equal(warnings.length, 1, JSON.stringify(r.issues));
    assert.match(warnings[0]!.message, /without its quotes this claim reads "one report says versus\."/);
    assert.equal(warnings[0]!.line, 21);
    assert.ok(r.brief, 'a warning, not an error: the brief is still served');
  });

  it('the readability rule is general English, not tied to a topic', () => {
    const claim = (text: string, at?: number): Parameters<typeof gapWithoutCitations>[0] => ({ text, citations: [], line: 1, ...(at === undefined ? {} : { inline: [{ at, citations: [0] }] }) });
    assert.notEqual(gapWithoutCitations(claim('The minister said.')), null);
    assert.notEqual(gapWithoutCitations(claim('Prices rose versus.')), null);
    assert.equal(gapWithoutCitations(claim('Prices rose 3 percent in June.')), null);
    assert.equal(gapWithoutCitations(claim('The company said it would appeal.')), null);
    const t = 'The court said the ruling stands, and the firm said it would appeal.';
    assert.equal(gapWithoutCitations(claim(t, t.indexOf(', and'))), null, 'a citation after a complete clause');
    const bad = 'The court said and the firm replied.';
    assert.notEqual(gapWithoutCitations(claim(bad, 'The court said'.length)), null, 'a quote that was the object of "said"');
    // The news's closing attribution after a comma is a whole sentence, as the drafter quotes it.
    assert.equal(gapWithoutCitations(claim("Engineers found three cracks in its main span, the city's transport department said.")), null);
    assert.equal(gapWithoutCitations(claim('"We are not taking any chances," said transport director Lena Varga.')), null);
    assert.equal(gapWithoutCitations(claim('"We are ready," she said.')), null);
    assert.notEqual(gapWithoutCitations(claim('One report said.')), null, 'no clause before the attribution');
  });

  it('inlineParts moves punctuation that follows a citation before its marker', () => {
    assert.deepEqual(inlineParts('He said, adding more.', [1, 2], [{ at: 'He said'.length, citations: [0] }]), [
      { text: 'He said,', citations: [1] },
      { text: 'adding more.', citations: [2] },
    ]);
  });

  it('parses the positions', () => {
    const { brief: b } = parseBrief(brief('- **X:** a [@a: q1] and b [@b: q2].'), 'brief.md');
    const d = b.differences[0];
    assert.equal(d?.text, 'a and b.');
    assert.deepEqual(d?.inline, [{ at: 1, citations: [0] }]);
  });
});
