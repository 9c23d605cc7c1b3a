/**
 * `/brief add <topic> <url>` in chat: adds a web page to a topic's sources, as `briefbot add`
 * does, for the people who may manage a channel's subscriptions. The reply says what was
 * added (title, outlet, date) or, in one line, why not. The topic reloads by itself.
 */
import path from 'node:path';
import type { BriefCatalog } from '../content/brief-catalog.ts';
import { BriefbotError } from '../domain/errors.ts';
import { mayManage, refusal, type AllowList } from '../bot/manage-permission.ts';
import { notice, type Reply } from '../domain/messages/message-model.ts';
import type { RouterCommand } from '../bot/router-types.ts';
import { addSource } from './add-source.ts';
import type { FetchedPage } from './safe-fetch.ts';
import { TOPIC_SLUG } from './topic-folder.ts';

export interface AddCommandDeps {
  briefsDir: string;
  catalog: BriefCatalog;
  allow: AllowList;
  fetch: (url: string) => Promise<FetchedPage>;
  maxFileBytes: number;
  clock: () => Date;
}

const USAGE = 'add <topic> <https://…>';

export function createAddCommand(deps: AddCommandDeps): RouterCommand<'add'> {
  return {
    kind: 'add',
    usage: USAGE,
    description: 'Add a web page to a topic\'s sources (channel managers and the allow-list).',
    async handle(command, ctx): Promise<Reply> {
      const topicArg = command.topic.trim();
      const url = command.url.trim();
      if (topicArg === '' || !/^https?:\/\/\S+$/i.test(url)) {
        return { messages: [notice('Add a source', `Usage: /brief ${USAGE}, e.g. /brief add my-topic https://example.com/story`, 'error')], ephemeral: true };
      }
      if (!(await mayManage(ctx, deps.allow))) return refusal('add sources to a topic', ctx);
      const known = deps.catalog.resolve(topicArg);
      const topic = known.kind === 'found' ? known.brief.slug : topicArg.toLowerCase();
      if (!TOPIC_SLUG.test(topic)) return { messages: [notice('Unknown topic', `"${topicArg}" is not a topic name.`, 'error')], ephemeral: true };
      try {
        const added = await addSource({ topicDir: path.join(deps.briefsDir, topic), file: url, given: {}, now: deps.clock(), maxBytes: deps.maxFileBytes, fetch: deps.fetch });
        const what = [added.title ?? '(untitled)', added.outlet ?? 'outlet unknown', added.published ?? 'date unknown'].join(' · ');
        const copy = added.duplicate ? ` It is a near-copy of ${added.duplicate.id}, so it is not counted as an independent source.` : '';
        return { messages: [notice('Source added', `Added to ${topic} as ${added.id}: ${what}.${copy} The topic reloads with it in a moment; it is not cited in the brief until a curator does so.`)], ephemeral: true };
      } catch (err) {
        const message = err instanceof BriefbotError ? err.message : 'the page could not be added';
        return { messages: [notice('Not added', message.split('\n')[0] ?? message, 'error')], ephemeral: true };
      }
    },
  };
}
