/** Builds a topic folder from article texts and loads it as the bot does, for drafting tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadTopic, type TopicLoad } from '../../src/content/brief-loader.ts';

export interface Article {
  id: string;
  text: string;
  published?: string | null;
  outlet?: string | null;
}

export interface SourceTopic {
  root: string;
  briefsDir: string;
  topicDir: string;
  load(): Promise<TopicLoad>;
  cleanup(): void;
}

export function sourceTopic(slug: string, articles: readonly Article[]): SourceTopic {
  const root = mkdtempSync(path.join(os.tmpdir(), 'briefbot-draft-'));
  const briefsDir = path.join(root, 'briefs');
  const topicDir = path.join(briefsDir, slug);
  mkdirSync(path.join(topicDir, 'sources'), { recursive: true });
  for (const a of articles) writeFileSync(path.join(topicDir, 'sources', `${a.id}.txt`), a.text);
  writeFileSync(path.join(topicDir, 'sources', 'sources.yml'), articles.length === 0 ? '[]\n' : stringify(articles.map((a) => ({ id: a.id, file: `${a.id}.txt`, title: null, outlet: a.outlet ?? null, published: a.published ?? null, url: null })), { lineWidth: 0 }));
  return {
    root,
    briefsDir,
    topicDir,
    load: () => loadTopic(topicDir, root),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export const documentsOf = (load: TopicLoad) => (load.brief ?? load.sourcesOnly)?.sources ?? [];
