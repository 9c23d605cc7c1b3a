import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { ConversationState } from '../../src/bot/contracts.ts';
import { resolveFollowUp } from '../../src/qa/follow-up.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { FIXED_NOW, realCatalog, TOPIC } from './qa-helpers.ts';

let engine: QaEngine;
before(async () => {
  engine = new QaEngine(await realCatalog(), { now: () => FIXED_NOW });
});

function quotes(a: { citations: { quote: string }[] }): string {
  return a.citations.map((c) => c.quote).join(' ');
}

describe('follow-up questions', () => {
  it('remembers the topic, the people just talked about and the question, as plain JSON', () => {
    const a = engine.ask('Who is Wang Yi?', { topic: TOPIC });
    const state = a.conversation;
    assert.equal(state.topic, TOPIC);
    assert.equal(state.entities[0], 'Wang Yi');
    assert.equal(state.lastQuestion, 'Who is Wang Yi?');
    assert.equal(state.updatedAt, FIXED_NOW.toISOString());
    assert.deepEqual(JSON.parse(JSON.stringify(state)), state);
  });

  it('"what did he say about the balloon?" resolves he to the last person, without naming the topic', () => {
    const first = engine.ask('Who is Wang Yi?', { topic: TOPIC });
    const stored = JSON.parse(JSON.stringify(first.conversation)) as ConversationState;
    const a = engine.ask('What did he say about the balloon?', { conversation: stored });
    assert.equal(a.topic, TOPIC);
    assert.equal(a.routed, false);
    assert.equal(a.abstained, false);
    assert.match(quotes(a), /Wang/);
    assert.match(quotes(a), /hysterical|political farce/);
    assert.equal(a.interpretation, 'What did Wang Yi say about the balloon?');
  });

  it('"and in June?" reuses the last question with the new time', () => {
    const first = engine.ask('What did Blinken say about lethal aid in February?', { topic: TOPIC });
    assert.equal(first.abstained, false);
    const a = engine.ask('And in June?', { conversation: first.conversation });
    assert.equal(a.abstained, false);
    assert.match(quotes(a), /will not provide/);
    assert.equal(a.citations[0]?.source, 'beijing-assurances');
    assert.match(a.interpretation ?? '', /lethal aid in June/);
    // The elliptical question is remembered resolved, so another ellipsis builds on it.
    assert.match(a.conversation.lastQuestion ?? '', /June/);
  });

  it('"their" after a meeting question means both people', () => {
    const first = engine.ask('When did Blinken meet Xi Jinping?', { topic: TOPIC });
    const a = engine.ask('How long did their conversation last?', { conversation: first.conversation });
    assert.match(quotes(a), /35 minutes/);
  });

  it('leaves a question alone when there is no conversation', () => {
    const r = resolveFollowUp('What did he say?', null, { names: new Set(), tokens: new Set() });
    assert.equal(r.text, 'What did he say?');
    assert.equal(r.interpretation, null);
  });

  it('"what about X?" swaps the person in the last question', () => {
    const people = { names: new Set(['Antony Blinken', 'Wang Yi']), tokens: new Set(['antony', 'blinken', 'wang', 'yi']) };
    const state: ConversationState = { topic: TOPIC, entities: ['Antony Blinken'], lastQuestion: 'What did Blinken say about the balloon?', updatedAt: FIXED_NOW.toISOString() };
    assert.equal(resolveFollowUp('What about Wang Yi?', state, people).text, 'What did Wang Yi say about the balloon?');
  });

  it('leaves "his" and "he" to the person the question names; "him" is the last other person talked about', () => {
    const people = { names: new Set(['Antony Blinken', 'Wang Yi']), tokens: new Set(['antony', 'blinken', 'wang', 'yi']) };
    const state: ConversationState = { topic: TOPIC, entities: ['Antony Blinken', 'Wang Yi'], lastQuestion: 'Who met Wang Yi?', updatedAt: FIXED_NOW.toISOString() };
    const own = resolveFollowUp('Why did Blinken cancel his trip?', state, people);
    assert.equal(own.text, 'Why did Blinken cancel his trip?');
    assert.equal(own.interpretation, null);
    assert.equal(resolveFollowUp('When did Wang Yi meet him?', state, people).text, 'When did Wang Yi meet Antony Blinken?');
    assert.equal(resolveFollowUp('Why did he cancel the trip?', state, people).text, 'Why did Antony Blinken cancel the trip?');
  });
});
