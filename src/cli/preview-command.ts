/**
 * `briefbot preview <topic> [--draft] [--port N] [--out file.html]`: the curator's preview of
 * a topic as Slack and Discord will show it (src/preview), with `briefbot check`'s findings.
 * It serves the page on 127.0.0.1 until stopped, re-reading the topic on every reload, or
 * with --out writes the page once to a file. --draft shows the proposal `briefbot draft
 * --write` put beside a reviewed brief (brief.draft.md) as it would be served once approved.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../app/config.ts';
import { DRAFT_BRIEF_FILE, loadTopic } from '../content/brief-loader.ts';
import { topicFolders } from '../ingest/feed-watch.ts';
import { closestWord } from '../bot/suggest.ts';
import { commandText, TOPIC_VIEWS } from '../domain/command.ts';
import { briefCardMessage, briefMessage, differencesMessage, sourcesMessage, timelineMessage, whosWhoMessage } from '../domain/messages/brief-messages.ts';
import type { Brief } from '../domain/brief-types.ts';
import type { Message } from '../domain/messages/message-model.ts';
import { renderPreviewPage, type PreviewView } from '../preview/render-preview.ts';
import { startPreviewServer } from '../preview/preview-server.ts';
import { CliFailure, type CliIO } from './io.ts';

const VIEW_MESSAGES: Record<(typeof TOPIC_VIEWS)[number], (b: Brief) => Message> = {
  card: briefCardMessage,
  full: briefMessage,
  timeline: timelineMessage,
  whoswho: whosWhoMessage,
  differences: differencesMessage,
  sources: sourcesMessage,
};

export interface PreviewFlags {
  /** Preview brief.draft.md instead of brief.md. */
  draft?: boolean;
  port: string | undefined;
  out: string | undefined;
  /** Resolves when the server should stop (the CLI: on SIGINT/SIGTERM). */
  until?: Promise<void>;
}

/** The page for the topic as its files are now. */
export async function previewPage(config: AppConfig, topic: string, proposal = false, refresh: number | null = null): Promise<string> {
  const briefsDir = path.resolve(config.root, config.briefsDir);
  const load = await loadTopic(path.join(briefsDir, topic), config.root, { limits: config.content, ...(proposal ? { briefFile: DRAFT_BRIEF_FILE } : {}) });
  const brief = load.brief ?? load.sourcesOnly;
  const views: PreviewView[] = brief ? TOPIC_VIEWS.map((v) => ({ label: commandText({ kind: 'view', view: v, topic }), message: VIEW_MESSAGES[v](brief) })) : [];
  return renderPreviewPage({ topic: proposal ? `${topic} (${DRAFT_BRIEF_FILE}, the proposed brief)` : topic, title: brief?.title ?? topic, draft: brief?.draft === true, views, issues: load.issues, at: new Date(), refresh });
}

export async function runPreview(config: AppConfig, io: CliIO, topic: string | undefined, flags: PreviewFlags): Promise<number> {
  if (!topic) throw new CliFailure('usage', 'briefbot preview: usage: briefbot preview <topic> [--draft] [--port N] [--out file.html]', 2);
  const briefsDir = path.resolve(config.root, config.briefsDir);
  // The folder names only: the page loads the one topic it shows, when it shows it.
  const slugs = await topicFolders(briefsDir);
  if (!slugs.includes(topic)) {
    const guess = closestWord(topic, slugs);
    throw new CliFailure('unknown_topic', `briefbot preview: no topic "${topic}"`, 1, [guess ? `Did you mean "${guess}"?` : 'Run "briefbot list" to see topics.']);
  }
  const proposal = flags.draft === true;
  if (proposal && !existsSync(path.join(briefsDir, topic, DRAFT_BRIEF_FILE))) {
    throw new CliFailure('usage', `briefbot preview: ${topic} has no ${DRAFT_BRIEF_FILE}`, 1, [`"briefbot draft ${topic} --write" writes one beside a reviewed brief; without --draft the preview shows brief.md.`]);
  }
  if (flags.out !== undefined) {
    const file = path.resolve(process.cwd(), flags.out);
    await writeFile(file, await previewPage(config, topic, proposal));
    io.stdout.write(`wrote the preview of ${topic} to ${path.relative(process.cwd(), file) || file}\n`);
    return 0;
  }
  const port = flags.port === undefined ? 4870 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliFailure('usage', `briefbot preview: --port must be a port number (0 picks a free one), not "${flags.port}"`, 2);
  let server;
  try {
    server = await startPreviewServer({ port, render: (refresh) => previewPage(config, topic, proposal, refresh) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliFailure('failed', `briefbot preview: port ${port} is in use`, 1, ['Pass another with --port, or --port 0 for a free one.']);
    throw err;
  }
  io.stdout.write(`Preview of ${topic}: ${server.url}\nReload the page after editing the topic's files; Ctrl-C stops it.\n`);
  await (flags.until ?? new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  }));
  await server.close();
  return 0;
}
