import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asksDeathCount, givesDeathToll, saidByDeathToll, saysDeath } from '../../src/qa/death-tolls.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { buildSourceDocument } from '../../src/content/source-loader.ts';
import { FIXED_NOW, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('death tolls', () => {
  it('answer a count of the dead, not a count of something else', () => {
    assert.equal(asksDeathCount(analyzeQuestion('How many people has the flood killed?')), true);
    assert.equal(asksDeathCount(analyzeQuestion('How many people died in the flood?')), true);
    assert.equal(asksDeathCount(analyzeQuestion('How many deaths were reported?')), true);
    assert.equal(asksDeathCount(analyzeQuestion('How many people were evacuated?')), false);
    assert.equal(asksDeathCount(analyzeQuestion('How many soldiers were killed?')), false, 'a toll counts everyone, not soldiers alone');
  });

  it('are a toll with a figure near it', () => {
    assert.equal(givesDeathToll('The death toll from the floods rose to 41 on Friday.'), true);
    assert.equal(givesDeathToll('The toll climbed to at least 41, officials said.'), true);
    assert.equal(givesDeathToll('Drivers paid the toll on the bridge.'), false);
    const q = analyzeQuestion('How many people has the flood killed?');
    assert.equal(saidByDeathToll(q, q.counted[0] as string, 'The death toll rose to 41.'), true);
    assert.equal(saidByDeathToll(q, 'flood', 'The death toll rose to 41.'), false, 'the flood itself must still be said');
  });

  it('are asked for as a total so far by a count in the present perfect with no time of its own', () => {
    assert.equal(analyzeQuestion('How many people have the floods killed?').latest, true);
    assert.equal(analyzeQuestion('How many homes has the fire destroyed?').latest, true);
    assert.equal(analyzeQuestion('How many people have died since Sunday?').latest, false);
  });

  it('are asked for as the whole toll by a count of the dead or hurt with no time of its own', () => {
    assert.equal(analyzeQuestion('How many people died in the floods?').latest, true);
    assert.equal(analyzeQuestion('How many were injured in Dobrev?').latest, true);
    assert.equal(analyzeQuestion('How many people died on Sunday?').latest, false);
    assert.equal(analyzeQuestion('How many people died in the first week of the floods?').latest, false);
    assert.equal(analyzeQuestion('How many people died in 1998?').latest, false);
    assert.equal(analyzeQuestion('How many homes did the floods destroy?').latest, false, 'not a toll');
  });

  it('give the newest total for "How many people has X killed?"', () => {
    const brief = makeBrief('flood', 'Floods', {
      a: 'VARNA (Reuters) - Floods in the eastern province of Dobrev have killed 23 people since Sunday, the interior ministry said on Tuesday.\n\nRescuers were searching for 40 missing.\n',
      b: 'VARNA (AP) _ The death toll from the floods in Dobrev rose to 41 on Friday, the interior ministry said.\n\nThe river fell below its banks on Thursday.\n',
    });
    // The second report is three days newer.
    const newer = brief.sources[1]!;
    const dated = { ...brief, sources: [brief.sources[0]!, buildSourceDocument({ ...newer.meta, published: '2024-03-04' }, newer.body, 'flood', newer.path)] };
    const engine = new QaEngine(new MutableBriefCatalog([dated]), { now: () => FIXED_NOW });
    for (const question of ['How many people have the floods killed?', 'How many people died in the floods?']) {
      const a = engine.ask(question, { topic: 'flood' });
      assert.equal(a.abstained, false, `${a.confidence}`);
      assert.match(a.citations[0]?.quote ?? '', /rose to 41/, question);
    }
  });
});

describe('a count of people that tells of no deaths', () => {
  it('is no answer to how many died', () => {
    assert.equal(saysDeath('Swarms threaten food supplies for millions of people.'), false);
    assert.equal(saysDeath('At least 12 people were killed.'), true);
    const brief = makeBrief('swarms', 'Locust swarms', {
      a: 'NAIROBI (AP) _ Swarms of locusts have invaded the north of Varnia, threatening food supplies for millions of people, the agency said Monday.\n\nAt least 12 people were killed when a swarm downed a small plane.',
    });
    const question = 'How many people have died because of the locusts?';
    assert.ok((scoredSentence(brief, question, /millions of people/)?.factors?.type ?? 1) < 1, 'a count of people threatened');
    assert.equal(scoredSentence(brief, question, /12 people were killed/)?.factors?.type, 1);
  });
});
