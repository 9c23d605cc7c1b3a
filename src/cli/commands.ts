/** One-shot CLI commands: brief, list, check, ask. */
import path from 'node:path';
import { createInterface } from 'node:readline';
import { unknownSubscriptionTopics, type AppConfig } from '../app/config.ts';
import { indexCacheDir } from '../app/index-cache-dir.ts';
import type { IndexCache } from '../qa/index-cache.ts';
import { loadAllTopics, loadBriefs } from '../content/brief-loader.ts';
import { briefToJson } from '../content/brief-json.ts';
import type { BriefCatalog } from '../content/brief-catalog.ts';
import type { Brief } from '../domain/brief-types.ts';
import { allClaims } from '../content/brief-validator.ts';
import { formatIssue } from '../domain/errors.ts';
import { briefCardMessage, briefMessage, listMessage } from '../domain/messages/brief-messages.ts';
import { renderText } from '../domain/messages/render-text.ts';
import { CliFailure, type CliIO } from './io.ts';

function briefsDir(config: AppConfig): string {
  return path.resolve(config.root, config.briefsDir);
}

function width(io: CliIO): number {
  const cols = (io.stdout as { columns?: number }).columns;
  return typeof cols === 'number' && cols > 20 ? Math.min(cols, 100) : 0;
}

/** The brief for a topic argument, or null after explaining on stderr (typo suggestion, topic list). */
function findBrief(catalog: BriefCatalog, topic: string): Brief {
  const res = catalog.resolve(topic);
  if (res.kind === 'found') return res.brief;
  const name = JSON.stringify(topic.length > 60 ? `${topic.slice(0, 60)}…` : topic);
  if (res.kind === 'suggest') throw new CliFailure('unknown_topic', `briefbot: no brief called ${name}. Did you mean ${res.suggestion.slug}?`, 1);
  const topics = res.topics.map((b) => b.slug).join(', ');
  throw new CliFailure('unknown_topic', `briefbot: no brief called ${name}.`, 1, [topics ? `Topics: ${topics}. Run "briefbot list" to see them, or "briefbot --help".` : 'No briefs are in service yet; "briefbot check" says why.']);
}

async function catalogFor(config: AppConfig, io: CliIO) {
  const { catalog, issues } = await loadBriefs(briefsDir(config), config.root, { limits: config.content });
  for (const issue of issues.filter((i) => i.severity === 'error')) io.stderr.write(`${formatIssue(issue)}\n`);
  return catalog;
}

export async function runBrief(config: AppConfig, io: CliIO, topic: string, json: boolean, full = false): Promise<number> {
  const catalog = await catalogFor(config, io);
  if (topic.trim() === '') {
    throw new CliFailure('usage', 'briefbot brief: which topic? Usage: briefbot brief <topic>. Run "briefbot list" to see topics.', 2);
  }
  const brief = findBrief(catalog, topic);
  io.stdout.write(json ? `${JSON.stringify(briefToJson(brief), null, 2)}\n` : renderText(full ? briefMessage(brief) : briefCardMessage(brief), { width: width(io) }));
  return 0;
}

export async function runList(config: AppConfig, io: CliIO, json: boolean): Promise<number> {
  const catalog = await catalogFor(config, io);
  const briefs = catalog.list();
  if (json) {
    const rows = briefs.map((b) => ({ slug: b.slug, title: b.title, aliases: b.aliases, tags: b.tags, updated: b.updated, sources: b.sources.length }));
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    io.stdout.write(renderText(listMessage(briefs)));
  }
  return 0;
}

