/**
 * A scripted BriefbotCore for adapter tests that need content the real briefs do not
 * have (a document quoting "@everyone", a brief too long for one message) or a core
 * call that stays pending. It records every call.
 */
import type { BriefbotCore, TopicSuggestion } from '../../../src/bot/briefbot-core.ts';
import type { CommandContext, Platform } from '../../../src/bot/contracts.ts';
import type { Message, Reply } from '../../../src/domain/messages/message-model.ts';
import { commandText, parseCommand, type Command } from '../../../src/domain/command.ts';
import { runTurn, type Turn } from '../../../src/bot/turn.ts';

export interface StubCall {
  kind: 'command' | 'share' | 'mention' | 'remember';
  /** A command as its /brief text ("sources china-russia-aid"), or the mention's text. */
  text: string;
  command?: Command;
  ctx?: CommandContext;
}

export class StubCore implements BriefbotCore {
  readonly calls: StubCall[] = [];
  readonly remembered = new Map<string, string>();
  /** What the next calls answer; defaults to a short brief about the text. */
  answer: (kind: StubCall['kind'], text: string) => Reply | Promise<Reply> = (_k, text) => ({ messages: [stubBrief(text || 'topic')], ephemeral: true });

  async handleCommand(input: string | Command, ctx: CommandContext): Promise<Reply> {
    const command = typeof input === 'string' ? parseCommand(input) : input;
    const inner = command.kind === 'publish' ? command.command : command;
    const text = commandText(inner).replace(/^\/brief ?/, '');
    this.calls.push({ kind: command.kind === 'publish' ? 'share' : 'command', text, ctx, command });
    const reply = await this.answer('command', text);
    // As the router does: a shared reply is public, any other knows its command.
    return command.kind === 'publish' ? { ...reply, ephemeral: false } : { ...reply, command };
  }

  async handleMention(text: string, ctx: CommandContext): Promise<Reply> {
    this.calls.push({ kind: 'mention', text, ctx });
    return this.answer('mention', text);
  }

  run(turn: Turn): Promise<Reply> {
    return runTurn(this, turn);
  }

  async rememberThread(platform: Platform, channelId: string, messageId: string, topic: string): Promise<void> {
    this.calls.push({ kind: 'remember', text: `${platform}:${channelId}:${messageId} ${topic}` });
    this.remembered.set(`${platform}:${channelId}:${messageId}`, topic);
  }

  suggestTopics(query: string, limit = 25): TopicSuggestion[] {
    const topics = [
      { slug: 'china-russia-aid', title: 'China–Russia aid', aliases: ['sino-russian aid'] },
      { slug: 'red-sea-shipping', title: 'Red Sea shipping', aliases: ['houthi attacks'] },
    ];
    const q = query.toLowerCase();
    return topics.filter((t) => !q || t.slug.includes(q) || t.title.toLowerCase().includes(q) || t.aliases.some((a) => a.includes(q))).slice(0, limit).map(({ slug, title }) => ({ slug, title }));
  }
}

/** A short brief with two cited claims. */
export function stubBrief(topic: string, extraText = ''): Message {
  return {
    kind: 'brief',
    title: `Brief: ${topic}`,
    topic,
    blocks: [
      { type: 'fields', fields: [{ label: 'Status', value: 'Developing' }, { label: 'Updated', value: '2024-05-02' }] },
      { type: 'heading', text: 'Summary' },
      { type: 'paragraph', spans: [{ text: `Officials met in Beijing. ${extraText}`.trim(), citations: [1] }] },
      { type: 'bullets', items: [{ label: 'Moscow', text: 'Asked for more deliveries.', citations: [2] }] },
    ],
    citations: [
      { n: 1, sourceId: 'reuters-1', quote: 'Officials met in Beijing' },
      { n: 2, sourceId: 'tass-1', quote: 'asked for more deliveries' },
    ],
    sources: [
      { id: 'reuters-1', title: 'Talks in Beijing', outlet: 'Reuters', published: '2024-05-01', url: 'https://example.com/a', path: 'briefs/x/sources/a.txt' },
      { id: 'tass-1', title: 'Deliveries', outlet: 'TASS', published: null, url: null, path: 'briefs/x/sources/b.txt' },
    ],
    summary: `Brief on ${topic}`,
  };
}

/** A brief far over one message's 6,000 embed characters: many long cited paragraphs. */
export function longBrief(topic: string, paragraphs = 30, words = 120): Message {
  const brief = stubBrief(topic);
  const para = (i: number): string => `Paragraph ${i}: ` + Array.from({ length: words }, (_, w) => `word${w}`).join(' ') + ` end-of-${i}.`;
  brief.blocks.push(...Array.from({ length: paragraphs }, (_, i) => ({ type: 'paragraph' as const, spans: [{ text: para(i), citations: [1] }] })));
  return brief;
}
