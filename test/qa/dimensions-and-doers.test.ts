/**
 * "How wide is X?" is not answered by X's length; "How long is the report?" by its pages;
 * "Who plans to attend?" by "legislators said they plan to attend"; "Which state is X from?"
 * by "Sen. X of Maryland".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedDimension, lengthsOfOtherDimension } from '../../src/qa/dimensions.ts';
import { namesOwnerAfterNoun, namesPeopleBeforeVerb } from '../../src/qa/person-answers.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { detectType } from '../../src/qa/question-type.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

const filler = (docs: Record<string, string>, line: (i: number) => string): Record<string, string> => {
  'cdefgh'.split('').forEach((k, i) => { docs[k] = line(i); });
  return docs;
};

describe('the dimension a length is asked in', () => {
  it('reads the dimension asked', () => {
    assert.equal(askedDimension('How wide is the new runway?'), 'width');
    assert.equal(askedDimension('How tall is the tower?'), 'height');
    assert.equal(askedDimension('What is the depth of the harbour?'), 'depth');
    assert.equal(askedDimension('How far is the port from the capital?'), null);
  });

  it('tells a length of another dimension from one of the asked or of none', () => {
    assert.equal(lengthsOfOtherDimension('The airport has a three-kilometer (two-mile)-long runway.', 'width'), true);
    assert.equal(lengthsOfOtherDimension('The airport has a 45-meter-wide runway.', 'width'), false);
    assert.equal(lengthsOfOtherDimension('The runway, 3 kilometers of it, is new.', 'width'), false, 'a length said of no dimension may be of any');
    assert.equal(lengthsOfOtherDimension('Divers found scrape marks stretching about 95 kilometres along the seabed.', 'depth'), true, 'a length along something');
    assert.equal(lengthsOfOtherDimension('The anchor was dragged for nearly 100 kilometres.', 'depth'), true);
    assert.equal(lengthsOfOtherDimension('The anchor was dragged for nearly 100 kilometres.', 'length'), false);
    assert.equal(lengthsOfOtherDimension('The anchor was lifted from a depth of 70 metres.', 'depth'), false);
  });

  it('reads "6 feet of fresh snow" as how deep a layer of something unasked lies: no width, but a depth', () => {
    const avalanche = (w: string): boolean => w === 'avalanche';
    assert.equal(lengthsOfOtherDimension('The storm dumped more than 6 feet of fresh snow on the Alps.', 'width', avalanche), true);
    assert.equal(lengthsOfOtherDimension('Divers found the recorder in 240 feet of water.', 'depth', (w) => w === 'recorder'), false);
    assert.equal(lengthsOfOtherDimension('Crews laid 3 kilometers of runway.', 'length', (w) => w === 'runway'), false, 'an amount of the asked thing');
    const a = madeEngine('slide', 'Avalanche', {
      a: 'The avalanche came after four days of heavy snowfall that dumped more than 6 feet of fresh snow on the Tarn Alps.\n\nThe wall of snow, estimated at 300 yards wide, broke loose shortly after 4 p.m.\n',
    }).ask('How wide was the avalanche?', { topic: 'slide' });
    assert.match(a.citations[0]?.quote ?? '', /300 yards wide/, a.answer);
  });

  it('declines "How wide?" over a sentence that gives only the length, and answers it from the width', () => {
    const docs = filler({ a: 'The new airport at Tarno has one terminal and a three-kilometer (two-mile)-long runway.\n' }, (i) => `The airport at Tarno was inspected on day ${i + 1}.\n`);
    const q = 'How wide is the runway at the Tarno airport?';
    assert.equal(madeEngine('runway', 'Runway', docs).ask(q, { topic: 'runway' }).abstained, true);
    const wide = madeEngine('runway2', 'Runway', { ...docs, b: 'The runway at the Tarno airport is 45 meters wide.\n' }).ask(q, { topic: 'runway2' });
    assert.match(wide.citations[0]?.quote ?? '', /45 meters wide/, `${wide.confidence}`);
  });

  it('answers "How deep was the water?" with "chest-deep water", and not with a word of another size', () => {
    const docs = filler({ a: 'People fled their houses in Tarno by wading through chest-deep water with bags on their heads.\n' }, (i) => `Rain fell on Tarno on day ${i + 1}.\n`);
    const deep = madeEngine('flood', 'Flood', docs).ask('How deep was the water the people of Tarno waded through?', { topic: 'flood' });
    assert.match(deep.citations[0]?.quote ?? '', /chest-deep/, `${deep.confidence}: ${deep.citations[0]?.quote}`);
    assert.equal(deep.abstained, false);
    const high = madeEngine('flood2', 'Flood', { ...docs, a: 'People fled their houses in Tarno by wading through knee-high grass with bags on their heads.\n' }).ask('How deep was the water the people of Tarno waded through?', { topic: 'flood2' });
    assert.equal(high.abstained, true, `${high.confidence}: ${high.citations[0]?.quote}`);
  });

  it('answers "How long is the indictment?" with its pages', () => {
    const docs = filler({ a: 'Hollis was charged in a separate 238-page indictment with fraud.\n' }, (i) => `Prosecutors met the judge in Tarno on day ${i + 1}.\n`);
    const a = madeEngine('indict', 'Indictment', docs).ask('How long is the separate indictment against Hollis?', { topic: 'indict' });
    assert.match(a.citations[0]?.quote ?? '', /238-page/, `${a.confidence}: ${a.citations[0]?.quote}`);
    assert.equal(a.abstained, false);
  });
});

describe('people of a kind who say they will do it', () => {
  it('reads "legislators said they plan to attend" as naming who plans to', () => {
    const q = analyzeQuestion('Who plans to attend the trial?');
    const words = new Set(['who', 'plans', 'to', 'attend', 'the', 'trial']);
    assert.equal(namesPeopleBeforeVerb(q, 'A group of Varnian legislators said they plan to attend the trial.', words), true);
    assert.equal(namesPeopleBeforeVerb(q, 'The court said the public may attend the trial.', words), false);
  });
});

describe('"Whose X ...?"', () => {
  it('is answered by the owner after the owned noun: people of a kind or a name', () => {
    const q = analyzeQuestion('Whose hearts and minds must the company win?');
    const words = new Set(['whose', 'hearts', 'and', 'minds', 'must', 'the', 'company', 'win']);
    assert.equal(namesOwnerAfterNoun(q, 'It has to win the hearts and minds of corporate executives in pin-stripe suits.', words), true);
    assert.equal(namesOwnerAfterNoun(q, 'It has to win the hearts and minds of Ana Lind and her team.', words), true);
    assert.equal(namesOwnerAfterNoun(q, 'It has to win the hearts and minds of the market.', words), false, 'a market is no owner');
    assert.equal(namesOwnerAfterNoun(analyzeQuestion('Who must the company win over?'), 'It has to win the hearts and minds of executives.', words), false, 'not a "whose" question');
  });

  it('answers "Whose hearts and minds must it win?" with the sentence saying whose', () => {
    const docs = filler({
      a: 'Now the company has to get serious if it is to win the hearts and minds of corporate executives.\n',
    }, (i) => `The company sold more software on day ${i + 1}.\n`);
    const a = madeEngine('sales', 'Software sales', docs).ask('Whose hearts and minds must the company win?', { topic: 'sales' });
    assert.ok(!a.abstained, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /corporate executives/);
  });
});

describe('"Which islands / territory / county ...?"', () => {
  it('asks for a place, as "which city" does', () => {
    assert.equal(detectType('Which islands did the storm sweep past before the coast?'), 'place');
    assert.equal(detectType('In which territory did the yacht shelter?'), 'place');
    assert.equal(detectType('Which county voted first?'), 'place');
    assert.equal(detectType('Which airline flew him to Tarno?'), 'open', 'not every "which" is a place');
  });

  it('is answered by the islands\' names, which are places', () => {
    const docs = filler({
      a: 'Before bearing down on Honduras, the storm swept past Jamaica and the Cayman Islands.\n',
      b: 'The storm was drifting west over the Bay Islands, a popular tourist area.\n',
    }, (i) => `Rain fell on the coast on day ${i + 1}.\n`);
    const a = madeEngine('storm', 'Storm', docs).ask('Which islands did the storm sweep past before Honduras?', { topic: 'storm' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Cayman Islands/);
  });
});

describe('"Which state is X from?"', () => {
  it('asks for a place, but not in "state-run"', () => {
    assert.equal(detectType('Which state is Senator Holloway from?'), 'place');
    assert.equal(detectType('Which state-run newspaper reported it?'), 'open');
  });

  it('is answered by "Sen. X of Maryland", not by a sentence naming only other people', () => {
    const docs = filler({
      a: 'Sen. Tarn Holloway of Maryland also admitted mistakes, saying his party had no clear message.\n',
      b: '"It is simply for Newt Bramley and Tarn Holloway to decide on an exit strategy."\n',
    }, (i) => `The senators met in the capital on day ${i + 1}.\n`);
    const a = madeEngine('senate', 'Senate', docs).ask('Which state is Tarn Holloway from?', { topic: 'senate' });
    assert.match(a.citations[0]?.quote ?? '', /of Maryland/, `${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe('"Where / Why ... the man who ...?"', () => {
  it('asks what its opening word asks, not for the person a relative "who" names', () => {
    assert.equal(detectType('Where did the man who died live?'), 'place');
    assert.equal(detectType('Why did the woman who found the bag call the police?'), 'reason');
    assert.equal(detectType('Which official who resigned spoke first?'), 'person', 'a person asked by "which" still is');
  });

  it('is answered by a place, not by a person named beside the words', () => {
    const docs = filler({
      a: 'The man who died had worked for years at a sawmill in the village of Vale Escuro, the mayor said.\n',
      b: 'The man who died had worked for years with his neighbour, Joao Rato, the mayor said.\n',
    }, (i) => `Firefighters worked through the night on day ${i + 1}.\n`);
    const a = madeEngine('fire', 'Fire', docs).ask('Where did the man who died work?', { topic: 'fire' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /Vale Escuro/);
  });
});

describe('a speed is no length', () => {
  it('answers "How long is the tunnel?" with its length, not with "2 metres a day ... instead of the planned 15 metres"', () => {
    const engine = madeEngine('tunnel', 'A tunnel', {
      a: 'BRIGENZ, Sept 5 - Miners broke through in the Kessel tunnel on Thursday.\n\nThe tunnel runs 49.6 km beneath the massif.\n',
      b: 'VIENNA, Sept 12 - The auditors blamed weak rock, where tunnelling machines advanced only 2 metres a day for 14 months instead of the planned 15 metres, and a fire in another tunnel.\n',
    });
    const a = engine.ask('How long is the tunnel?', { topic: 'tunnel' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /runs 49\.6 km/);
    const brief = makeBrief('tunnel', 'A tunnel', { b: 'VIENNA, Sept 12 - The auditors blamed weak rock, where tunnelling machines advanced only 2 metres a day for 14 months instead of the planned 15 metres, and a fire in another tunnel.' });
    const speed = scoredSentence(brief, 'How long is the tunnel?', /2 metres a day/);
    assert.ok((speed?.factors?.type ?? 1) < 0.8, JSON.stringify(speed?.factors));
    const met = makeBrief('bores', 'Bores', { a: 'Miners broke through on Thursday.\n\nThe two bores met with a deviation of only 6 centimetres.' });
    const apart = scoredSentence(met, 'How far apart were the two bores when they met?', /6 centimetres/);
    assert.equal(apart?.factors?.type, 1, 'centimetres are a length');
  });
});

describe('a bare "how much" with a verb of bearing', () => {
  it('answers "How much can the crane lift?" with a weight', () => {
    const brief = makeBrief('crane', 'A crane', { a: 'Salvage crews began cutting the wreckage on Friday.\n\nThe crane, named Ironside, can lift 1,000 tonnes and was towed from Grendal overnight.' });
    const lift = scoredSentence(brief, 'How much can the crane lift?', /can lift 1,000 tonnes/);
    assert.equal(lift?.factors?.type, 1, JSON.stringify(lift?.factors));
    const cost = scoredSentence(brief, 'How much did the crane cost?', /can lift 1,000 tonnes/);
    assert.ok((cost?.factors?.type ?? 0) < 1, 'a weight is no price');
  });
});
