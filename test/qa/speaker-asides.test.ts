/**
 * Who speaks when an aside stands between the subject and its verb ("The Palestinians, in turn,
 * accuse ..."), when the verb is followed by its object rather than its subject ("accuse
 * Varnia"), and when a name holds a word that is also a speech verb ("Secretary of State").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine, makeBrief, speakerScoreOf } from './qa-helpers.ts';
import { phraseTerms } from '../../src/qa/speakers.ts';
import { analyze } from '../../src/qa/text-analysis.ts';

const BRIEF = makeBrief('talks', 'The talks', {
  a: [
    'Varnia has accused the Tarnese of breaking the accords.',
    'The Tarnese, in turn, accuse Varnia of reneging on an agreement to free prisoners.',
    'The United Provinces are disappointed by the confusion in the new government, said Secretary of State Mara Quell on Friday, and she warned Varnia about the dangers of isolation.',
  ].join(' ') + '\n',
});
function speakerOf(text: RegExp, phrase: string): number {
  return speakerScoreOf(BRIEF, text, phrase);
}

describe('speakers behind asides, before objects and inside names', () => {
  it('has the subject before ", in turn," speak with a verb in its base form', () => {
    assert.equal(speakerOf(/in turn, accuse/, 'the Tarnese'), 1);
  });

  it('does not take the object of "accuse" for its speaker', () => {
    assert.equal(speakerOf(/in turn, accuse/, 'Varnia'), 0);
  });

  it('reads "said Secretary of State Mara Quell" as her speaking, and "States"/"State" in names as no verb', () => {
    assert.equal(speakerOf(/Secretary of State Mara Quell/, 'Quell'), 1);
    assert.equal(speakerOf(/Secretary of State Mara Quell/, 'the United'), 0);
  });

  it('reads "alleged" and "contended" as reporting what the subject said', () => {
    const brief = makeBrief('troops', 'Troops', {
      a: 'Activists have alleged that Varnia secretly ferried troops into Tarno.\n',
      b: 'Defence lawyers contended that the evidence was weak.\n',
    });
    assert.equal(speakerScoreOf(brief, /have alleged/, 'activists'), 1);
    assert.equal(speakerScoreOf(brief, /contended/, 'lawyers'), 1);
  });

  it("has the description after an inverted speaker's name speak too, but not one that names an ally or critic", () => {
    const brief = makeBrief('unrest', 'Unrest', {
      a: '``People misunderstood freedom for anarchy,\'\' said Safi Ngoro, a farmer and hotel owner.\n',
      b: '``The talks have failed,\'\' said Mara Quell, a critic of Tomas Brand.\n',
    });
    assert.equal(speakerScoreOf(brief, /misunderstood/, 'a farmer and hotel owner'), 1);
    assert.equal(speakerScoreOf(brief, /misunderstood/, 'Ngoro'), 1);
    assert.equal(speakerScoreOf(brief, /talks have failed/, 'Brand'), 0);
  });

  it('has "executives involved in the talks said" and "officials close to the deal said" speak as executives and officials', () => {
    const brief = makeBrief('merger', 'Merger', {
      a: 'Executives involved in the talks said that the timing of the deal was unrelated to the trial.\n',
      b: 'Officials close to the deal said the price had not been set.\n',
    });
    assert.equal(speakerScoreOf(brief, /timing of the deal/, 'executives'), 1);
    assert.equal(speakerScoreOf(brief, /price had not been set/, 'officials'), 1);
  });
});

describe('a speaker asked by the title an earlier sentence gave them', () => {
  it('answers "What did the energy minister say?" with her quoted words, not with what she did', () => {
    const engine = madeEngine('grid', 'A grid failure', {
      a: 'The Swedish energy minister, Annika Berg, ordered a review of how the grid prepares for storms, to report by October.\n\n"We were lucky this time," Berg told reporters in Stockholm.\n',
      b: 'Insurers estimated total losses at under 100 million dollars.\n',
    });
    const a = engine.ask('What did the energy minister say?', { topic: 'grid' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /We were lucky this time/);
  });
});

describe('a speaker word the speaker match leaves out', () => {
  it('declines "What did Bolivia\'s government say?" when only people of Bolivia speak', () => {
    const engine = madeEngine('silver', 'A galleon', {
      a: 'Representatives of the Qhara Qhara, an indigenous people of Bolivia, said the silver had been mined by their ancestors and should be returned to them.\n',
      b: 'The navy found the wreck at a depth of 600 metres.\n',
      c: 'The first objects would go on display in a new museum in 2027.\n',
    });
    assert.equal(engine.ask("What did Bolivia's government say?", { topic: 'silver' }).abstained, true);
  });
});

describe('a speech verb after "but" in a sentence whose subject has an aside naming someone', () => {
  it('is the subject\'s ("The commission, led by retired judge Ana Lind, found ... but said ..."), not the named one\'s', () => {
    const inquiry = makeBrief('inquiry', 'The inquiry', {
      a: 'The commission, led by retired judge Ana Lind, found no evidence of fraud, but said the director had "ignored clear warnings" in 2022.\n\nThe director will leave in January.\n',
    });
    assert.equal(speakerScoreOf(inquiry, /ignored clear warnings/, 'the commission'), 1);
    assert.equal(speakerScoreOf(inquiry, /ignored clear warnings/, 'Lind'), 0);
  });
});

describe('an envoy and the country he is sent to', () => {
  it('speaks for his own country ("The Tarnese ambassador to Varnia said"), not the one he is sent to', () => {
    const envoy = makeBrief('envoy', 'The envoy', {
      a: 'The Tarnese ambassador to Varnia said Friday he was summoned to explain his president\'s statements.\n\nRain fell in Osk.\n',
    });
    assert.equal(speakerScoreOf(envoy, /was summoned/, 'the Tarnese ambassador'), 1);
    assert.equal(speakerScoreOf(envoy, /was summoned/, 'Varnia'), 0);
    // ... however the phrase reached the speaker ("..., said the Tarnese ambassador to Varnia").
    assert.deepEqual(phraseTerms('the Tarnese ambassador to Varnia', new Set()).includes(analyze('Varnia')[0]?.term as string), false);
  });
});

describe('a speech verb in a restrictive clause', () => {
  it('is the noun\'s the clause follows ("a widely cited 2021 study that claimed ...")', () => {
    const study = makeBrief('study', 'The study', {
      a: 'The journal has retracted a widely cited 2021 study that claimed a common drug could shrink tumours in mice.\n\nThe images had been altered.\n',
    });
    assert.equal(speakerScoreOf(study, /that claimed/, 'the study') > 0, true);
    assert.equal(speakerScoreOf(study, /that claimed/, 'the journal'), 0);
    // ... after the sentence's own speaker, who stays first.
    const survey = makeBrief('survey', 'The bank', {
      a: 'Despite a survey that suggested a slower pace of growth, Mayer said domestic demand will continue to boost the economy.\n\nRates were left unchanged.\n',
    });
    assert.equal(speakerScoreOf(survey, /domestic demand/, 'Mayer'), 1);
    assert.equal(speakerScoreOf(survey, /domestic demand/, 'the survey'), 0.9);
  });
});

describe('a sign or banner "reading" a quotation', () => {
  it('says it ("signs reading ``No quotas\'\'"), but "reading the report" says nothing', () => {
    const march = makeBrief('march', 'The march', {
      a: 'About 2,000 people marched in Osk on Sunday, carrying signs reading "Journalism is not a crime."\n\nThe minister was reading the report on Monday.\n',
    });
    assert.equal(speakerScoreOf(march, /signs reading/, "the marchers' signs"), 1);
    assert.equal(speakerScoreOf(march, /reading the report/, 'the minister'), 0);
  });
});
