/**
 * Acronyms and the names they stand for, learnt from a topic's own documents (no list of
 * organisations anywhere): a question in one form finds a sentence in the other.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { abbreviates, acronymTable, addUnwrittenAcronyms, questionAliases } from '../../src/qa/acronyms.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { TopicIndex } from '../../src/qa/qa-index.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { analyze, termOf } from '../../src/qa/text-analysis.ts';
import { FIXED_NOW, makeBrief } from './qa-helpers.ts';

const PORT = makeBrief('port', 'The harbour sale', {
  a: [
    'The Valmora Harbour Board agreed on Monday to sell the river quay for 40 million dollars.',
    'Dock Workers United said about 22 percent of its members work on the quay.',
    'The VHB also said it would keep the northern terminal.',
    'DWU leaders said they would fight the sale in court.',
  ].join(' '),
});

describe('acronyms', () => {
  it('tells whether an acronym spells a name: initials in order, maybe more letters of a word', () => {
    assert.ok(abbreviates('WFP', 'World Food Program'));
    assert.ok(abbreviates('AOL', 'America Online'));
    assert.ok(abbreviates('USAID', 'U.S. Agency for International Development'));
    assert.ok(abbreviates('NATO', 'North Atlantic Treaty Organization'));
    // A small word's initial, when the name is not spelled without it.
    assert.ok(abbreviates('EDF', 'Electricite de France'));
    assert.ok(abbreviates('BOA', 'Bank of America'));
    assert.ok(!abbreviates('EDF', 'Electricite France'));
    assert.ok(!abbreviates('AOL', 'Associated Press'));
    assert.ok(!abbreviates('WFP', 'World Food'));
    assert.ok(!abbreviates('WFP', 'Food World Program'));
  });

  it('finds the acronyms a topic uses and the names they stand for in its documents', () => {
    const table = acronymTable(TopicIndex.build(PORT));
    assert.deepEqual(table.get('vhb'), ['Valmora Harbour Board']);
    assert.deepEqual(table.get('dwu'), ['Dock Workers United']);
  });

  it('answers a question that uses the acronym from a sentence that uses the name, and the other way round', () => {
    const engine = new QaEngine(new MutableBriefCatalog([PORT]), { now: () => FIXED_NOW });
    const a = engine.ask('What share of DWU members work on the quay?', { topic: 'port' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /22 percent/);
    const b = engine.ask('Which terminal will the Valmora Harbour Board keep?', { topic: 'port' });
    assert.equal(b.abstained, false, b.answer);
    assert.match(b.citations[0]?.quote ?? '', /northern terminal/);
  });

  it('reads an acronym before a possessive ("the DWU\'s members") as the acronym', () => {
    const q = analyzeQuestion("What share of the DWU's members work on the quay?");
    assert.deepEqual(questionAliases(q, TopicIndex.build(PORT)).get(termOf('dwu') as string), [analyze('Dock Workers United').map((t) => t.term)]);
    const aliases = new Map<string, string[][]>();
    addUnwrittenAcronyms(analyzeQuestion("How many helicopters did the NRA's crews fly?"), aliases, ['The Nordic Relief Agency sent two helicopters.']);
    assert.deepEqual(aliases.get(termOf('nra') as string), [analyze('Nordic Relief Agency').map((t) => t.term)]);
  });

  it('spells out an acronym the question uses but the documents never write', () => {
    const relief = makeBrief('relief', 'Storm relief', {
      a: 'Rain fell for a fourth day. The Nordic Relief Agency sent two helicopters to the coast.\n',
      b: 'Mexico was sending at least 12 helicopters and four cargo planes.\n',
    });
    const aliases = new Map<string, string[][]>();
    addUnwrittenAcronyms(analyzeQuestion('Did the NRA or the XYZ send more?'), aliases, ['Rain fell. The Nordic Relief Agency sent two helicopters.']);
    assert.deepEqual([...aliases.keys()], [termOf('nra')]);
    assert.deepEqual(aliases.get(termOf('nra') as string), [analyze('Nordic Relief Agency').map((t) => t.term)]);
    const engine = new QaEngine(new MutableBriefCatalog([relief]), { now: () => FIXED_NOW });
    const a = engine.ask('How many helicopters did the NRA send?', { topic: 'relief' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /two helicopters/);
  });

  it('keeps, of the names an acronym could spell, those that spell it by initials alone', () => {
    // "Armed Forces" spells ADF only with a letter from inside a word (a-rme-D).
    assert.ok(abbreviates('ADF', 'Armed Forces'));
    const rebels = makeBrief('rebels', 'The rebels', {
      a: 'The army said the attackers were rebels of the Allied Democratic Forces based in the hills.\n',
      b: 'The Ministry of Defense said the Armed Forces had killed 18 rebels. Troops went after the ADF fighters.\n',
    });
    assert.deepEqual(acronymTable(TopicIndex.build(rebels)).get('adf'), ['Allied Democratic Forces']);
    const aliases = new Map<string, string[][]>();
    addUnwrittenAcronyms(analyzeQuestion('Where are the APF rebels?'), aliases, ['The Armed Police Forces and the Armed Forces met.']);
    assert.deepEqual(aliases.get(termOf('apf') as string), [analyze('Armed Police Forces').map((t) => t.term)]);
  });

  it('takes a speaker named by an acronym the documents spell out as that speaker', () => {
    const talks = makeBrief('talks', 'The talks', {
      a: 'The Nordic Fisheries Council\'s board said it was "alarmed" by the catch figures.\n',
      b: 'Fishermen marched in the harbour on Sunday carrying signs reading "No quotas".\n',
    });
    const engine = new QaEngine(new MutableBriefCatalog([talks]), { now: () => FIXED_NOW });
    const a = engine.ask('What did the NFC board say?', { topic: 'talks' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /alarmed/);
  });
});
