/** "Who led Velmar's bid?" is not answered by "Ostrava's bid, led by ...": the bid is another named owner's. Made-up names. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownedByOtherName } from '../../src/qa/other-owners.ts';
import { assertAnswers, madeEngine } from './qa-helpers.ts';

describe('a thing asked by its owner, told of as another owner\'s', () => {
  it('is another owner\'s when the sentence gives the same noun to a name unlike the asked one and never names it', () => {
    assert.equal(ownedByOtherName("Who led Velmar's bid?", "Ostrava's bid, led by Tomas Brenn, has promised a budget."), true);
    assert.equal(ownedByOtherName("What is Velmar's bid budget?", "Ostrava's bid has promised a budget of $2 billion."), true);
    assert.equal(ownedByOtherName("What did Kessler's lawyer say?", "Dorn's lawyer said the deal was fair."), true);
  });

  it('is not when the sentence names the asked owner too, or a different thing', () => {
    assert.equal(ownedByOtherName("Who led Velmar's bid?", "Velmar, like Ostrava's bid, was led by Tomas Brenn."), false);
    assert.equal(ownedByOtherName("Who led Velmar's bid?", "Ostrava's mayor led the campaign."), false);
    assert.equal(ownedByOtherName('Who led the bid?', "Ostrava's bid was led by Tomas Brenn."), false, 'no owner asked');
  });

  it('folds names that may be one owner: a shared word, an acronym, a capital and its country, a country and its rulers', () => {
    assert.equal(ownedByOtherName("Who is Ivo Kessler's wife?", "said Kessler's wife, Mara, who attended."), false);
    assert.equal(ownedByOtherName("Where are NTC's headquarters?", "from Nordvik Telecom Company's headquarters in Brask"), false);
    assert.equal(ownedByOtherName("What did Paris's envoy say?", "France's envoy said the talks had failed."), false);
    assert.equal(ownedByOtherName("Who is the Junta's chief justice?", "Mali's chief justice, Ousmane Diarra, said."), false);
  });

  it('keeps the engine from answering with another owner\'s thing', () => {
    const docs = {
      a: "BRASK (AP) - Two cities remain in the race to host the 2040 Games.\n\nOstrava's bid, led by former skier Tomas Brenn, has promised a budget of $4 billion.\n\nVelmar is bidding for the third time.\n",
      b: 'The vote is due in June.\n',
    };
    assert.equal(madeEngine('games', 'A host city vote', docs).ask("Who led Velmar's bid?", { topic: 'games' }).abstained, true);
    assertAnswers(madeEngine('games2', 'A host city vote', docs), 'games2', "Who led Ostrava's bid?", /Tomas Brenn/);
  });
});
