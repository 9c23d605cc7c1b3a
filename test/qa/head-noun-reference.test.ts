/** "The Harbour Workers' Union ... union leader Ines Okafor": a name ending in a common noun is referred to by that noun in lower case. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headNounOfName, KindReferences, nounContinuesName, referredByKind } from '../../src/qa/references.ts';
import { engineOver, madeEngine, makeBrief } from './qa-helpers.ts';
import { kindReferencesOf } from '../../src/qa/question-requirements.ts';

const doc = (...texts: string[]): { sentences: { text: string }[] } => ({ sentences: texts.map((text) => ({ text })) });

describe('a name referred to by the common noun it ends in', () => {
  it('"union leader X" and "the union" after "the Harbour Workers\' Union"', () => {
    const d = doc("The Harbour Workers' Union is demanding a 9 percent raise.", "``We cannot wait,'' union leader Ines Okafor told reporters.", 'The union said talks would resume.');
    assert.equal(referredByKind(d, 1, "Harbour Workers' Union"), true, 'before a noun for a person');
    assert.equal(referredByKind(d, 2, "Harbour Workers' Union"), true, 'after "the"');
  });

  it('not a capitalised other name, a place, or a noun not for a person', () => {
    const d = doc("The Harbour Workers' Union is demanding a raise.", 'The Dockers Union leader Ana Fell disagreed.', 'Union dues rose.', 'It called for union action.');
    assert.equal(referredByKind(d, 1, "Harbour Workers' Union"), false, 'another union by name');
    assert.equal(referredByKind(d, 3, "Harbour Workers' Union"), false, '"union action" names no person of it');
    assert.equal(referredByKind(doc('The yacht Sea Falcon was hit by the storm.', 'The yacht lost its mast.'), 1, 'Sea Falcon'), true, 'a thing by the kind put beside it, as before');
  });

  it('so the engine answers who leads it', () => {
    const engine = madeEngine('strike', 'The dock strike', {
      a: "About 4,000 dock workers walked off the job on Monday.\n\nThe Harbour Workers' Union is demanding a 9 percent raise over two years.\n\n``Our members cannot wait any longer,'' union leader Ines Okafor told reporters outside the main gate.\n",
      b: 'The port operator has offered 4 percent.\n',
    });
    const a = engine.ask("Who leads the Harbour Workers' Union?", { topic: 'strike' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /Ines Okafor/);
  });
});

describe('a name and the noun after it, referred to by the noun alone', () => {
  it('"mission chief X" right after "The African Union mission said ..." heads the African Union mission', () => {
    const names = ['African Union'];
    const group = ['african', 'union'];
    const q = 'Who heads the African Union mission?';
    const before = ['The African Union mission said its monitors would investigate.'];
    assert.equal(nounContinuesName(q, names, group, '"Both sides remain committed," mission chief Amara Toure said.', before), true);
    assert.equal(nounContinuesName(q, names, group, '"Both sides remain committed," UN mission chief Amara Toure said.', before), false, 'another body\'s mission');
    assert.equal(nounContinuesName(q, names, group, '"Both sides remain committed," mission chief Amara Toure said.', ['Monitors will arrive on Wednesday.']), false, 'the whole name not written before');
    const engine = madeEngine('truce', 'Truce', {
      a: 'Troops and rebels accused each other on Thursday of breaking the ceasefire.\n\nThe African Union mission said its monitors, the first 300 of whom arrived on Wednesday, would investigate.\n\n"Both sides have assured us they remain committed to the agreement," mission chief Colonel Amara Toure said.\n',
      b: 'Aid agencies said about 4,000 people had fled the fighting.\n',
    });
    const a = engine.ask(q, { topic: 'truce' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Amara Toure/);
  });
});

describe('a body named by common words, then by its head noun alone', () => {
  it('reads "Commission chairman X" and "the commission" as the "Election Commission" just named, not "the European Commission" or "the 1998 games"', () => {
    const group = ['elect', 'commiss'];
    assert.equal(headNounOfName('Commission chairman Anton Golob said the complaints were minor.', group), true);
    assert.equal(headNounOfName('Turnout was 46 percent, the commission said.', group), true);
    assert.equal(headNounOfName('The European Commission welcomed the result.', group), false);
    assert.equal(headNounOfName('Tarno won the right to host the 1998 games.', ['winter', 'game']), false);
  });

  it('so the engine answers who chairs it, asked in lower case', () => {
    // "the commission said" in lower case makes "commission" a common word, so "Commission" alone does not stand for the whole name.
    const engine = madeEngine('vote', 'The referendum', {
      a: 'LUBNO (AP) _ Voters backed the dam project in a referendum Sunday, with 51.8 percent voting Yes, the State Election Commission said.\n\nTurnout was 46.2 percent, the commission said.\n',
      b: 'LUBNO (AP) _ The State Election Commission confirmed Thursday that voters approved the dam project, with 51.2 percent in favor.\n\nThe final count showed 412,655 votes for the project. Turnout was 47.9 percent.\n\nCommission chairman Anton Golob said the complaints filed by opponents did not change the outcome.\n',
    });
    const a = engine.ask('Who chairs the election commission?', { topic: 'vote' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /Anton Golob/);
  });
});

describe('a body the name finder took for a person ("Linfeng Sports said ...")', () => {
  it('is referred to by a kind that is no person\'s: "the sportswear company Linfeng Sports ... The company, which signed Wambua"', () => {
    const d = doc('The shoes were made by the sportswear company Linfeng Sports.', 'Linfeng Sports said the shoes were legal.', 'The company, which signed Wambua in June, said it had asked for approval.');
    assert.equal(new KindReferences().referredByKind(d, 0, 2, 'Linfeng Sports', true), true);
    const runner = doc('The winner was the Kenyan runner Peter Wambua.', 'Peter Wambua said he felt strong.', 'The runner, who is 24, will race again in April.');
    assert.equal(new KindReferences().referredByKind(runner, 0, 2, 'Peter Wambua', true), false, 'a kind for a person is the person stage\'s to resolve');
  });

  it('so the engine answers when the body did something', () => {
    const engine = madeEngine('race', 'A marathon', {
      a: "Kenya's Peter Wambua won the marathon on Sunday.\n\nThe shoes Wambua wore were made by the Chinese sportswear company Linfeng Sports.\n\nLinfeng Sports said the shoes were 39.5 millimeters thick.\n\nThe company, which signed Wambua in June, said it had submitted the shoe for approval in November.\n",
      b: 'World Athletics said it would measure the shoes.\n',
    });
    const a = engine.ask('When did Linfeng Sports sign Wambua?', { topic: 'race' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /signed Wambua in June/);
  });
});

describe('KindReferences kept with a topic', () => {
  it('reads the topic\'s sentences for a name once, however many sentences and documents ask', () => {
    let reads = 0;
    const refs = new KindReferences(() => {
      reads++;
      return [doc('The water company Eaux du Rhône supplies the city.')];
    });
    const report = doc('Eaux du Rhône denied any wrongdoing.', 'The company said it would cooperate.', 'The company has not commented since.');
    assert.equal(refs.referredByKind(report, 0, 1, 'Eaux du Rhône'), true, 'the kind another report gives the name');
    assert.equal(refs.referredByKind(report, 0, 2, 'Eaux du Rhône'), true);
    assert.equal(refs.referredByKind(report, 1, 1, 'Eaux du Rhône'), true, 'another document, the same topic-wide kind');
    assert.equal(reads, 1);
  });
});

describe('kindReferencesOf', () => {
  it('is one KindReferences per topic index, so what it found outlives a question', () => {
    const bodies = { a: 'Eaux du Rhône denied any wrongdoing.\n', b: 'The water company Eaux du Rhône supplies the city.\n' };
    const brief = makeBrief('water', 'Water', bodies);
    const index = engineOver(brief).indexFor(brief);
    assert.equal(kindReferencesOf(index), kindReferencesOf(index));
    const again = makeBrief('water', 'Water', bodies);
    assert.notEqual(kindReferencesOf(engineOver(again).indexFor(again)), kindReferencesOf(index), 'another index, its own');
  });
});
