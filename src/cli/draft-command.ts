/**
 * `briefbot draft <topic> [--write] [--json] [--summary-bytes N]`: a first brief drafted
 * from the topic's sources (src/drafting). Without --write it prints the draft; with
 * it, writes brief.md when the topic has none, else brief.draft.md beside the curator's
 * file, never overwriting it. --json prints the draft's claims with their citations.
 */
import path from 'node:path';
import type { AppConfig } from '../app/config.ts';
import { loadAllTopics } from '../content/brief-loader.ts';
import { BriefbotError } from '../domain/errors.ts';
import { closestWord } from '../bot/suggest.ts';
import { CliFailure, type CliIO } from './io.ts';

export async function runDraft(config: AppConfig, io: CliIO, topic: string | undefined, flags: { write: boolean; json: boolean; summaryBytes: string | undefined }): Promise<number> {
  if (!topic) throw new CliFailure('usage', 'briefbot draft: usage: briefbot draft <topic> [--write] [--json] [--summary-bytes N]', 2);
  let summaryBytes: number | undefined;
  if (flags.summaryBytes !== undefined) {
    summaryBytes = Number(flags.summaryBytes);
    if (!Number.isInteger(summaryBytes) || summaryBytes < 50 || summaryBytes > 100_000) throw new CliFailure('usage', `briefbot draft: --summary-bytes must be a whole number from 50 to 100000, not "${flags.summaryBytes}"`, 2);
  }
  const briefsDir = path.resolve(config.root, config.briefsDir);
  const loads = await loadAllTopics(briefsDir, config.root, { limits: config.content });
  const load = loads.find((l) => l.slug === topic);
  if (!load) {
    const guess = closestWord(topic, loads.map((l) => l.slug));
    throw new CliFailure('unknown_topic', `briefbot draft: no topic "${topic}"`, 1, [guess ? `Did you mean "${guess}"?` : 'Run "briefbot list" to see topics.']);
  }
  const { draftTopic, writeDraft } = await import('../drafting/draft-topic.ts');
  let result;
  try {
    result = await draftTopic(load, path.join(briefsDir, topic), new Date().toISOString().slice(0, 10), summaryBytes === undefined ? {} : { summaryBytes });
  } catch (err) {
    if (err instanceof BriefbotError) throw new CliFailure('failed', `briefbot draft: ${err.message}`, 1);
    throw err;
  }
  // Paths as the curator sees them: relative to the project folder (--root).
  const rel = path.relative(config.root, result.target) || result.target;
  if (result.mode === 'additions' && result.uncited.length === 0) {
    if (flags.json) io.stdout.write(`${JSON.stringify({ topic, mode: result.mode, fromSources: [], summary: [], keyPoints: [], timeline: [], whosWho: [], differences: [] }, null, 2)}\n`);
    io.stderr.write(`${topic}: nothing to propose: the reviewed brief cites every source. Add sources with "briefbot add ${topic} <url|file>".\n`);
    return 0;
  }
  if (flags.write) {
    try {
      await writeDraft(result);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new CliFailure('failed', `briefbot draft: ${rel} appeared while drafting; it was not overwritten`, 1);
      throw err;
    }
  }
  if (flags.json) {
    const { draft } = result;
    io.stdout.write(`${JSON.stringify({ topic: draft.topic, mode: result.mode, ...(flags.write ? { written: rel } : {}), status: draft.status, summary: draft.summary, keyPoints: draft.keyPoints, timeline: draft.timeline, whosWho: draft.whosWho.map(({ name, description, citations }) => ({ name, description, citations })), differences: draft.differences, ...(result.mode === 'additions' ? { fromSources: result.uncited } : {}) }, null, 2)}\n`);
    return 0;
  }
  if (!flags.write) io.stdout.write(result.markdown);
  const what =
    result.mode === 'new'
      ? `a draft brief for ${topic}`
      : result.mode === 'beside'
        ? `a new draft beside the existing brief.md (which is a draft or does not pass check)`
        : result.uncited.length === 0
          ? `nothing to add: the brief cites every source`
          : `additions from ${result.uncited.length} source${result.uncited.length === 1 ? '' : 's'} the brief does not cite yet (${result.uncited.join(', ')}), merged into a copy of the curator's brief`;
  const next = result.mode === 'additions' ? `compare with: diff -u ${path.relative(config.root, path.join(path.dirname(result.target), 'brief.md'))} ${rel}` : 'every sentence is a verbatim quote; edit and cut it, then remove "draft: true" to approve it';
  io.stderr.write(`${flags.write ? `wrote ${rel}` : `would write ${rel} (use --write)`}: ${what}; ${next}.\n`);
  return 0;
}
