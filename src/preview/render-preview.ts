/**
 * The curator's preview page: a topic's messages as Slack and Discord will show them, side
 * by side, from the very payloads the adapters post (renderBlockKit, renderDiscordPayload),
 * with what `briefbot check` says about the topic above them. Each payload is shown with its
 * size against the platform's limits, so a brief that would be split or refused shows here
 * first. Pure: text in, one HTML page out; every piece of text is escaped (html.ts).
 */
import { renderBlockKit, SLACK_LIMITS, type SlackMessage } from '../adapters/slack/render-block-kit.ts';
import { DISCORD_LIMITS, embedSize, renderDiscordPayload, type DiscordEmbed, type DiscordPayload } from '../adapters/discord/render-discord.ts';
import { formatIssue, type FileIssue } from '../domain/errors.ts';
import type { Message } from '../domain/messages/message-model.ts';
import { discordMarkdownToHtml } from './discord-markdown-html.ts';
import { escapeHtml } from './html.ts';
import { decodeEntities, mrkdwnToHtml } from './mrkdwn-html.ts';

export interface PreviewView {
  /** What a user types to get it: "/brief china-russia-aid". */
  label: string;
  message: Message;
}

export interface PreviewPage {
  topic: string;
  title: string;
  /** Served labelled as a draft not yet reviewed. */
  draft: boolean;
  views: PreviewView[];
  issues: FileIssue[];
  /** When the page was made (shown, so a curator sees a reload took). */
  at: Date;
  /** Seconds after which the page reloads itself (a meta refresh: no script), or null. */
  refresh?: number | null;
}

interface TextObject {
  type?: string;
  text?: string;
}

function textObject(t: TextObject | undefined): string {
  if (!t?.text) return '';
  return t.type === 'mrkdwn' ? mrkdwnToHtml(t.text) : escapeHtml(decodeEntities(t.text));
}

function slackBlock(block: Record<string, unknown>): string {
  switch (block['type']) {
    case 'section':
      return `<div class="s-section">${textObject(block['text'] as TextObject)}</div>`;
    case 'header':
      return `<div class="s-header">${textObject(block['text'] as TextObject)}</div>`;
    case 'context':
      return `<div class="s-context">${((block['elements'] as TextObject[] | undefined) ?? []).map(textObject).join(' ')}</div>`;
    case 'divider':
      return '<hr>';
    case 'actions':
      return `<div class="s-actions">${((block['elements'] as Array<{ text?: TextObject }> | undefined) ?? []).map((b) => `<span class="button">${textObject(b.text)}</span>`).join('')}</div>`;
    default:
      return `<pre class="flag">${escapeHtml(JSON.stringify(block))}</pre>`;
  }
}

function slackMessageHtml(m: SlackMessage, i: number, of: number): string {
  const size = JSON.stringify(m.blocks).length;
  const over = m.blocks.length > SLACK_LIMITS.maxBlocks || size > SLACK_LIMITS.maxMessageChars;
  const stats = `message ${i + 1} of ${of}: ${m.blocks.length} blocks (limit ${SLACK_LIMITS.maxBlocks}), ${size.toLocaleString('en-US')} characters of blocks (kept under ${SLACK_LIMITS.maxMessageChars.toLocaleString('en-US')})`;
  return `<div class="slack-msg"><div class="avatar">B</div><div class="body"><div class="who">Briefbot <span class="app">APP</span></div>${m.blocks.map((b) => slackBlock(b as unknown as Record<string, unknown>)).join('\n')}</div></div><p class="stats${over ? ' over' : ''}">${escapeHtml(stats)}</p>`;
}

function embedHtml(e: DiscordEmbed): string {
  const color = `#${(e.color ?? 0x5865f2).toString(16).padStart(6, '0')}`;
  const fields = (e.fields ?? []).map((f) => `<div class="d-field${f.inline ? ' inline' : ''}"><div class="d-name">${discordMarkdownToHtml(f.name)}</div><div>${discordMarkdownToHtml(f.value)}</div></div>`).join('');
  return `<div class="embed" style="border-left-color:${escapeHtml(color)}">${e.title ? `<div class="d-title">${discordMarkdownToHtml(e.title)}</div>` : ''}${e.description ? `<div class="d-desc">${discordMarkdownToHtml(e.description)}</div>` : ''}${fields ? `<div class="d-fields">${fields}</div>` : ''}${e.footer ? `<div class="d-footer">${escapeHtml(e.footer.text)}</div>` : ''}</div>`;
}

function discordMessageHtml(p: DiscordPayload, i: number, of: number): string {
  const total = p.embeds.reduce((n, e) => n + embedSize(e), 0);
  const longest = Math.max(0, ...p.embeds.map((e) => e.description?.length ?? 0));
  const over = total > DISCORD_LIMITS.embedsTotal || longest > DISCORD_LIMITS.description;
  const stats = `message ${i + 1} of ${of}: ${p.embeds.length} embed${p.embeds.length === 1 ? '' : 's'}, ${total.toLocaleString('en-US')} characters (limit ${DISCORD_LIMITS.embedsTotal.toLocaleString('en-US')}); mentions off (allowed_mentions parse: ${JSON.stringify(p.allowed_mentions.parse)})`;
  const buttons = p.components.flatMap((row) => row.components).map((b) => `<span class="button d">${escapeHtml(b.label)}</span>`).join('');
  return `<div class="discord-msg"><div class="avatar d">B</div><div class="body"><div class="who">Briefbot <span class="app d">APP</span></div>${p.content ? `<div>${discordMarkdownToHtml(p.content)}</div>` : ''}${p.embeds.map(embedHtml).join('')}${buttons ? `<div class="d-actions">${buttons}</div>` : ''}</div></div><p class="stats${over ? ' over' : ''}">${escapeHtml(stats)}</p>`;
}