/** Validates every brief; prints `path:line: message (fix)`; exits 1 on any error. */
export async function runCheck(config: AppConfig, io: CliIO, dir: string | undefined): Promise<number> {
  const target = dir ? path.resolve(process.cwd(), dir) : briefsDir(config);
  const topics = await loadAllTopics(target, config.root, { limits: config.content });
  let errors = 0;
  let warnings = 0;
  // Subscriptions in the config are checked against the configured briefs folder.
  const configIssues = dir ? [] : unknownSubscriptionTopics(config, topics.map((t) => t.slug));
  for (const issue of [...topics.flatMap((t) => t.issues), ...configIssues]) {
    if (issue.severity === 'error') errors++;
    else warnings++;
    io.stdout.write(`${formatIssue(issue)}\n`);
  }
  const ok = topics.filter((t) => t.brief).length;
  const sourcesOnly = topics.filter((t) => !t.brief && t.sourcesOnly && !t.issues.some((i) => i.severity === 'error')).length;
  const cites = topics.reduce((n, t) => n + (t.brief ? countCitations(t.brief) : 0), 0);
  io.stdout.write(`checked ${topics.length} topic${topics.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), target) || '.'}: ${ok} ok, ${sourcesOnly > 0 ? `${sourcesOnly} served from sources only (no brief.md), ` : ''}${topics.length - ok - sourcesOnly} with errors; ${cites} quotes verified; ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  if (topics.length === 0) {
    io.stdout.write('no topics found: expected <dir>/<topic>/brief.md\n');
    return 1;
  }
  return errors > 0 ? 1 : 0;
}

function countCitations(b: Brief): number {
  return allClaims(b).reduce((n, c) => n + c.citations.length, 0);
}

/** Where big topics' indexes are kept between runs: beside the SQLite state file (none for an in-memory one). */
async function indexCacheFor(config: AppConfig): Promise<IndexCache | undefined> {
  const dir = indexCacheDir(config);
  if (dir === null) return undefined;
  const { IndexCache } = await import('../qa/index-cache.ts');
  return new IndexCache({ dir });
}

/**
 * `briefbot ask <topic> "<question>"`; without a question (`undefined`), one question per
 * stdin line (JSON lines out). A question given but empty (`""`, a blank variable) is a
 * mistake, not a request for batch mode: it gets the usage, not a silent wait on stdin.
 */
export async function runAsk(config: AppConfig, io: CliIO, topicArg: string | undefined, question: string | undefined, json: boolean): Promise<number> {
  const catalog = await catalogFor(config, io);
  if (!topicArg) {
    throw new CliFailure('usage', 'briefbot ask: usage: briefbot ask <topic> "<question>" [--json]', 2);
  }
  if (question !== undefined && question.trim() === '') {
    throw new CliFailure('usage', `briefbot ask: the question is empty. Ask one: briefbot ask ${topicArg} "<question>" (or give none, to read questions from standard input)`, 2);
  }
  const brief = findBrief(catalog, topicArg);
  // Loaded on demand so other commands start without building the Q&A index code.
  const { QaEngine } = await import('../qa/qa-engine.ts');
  const { answerToJson, answerToMessage } = await import('../qa/answer-message.ts');
  const indexCache = await indexCacheFor(config);
  const engine = new QaEngine(catalog, indexCache ? { indexCache } : {});
  const topic = brief.slug;
  if (question !== undefined) {
    const answer = engine.ask(question, { topic });
    io.stdout.write(json ? `${JSON.stringify(answerToJson(answer), null, 2)}\n` : renderText(answerToMessage(answer), { width: width(io) }));
    return 0;
  }
  // Batch mode: each line is a question about the same topic, answered independently. At a
  // terminal, say so: otherwise "briefbot ask <topic>" with the question forgotten just waits.
  if (io.stdin.isTTY) io.stderr.write(`briefbot ask: no question given; reading questions about ${topic} from standard input, one per line, answers as JSON lines (Ctrl-D ends). To ask one: briefbot ask ${topic} "<question>"\n`);
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    const answer = engine.ask(line, { topic });
    io.stdout.write(`${JSON.stringify(answerToJson(answer))}\n`);
  }
  return 0;
}

/** `briefbot recap <topic> --since <date|version>`: what changed, from the recorded brief history. */
export async function runRecap(config: AppConfig, io: CliIO, topic: string, since: string | undefined, json: boolean): Promise<number> {
  if (topic.trim() === '' || !since) {
    throw new CliFailure('usage', 'briefbot recap: usage: briefbot recap <topic> --since <YYYY-MM-DD|version> [--json]', 2);
  }
  const catalog = await catalogFor(config, io);
  const brief = findBrief(catalog, topic);
  const { openStore } = await import('../store/open-store.ts');
  const { recapSince, recordBriefVersions } = await import('../recaps/recap-since.ts');
  const { silentLogger } = await import('../bot/logger.ts');
  const store = await openStore({ databaseUrl: config.databaseUrl, sqlitePath: path.resolve(config.root, config.store.sqlitePath), logger: silentLogger });
  try {
    await recordBriefVersions(store, [brief], new Date());
    const result = await recapSince(brief, since, store, { timezone: config.timezone });
    if (json) {
      const { message: _message, ...rest } = result;
      io.stdout.write(`${JSON.stringify(rest, null, 2)}\n`);
    } else {
      io.stdout.write(renderText(result.message, { width: width(io) }));
    }
    return 0;
  } finally {
    await store.close();
  }
}
