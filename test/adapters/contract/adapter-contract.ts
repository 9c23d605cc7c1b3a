/**
 * The contract every chat adapter keeps, run against each adapter's fake-backed harness
 * (adapter-contract.test.ts). Abilities a platform does not have (a terminal has no rate
 * limits, no history and no buttons) are optional in the harness, as in ChatAdapter, and
 * their checks apply only where the ability exists.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ConversationStore, DeliveryTarget } from '../../../src/bot/contracts.ts';
import { conversationKey } from '../../../src/bot/contracts.ts';
import { RateLimitError } from '../../../src/domain/errors.ts';
import type { Message } from '../../../src/domain/messages/message-model.ts';

export interface ContractHarness {
  platform: string;
  /** The channel deliveries go to. */
  channel: string;
  delivery: DeliveryTarget;
  /** What the platform received for the channel so far, one payload per posted message. */
  posted(): unknown[];
  /** Why a payload could ping someone, run as markup, or break the platform's limits; empty when it cannot. */
  problems(payload: unknown): string[];
  /** The text people see in these payloads. */
  visibleText(payloads: unknown[]): string;
  conversations: ConversationStore;
  /** The platform answers the next post with 429 and Retry-After `seconds`. */
  rateLimitNextPost?(seconds: number): void;
  /** Runs `/brief <topic>` as a user, presses "Share in channel" on the private reply, and returns the public post. */
  shareBrief?(topic: string): Promise<{ channelId: string; messageId: string; payloads: unknown[] }>;
  close(): Promise<void>;
}

export const HOSTILE = ['<!channel>', '<!here|here>', '@everyone', '@here', '<@U0123ABC>', '<@&111111111111111111>', '<#C0123|general>', '<!subteam^S01|team>', '<script>alert(1)</script>', '[click](https://evil.example)', '\u202egnp.exe', '\u001b[2Jcleared', '*bold* _it_ `code` ~s~ ||spoiler||'];

function hostileMessage(): Message {
  const evil = HOSTILE.join(' ');
  return {
    kind: 'recap',
    title: `Recap ${evil}`,
    topic: 'china-russia-aid',
    blocks: [
      { type: 'context', text: evil },
      { type: 'paragraph', spans: [{ text: `A claim ${evil}`, citations: [1] }] },
      { type: 'bullets', items: [{ label: evil, text: `A point ${evil}`, citations: [2] }] },
      { type: 'quote', text: evil, citations: [1] },
    ],
    citations: [
      { n: 1, sourceId: 'a', quote: `said ${evil}` },
      { n: 2, sourceId: 'b', quote: evil },
    ],
    sources: [
      { id: 'a', title: evil, outlet: evil, published: '2023-02-19', url: 'https://example.com/a?x=<!channel>', path: 'briefs/t/sources/a.md' },
      { id: 'b', title: null, outlet: null, published: null, url: 'javascript:alert(1)', path: 'briefs/t/sources/b.md' },
    ],
    summary: `Recap ${evil}`,
  };
}

/** A message far over any platform's size limit, every paragraph marked so none can go missing. */
function longMessage(paragraphs: number): Message {
  return {
    kind: 'recap',
    title: 'A long recap',
    topic: 'china-russia-aid',
    blocks: Array.from({ length: paragraphs }, (_, i) => ({ type: 'paragraph' as const, spans: [{ text: `Paragraph ${i} says ${'something quite long '.repeat(12)}and ends with marker m${i}x.`, citations: [] }] })),
    citations: [],
    sources: [],
    summary: 'A long recap',
  };
}

/** What the platform can do beyond posting; the checks of an ability run only where it exists. */
export interface Abilities {
  /** It keeps a channel's history, so an earlier post can be found (DeliveryTarget.findPosted). */
  history: boolean;
  /** It answers 429 with Retry-After. */
  rateLimits: boolean;
  /** It has buttons, "Share in channel" among them. */
  buttons: boolean;
}

export function adapterContract(name: string, abilities: Abilities, start: () => Promise<ContractHarness>): void {
  describe(`adapter contract: ${name}`, { timeout: 30_000 }, () => {
    // One adapter and fake per platform for the whole contract; each check looks only at what it posted.
    let h: ContractHarness;
    before(async () => {
      h = await start();
    });
    after(async () => {
      await h.close();
    });

    it('text from documents never pings anyone, never runs as markup, and fits the platform', async () => {
      const already = h.posted().length;
      await h.delivery.post(h.channel, [hostileMessage()]);
      const payloads = h.posted().slice(already);
      assert.ok(payloads.length > 0, 'something was posted');
      for (const p of payloads) assert.deepEqual(h.problems(p), [], JSON.stringify(p).slice(0, 300));
    });

    it('a long reply is split into messages that each fit, and nothing is cut', async () => {
      const n = 150;
      const already = h.posted().length;
      await h.delivery.post(h.channel, [longMessage(n)]);
      const payloads = h.posted().slice(already);
      for (const p of payloads) assert.deepEqual(h.problems(p), []);
      const text = h.visibleText(payloads);
      let at = -1;
      for (let i = 0; i < n; i++) {
        const next = text.indexOf(`m${i}x.`, at + 1);
        assert.ok(next > at, `paragraph ${i} is there, after paragraph ${i - 1}`);
        at = next;
      }
    });

    if (abilities.history) {
      it('a recap posted again with mayHavePosted is found, not doubled', async () => {
        const key = `contract-${name}-1`;
        const first = await h.delivery.post(h.channel, [longMessage(3)], { idempotencyKey: key });
        const count = h.posted().length;
        assert.ok(h.delivery.findPosted, 'a platform with history finds earlier posts');
        const again = await h.delivery.post(h.channel, [longMessage(3)], { idempotencyKey: key, mayHavePosted: true });
        assert.equal(again.messageId, first.messageId);
        assert.equal(h.posted().length, count, 'nothing posted twice');
        assert.deepEqual(await h.delivery.findPosted(h.channel, key), { messageId: first.messageId, channelId: first.channelId });
      });
    }

    if (abilities.rateLimits) {
      it('a 429 becomes RateLimitError with the platform’s Retry-After, and nothing is posted', async () => {
        assert.ok(h.rateLimitNextPost);
        h.rateLimitNextPost(90);
        const already = h.posted().length;
        const err = await h.delivery.post(h.channel, [longMessage(1)]).then(() => null, (e: unknown) => e);
        assert.ok(err instanceof RateLimitError, String(err));
        assert.ok(err.retryAfterMs >= 90_000 && err.retryAfterMs < 91_000, String(err.retryAfterMs));
        assert.equal(h.posted().length, already);
      });
    }

    if (abilities.buttons) {
      it('"Share in channel" posts the reply for everyone, and the bot remembers its topic', async () => {
        assert.ok(h.shareBrief);
        const shared = await h.shareBrief('china-russia-aid');
        assert.ok(shared.payloads.length > 0);
        for (const p of shared.payloads) assert.deepEqual(h.problems(p), []);
        assert.match(h.visibleText(shared.payloads), /China/);
        // The bot remembers the topic right after the post (its turn ends there).
        const key = conversationKey(h.platform, shared.channelId, shared.messageId);
        let topic: string | null | undefined;
        for (let i = 0; i < 200 && !topic; i++) {
          topic = (await h.conversations.getConversation(key))?.topic;
          if (!topic) await sleep(25);
        }
        assert.equal(topic, 'china-russia-aid');
      });
    }
  });
}
