import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { conversationKey } from '../../src/bot/contracts.ts';
import { MemoryStateStore } from '../../src/bot/memory-store.ts';
import type { Block, Message } from '../../src/domain/messages/message-model.ts';
import { answerToJson, answerToMessage } from '../../src/qa/answer-message.ts';
import { createAskCommand } from '../../src/bot/ask-command.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { QuestionService } from '../../src/qa/question-service.ts';
import { ctx, EU_AI_ACT, FIXED_NOW, realBrief, TOPIC } from '../qa/qa-helpers.ts';

let catalog: MutableBriefCatalog;
let store: MemoryStateStore;
let service: QuestionService;

before(async () => {
  catalog = new MutableBriefCatalog([await realBrief(), EU_AI_ACT]);
});

function fresh(): ReturnType<typeof createAskCommand> {
  store = new MemoryStateStore();
  service = new QuestionService({ engine: new QaEngine(catalog), conversations: store, clock: () => FIXED_NOW });
  return createAskCommand({ questions: service, catalog });
}

function text(m: Message): string {
  return m.blocks.map((b: Block) => ('text' in b ? b.text : b.type === 'paragraph' ? b.spans.map((s) => s.text).join(' ') : '')).join('\n');
}

describe('/brief ask', () => {
  it('answers "/brief ask <topic> <question>" with a quote, numbered citation and source', async () => {
    const cmd = fresh();
    assert.equal(cmd.kind, 'ask');
    const r = await cmd.handle({ kind: 'ask', question: `${TOPIC} When did Blinken meet Xi Jinping?` }, ctx());
    const m = r.messages[0] as Message;
    assert.equal(m.kind, 'answer');
    assert.equal(m.topic, TOPIC);
    assert.equal(m.citations[0]?.n, 1);
    assert.equal(m.sources[0]?.id, 'beijing-assurances');
    const quote = m.blocks.find((b) => b.type === 'quote');
    assert.ok(quote && quote.type === 'quote' && /June 19/.test(quote.text) && quote.citations[0] === 1);
  });

  it('a mistyped topic gets "Did you mean"', async () => {
    const r = await fresh().handle({ kind: 'ask', question: 'china-rusia-aid When did Blinken meet Xi?' }, ctx());
    assert.match(text(r.messages[0] as Message), /Did you mean china-russia-aid/);
    assert.equal(r.ephemeral, true);
  });

  it('a slug that is no topic, followed by a question, is an unknown topic; a hyphenated word opening a question is not', async () => {
    const r = await fresh().handle({ kind: 'ask', question: 'no-such-topic When did the talks begin?' }, ctx());
    const shown = text(r.messages[0] as Message);
    assert.match(shown, /I don't have a brief called "no-such-topic"/);
    assert.match(shown, /Topics: china-russia-aid/);
    assert.equal(r.ephemeral, true);
    const q = await fresh().handle({ kind: 'ask', question: 'non-lethal aid: when did China first offer it?' }, ctx());
    assert.doesNotMatch(text(q.messages[0] as Message), /I don't have a brief called/);
  });

  it('a one-word topic that does not exist, followed by a question, is an unknown topic; a lead-in word is not', async () => {
    const r = await fresh().handle({ kind: 'ask', question: 'nosuchtopic who is Patrick Ryder?' }, ctx());
    assert.match(text(r.messages[0] as Message), /I don't have a brief called "nosuchtopic"/);
    const bare = await fresh().handle({ kind: 'ask', question: 'nosuchtopic who?' }, ctx());
    assert.match(text(bare.messages[0] as Message), /I don't have a brief called "nosuchtopic"/);
    const so = await fresh().handle({ kind: 'ask', question: 'so who is Patrick Ryder?' }, ctx());
    assert.doesNotMatch(text(so.messages[0] as Message), /I don't have a brief called/);
    assert.equal((so.messages[0] as Message).kind, 'answer');
    // Capitalised, it is the question's own word: "Blinken what did he say?" is asked, not refused.
    const named = await fresh().handle({ kind: 'ask', question: 'Ryder who is he?' }, ctx());
    assert.doesNotMatch(text(named.messages[0] as Message), /I don't have a brief called/);
  });

  it('a question without a topic is routed and the reply says which topic', async () => {
    const r = await fresh().handle({ kind: 'ask', question: 'How much can companies be fined under the AI Act?' }, ctx());
    const m = r.messages[0] as Message;
    assert.equal(m.topic, 'eu-ai-act');
    assert.match(text(m), /Topic: eu-ai-act · matched automatically/);
    assert.match(text(m), /35 million euros/);
  });

  it('no question gets usage help', async () => {
    const r = await fresh().handle({ kind: 'ask', question: '' }, ctx());
    assert.match(text(r.messages[0] as Message), /Usage: \/brief ask <topic> <question>/);
    const r2 = await fresh().handle({ kind: 'ask', question: TOPIC }, ctx());
    assert.match(text(r2.messages[0] as Message), /What would you like to know/);
  });

  it('keeps conversation state per thread, so a follow-up in the thread needs no topic', async () => {
    const cmd = fresh();
    const thread = ctx({ platform: 'slack', channelId: 'C1', threadId: '171.5' });
    await cmd.handle({ kind: 'ask', question: `${TOPIC} Who is Patrick Ryder?` }, thread);
    const saved = await store.getConversation(conversationKey('slack', 'C1', '171.5'));
    assert.equal(saved?.topic, TOPIC);
    assert.equal(saved?.updatedAt, FIXED_NOW.toISOString());
    const { answer } = await service.ask('What did he say China would signal by sending weapons?', thread);
    assert.equal(answer.topic, TOPIC);
    assert.match(answer.citations.map((c) => c.quote).join(' '), /destroy Ukraine/);
    // Another thread has its own (empty) state.
    assert.equal(await store.getConversation(conversationKey('slack', 'C1', '999.1')), null);
  });
});

describe('answer messages', () => {
  it('an abstention is a plain paragraph without citations', () => {
    const engine = new QaEngine(catalog);
    const a = engine.ask('What did Volodymyr Zelensky say about China’s peace plan?', { topic: TOPIC });
    const m = answerToMessage(a);
    assert.equal(m.kind, 'answer');
    assert.deepEqual(m.citations, []);
    assert.match(m.summary, /don't answer that/);
  });

  it('answerToJson has exactly the CLI fields', () => {
    const a = new QaEngine(catalog).ask('When did Blinken meet Xi Jinping?', { topic: TOPIC });
    const j = answerToJson(a);
    // 'short' (the fact first) is there for a fact question whose quote singles one out.
    assert.deepEqual(Object.keys(j), ['question', 'topic', 'answer', 'short', 'abstained', 'citations']);
    assert.equal(j.short, 'June 19');
    assert.ok(j.citations[0]?.quote.includes(j.short ?? '\u0000'));
    assert.deepEqual(Object.keys(j.citations[0] ?? {}), ['source', 'quote', 'path']);
    assert.equal(j.citations[0]?.path, 'briefs/china-russia-aid/sources/004_210360c1a760f1ee.txt');
  });
});

describe('QaEngine builds indexes on demand', () => {
  it('builds no index at construction, and a topic\'s index on its first question only', async () => {
    const catalog = new MutableBriefCatalog([await realBrief(), EU_AI_ACT]);
    const engine = new QaEngine(catalog);
    assert.deepEqual(engine.indexedTopics(), []);
    engine.ask('When did Blinken meet Wang Yi?', { topic: TOPIC });
    assert.deepEqual(engine.indexedTopics(), [TOPIC]);
    assert.deepEqual(new QaEngine(catalog, { eager: true }).indexedTopics().sort(), catalog.list().map((b) => b.slug).sort());
  });
});
