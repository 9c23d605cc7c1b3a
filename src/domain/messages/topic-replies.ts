/**
 * The one reply for a topic name that is not in service, wherever a chat command takes a
 * topic (/brief <topic>, /brief ask, subscribe, unsubscribe): a close typo gets "Did you mean"
 * with a button to show the suggested topic, anything else the list of topics. The same
 * words everywhere, so a user learns them once.
 */
import type { Brief, TopicResolution } from '../brief-types.ts';
import { notice, type Message } from './message-model.ts';

const MAX_QUERY = 60;

function clipQuery(s: string): string {
  return s.length > MAX_QUERY ? `${s.slice(0, MAX_QUERY - 1)}…` : s;
}

/** "I don't have a brief called "china-rusia-aid". Did you mean china-russia-aid?" with a Show button. */
export function didYouMean(query: string, suggestion: Brief): Message {
  const m = notice('Unknown topic', `I don't have a brief called "${clipQuery(query)}". Did you mean ${suggestion.slug}?`, 'error');
  m.blocks.push({ type: 'actions', actions: [{ id: 'brief.show', label: `Show ${suggestion.slug}`, command: { kind: 'view', view: 'card', topic: suggestion.slug }, style: 'primary' }] });
  return m;
}

/** The topics in service, and what to try (`hint`), for a name that is not close to any. */
export function unknownTopic(query: string, topics: readonly Brief[], hint = 'Try /brief help.'): Message {
  const list = topics.map((b) => b.slug).join(', ');
  return notice('Unknown topic', topics.length > 0 ? `I don't have a brief called "${clipQuery(query)}". Topics: ${list}. ${hint}` : 'No briefs are in service yet.', 'error');
}

/** The reply for a resolution that found nothing; null when it found the topic. */
export function topicNotFound(resolution: TopicResolution, hint?: string): Message | null {
  if (resolution.kind === 'found') return null;
  if (resolution.kind === 'suggest') return didYouMean(resolution.query, resolution.suggestion);
  return unknownTopic(resolution.query, resolution.topics, hint);
}
