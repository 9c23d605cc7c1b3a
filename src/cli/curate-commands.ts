/** The curator's commands: `briefbot new <topic> --title "…"` and `briefbot add <topic> <url|file>…`. */
import path from 'node:path';
import { fetchLimitsOf, type AppConfig } from '../app/config.ts';
import { BriefbotError } from '../domain/errors.ts';
import { addSource } from '../ingest/add-source.ts';
import { fetchPage } from '../ingest/safe-fetch.ts';
import { createTopic, TOPIC_SLUG } from '../ingest/topic-folder.ts';
import { CliFailure, type CliIO } from './io.ts';

function briefsDir(config: AppConfig): string {
  return path.resolve(config.root, config.briefsDir);
}

export async function runNew(config: AppConfig, io: CliIO, topic: string | undefined, title: string | undefined): Promise<number> {
  if (!topic) throw new CliFailure('usage', 'briefbot new: usage: briefbot new <topic> --title "<title>"', 2);
  try {
    const dir = await createTopic(briefsDir(config), topic, title ?? '');
    io.stdout.write(`created ${path.relative(process.cwd(), dir) || dir}: add articles with "briefbot add ${topic} <file>"; until brief.md is written the topic is served from its sources.\n`);
    return 0;
  } catch (err) {
    if (err instanceof BriefbotError) throw new CliFailure('usage', `briefbot new: ${err.message}`, 2);
    throw err;
  }
}

export interface AddFlags {
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

export async function runAdd(config: AppConfig, io: CliIO, topic: string | undefined, files: string[], flags: AddFlags, json: boolean): Promise<number> {
  if (!topic || files.length === 0) throw new CliFailure('usage', 'briefbot add: usage: briefbot add <topic> <file>… [--title --outlet --published YYYY-MM-DD --url]', 2);
  if (!TOPIC_SLUG.test(topic)) throw new CliFailure('usage', `briefbot add: "${topic}" is not a topic name`, 2);
  if (files.length > 1 && (flags.title || flags.url)) throw new CliFailure('usage', 'briefbot add: --title and --url describe one article; add files one at a time to give them', 2);
  const topicDir = path.join(briefsDir(config), topic);
  const added = [];
  for (const file of files) {
    try {
      const source = await addSource({ topicDir, file, given: flags, now: new Date(), maxBytes: config.content.maxFileBytes, fetch: (url) => fetchPage(url, fetchLimitsOf(config)) });
      added.push(source);
      if (!json) {
        const copy = source.duplicate ? ` (a near-copy of ${source.duplicate.id}: ${Math.round(source.duplicate.similarity * 100)}% of its sentences align; kept, but not counted as an independent source)` : '';
        io.stdout.write(`added ${source.id}: ${source.title ?? '(untitled)'} · ${source.outlet ?? 'outlet unknown'} · ${source.published ?? 'date unknown'}${copy}\n`);
      }
    } catch (err) {
      if (json) io.stdout.write(`${JSON.stringify({ added }, null, 2)}\n`);
      if (err instanceof BriefbotError) throw new CliFailure('usage', `briefbot add: ${err.message}`, 1);
      throw err;
    }
  }
  if (json) io.stdout.write(`${JSON.stringify({ added }, null, 2)}\n`);
  return 0;
}
