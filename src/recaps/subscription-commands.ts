/**
 * `/brief subscribe <topic> <schedule>`, `/brief unsubscribe <topic>` and
 * `/brief subscriptions`, plus start-up sync of subscriptions declared in config.
 */
import type { BriefCatalog } from '../content/brief-catalog.ts';
import type { Brief } from '../domain/brief-types.ts';
import type { Platform } from '../bot/contracts.ts';
import { ConfigError, type FileIssue } from '../domain/errors.ts';
import { notice, type BulletItem, type Message, type Reply } from '../domain/messages/message-model.ts';
import { didYouMean, topicNotFound } from '../domain/messages/topic-replies.ts';
import { mayManage, refusal, type AllowList } from '../bot/manage-permission.ts';
import type { RouterCommand } from '../bot/router-types.ts';
import { compileCron, formatInZone, nextFire } from '../schedule/fire-times.ts';
import { parseSchedule, ScheduleError, SCHEDULE_HELP } from '../schedule/schedule-parser.ts';
import type { RecapStore, Subscription } from './recap-store.ts';

export interface SubscriptionCommandDeps {
  store: RecapStore;
  catalog: BriefCatalog;
  /**
   * "<platform>:<user id>" entries allowed to manage subscriptions besides channel managers;
   * a function is asked on every command (the list reloads when the config file changes).
   */
  allow: AllowList;
  defaultTimezone: string;
  clock: () => Date;
}

const reply = (message: Message, ephemeral = true): Reply => ({ messages: [message], ephemeral });
const error = (title: string, text: string): Reply => reply(notice(title, text, 'error'));


type Resolved = { brief: Brief } | { reply: Reply };

function resolveTopic(catalog: BriefCatalog, query: string): Resolved {
  const r = catalog.resolve(query);
  if (r.kind === 'found') return { brief: r.brief };
  return { reply: reply(topicNotFound(r, 'Try /brief list.') as Message) };
}

function nextText(sub: Pick<Subscription, 'cron' | 'timezone'>, now: Date): string {
  try {
    const next = nextFire(compileCron(sub.cron, sub.timezone), now);
    return next ? formatInZone(next, sub.timezone) : 'never (the schedule has no future dates)';
  } catch {
    return 'unknown (invalid schedule)';
  }
}

function describeSub(sub: Subscription): string {
  try {
    return parseSchedule(sub.schedule, sub.timezone).description;
  } catch {
    return `on cron schedule "${sub.cron}", ${sub.timezone} time`;
  }
}

