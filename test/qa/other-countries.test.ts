/**
 * "When will she visit Guatemala?": a sentence that names other countries where the asked one
 * would be ("... visiting Nicaragua and Honduras on Nov. 16") does not answer it, even in a
 * story set in Guatemala (whose name is then no hard constraint on its own).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

const setting = {
  b: 'Floods in Guatemala forced thousands from their homes.\n',
  c: 'Guatemala reported 194 dead on Thursday.\n',
  d: 'Aid groups in Guatemala asked for blankets and medicine.\n',
};

describe('a country asked about, in a sentence that names others in its place', () => {
  it('is not answered there', () => {
    const engine = madeEngine('storm', 'The storm', {
      a: 'Relief flights reached Guatemala, El Salvador and Honduras on Thursday.\n\nAna Ruiz, the president\'s wife, also will travel to the region, visiting Nicaragua and Honduras on Nov. 16.\n',
      ...setting,
    });
    const a = engine.ask('When will Ana Ruiz visit Guatemala?', { topic: 'storm' });
    assert.equal(a.abstained, true, a.answer);
    const b = engine.ask('When will Ana Ruiz visit Nicaragua?', { topic: 'storm' });
    assert.equal(b.abstained, false, b.answer);
    assert.match(b.citations[0]?.quote ?? '', /Nov\. 16/);
  });

  it('is answered when the sentence before speaks of the asked country alone, or a country is what is asked', () => {
    const engine = madeEngine('storm2', 'The storm', {
      a: 'Ana Ruiz, the president\'s wife, will tour Guatemala first.\n\nShe will visit Nicaragua and Honduras, and Guatemala on Nov. 16, aides said.\n',
      ...setting,
    });
    assert.equal(engine.ask('When will Ana Ruiz visit Guatemala?', { topic: 'storm2' }).abstained, false);
    const mediate = madeEngine('feud', 'The feud', {
      a: 'Egypt began shuttle diplomacy between Syria and Turkey on Sunday.\n\nAfter Egypt, Iran offered on Monday to mediate between Syria and Turkey.\n',
      b: 'Turkey massed troops on its border with Syria.\n',
      c: 'Syria denied sheltering the rebels.\n',
    });
    const m = mediate.ask('Which country offered to mediate after Egypt?', { topic: 'feud' });
    assert.match(m.citations[0]?.quote ?? '', /Iran/);
  });
});
