/**
 * `briefbot new <topic> --title "<title>"`: a topic folder a curator can start feeding
 * articles into: `sources/` with an empty `sources.yml`, and `topic.yml` with the title
 * (and, later, its watched feeds). No brief.md: the topic is served from its sources until
 * one is written.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { BriefbotError } from '../domain/errors.ts';

export const TOPIC_SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

export async function createTopic(briefsDir: string, slug: string, title: string): Promise<string> {
  if (!TOPIC_SLUG.test(slug)) {
    throw new BriefbotError('BAD_INPUT', `"${slug}" is not a topic name: use lower-case letters, digits and dashes, e.g. port-strike`);
  }
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  if (cleanTitle === '') throw new BriefbotError('BAD_INPUT', 'give the topic a title: --title "Valmora port strike"');
  const dir = path.join(briefsDir, slug);
  if (await stat(dir).catch(() => null)) throw new BriefbotError('BAD_INPUT', `topic "${slug}" already exists at ${dir}`);
  await mkdir(path.join(dir, 'sources'), { recursive: true });
  await writeFile(path.join(dir, 'sources', 'sources.yml'), '# One entry per source document; `briefbot add` appends them.\n[]\n', { flag: 'wx' });
  await writeFile(path.join(dir, 'topic.yml'), `# Settings of this topic.\n${stringify({ title: cleanTitle })}`, { flag: 'wx' });
  return dir;
}
