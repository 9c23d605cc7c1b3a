/**
 * Of sentences that cover a question, one through a word of the same sense (WordNet's synonyms:
 * "find" for "discovery") and one with the question's own word, the own word adds to the rank:
 * it says what was asked in the asker's words. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('the question\'s own word over a paraphrase of it', () => {
  const brief = makeBrief('gas', 'Gas finds', {
    a: 'OSK (Reuters) - Valdis Energy made a large gas discovery off the coast on Tuesday.\n\nShares rose.\n',
    b: 'OSK (Reuters) - Tarno Oil made a large gas find off the coast on Monday.\n\nShares fell.\n',
  });
  it('gives the sentence with the asked word a rank bonus the one with its synonym lacks', () => {
    const bonus = (re: RegExp): number => {
      const s = scoredSentence(brief, 'Which company made the gas discovery?', re);
      assert.ok(s, `${re} scored`);
      return s.rank - s.confidence;
    };
    // The rest of their bonuses differ by 0.04 here (closeness, BM25); the own word adds 0.02 more.
    assert.ok(bonus(/gas discovery/) - bonus(/gas find/) > 0.05, `${bonus(/gas discovery/)} vs ${bonus(/gas find/)}`);
  });
});
