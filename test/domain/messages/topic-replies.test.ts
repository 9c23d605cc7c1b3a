/** One reply for a topic that is not in service, at every chat command that takes a topic. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderText } from '../../../src/domain/messages/render-text.ts';
import { didYouMean, topicNotFound, unknownTopic } from '../../../src/domain/messages/topic-replies.ts';
import type { Brief } from '../../../src/domain/brief-types.ts';

const grain = { slug: 'grain-deal', title: 'Grain deal' } as Brief;
const sudan = { slug: 'sudan-war', title: 'War in Sudan' } as Brief;

describe('topic replies', () => {
  it('suggests a close topic with a button that shows it', () => {
    const m = didYouMean('grain-dael', grain);
    assert.match(renderText(m), /I don't have a brief called "grain-dael"\. Did you mean grain-deal\?/);
    const actions = m.blocks.find((b) => b.type === 'actions');
    assert.deepEqual(actions && actions.type === 'actions' ? actions.actions.map((a) => [a.id, a.command]) : [], [['brief.show', { kind: 'view', view: 'card', topic: 'grain-deal' }]]);
  });

  it('lists the topics, with a hint, when nothing is close; says so when there are none', () => {
    assert.match(renderText(unknownTopic('climate-talks', [grain, sudan], 'Try /brief list.')), /Topics: grain-deal, sudan-war\. Try \/brief list\./);
    assert.match(renderText(unknownTopic('climate-talks', [])), /No briefs are in service yet\./);
  });

  it('answers a resolution: nothing for a found topic, the suggestion or the list otherwise', () => {
    assert.equal(topicNotFound({ kind: 'found', brief: grain }), null);
    assert.match(renderText(topicNotFound({ kind: 'suggest', query: 'grain-dael', suggestion: grain }) ?? { kind: 'notice', title: '', blocks: [] } as never), /Did you mean grain-deal/);
    assert.match(renderText(topicNotFound({ kind: 'unknown', query: 'x'.repeat(80), topics: [grain] }) ?? ({} as never)), /called "x{59}…"/);
  });
});
