/**
 * A quotation that runs over several sentences is said by whoever closes it: in "``A public
 * company spent 2 million euros telling people how to vote. That is not a fair referendum,''
 * she said." the first sentence is hers, though its own words hold a speech verb ("telling").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeBrief, madeEngine, speakerScoreOf } from './qa-helpers.ts';

const DOCS = {
  a: "TARNO (AP) _ Voters approved the dam project by a narrow margin on Sunday.\n\nOpposition leader Mira Holt said the party would appeal.\n\n``A public company spent 2 million euros telling people how to vote. That is not a fair referendum,'' she said.\n\nThe commission said turnout was 47 percent.\n",
  b: "The company said the spending was lawful. ``We informed people. We did not tell anyone how to vote,'' spokesman Ivo Brandt said.\n",
};

describe('a quotation over several sentences', () => {
  it('is said, from its first sentence, by whoever closes it', () => {
    const brief = makeBrief('vote', 'The dam vote', DOCS);
    assert.equal(speakerScoreOf(brief, /A public company spent/, 'Holt'), 1);
    assert.equal(speakerScoreOf(brief, /We informed people/, 'Brandt'), 1);
    // Not by one named only before it.
    assert.equal(speakerScoreOf(brief, /We informed people/, 'Holt'), 0);
  });

  it('answers what she said the company spent', () => {
    const a = madeEngine('vote', 'The dam vote', DOCS).ask('How much did the public company spend on the campaign, according to Holt?', { topic: 'vote' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /2 million euros/);
  });
});

describe('"defended" with a bare pronoun for its object', () => {
  const docs = {
    a: 'Okafor, 31, won the title in 2021 and defended it in 2023.\n\n"I had chances, but he found every move," Okafor said. "Lukas is defending like a machine."\n\nFederation president Ana Ruiz defended the decision to hold the match in Lagos.\n',
  };
  const brief = makeBrief('chess', 'A chess match', docs);
  it('reports no words: "defended it in 2023" has Okafor defend a title, not say anything', () => {
    assert.equal(speakerScoreOf(brief, /defended it in 2023/, 'Okafor'), 0);
    assert.ok(speakerScoreOf(brief, /defended the decision/, 'Ana Ruiz') > 0, '"defended the decision" still reports her words');
  });
  it('so "What did Okafor say about the defending?" is answered from the quotation', () => {
    const a = madeEngine('chess', 'A chess match', docs).ask('What did Okafor say about the defending?', { topic: 'chess' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /defending like a machine/);
  });
});
