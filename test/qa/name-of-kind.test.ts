/**
 * "What is the name of the senior aide who has been talking to investigators?", "... of the
 * 10-bed hospital?": the kind is read past its adjectives, a figure and the clause after it;
 * and "``Jago Varo,'' a monthly magazine" names the magazine.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindNoun, namesOfTheKind } from '../../src/qa/answer-kind.ts';
import { namesTheThing } from '../../src/qa/answer-shape.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('"the name of the X <clause>", "of the 10-bed X"', () => {
  it('reads the kind past its adjectives and a figure before it', () => {
    assert.equal(kindNoun(analyzeQuestion('What is the name of the senior aide who has been talking to investigators?')), 'aide');
    assert.equal(kindNoun(analyzeQuestion('What is the name of the 10-bed hospital?')), 'hospital');
    assert.equal(kindNoun(analyzeQuestion('What is the name of the yacht that lost its mast?')), 'yacht');
  });

  it('takes a name with the noun in apposition after it for a name of the noun', () => {
    assert.equal(namesTheThing('What is the name of the magazine?', "The editors at ``Jago Varo,'' a monthly magazine published in Tarno, were jailed."), 1);
    assert.equal(namesTheThing('What is the name of the airline?', 'Kivu Air, the airline, flies to Goma twice a week.'), 1);
    assert.ok(namesTheThing('What is the name of the airline?', 'The airline flies to Goma twice a week.') < 1);
  });
});

describe('"What was the name of the controller?" and a sentence about controllers', () => {
  it('declines when the documents tell only of several of the kind and name none of them', () => {
    const engine = madeEngine('jet', 'Jet crash', {
      a: 'A Tarvian Air jet crashed into the sea off Kessel on Tuesday.\n\nPruitt said investigators had listened to recordings of the crew\'s conversations with air traffic controllers.\n',
      b: 'The crew radioed air traffic controllers in Brund that there was smoke in the cockpit.\n',
    });
    const a = engine.ask('What was the name of the air traffic controller?', { topic: 'jet' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('answers when one of the kind is named', () => {
    const engine = madeEngine('jet', 'Jet crash', {
      a: 'A Tarvian Air jet crashed into the sea off Kessel on Tuesday.\n\nThe air traffic controller, Ana Lind, told investigators the crew reported smoke.\n',
    });
    const a = engine.ask('What was the name of the air traffic controller?', { topic: 'jet' });
    assert.match(a.citations[0]?.quote ?? '', /Ana Lind/, a.answer);
  });

  it('declines when the one of the kind is told of unnamed, beside another person\'s name', () => {
    const lab = { a: 'An inquiry found that a junior technician had altered the test results from Professor Omar Haddad\'s laboratory, the university said.\n\nThe inquiry took 11 weeks.\n', b: 'Haddad said he was shocked.\n' };
    const a = madeEngine('lab', 'Lab inquiry', lab).ask('What is the name of the technician who altered the results?', { topic: 'lab' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
    // Named beside the noun, it answers.
    const named = madeEngine('lab', 'Lab inquiry', { ...lab, a: 'An inquiry found that a junior technician, Lea Brandt, had altered the test results from Professor Omar Haddad\'s laboratory.\n' });
    assert.match(named.ask('What is the name of the technician who altered the results?', { topic: 'lab' }).citations[0]?.quote ?? '', /Lea Brandt/);
  });
});

describe('"What is the name of his firm?" and a place in the sentence', () => {
  it('is not answered by "runs a sports marketing firm in Sydney": a place names no firm', () => {
    const engine = madeEngine('vote', 'The federation vote', {
      a: 'Her main rival is Australian businessman Craig Holt, 60, who runs a sports marketing firm in Sydney.\n\nThe vote is on Saturday.\n',
      b: 'Holt said he was confident of winning.\n',
    });
    const a = engine.ask("What is the name of Holt's sports marketing firm?", { topic: 'vote' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.answer}`);
    // A firm named beside its noun still answers.
    const named = madeEngine('vote', 'The federation vote', { a: 'Craig Holt runs a sports marketing firm, Tarno Sports Group, from an office in Sydney.\n', b: 'The vote is on Saturday.\n' }).ask("What is the name of Holt's sports marketing firm?", { topic: 'vote' });
    assert.equal(named.abstained, false, `${named.confidence}`);
  });
});

describe('"What is the name of the mine?", "the title of the painting"', () => {
  it('takes a name of several words before the noun, a place word among them, for one ("the Chambeshi North mine")', () => {
    const named = namesTheThing('What is the name of the mine?', 'The collapse happened during the night shift at the Chambeshi North mine, west of Kitwe.');
    const place = namesTheThing('What is the name of the mine?', 'Work stopped at the North mine on Monday.');
    assert.ok(named > place, `${named} against ${place}: a place word alone names none`);
  });

  it('does not take a company\'s "Mining" for the mine it asks about, and names a mine', () => {
    const engine = madeEngine('mine', 'Mine', {
      a: 'The collapse happened during the night shift at the Chambeshi North mine, west of Kitwe, officials said.\n',
      b: 'Shares in Copperbelt Mining Corp. fell 8 percent on Monday.\n\nThe oldest was 58, Copperbelt Mining Corp. said.\n',
      c: 'Rescuers reached the men on Thursday.\n',
    });
    assert.match(engine.ask('What is the name of the mine?', { topic: 'mine' }).citations[0]?.quote ?? '', /Chambeshi North/);
  });

  it('reads a painting as a work, named by a long title in quotation marks', () => {
    const engine = madeEngine('heist', 'Heist', {
      a: 'Thieves stole three paintings, including a portrait by the Dutch master Frans Hals, police said.\n',
      b: 'Besides the Hals portrait, ``Portrait of a Young Man with a Glove\'\' painted around 1650, they took a landscape.\n',
      c: 'The museum will reopen on Saturday.\n',
    });
    assert.match(engine.ask('What is the title of the Hals painting?', { topic: 'heist' }).citations[0]?.quote ?? '', /Young Man with a Glove/);
  });
});

describe('a name given its kind by a place\'s possessive ("Etna, Europe\'s most active volcano,")', () => {
  it('lets a sentence naming it answer for the kind', () => {
    const docs = {
      a: 'Mount Etna erupted on Monday night, sending a column of ash 9 kilometers into the sky.\n\nEtna, Europe\'s most active volcano, stands 3,357 meters high.\n',
      b: 'Flights were diverted to Palermo.\n',
      c: 'Lava flowed toward an empty valley, the institute said.\n',
      d: 'The airport reopened on Tuesday afternoon.\n',
      e: 'Farmers counted the damage to their vineyards.\n',
      f: 'Villagers were allowed to return home on Sunday.\n',
    };
    // (Threshold 0: a story this short weighs the one "volcano" heavily; the order is what is tested.)
    const a = madeEngine('etna', 'An eruption', docs, { threshold: 0 }).ask('Which volcano erupted?', { topic: 'etna' });
    assert.match(a.citations[0]?.quote ?? '', /Mount Etna erupted/);
  });
});

describe('"Which other cities saw protests?"', () => {
  it('asks for cities, past "other"', () => {
    assert.equal(kindNoun(analyzeQuestion('Which other cities saw protests?')), 'cities');
    assert.equal(kindNoun(analyzeQuestion('Which two companies bid for the mine?')), 'companies');
  });

  it('is answered by the names after "including" or "such as" the kind', () => {
    const q = analyzeQuestion('Which other cities saw protests?');
    assert.deepEqual(namesOfTheKind(q, 'Protests spread to at least six other cities, including Varnholm and Osk.'), ['Varnholm']);
    assert.deepEqual(namesOfTheKind(q, 'Protests spread to cities such as Varnholm.'), ['Varnholm']);
    assert.deepEqual(namesOfTheKind(q, 'Protests spread to six other cities on Friday.'), []);
    const brief = makeBrief('pardon', 'A pardon', {
      a: 'Protests spread on Thursday and Friday to at least six other cities, including Varnholm and Osk.\n\nSeveral hundred protesters gathered in the capital\'s main square by nightfall.\n',
      b: 'Three ministers have resigned in protest since Wednesday.\n',
    });
    assert.equal(scoredSentence(brief, 'Which other cities saw protests?', /Varnholm/)?.factors?.['type'], 1, 'the sentence names cities');
  });
});