function viewHtml(v: PreviewView): string {
  const slack = renderBlockKit(v.message);
  const discord = renderDiscordPayload(v.message);
  return `<section class="view"><h2>${escapeHtml(v.label)}</h2><div class="columns"><div class="col slack"><h3>Slack</h3>${slack.map((m, i) => slackMessageHtml(m, i, slack.length)).join('')}</div><div class="col discord"><h3>Discord</h3>${discord.map((p, i) => discordMessageHtml(p, i, discord.length)).join('')}</div></div></section>`;
}

function issuesHtml(issues: readonly FileIssue[]): string {
  if (issues.length === 0) return '<p class="ok">briefbot check: no errors, no warnings.</p>';
  const errors = issues.filter((i) => i.severity === 'error').length;
  const rows = issues.map((i) => `<li class="${i.severity}">${escapeHtml(formatIssue(i))}</li>`).join('');
  return `<div class="issues"><p>briefbot check: ${errors} error${errors === 1 ? '' : 's'}, ${issues.length - errors} warning${issues.length - errors === 1 ? '' : 's'}</p><ul>${rows}</ul></div>`;
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f4f4f5;color:#1d1c1d}
header{padding:16px 24px;background:#fff;border-bottom:1px solid #ddd}
header h1{margin:0 0 4px;font-size:20px} header p{margin:0;color:#616061}
.badge{background:#fde68a;color:#713f12;border-radius:4px;padding:1px 6px;font-size:12px;margin-left:8px}
main{padding:8px 24px 40px} .view h2{font-size:16px;margin:24px 0 8px;font-family:ui-monospace,monospace}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:16px} .col h3{font-size:13px;text-transform:uppercase;color:#616061;margin:0 0 6px}
.slack-msg,.discord-msg{display:flex;gap:10px;padding:12px;border-radius:6px}
.slack-msg{background:#fff;border:1px solid #e2e2e2} .discord-msg{background:#313338;color:#dbdee1}
.avatar{flex:0 0 36px;height:36px;border-radius:6px;background:#4a154b;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.avatar.d{border-radius:50%;background:#5865f2} .body{min-width:0;flex:1} .who{font-weight:700;margin-bottom:4px}
.app{background:#e8e8e8;color:#616061;font-size:10px;border-radius:3px;padding:0 4px;margin-left:4px}.app.d{background:#5865f2;color:#fff}
.s-section{margin:4px 0;white-space:normal;overflow-wrap:anywhere} .s-header{font-weight:700;font-size:17px} .s-context{color:#616061;font-size:13px;margin:4px 0}
.s-actions,.d-actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.button{border:1px solid #ccc;border-radius:4px;padding:2px 10px;font-size:13px;background:#fff}.button.d{background:#4e5058;border:0;color:#fff}
.quote{display:block;border-left:4px solid #ddd;padding-left:8px;color:inherit}
.discord-msg .quote{border-left-color:#4e5058}.subtext{display:block;font-size:12px;color:#949ba4}
.embed{background:#2b2d31;border-left:4px solid #5865f2;border-radius:4px;padding:8px 12px;margin-top:6px;overflow-wrap:anywhere}
.d-title{font-weight:700;color:#fff;margin-bottom:4px} .d-fields{display:flex;flex-wrap:wrap;gap:8px;margin-top:6px}
.d-field{flex:1 1 100%}.d-field.inline{flex:1 1 30%}.d-name{font-weight:700;color:#fff}.d-footer{font-size:12px;color:#949ba4;margin-top:6px}
a{color:#1264a3}.discord-msg a{color:#00a8fc} code{background:rgba(0,0,0,.08);padding:0 3px;border-radius:3px}
hr{border:0;border-top:1px solid #e2e2e2}.stats{font-size:12px;color:#616061;margin:4px 0 14px}.stats.over,.flag{color:#b91c1c;font-weight:700}
.issues ul{margin:4px 0;padding-left:20px;font-family:ui-monospace,monospace;font-size:13px}.issues .error{color:#b91c1c}.issues .warning{color:#92400e}.ok{color:#166534}
`;

/** The whole page. */
export function renderPreviewPage(page: PreviewPage): string {
  const refresh = page.refresh !== undefined && page.refresh !== null && Number.isInteger(page.refresh) && page.refresh > 0 ? page.refresh : null;
  const label = page.draft ? '<span class="badge">draft, not yet reviewed</span>' : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(`Preview: ${page.title}`)}</title>${refresh ? `<meta http-equiv="refresh" content="${refresh}">` : ''}<style>${STYLE}</style></head>
<body><header><h1>${escapeHtml(page.title)}${label}</h1><p>${escapeHtml(`${page.topic} · as Slack and Discord will show it · made ${page.at.toISOString().replace('T', ' ').slice(0, 19)} UTC · `)}${refresh ? `reloads every ${refresh} s · <a href="/">stop reloading</a>` : 'reload after editing the topic\'s files, or <a href="/?refresh=3">reload every 3 s</a>'}</p></header>
<main>${issuesHtml(page.issues)}${page.views.map(viewHtml).join('')}</main></body></html>
`;
}
