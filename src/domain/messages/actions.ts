/**
 * The buttons a brief offers, each carrying the typed command it runs: a view of the topic,
 * the question form, or sharing the short brief in the channel.
 */
import type { TopicView } from '../command.ts';
import type { Action } from './message-model.ts';

/** A view of the topic ("Timeline", "Sources"); `listed` shows it as a command in the console. */
export function viewAction(topic: string, view: TopicView, label: string, listed = false): Action {
  return { id: `brief.${view === 'card' ? 'show' : view}`, label, command: { kind: 'view', view, topic }, ...(listed ? { listed } : {}) };
}

/** "Ask a question": an ask with no question yet (Slack opens a form; elsewhere, how to ask). */
export function askAction(topic: string, listed = false): Action {
  return { id: 'brief.ask', label: 'Ask a question', command: { kind: 'ask', topic, question: '' }, ...(listed ? { listed } : {}) };
}

/** "Share in channel": the short brief, posted for everyone. */
export function shareAction(topic: string): Action {
  return { id: 'brief.share', label: 'Share in channel', command: { kind: 'publish', command: { kind: 'view', view: 'card', topic } }, style: 'primary' };
}
