import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { EU_AI_ACT, makeBrief, realBrief, TOPIC } from './qa-helpers.ts';

describe('routing a question with no topic', () => {
  it('goes to the topic whose documents answer it, and says which', async () => {
    const catalog = new MutableBriefCatalog([await realBrief(), EU_AI_ACT]);
    const engine = new QaEngine(catalog);
    const a = engine.ask('When did the European Parliament approve the AI Act?');
    assert.equal(a.routed, true);
    assert.equal(a.topic, 'eu-ai-act');
    assert.match(a.citations[0]?.quote ?? '', /March 13, 2024/);
    assert.equal(a.conversation.topic, 'eu-ai-act');

    const b = engine.ask('How long did Blinken’s conversation with Xi last?');
    assert.equal(b.routed, true);
    assert.equal(b.topic, TOPIC);
    assert.match(b.citations[0]?.quote ?? '', /35 minutes/);
  });

  it('abstains with no topic when no brief answers', async () => {
    const engine = new QaEngine(new MutableBriefCatalog([await realBrief(), EU_AI_ACT]));
    const a = engine.ask('What is the boiling point of mercury?');
    assert.equal(a.abstained, true);
    assert.equal(a.topic, null);
    assert.equal(a.routed, true);
    assert.match(a.answer, /None of the briefs/);
  });

  it('an empty catalog gets a plain reply', () => {
    const a = new QaEngine(new MutableBriefCatalog([])).ask('When did Blinken meet Xi?');
    assert.equal(a.abstained, true);
    assert.match(a.answer, /no briefs/);
  });
});

describe('hot reload', () => {
  it('answers from the new version of a brief after the catalog changes', () => {
    const v1 = makeBrief('summit', 'The summit', { wire: 'The leaders met in Geneva on June 5, 2024 for three hours of talks.' }, 'v1');
    const catalog = new MutableBriefCatalog([v1]);
    const engine = new QaEngine(catalog);
    assert.match(engine.ask('Where did the leaders meet?', { topic: 'summit' }).citations[0]?.quote ?? '', /Geneva/);
    catalog.set(makeBrief('summit', 'The summit', { wire: 'The leaders met in Vienna on June 5, 2024 for three hours of talks.' }, 'v2'));
    const a = engine.ask('Where did the leaders meet?', { topic: 'summit' });
    assert.match(a.citations[0]?.quote ?? '', /Vienna/);
    engine.dispose();
  });
});
