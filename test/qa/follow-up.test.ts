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
  it('takes "he" before a name the question gives for the person the conversation was about', () => {
    const people = { names: new Set(['Antony Blinken', 'Jack Keane']), tokens: new Set(['antony', 'blinken', 'jack', 'keane']) };
    const state: ConversationState = { topic: TOPIC, entities: ['Jack Keane'], lastQuestion: 'Who is Jack Keane?', updatedAt: FIXED_NOW.toISOString() };
    assert.equal(resolveFollowUp("What did he say about Blinken's warning?", state, people).text, "What did Jack Keane say about Blinken's warning?");
    // After the name, as before, "his" is the named person's.
    assert.equal(resolveFollowUp('Why did Blinken cancel his trip?', state, people).text, 'Why did Blinken cancel his trip?');
  });

  it('does not take "them" beside "he" for the one person talked about', () => {
    const people = { names: new Set(['Antony Blinken']), tokens: new Set(['antony', 'blinken']) };
    const state: ConversationState = { topic: TOPIC, entities: ['Antony Blinken'], lastQuestion: 'What did Blinken say about private firms?', updatedAt: FIXED_NOW.toISOString() };
    assert.equal(resolveFollowUp('Is he worried about them?', state, people).text, 'Is Antony Blinken worried about them?');
  });

  it('takes "it" for the last thing talked about that is no person, but not in "is it true that"', () => {
    const people = { names: new Set(['Antony Blinken']), tokens: new Set(['antony', 'blinken']) };
    const state: ConversationState = { topic: TOPIC, entities: ['Wagner Group', 'Antony Blinken'], lastQuestion: 'What is the Wagner Group?', updatedAt: FIXED_NOW.toISOString() };
    assert.equal(resolveFollowUp('What did it receive from a Chinese firm?', state, people).text, 'What did Wagner Group receive from a Chinese firm?');
    assert.equal(resolveFollowUp('Who leads its fighters?', state, people).text, "Who leads Wagner Group's fighters?");
    // A thing the question itself names before "its" is what "its" stands for.
    assert.equal(resolveFollowUp('When did China give its assurance?', state, people).text, 'When did China give its assurance?');
    assert.equal(resolveFollowUp('Is it true that China sent weapons?', state, people).interpretation, null);
  });

  it('"And CBS?" swaps the last name of the last question that is no person\'s', () => {
    const people = { names: new Set(['Antony Blinken']), tokens: new Set(['antony', 'blinken']) };
    const state: ConversationState = { topic: TOPIC, entities: ['Antony Blinken', 'NBC'], lastQuestion: 'What did Blinken tell NBC?', updatedAt: FIXED_NOW.toISOString() };
    assert.equal(resolveFollowUp('And CBS?', state, people).text, 'What did Blinken tell CBS?');
    assert.equal(resolveFollowUp('And in June?', state, people).text, 'What did Blinken tell NBC in June?', 'a time is added, as before');
  });

  it('asks a question with nothing of its own about the last one, but not a question about a mention', () => {
    const people = { names: new Set(['Antony Blinken']), tokens: new Set(['antony', 'blinken']) };
    const state: ConversationState = { topic: TOPIC, entities: [], lastQuestion: 'How many sources are there?', updatedAt: FIXED_NOW.toISOString() };
    assert.equal(resolveFollowUp('When was that?', state, people).text, 'When was that (How many sources are there)?');
    for (const q of ['who is @here?', 'who is <!here>?', 'who is <@U123>?']) {
      const r = resolveFollowUp(q, state, people);
      assert.equal(r.text, q, q);
      assert.equal(r.interpretation, null, q);
    }
  });
});
