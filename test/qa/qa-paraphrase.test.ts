/**
 * General paraphrase mechanisms, tested on made-up briefs so they cannot be tuned to the
 * evaluation wording: the news-domain lexicon (unsure/uncertain, held back/refrained, trade/
 * commerce, urge/ask), "apart from X" exclusions, order questions ("who first", "the day
 * before"), continuation sentences that inherit the previous sentence's subject, and the
 * speaker-topic check that stops a country named in passing from standing for the topic.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { FIXED_NOW, makeBrief } from './qa-helpers.ts';

function engineFor(body: string, title = 'Harbour dispute'): QaEngine {
  const catalog = new MutableBriefCatalog([makeBrief('harbour', title, { a: body })]);
  return new QaEngine(catalog, { now: () => FIXED_NOW });
}

describe('news paraphrase lexicon', () => {
  it('folds doubting, refraining, urging, trade and rank words onto shared concepts', () => {
    assert.equal(termOf('unsure'), termOf('uncertain'));
    assert.equal(termOf('refrained'), termOf('withheld'));
    assert.equal(termOf('urged'), termOf('ask'));
    assert.equal(termOf('commerce'), termOf('trade'));
    assert.equal(termOf('increasing'), termOf('growing'));
    assert.equal(termOf('mocked'), termOf('ridiculed'));
    assert.notEqual(termOf('unsure'), termOf('sure'));
  });

  it('folds a state or office onto the person\'s word, but not a kind of ship', () => {
    assert.equal(termOf('dictatorship'), termOf('dictator'));
    assert.equal(termOf('membership'), termOf('members'));
    assert.notEqual(termOf('hardship'), termOf('hard'));
    assert.notEqual(termOf('warships'), termOf('war'));
  });

  it('reads "planned" as intent, and a story\'s lexicon can keep its noun "plan" a document', async () => {
    assert.equal(termOf('planned'), termOf('intended'));
    // A story about a peace plan says so in its lexicon.yml (the first topic's does).
    const { addSynonymGroups } = await import('../../src/qa/text-analysis.ts');
    addSynonymGroups([['document', 'plan', 'proposal']]);
    assert.equal(termOf('plan'), termOf('proposal'));
    assert.notEqual(termOf('plan'), termOf('planned'));
    assert.equal(termOf('planned'), termOf('intended'));
  });

  it('answers a paraphrased question from the sentence that uses the other wording', () => {
    const engine = engineFor([
      'The harbour board met on Tuesday to review the dredging contract.',
      'Mayor Ana Ruiz said she was uncertain whether the port authority would renew the dredging contract.',
      'Dockers held a short rally outside the gates.',
    ].join('\n\n'));
    const a = engine.ask('Is Ana Ruiz unsure about the dredging contract?', { topic: 'harbour' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /uncertain whether/);
  });
});

describe('"apart from X" questions', () => {
  it('treats the excluded thing as context, not as what is asked for', () => {
    const q = analyzeQuestion('Apart from weapons, what else does the US fear China may be helping Russia with?');
    const weapon = termOf('weapons') as string;
    assert.ok(q.setting.has(weapon), 'the excluded term counts half');
    assert.ok(!q.terms.includes('apart') && !q.terms.includes('els'), 'the exclusion words are not content');
    const b = analyzeQuestion('Besides uniforms, what could the army receive?');
    assert.ok(b.setting.has(termOf('uniforms') as string));
  });

  it('reads "in his NBC interview" closing a question as its setting, as "during the interview" is, and "in the storm" not', () => {
    const interview = termOf('interview') as string;
    assert.ok(analyzeQuestion('What did Marek say about the strike in his radio interview?').setting.has(interview));
    assert.ok(analyzeQuestion('What did Marek say about the strike during the interview?').setting.has(interview));
    assert.ok(!analyzeQuestion('How many people died in the storm?').setting.has(termOf('storm') as string), 'only after his, her, its, their');
  });

  it('so the sentence about what was asked wins over one that only names the setting', () => {
    const engine = madeEngine('strike', 'The strike', {
      a: 'Ivo Marek told Radio Tarno in an interview set to air on Sunday that the council had not paid the miners.\n\n"It would have serious consequences on our relationship, something that we do not need on top of the strike that the council is engaged in," Marek said.\n',
      b: 'Ana Berg said the council would meet the miners in the spring.\n',
    });
    const a = engine.ask('What did Marek say about the strike in his radio interview?', { topic: 'strike' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /on top of the strike/);
  });
});

describe('order questions', () => {
  it('detects "first" and "the day before" but not a time setting or "at first"', () => {
    assert.equal(analyzeQuestion('Whom did the envoy see first on his trip?').order, true);
    assert.equal(analyzeQuestion('Who did she meet the day before the vote?').order, true);
    assert.equal(analyzeQuestion('How are relations after the balloon?').order, false);
    assert.equal(analyzeQuestion('Why did Beijing at first keep its distance?').order, false);
    assert.ok(!analyzeQuestion('Whom did the envoy see first on his trip?').terms.includes(termOf('first') as string));
    // "the next round", "the earlier bombing": the word picks out the event; it is no order asked about, nor a word the answer needs.
    const next = analyzeQuestion('When will the next round of talks take place?');
    assert.equal(next.order, false);
    assert.ok(!next.terms.includes(termOf('next') as string), next.terms.join(' '));
    assert.equal(analyzeQuestion('When was the earlier bombing near the market?').order, false);
    assert.equal(analyzeQuestion('Which group claimed responsibility first?').order, true);
  });

  it('reads "initially" and "originally" in a sentence as stating an order', () => {
    const engine = engineFor([
      'The Red Hand group claimed responsibility for the raid on Saturday.',
      'Although the Blue Hand group initially claimed responsibility for the raid in phone calls to the police, all sides now agree the Red Hand did it.',
    ].join('\n\n'));
    const a = engine.ask('Which group first claimed responsibility for the raid?', { topic: 'harbour' });
    assert.match(a.citations[0]?.quote ?? '', /Blue Hand group initially/);
  });

  it('reads "who did X see" as a meeting and prefers the sentence that states the order', () => {
    const engine = engineFor([
      'Envoy Tom Hale arrived in the port city on Monday for a two-day visit.',
      'On Monday, Hale met harbour master Lena Park before meeting union chief Omar Diaz on Tuesday.',
      'Hale said the first round of talks had been useful.',
    ].join('\n\n'));
    const a = engine.ask('Whom did Hale see first during the visit?', { topic: 'harbour' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Lena Park before meeting/);
  });
});

describe('continuation sentences', () => {
  it('lets "That is a concern ... urged" inherit the previous sentence\'s subject', () => {
    const engine = engineFor([
      'The regulator opened a review of the harbour tender in May.',
      '“What worries us is private contractors that may be skipping safety checks on the cranes,” inspector Ben Ode said.',
      '“That is a concern, and I urged the harbour board to be vigilant in auditing them,” Ode added.',
      'The board is due to publish its findings in the autumn.',
    ].join('\n\n'));
    const a = engine.ask('What did Ode ask the harbour board to do about the private contractors?', { topic: 'harbour' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations.map((c) => c.quote).join(' '), /vigilant in auditing/);
  });

  it('does not let a continuation borrow the question\'s only topic word', () => {
    const engine = engineFor([
      'The minister cancelled a visit to the harbour because of the row over the crane collapse.',
      'That would have been the first visit by a minister for five years.',
    ].join('\n\n'));
    const a = engine.ask('How long did the crane collapse last?', { topic: 'harbour' });
    assert.equal(a.abstained, true, a.answer);
  });
});

describe('speaker questions about a topic', () => {
  it('does not let a country named in passing stand for the asked-about subject', () => {
    const engine = engineFor([
      'Vice President Joan Hart said on Saturday that the government was worried about growing ties between China and Russia.',
      'Officials said China could send lethal aid to Russia within weeks, according to the report.',
    ].join('\n\n'), 'China and lethal aid to Russia');
    const a = engine.ask('What did Joan Hart say about Chinese lethal aid?', { topic: 'harbour' });
    assert.equal(a.abstained, true, a.answer);
  });
});

describe('word splitting', () => {
  it('splits ASCII text (the fast path) exactly as the Unicode pattern does', async () => {
    const { analyze } = await import('../../src/qa/text-analysis.ts');
    const texts = [
      "The U.S. envoy's 12-day trip to Lima ended; officials said it was a 'non-binding' deal.",
      'Mayor Ana Ruiz’s aides met at 3:36 a.m. on Dec. 10, 1998 -- talks in co-operation with NATO.',
    ];
    for (const t of texts) {
      // A non-ASCII letter at the end sends the text down the Unicode path.
      const unicode = analyze(`${t} é`).filter((x) => x.word !== 'é');
      assert.deepEqual(analyze(t), unicode);
    }
  });
});
