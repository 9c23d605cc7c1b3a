/**
 * Counts that leave out their noun ("although a dozen or so had clauses ...", "spoken by 180
 * million worldwide") answer how many of the sentence's noun, or of people, when the question's
 * own words follow the count; not a count of another act, of another place, or a number after
 * "under".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsLeftUnnamed, newTotalOf } from '../../src/qa/elliptical-counts.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

function fits(text: string, question: string): boolean {
  const q = analyzeQuestion(question, new Set(), new Set());
  return countsLeftUnnamed(text, q.counted, q.terms, q.text);
}

describe('counts that leave out their noun', () => {
  it('counts the noun said before the count, when the question\'s words follow it', () => {
    const text = 'Most riders are due to get their first bonus in May, although a dozen or so had contracts paying them over the winter.';
    assert.equal(fits(text, 'How many riders had contracts paying them over the winter?'), true);
    // The count's act is another: what follows it is not asked.
    assert.equal(fits(text, 'How many riders were injured?'), false);
  });

  it('counts "about 170" after "but", not "about" after another word', () => {
    assert.equal(fits('Rescuers refloated 32 of the stranded whales by Thursday, but about 170 had died.', 'How many whales had died?'), true);
    assert.equal(fits('Rescuers talked about 170 had died in the storm of whales.', 'How many whales had died?'), false);
  });

  it('takes that count over a part counted for another act in the same sentence', () => {
    const docs = {
      a: 'Rescuers had refloated 32 of the stranded pilot whales by Thursday evening, but about 170 had died, officials said.\n',
      b: 'The rescue went on for four days.\n',
    };
    const s = scoredSentence(makeBrief('pod', 'Whales', docs), 'How many whales had died by Thursday?', /about 170/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) >= 0.85, String(s.factors?.['type']));
  });

  it('counts people in general, and a passive\'s agent by the verb before it', () => {
    const text = "The prize honours the Lindish language, which is spoken by 40 million worldwide, mostly in Varnia.";
    assert.equal(fits(text, 'How many people speak Lindish worldwide?'), true);
    // A worldwide count does not say how many in one place.
    assert.equal(fits(text, 'How many people speak Lindish in Varnia?'), false);
  });

  it('is not another act, a number after "under", a year or a number list', () => {
    assert.equal(fits('Many people were beaten and hundreds were detained, though most were released.', 'How many people were beaten?'), false);
    assert.equal(fits('They found that 62 percent of children under 7 had stunted growth.', 'How many children had stunted growth?'), false);
    assert.equal(fits('In 1998 had the riders a contract for the winter?', 'How many riders had a contract?'), false);
    assert.equal(fits('Ana Lind, 38, and Marek Tarn, 50, were in hospital after the crash.', 'How many people were in hospital?'), false);
  });

  it('raises the answer-type fit of such a sentence in the ranking', () => {
    const brief = makeBrief('riders', 'The riders', {
      a: 'Most riders are due to get their first bonus in May, although a dozen or so had contracts paying them over the winter.\n',
      b: 'The team met sponsors in Tarno on Sunday.\n',
      c: 'Troops left Lindia on Friday.\n',
    });
    assert.equal(scoredSentence(brief, 'How many riders had contracts paying them over the winter?', /a dozen or so/)?.factors?.type, 0.85);
  });
});

describe('"Only 11 survived": a count, then the asked past verb', () => {
  it('counts people who did what the question asks, not those who did another thing', () => {
    const text = 'Only 11 survived, according to Spanish records.';
    assert.equal(fits(text, 'How many people survived the sinking?'), true);
    assert.equal(fits(text, 'How many people drowned in the sinking?'), false);
    // A year before the verb counts nothing.
    assert.equal(fits('The ship sank in 1711 and sailors survived.', 'How many people survived?'), false);
    // A participle before a noun describes those counted: "two wounded soldiers died" counts deaths.
    assert.equal(fits('The toll rose after two wounded soldiers died.', 'How many people were wounded?'), false);
    // A day of a month counts nothing.
    assert.equal(fits('His arrest Sept. 20 was followed by street protests.', 'How many people were arrested at the protests?'), false);
  });
});

describe('"more than 70,000 had gathered outside" after a count of people', () => {
  it('counts people, which fans are; "older than 7 had" stays a comparison', () => {
    const text = 'The stadium, which was built in 1972, holds 55,000 people, but officials estimated that more than 70,000 had gathered outside.';
    const fans = [termOf('fans') as string];
    const asked = ['gathered', 'outside'].map((w) => termOf(w) as string);
    assert.equal(countsLeftUnnamed(text, fans, asked, 'How many fans gathered outside?'), true);
    assert.equal(countsLeftUnnamed(text, [termOf('buses') as string], asked, 'How many buses gathered outside?'), false, 'buses are no people');
    assert.equal(countsLeftUnnamed('The hall holds 500 people, and children older than 7 had gathered outside.', fans, asked, 'How many fans gathered outside?'), false);
  });

  it('counts, by a sentence that opens with the bare count, what the sentence before named', () => {
    const q = analyzeQuestion('How many workers were pulled from the water?', new Set(), new Set());
    const text = 'Two were pulled from the water by a fire boat and taken to hospital.';
    assert.equal(countsLeftUnnamed(text, q.counted, q.terms, q.text, true), true);
    assert.equal(countsLeftUnnamed(text, q.counted, q.terms, q.text, false), false, 'the sentence before did not name workers');
    assert.equal(countsLeftUnnamed('Police said the boat was slow and two were pulled from the water.', q.counted, q.terms, q.text, true), false, 'not the opening count');
    const brief = makeBrief('bridge', 'A bridge falls', {
      a: 'A crew of six road workers was filling potholes on the bridge deck when it fell.\n\nTwo were pulled from the water by a fire boat and taken to hospital.\n\nDivers searched the river until dawn.',
    });
    const scored = scoredSentence(brief, 'How many workers were pulled from the water?', /^Two were pulled/);
    assert.ok((scored?.confidence ?? 0) > 0.6, JSON.stringify(scored?.factors));
  });

  it('reads a new total of what the sentence counted before it ("bringing it to 160")', () => {
    const trucks = [termOf('trucks') as string];
    assert.equal(newTotalOf('It said it had added 40 trucks to its fleet, bringing it to 160.', trucks), '160');
    assert.equal(newTotalOf('Rescuers found 12 more bodies, raising the total to 1,240 on Monday.', [termOf('bodies') as string]), '1,240');
    assert.equal(newTotalOf('It said it had added 40 buses to its fleet, bringing it to 160.', trucks), null, 'another thing');
    assert.equal(newTotalOf('It sold 40 trucks, bringing its share to 12 percent.', trucks), null, 'a share');
    const brief = makeBrief('fleet', 'A fleet', { a: 'The utility sent 120 tanker trucks on Monday.\n\nIt said it had added 40 trucks to its fleet, bringing it to 160.' });
    const scored = scoredSentence(brief, "How many trucks does the utility's fleet have now?", /bringing it to 160/);
    assert.ok((scored?.factors?.type ?? 0) === 1, JSON.stringify(scored?.factors));
  });

  it('counts the whole that what the sentence named belongs to ("the largest of the three that serve the city")', () => {
    const q = analyzeQuestion('How many reservoirs serve the city?', new Set(), new Set());
    const text = 'The Santa Irene reservoir, the largest of the three that serve the city, is at 14 percent of its capacity.';
    assert.equal(countsLeftUnnamed(text, q.counted, q.terms, q.text), true);
    assert.equal(countsLeftUnnamed('The Santa Irene lake, the largest of the three that serve the city, is low.', q.counted, q.terms, q.text), false, 'no reservoir named');
    assert.equal(countsLeftUnnamed('The Santa Irene reservoir, fed by the largest of the three dams that serve the city, is low.', q.counted, q.terms, q.text), false, 'the count has a noun of its own');
  });
});
