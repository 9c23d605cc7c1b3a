import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { BriefCatalog } from '../../src/content/brief-catalog.ts';
import { isVerbatim } from '../../src/content/quote-match.ts';
import { QaEngine, type Answer } from '../../src/qa/qa-engine.ts';
import { FIXED_NOW, realBrief, realCatalog, TOPIC } from './qa-helpers.ts';

let catalog: BriefCatalog;
let engine: QaEngine;

before(async () => {
  catalog = await realCatalog();
  engine = new QaEngine(catalog, { now: () => FIXED_NOW });
});

function quotes(a: Answer): string {
  return a.citations.map((c) => c.quote).join(' ');
}

async function assertVerbatim(a: Answer): Promise<void> {
  const brief = await realBrief();
  for (const c of a.citations) {
    const doc = brief.sources.find((s) => s.meta.id === c.source);
    assert.ok(doc, `cited source ${c.source} exists`);
    assert.ok(isVerbatim(doc.body, c.quote), `quote is verbatim: ${c.quote}`);
    assert.equal(c.path, doc.path);
  }
}

describe('QaEngine ranking on the china-russia-aid documents', () => {
  it('answers a "when" question with the sentence that carries the date', async () => {
    const a = engine.ask('When did Blinken meet Xi Jinping?', { topic: TOPIC });
    assert.equal(a.abstained, false);
    assert.match(quotes(a), /June 19/);
    assert.equal(a.citations[0]?.source, 'beijing-assurances');
    assert.ok(a.answer.length <= 500);
    await assertVerbatim(a);
  });

  it('answers a "how long" question with a duration, not a date', async () => {
    const a = engine.ask('How long did Blinken’s conversation with Xi last?', { topic: TOPIC });
    assert.equal(a.abstained, false);
    assert.match(quotes(a), /35 minutes/);
    const b = engine.ask('How long did Blinken and Wang Yi talk in Munich?', { topic: TOPIC });
    assert.match(quotes(b), /for an hour/);
    await assertVerbatim(a);
  });

  it('answers a "who" question with a sentence naming the person', async () => {
    const a = engine.ask('Who did Blinken meet on June 18?', { topic: TOPIC });
    assert.match(quotes(a), /Qin Gang/);
    const b = engine.ask('Who said that Xi would give a peace speech?', { topic: TOPIC });
    assert.match(quotes(b), /Tajani/);
  });

  it('handles synonyms: "call off" finds "cancelled", "weapons" finds "lethal assistance"', () => {
    const a = engine.ask('Why did Blinken call off his trip to Beijing?', { topic: TOPIC });
    assert.match(quotes(a), /cancelled a trip to Beijing because of the row over the alleged Chinese spy balloon/);
    const b = engine.ask('Is there proof China shipped weapons to Russia?', { topic: TOPIC });
    assert.match(quotes(b), /no proof/);
  });

  it('cites outlet and date, and the answer text quotes the document', async () => {
    const a = engine.ask('How many US officials did NBC cite?', { topic: TOPIC });
    const c = a.citations[0];
    assert.ok(c);
    assert.equal(c.outlet, 'UrduPoint.com');
    assert.equal(c.published, '2023-02-19');
    assert.ok(a.answer.includes(c.quote), 'the answer shows the quote');
    assert.match(a.answer, /UrduPoint\.com, 2023-02-19/);
    await assertVerbatim(a);
  });
});

describe('QaEngine abstention', () => {
  for (const q of [
    'What did Volodymyr Zelensky say about China’s peace plan?',
    'How many tanks has Germany sent to Ukraine?',
    'How high was the balloon flying when it was shot down?',
    'Who won the 2024 US presidential election?',
  ]) {
    it(`says the documents do not answer: ${q}`, () => {
      const a = engine.ask(q, { topic: TOPIC });
      assert.equal(a.abstained, true);
      assert.deepEqual(a.citations, []);
      assert.match(a.answer, /don't answer that/);
      assert.ok(a.confidence < 0.55);
    });
  }

  it('points a question about the sources themselves to the source list, and answers one with words of its own', () => {
    for (const q of ['what are your sources?', 'Which outlets reported on the story?', 'How many articles are there?']) {
      const a = engine.ask(q, { topic: TOPIC });
      assert.equal(a.abstained, true, `${q}: ${a.answer}`);
      assert.match(a.answer, /Its source list is \/brief sources china-russia-aid\./, q);
    }
    const content = engine.ask('Which reports say China was considering lethal aid?', { topic: TOPIC });
    assert.equal(content.abstained, false, content.answer);
  });

  it('never answers from boilerplate lines (FAQ questions, related-article links)', async () => {
    const brief = await realBrief();
    const stripped = brief.sources.flatMap((d) => d.stripped.map((s) => ({ id: d.meta.id, s })));
    assert.ok(stripped.length > 0);
    for (const q of ['What kind of assistance does China give Russia?', 'Why does South Africa join Russia and China naval drills?', 'Get uncensored news and updates?']) {
      const a = engine.ask(q, { topic: TOPIC });
      for (const c of a.citations) {
        for (const { id, s } of stripped) {
          if (id === c.source) assert.ok(!s.text.includes(c.quote) && !c.quote.includes(s.text), `quote from boilerplate: ${c.quote}`);
        }
      }
    }
  });

  it('a higher threshold abstains where the default answers', () => {
    const strict = new QaEngine(catalog, { threshold: 1.01 });
    assert.equal(strict.ask('When did Blinken meet Xi Jinping?', { topic: TOPIC }).abstained, true);
  });
});

describe('QaEngine bad input', () => {
  it('an empty question gets a short prompt', () => {
    for (const q of ['', '   ', '\u0000\u0007', '???']) {
      const a = engine.ask(q, { topic: TOPIC });
      assert.equal(a.abstained, true);
      assert.match(a.answer, /ask a question/i);
    }
  });

  it('a 10,000-character question is refused briefly', () => {
    const a = engine.ask('why '.repeat(2500), { topic: TOPIC });
    assert.equal(a.abstained, true);
    assert.match(a.answer, /too long/);
    assert.ok(a.answer.length < 200 && a.question.length < 100);
  });

  it('control characters are removed before answering', () => {
    const a = engine.ask('When\u0000 did\u001b[31m Blinken meet\u200b Xi\u0007 Jinping?', { topic: TOPIC });
    assert.equal(a.abstained, false);
    assert.match(quotes(a), /June 19/);
    assert.doesNotMatch(a.question, /[\u0000-\u001f\u200b]/);
  });

  it('a question in another script asks for English', () => {
    for (const q of ['布林肯什么时候会见了习近平？', 'Когда Блинкен встретился с Си Цзиньпином?']) {
      const a = engine.ask(q, { topic: TOPIC });
      assert.equal(a.abstained, true);
      assert.match(a.answer, /English/);
    }
  });

  it('an unknown topic is named in the reply', () => {
    const a = engine.ask('When did Blinken meet Xi?', { topic: 'no-such-topic' });
    assert.equal(a.abstained, true);
    assert.match(a.answer, /no-such-topic/);
  });
});
