/** Whom the question names as having the act done to them must have it done to them in the answer, not someone else. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedObject, doneToOtherObject } from '../../src/qa/asked-object.ts';
import { countryTermOf } from '../../src/qa/gazetteer.ts';
import { madeEngine } from './qa-helpers.ts';

describe('the asked object', () => {
  it('reads the verb and its object of a "what / why did <Name> <verb> <Name>" question', () => {
    assert.deepEqual(askedObject('What did Varnia accuse Lindia of?')?.words, ['lindia']);
    assert.ok(askedObject('Why did Ivo Marek criticise Anna Holm?'));
    assert.equal(askedObject('What did Varnia accuse the rebels of?'), null, 'no name as the object');
    assert.equal(askedObject('What did Varnia tell Lindia?'), null, 'told: what is said, not who is told, is asked');
    assert.equal(askedObject('When did Varnia meet Lindia?'), null, 'meeting is done by both');
  });

  it('flags a sentence where the verb takes someone else named, not one where it takes the asked one', () => {
    const object = askedObject('What did Greece accuse Syria of?');
    assert.ok(object);
    assert.equal(doneToOtherObject(object, 'Greece accused Turkey of undermining the region through its stand-off with Syria.'), true);
    assert.equal(doneToOtherObject(object, 'Greece accused Syria of harbouring rebels.'), false);
    assert.equal(doneToOtherObject(object, 'Greece accused Turkey and Syria of harbouring rebels.'), false, 'one of a list');
    assert.equal(doneToOtherObject(object, 'Greece accused the Syrian government of harbouring rebels.'), false, "the object's own country");
    assert.equal(doneToOtherObject(object, 'Syria, accused by Greece of harbouring rebels, denied it.'), false, 'the passive');
    assert.equal(doneToOtherObject(object, 'Greece accused it of harbouring rebels.'), false, 'a pronoun may be the object');
    assert.equal(doneToOtherObject(object, 'Greece accused President Assad of harbouring rebels.'), true, 'a title is read past');
    // ... unless the documents introduce the person as the object country's ("Syrian President Hafez Assad").
    const syrian = (person: string): readonly string[] => (person === 'assad' ? [countryTermOf('syria') ?? 'syria'] : []);
    assert.equal(doneToOtherObject(object, 'Greece accused President Assad of harbouring rebels.', syrian), false, "the object country's own leader");
    assert.equal(doneToOtherObject(object, 'Greece accused President Demirel of harbouring rebels.', syrian), true);
    const arafat = askedObject('What did Clinton urge Arafat to do?');
    assert.ok(arafat);
    assert.equal(doneToOtherObject(arafat, 'Clinton urged Palestinian leader Yasser Arafat to crack down on militants.'), false, 'a description before the name');
    assert.equal(doneToOtherObject(arafat, 'Clinton urged Israeli Prime Minister Benjamin Netanyahu to halt the building.'), true);
  });

  it('so the engine does not answer what one country accused another of with an accusation against a third', () => {
    const engine = madeEngine('feud', 'A feud', {
      a: 'Varnia accused Osteria of undermining the whole region through its stand-off with Lindia over the rebels.\n',
      b: 'Osteria and Lindia have been at odds for years.\n',
      c: 'Lindia massed troops on the border.\n',
    });
    const a = engine.ask('What did Varnia accuse Lindia of?', { topic: 'feud' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
    assert.match(engine.ask('What did Varnia accuse Osteria of?', { topic: 'feud' }).citations[0]?.quote ?? '', /accused Osteria/);
  });

  it("takes a country's person, as the documents introduce them, for the country: \"Assad's campaign\" for Syria's", () => {
    const engine = madeEngine('campaign', 'The campaign', {
      a: 'Syrian President Hafez Assad ordered the campaign in the north last spring.\n\nSince then, Ivo Marek has supported Assad\'s military campaign in the north, arguing that it stopped the smuggling of arms.\n',
      b: 'Lindia massed troops on the border, and Ana Berg opposed the campaign in a speech on Monday.\n',
    });
    const a = engine.ask("Why does Ivo Marek support Syria's campaign?", { topic: 'campaign' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /arguing that it stopped the smuggling/);
  });
});
