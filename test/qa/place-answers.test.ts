/**
 * A place named by a common noun: WordNet's places and features of the land answer any
 * "where" question; a building or structure ("at an outdoor restaurant") answers a bare
 * "Where ...?" but not "Which province ...?"; and the noun of the asked act itself ("glided
 * to a landing" for "Where did it land?") is no place; a verb of taking something somewhere, then
 * "to ...", says where it went.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { destinationAfterVerb, inCommonPlace, placeJoinedToVerb, travelDestination } from '../../src/qa/place-answers.ts';
import { venueNotAsked } from '../../src/qa/sentence-features.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine, makeBrief, scoredSentence, withFiller } from './qa-helpers.ts';

describe('places named by a common noun', () => {
  it('takes a building or structure for a place only when asked', () => {
    const text = 'They drank coffee at an outdoor restaurant.';
    assert.equal(inCommonPlace(text, new Set(), true), true);
    assert.equal(inCommonPlace(text, new Set(), false), false, 'not for "Which province ...?"');
    assert.equal(inCommonPlace('They were living in the hills.', new Set(), false), true, 'a feature of the land, whatever the question');
    // A place made for something ("common graves"), written in the plural that is also a name in WordNet.
    assert.equal(inCommonPlace('Bodies were being buried in common graves.', new Set(), true), true);
    assert.equal(inCommonPlace('Bodies were being buried in common graves.', new Set(), false), false);
  });

  it('reads past an owner\'s word: "at a herders\' camp", "in the farmer\'s barn"', () => {
    assert.equal(inCommonPlace("Eleven of the missing were found alive at a herders' camp above the river.", new Set(), true), true);
    assert.equal(inCommonPlace("The calf was found in the farmer's barn.", new Set(), true), true);
    assert.equal(inCommonPlace("Eleven of the missing were found alive at a herders' meeting.", new Set(), true), false);
  });

  it('answers "Where is X based?" with the place before its kind: "the Auckland company Tasman Orbital"', () => {
    const engine = madeEngine('orbit', 'A satellite', {
      a: 'The satellite, Koru-9, was built by the Auckland company Varnel Orbital and launched in 2011.\n\nThe agency said it was working with Varnel Orbital to understand what had happened.\n\nVarnel Orbital said it had no other satellites in orbit.\n',
    });
    const a = engine.ask('Where is Varnel Orbital based?', { topic: 'orbit' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Auckland company/);
  });

  it('reads where a thing came from: "smoke coming from the attic"', () => {
    assert.equal(inCommonPlace('A watchman raised the alarm after seeing smoke coming from the attic.', new Set(), true), true);
    assert.equal(inCommonPlace('A watchman raised the alarm after a call from the mayor.', new Set(), true), false);
  });

  it('reads "outside", "behind", "around" as prepositions of place too', () => {
    assert.equal(inCommonPlace('Hundreds of people demonstrated outside city hall on Friday.', new Set(), true), true);
    assert.equal(inCommonPlace('The car was parked behind the station.', new Set(), true), true);
    assert.equal(inCommonPlace('Hundreds of people demonstrated on Friday.', new Set(), true), false);
  });

  it('takes "the capital" for a place, by the noun\'s third sense, only after "the"', () => {
    assert.equal(inCommonPlace('The coalition had scheduled a giant rally in the capital Saturday.', new Set(), false), true);
    assert.equal(inCommonPlace('The firm needs more capital.', new Set(), false), false);
    assert.equal(inCommonPlace('They invested in capital goods.', new Set(), false), false, 'not without "the"');
  });

  it('does not take the noun of the asked act for a place', () => {
    assert.equal(inCommonPlace('The shuttle glided to a landing in darkness.', new Set(['where', 'did', 'the', 'shuttle', 'land']), true), false);
  });

  it('answers "Where were they drinking coffee?" with "at a small restaurant"', () => {
    const engine = madeEngine('stranded', 'Stranded tourists', {
      a: '``It has been awful,\'\' said Ana Lind, as she and her friend drank coffee at a small restaurant.\n',
      b: 'Ana Lind said that she and her friend had tried to leave but found all the flights full.\n',
      c: 'The airport reopened on Monday after the storm, and the first flights took off.\n',
      d: 'Stranded visitors waited for buses along the coast road.\n',
    });
    const a = engine.ask('Where were Ana Lind and her friend drinking coffee?', { topic: 'stranded' });
    assert.ok(!a.abstained, 'answered');
    assert.match(a.citations[0]?.quote ?? '', /restaurant/);
  });
});

describe('where something was taken', () => {
  it('reads "to ..." after a verb of taking, past an infinitive of purpose', () => {
    const q = analyzeQuestion('Where did the rebels take their campaign to oust Kabila?');
    assert.equal(destinationAfterVerb(q, 'The rebels have taken their campaign to oust President Ivo Kabila to the Internet.'), true);
    assert.equal(destinationAfterVerb(q, 'The rebels have taken their campaign to oust President Ivo Kabila.'), false, 'an infinitive says what for');
    assert.equal(destinationAfterVerb(q, 'The rebels took losses and retreated to the hills.'), false, 'not past "and"');
  });

  it('answers "Where did the rebels take their campaign?" with "to the Internet"', () => {
    const engine = madeEngine('rebels', 'The rebellion', {
      a: 'Varnian rebels have taken their two-month campaign to oust President Ivo Marek to the Internet.\n',
      b: 'The battle for the air base at Tarno was not going well for those fighting to oust President Ivo Marek.\n',
      c: 'The government said its troops held the bridge.\n',
    });
    const a = engine.ask('Where did the rebels take their campaign to oust Marek?', { topic: 'rebels' });
    assert.ok(!a.abstained, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /Internet/);
  });
});

describe('a place no list knows', () => {
  const filler = (docs: Record<string, string>): Record<string, string> => withFiller(docs, (i) => `Monitors drove along the main road on day ${i + 1} and counted checkpoints.`);

  it('answers "Where did the massacre take place?" with "Dolna Vrba was the site of a massacre"', () => {
    const engine = madeEngine('monitors', 'Monitors', filler({
      a: 'Dolna Vrba was the site of a massacre of 18 farmers, women and elderly people on Sept. 26.\n',
      b: 'The monitors said the roads near the villages were mined.\n',
    }));
    const a = engine.ask('Where did the massacre of 18 farmers, women and elderly people take place?', { topic: 'monitors' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /Dolna Vrba/);
  });

  it('answers "Which town ...?" with a name given the kind in apposition ("Kalmo, a town with one main street")', () => {
    const engine = madeEngine('monitors', 'Monitors', filler({
      a: 'The rebels are now using Kalmo, a town with one main street and mud huts, to supply troops with rice and ammunition.\n',
      b: 'The monitors said the roads near the villages were mined.\n',
    }));
    const a = engine.ask('Which town are the rebels using to supply their troops?', { topic: 'monitors' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /Kalmo/);
  });
  it('takes a journey "to" a name for where someone goes, and a venue the question names for none', () => {
    const q = analyzeQuestion('Where was Ivo Marek planning to travel after Tarno?', new Set(['ivo', 'marek']), new Set());
    const asked = new Set(['ivo', 'marek', 'tarno']);
    assert.equal(travelDestination(q, "In advance of Mr. Marek's planned trip to Lindor, the envoy spoke.", asked), true);
    assert.equal(travelDestination(q, 'Marek flew on to Lindor on Sunday.', asked), true);
    assert.equal(travelDestination(q, 'Marek was travelling from Osk, Varnia, to Lindor by train.', asked), true, 'past where it came from');
    assert.equal(travelDestination(q, "Mr. Marek's trip to Tarno was his first.", asked), false, 'the place the question gives');
    assert.equal(travelDestination(analyzeQuestion('Where was Ivo Marek born?', new Set(['ivo', 'marek']), new Set()), 'His trip to Lindor was long.', asked), false, 'not a question about going');
    assert.equal(venueNotAsked('Marek spoke in Tarno on Saturday.', asked), false);
    assert.equal(venueNotAsked('Marek spoke in Lindor on Saturday.', asked), true);
    assert.equal(venueNotAsked('Marek spoke on the sidelines of a conference.', asked), true, 'a venue with no name');
  });

  it('so "where did X plan to travel after Y" is answered by the trip, not by a sentence set in Y', () => {
    const engine = madeEngine('tour', 'The tour', {
      a: 'Ivo Marek claimed that the council had neither stood by nor added fuel to the fire in Tarno on Saturday.\n\nIn advance of Mr. Marek\'s planned trip to Lindor as part of his tour of the region, the envoy made these statements.\n',
      b: 'Ana Berg said the council would meet again in the spring.\n',
    });
    const a = engine.ask('Where was Ivo Marek planning to travel after Tarno?', { topic: 'tour' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /trip to Lindor/);
  });
  it('takes a name joined to the question\'s closing participle for a place: "the Central Asia-focused group"', () => {
    const q = analyzeQuestion('What region is the Tarno Cooperation Group focused on?');
    const asked = new Set(['tarno', 'cooperation', 'group']);
    assert.equal(placeJoinedToVerb(q, 'They work through groups, including the Central Asia-focused Tarno Cooperation Group.', asked), true);
    assert.equal(placeJoinedToVerb(q, 'They work through the Tarno-focused group.', asked), false, 'a name the question gives');
    assert.equal(placeJoinedToVerb(q, 'They work through the Tarno Cooperation Group.', asked), false);
    const engine = madeEngine('groups', 'The groups', {
      a: 'Lindor and Varnia have grown close, working through groups which they head up, including the Central Asia-focused Tarno Cooperation Group.\n',
      b: 'Ana Berg said Lindor and Varnia would meet again in the spring.\n',
    });
    const a = engine.ask('What region is the Tarno Cooperation Group focused on?', { topic: 'groups' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /Central Asia-focused/);
  });
});

describe('a place\'s name opening another name after "a"', () => {
  const docs = {
    a: 'Kowalski, with the black pieces, equalized easily in a Berlin Defense and the game was drawn after 30 moves.\n\nKowalski, 24, from Gdansk, is the youngest player in the final.\n',
  };
  it('is no place: "in a Berlin Defense" does not say where Kowalski is from', () => {
    const s = scoredSentence(makeBrief('chess', 'A chess final', docs), 'Where is Kowalski from?', /Berlin Defense/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) < 1, JSON.stringify(s.factors));
    const a = madeEngine('chess', 'A chess final', docs).ask('Where is Kowalski from?', { topic: 'chess' });
    assert.match(a.citations[0]?.quote ?? '', /from Gdansk/);
  });
});
