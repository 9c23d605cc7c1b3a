/**
 * "Which province did Hall visit?" asks for a place below a country; a sentence whose only
 * places are countries and their capitals names none of that kind.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onlyCountriesForKind, subnationalKindAsked } from '../../src/qa/place-kinds.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

const places = (...p: string[]): Set<string> => new Set(p);

describe('a place asked for below a country', () => {
  it('is the kind after "which / what", singular', () => {
    assert.equal(subnationalKindAsked('Which province did Hall visit?'), 'province');
    assert.equal(subnationalKindAsked('In which state was the deal worked out?'), 'state');
    assert.equal(subnationalKindAsked('Which counties were flooded?'), 'county');
    assert.equal(subnationalKindAsked('Near which villages were the people killed?'), 'village');
    assert.equal(subnationalKindAsked('Which state newspaper reported it?'), null, 'a state newspaper is a newspaper');
    assert.equal(subnationalKindAsked('Which country did Hall visit?'), null, 'a country is not below one');
  });

  it('is not named by a sentence whose only places are countries and capitals', () => {
    const text = 'Hall said life did seem slightly better in the North Korean capital, Pyongyang, than on his three earlier trips.';
    assert.equal(onlyCountriesForKind('province', text, places('north', 'korean', 'pyongyang'), new Set(['hall'])), true);
    assert.equal(onlyCountriesForKind('state', 'The talks moved from Washington to Paris.', places('washington', 'paris'), new Set()), true);
  });

  it('may be named by a sentence with another place, or one that says the kind', () => {
    assert.equal(onlyCountriesForKind('province', 'Hall flew from Pyongyang to Hamgyong.', places('pyongyang', 'hamgyong'), new Set()), false);
    assert.equal(onlyCountriesForKind('province', 'Hall toured a province north of Pyongyang.', places('pyongyang'), new Set()), false);
    assert.equal(onlyCountriesForKind('state', 'The deal was worked out in Maryland.', places('maryland'), new Set()), false);
    assert.equal(onlyCountriesForKind('province', 'Hall met aid workers on Monday.', places(), new Set()), false, 'no place: other rules judge it');
  });

  it('declines "Which province did X visit?" from a sentence about the capital, and answers from one that names the province', () => {
    const engine = madeEngine('hunger', 'Hunger in Varnia', {
      a: 'Congressman Otto Brandt said life seemed slightly better in the Austrian capital, Vienna, than during his three previous trips to Austria.\n',
      b: 'Aid agencies met in Geneva on Monday to plan food deliveries for the winter.\n',
    });
    const a = engine.ask('Which province did Otto Brandt visit?', { topic: 'hunger' });
    assert.equal(a.abstained, true, a.answer);
    const named = madeEngine('hunger2', 'Hunger in Varnia', {
      a: 'Congressman Otto Brandt visited the province of Osk, north of Vienna, on his third trip.\n',
      b: 'Aid agencies met in Geneva on Monday to plan food deliveries for the winter.\n',
    });
    const b = named.ask('Which province did Otto Brandt visit?', { topic: 'hunger2' });
    assert.equal(b.abstained, false, b.answer);
    assert.match(b.citations[0]?.quote ?? '', /Osk/);
  });
});

describe('"Which countries ...?"', () => {
  it('is answered by the sentence naming countries, not by one naming none past its dateline', () => {
    const brief = makeBrief('storm', 'A storm', {
      a: 'TACLOBAN, Philippines (AP) _ The death toll from Typhoon Lando rose to 41 on Tuesday as rescuers reached villages cut off by floods, and President Ana Reyes flew over the worst-hit areas and promised that aid would reach every family within three days.\n',
      b: 'Japan pledged $3 million in emergency aid and the United States $1.5 million.\n',
    });
    assert.equal(scoredSentence(brief, 'Which countries pledged aid?', /worst-hit areas/)?.factors?.type, 0.45);
    assert.ok((scoredSentence(brief, 'Which countries pledged aid?', /Japan pledged/)?.factors?.type ?? 0) > 0.45);
  });
});