export function createSubscriptionCommands(deps: SubscriptionCommandDeps): [RouterCommand<'subscribe'>, RouterCommand<'unsubscribe'>, RouterCommand<'subscriptions'>] {
  const subscribe: RouterCommand<'subscribe'> = {
    kind: 'subscribe',
    usage: 'subscribe <topic> daily 08:00 [Europe/Berlin]',
    description: 'Post a recap of a topic in this channel on a schedule (daily, weekdays, weekly <day> or cron).',
    async handle(command, ctx) {
      if (!(await mayManage(ctx, deps.allow))) return refusal('subscribe a channel to recaps', ctx);
      const topic = command.topic.trim();
      const when = command.schedule.trim();
      if (topic === '' || when === '') {
        return error('How to subscribe', `Usage: /brief ${subscribe.usage}. ${SCHEDULE_HELP}`);
      }
      const resolved = resolveTopic(deps.catalog, topic);
      if ('reply' in resolved) return resolved.reply;
      let schedule;
      try {
        schedule = parseSchedule(when, deps.defaultTimezone);
      } catch (err) {
        if (err instanceof ScheduleError) return error('Invalid schedule', err.userMessage);
        throw err;
      }
      const now = deps.clock();
      const existing = await deps.store.findSubscription(ctx.platform, ctx.channelId, resolved.brief.slug);
      if (existing?.source === 'config') {
        return error('Managed in config', `This channel's subscription to ${resolved.brief.title} is declared in the Briefbot config file; change its schedule there.`);
      }
      const result = await deps.store.upsertSubscription(
        {
          platform: ctx.platform,
          channelId: ctx.channelId,
          topic: resolved.brief.slug,
          schedule: schedule.normalized,
          cron: schedule.cron,
          timezone: schedule.timezone,
          createdBy: `${ctx.platform}:${ctx.user.id}`,
          source: 'command',
        },
        now,
      );
      const verb = result.created ? 'Subscribed' : result.changed ? 'Schedule updated' : 'Already subscribed';
      const text = `This channel gets a recap of ${resolved.brief.title} ${schedule.description}. Next recap: ${nextText(result.subscription, now)}.`;
      return reply(notice(verb, text), false);
    },
  };

  const unsubscribe: RouterCommand<'unsubscribe'> = {
    kind: 'unsubscribe',
    usage: 'unsubscribe <topic>',
    description: 'Stop the scheduled recaps of a topic in this channel.',
    async handle(command, ctx) {
      if (!(await mayManage(ctx, deps.allow))) return refusal('unsubscribe a channel from recaps', ctx);
      const query = command.topic.trim();
      if (query === '') return error('How to unsubscribe', `Usage: /brief ${unsubscribe.usage}`);
      const here = await deps.store.listSubscriptions({ platform: ctx.platform, channelId: ctx.channelId });
      let sub = here.find((s) => s.topic.toLowerCase() === query.toLowerCase());
      if (!sub) {
        const r = deps.catalog.resolve(query);
        if (r.kind === 'found') sub = here.find((s) => s.topic === r.brief.slug);
        else if (r.kind === 'suggest') return reply(didYouMean(query, r.suggestion));
      }
      if (!sub) {
        const list = here.map((s) => s.topic).join(', ');
        return error('Not subscribed', `This channel is not subscribed to "${query}".${list ? ` Its subscriptions: ${list}.` : ''}`);
      }
      if (sub.source === 'config') {
        return error('Managed in config', `The subscription to ${sub.topic} is declared in the Briefbot config file; remove it there.`);
      }
      await deps.store.deleteSubscription(sub.id);
      const title = deps.catalog.get(sub.topic)?.title ?? sub.topic;
      return reply(notice('Unsubscribed', `This channel will no longer get recaps of ${title}.`), false);
    },
  };

  const subscriptions: RouterCommand<'subscriptions'> = {
    kind: 'subscriptions',
    usage: 'subscriptions',
    description: 'List the recap subscriptions of this channel.',
    async handle(_command, ctx) {
      const here = await deps.store.listSubscriptions({ platform: ctx.platform, channelId: ctx.channelId });
      if (here.length === 0) {
        return reply(notice('No subscriptions', `This channel has no recap subscriptions. Add one with /brief ${subscribe.usage}.`));
      }
      const now = deps.clock();
      const items: BulletItem[] = here.map((s) => ({
        label: deps.catalog.get(s.topic)?.title ?? s.topic,
        text: `${describeSub(s)}; next recap ${nextText(s, now)}${s.source === 'config' ? ' (from config)' : ''}`,
        citations: [],
      }));
      const summary = `${here.length} subscription${here.length === 1 ? '' : 's'} in this channel`;
      const message: Message = { kind: 'list', title: 'Recap subscriptions', blocks: [{ type: 'bullets', items }], citations: [], sources: [], summary };
      return reply(message);
    },
  };

  return [subscribe, unsubscribe, subscriptions];
}

/** A subscription declared in config (structurally the same as config's SubscriptionConfig). */
export interface ConfigSubscription {
  platform: Platform;
  channel: string;
  topic: string;
  schedule: string;
  timezone?: string | undefined;
}

/**
 * Makes the store's config-declared subscriptions match the config: creates or updates
 * each declared one and removes config subscriptions no longer declared. Idempotent.
 * Throws ConfigError listing every schedule that does not parse.
 */
export async function syncConfigSubscriptions(
  store: RecapStore,
  subs: readonly ConfigSubscription[],
  defaultTz: string,
  now: Date = new Date(),
): Promise<{ created: number; updated: number; removed: number }> {
  const issues: FileIssue[] = [];
  const parsed = subs.map((s, i) => {
    try {
      return { s, p: parseSchedule(s.schedule, s.timezone ?? defaultTz) };
    } catch (err) {
      issues.push({ path: 'config', line: 0, message: `subscriptions[${i}].schedule: ${(err as Error).message}`, severity: 'error' });
      return null;
    }
  });
  if (issues.length > 0) throw new ConfigError('invalid subscription schedules in config', issues);
  let created = 0;
  let updated = 0;
  const keep = new Set<string>();
  for (const item of parsed) {
    if (!item) continue;
    const { s, p } = item;
    const r = await store.upsertSubscription(
      { platform: s.platform, channelId: s.channel, topic: s.topic, schedule: p.normalized, cron: p.cron, timezone: p.timezone, createdBy: null, source: 'config' },
      now,
    );
    keep.add(r.subscription.id);
    if (r.created) created++;
    else if (r.changed) updated++;
  }
  let removed = 0;
  for (const old of await store.listSubscriptions({ source: 'config' })) {
    if (!keep.has(old.id) && (await store.deleteSubscription(old.id))) removed++;
  }
  return { created, updated, removed };
}
