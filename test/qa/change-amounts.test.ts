/**
 * "How much did X rise / fall ...?" asks for a change: a sentence that only gives a level
 * ("became $200 stocks") does not answer it. Made-up names only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHANGE_SHARE_RE, saysChange, sizeCompound } from '../../src/qa/change-and-size.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

const DOC = [
  'OSK (AP) _ Tarno Mining and Brekka Shipping both became $200 stocks on Monday.',
  'Investors bought shares of both companies throughout the day.',
].join('\n\n') + '\n';

const MOVED = [
  'OSK (AP) _ Tarno Mining shares tumbled $12 on Monday after the company cut its forecast.',
  'Investors sold shares of the company throughout the day.',
].join('\n\n') + '\n';

describe('how much something changed', () => {
  it('reads a change in a verb, a noun, "from X to Y" or percent, and not a level', () => {
    assert.equal(saysChange('Shares tumbled $12 on Monday.'), true);
    assert.equal(saysChange('The loss came to $12 million.'), true);
    assert.equal(saysChange('Its price went from $12 to $15.'), true);
    assert.equal(saysChange('The index ended 2.9 percent off.'), true);
    assert.equal(saysChange('Both became $200 stocks on Monday.'), false);
    assert.equal(sizeCompound('How deep was the water?', 'They waded through chest-deep water.'), true);
    assert.equal(sizeCompound('How deep was the water?', 'They waded through knee-high grass.'), false);
  });

  it('is not answered by a level alone', () => {
    const engine = madeEngine('stocks', 'Stocks', { a: DOC });
    const a = engine.ask('How much did Tarno Mining stock fall on Monday?', { topic: 'stocks' });
    assert.ok(a.abstained, `declined, not "${a.citations[0]?.quote ?? ''}"`);
    const level = engine.ask('What price did Tarno Mining stock reach on Monday?', { topic: 'stocks' });
    assert.ok(!level.abstained, 'the level itself is answered');
  });

  it('is answered by a change in another word ("tumbled" for "fall")', () => {
    const engine = madeEngine('stocks', 'Stocks', { a: MOVED });
    const a = engine.ask('How much did Tarno Mining shares fall on Monday?', { topic: 'stocks' });
    assert.ok(!a.abstained, 'answered');
    assert.match(a.citations[0]?.quote ?? '', /tumbled \$12/);
  });
});

describe('a change given as a share', () => {
  it('reads "by more than half", "by a third" and "doubled" as an amount of change, not "half of the staff"', () => {
    for (const t of ['traffic had fallen by more than half since 2017', 'output was cut by a third', 'the price has doubled']) assert.equal(CHANGE_SHARE_RE.test(t), true, t);
    assert.equal(CHANGE_SHARE_RE.test('half of the staff left'), false);
  });
  it('answers "How much has its traffic fallen?" from "fallen by more than half"', () => {
    const engine = madeEngine('site', 'A travel site', {
      a: 'Chief executive Lena Ott said the travel site Kartago had lost customers for years.\n\nOtt said Kartago\'s traffic had fallen by more than half since 2019 and that it had cut 80 jobs.\n',
    });
    const a = engine.ask("How much has Kartago's traffic fallen?", { topic: 'site' });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /more than half/);
  });
  it('answers "By how much will X cut ...?" (any verb of change) from "by a fifth"', () => {
    const engine = madeEngine('oil', 'An oil company', {
      a: 'Chief executive Ana Ruiz said Norpetro would cut its investment budget by a fifth this year.\n\nNorpetro hired Lazard as its adviser, two people said.\n',
    });
    const a = engine.ask('By how much will Norpetro cut its investment budget?', { topic: 'oil' });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /by a fifth/);
  });
});

describe('a change measured in a unit', () => {
  it('answers "How much has the lake level dropped?" with "had dropped by about 11 meters"', () => {
    const docs = {
      a: 'A team of glaciologists who flew to Lake Tesk on Friday found that the lake had dropped by about 11 meters and that the moraine appeared stable, Kin Orra said.\n',
      b: 'The government said it would spend 1.8 billion lek on reconstruction.\n',
    };
    const s = scoredSentence(makeBrief('lake', 'Lake', docs), 'How much has the lake level dropped?', /11 meters/);
    assert.ok(s);
    assert.equal(s.factors?.['type'] ?? 1, 1);
  });

  it('answers the passive "By how much was the orbit raised?" with "raising ... by about 800 meters"', () => {
    const docs = {
      a: "On Saturday the Varn station fired the thrusters of a docked cargo ship for four minutes to move out of the way of a fragment, raising the station's orbit by about 800 meters.\n",
      b: 'The crew was safe and the station was operating normally, the agency said.\n',
    };
    const s = scoredSentence(makeBrief('orbit', 'Orbit', docs), "By how much was the station's orbit raised?", /800 meters/);
    assert.ok(s);
    assert.equal(s.factors?.['type'] ?? 1, 1);
  });

  it('answers "By how much did the tractors go off course?" with "by up to 30 centimetres", a miss measured', () => {
    const docs = {
      a: 'Farmers reported that GPS-guided tractors were going off course by up to 30 centimetres, forcing some to pause planting.\n',
      b: 'The storm reached its peak early on Saturday, the centre said.\n',
    };
    const s = scoredSentence(makeBrief('tractors', 'Tractors', docs), 'By how much did the tractors go off course?', /30 centimetres/);
    assert.ok(s);
    assert.equal(s.factors?.['type'] ?? 1, 1);
  });
});

describe('a grade on a scale', () => {
  it('answers "What level was the storm downgraded to?" with a grade written as a code ("downgraded it to G2")', () => {
    const engine = madeEngine('grade', 'A storm', {
      a: 'The centre rated the storm G4 on its five-level scale, the first storm of that strength since 2005.\n',
      b: 'The storm reached the top G5 level early on Saturday, the centre said.\n',
      c: 'The storm eased on Monday, and forecasters downgraded it to G2 after a weaker cloud arrived.\n',
    });
    const a = engine.ask('What level was the storm downgraded to?', { topic: 'grade' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /downgraded it to G2/);
  });
});

describe('an amount of a thing WordNet files under no substance', () => {
  it('answers "How much concrete was poured?" with "pouring about 900 cubic metres" in a sentence that names the concrete', () => {
    const engine = madeEngine('fill', 'A sinkhole', {
      a: 'Work crews began filling the sinkhole with concrete on Friday, pouring about 900 cubic metres in the first day, the city said.\n',
      b: 'The building with the new cracks will be demolished after its foundations shifted by 11 centimetres.\n',
      c: 'Its 28 residents will be offered permanent rehousing.\n',
    });
    const a = engine.ask('How much concrete was poured on the first day?', { topic: 'fill' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /900 cubic metres/);
  });
});
