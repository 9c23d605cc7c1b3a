/** A dated list under a heading that names a person ("Brief biography of X:"): its entries are about that person. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MutableBriefCatalog } from '../../src/content/brief-loader.ts';
import { QaEngine } from '../../src/qa/qa-engine.ts';
import { resolvedPeople } from '../../src/qa/speakers.ts';
import { makeBrief } from './qa-helpers.ts';

const brief = makeBrief('harbour-minister', 'Mara Lind named harbour minister', {
  appointment: 'Prime Minister Jon Aske named Mara Lind harbour minister on Friday, handing her the port dispute.\n\nLind said she would meet the dock unions within a week.\n\nAske said the appointment would calm the markets.\n',
  profile: [
    'Brief biography of Mara Lind, named harbour minister:',
    '1961: Born in Tavik, a fishing village on the northern coast. 1983: Graduates in marine engineering from the Nordvik Institute.',
    '1990-97: Runs the Tavik shipyard through two strikes. 2004: Elected to parliament for the coastal party.',
    '2009: Appointed minister of fisheries in the government of Jon Aske. 2012: Per Holm takes over the dock union.',
    '',
  ].join('\n'),
  unions: 'Dock union leader Per Holm said the unions would judge the minister by her first offer.\n\nHolm was born in Brekka and has led the union since 2009.\n',
});

describe('entries of a biography list', () => {
  const engine = new QaEngine(new MutableBriefCatalog([brief]));
  const ask = (q: string) => engine.ask(q, { topic: 'harbour-minister' });

  it('answer questions about the person the heading names', () => {
    const born = ask('Where was Mara Lind born?');
    assert.equal(born.abstained, false, born.answer);
    assert.match(born.citations[0]!.quote, /Born in Tavik/);
    const shipyard = ask('Which shipyard did Lind run?');
    assert.equal(shipyard.abstained, false, shipyard.answer);
    assert.match(shipyard.citations[0]!.quote, /Runs the Tavik shipyard/);
  });

  it('are about that person though they name someone else, unless they start with another name', () => {
    const fisheries = ask('When did Lind become fisheries minister?');
    assert.equal(fisheries.abstained, false, fisheries.answer);
    assert.match(fisheries.citations[0]!.quote, /2009: Appointed minister of fisheries/);
    const index = engine.indexFor(brief);
    const about = (start: string): string[] => {
      const u = index.allUnits().findIndex((x) => brief.sources[x.doc]?.sentences[x.sentence]?.text.startsWith(start));
      assert.ok(u >= 0, start);
      return [...resolvedPeople(index, u)];
    };
    assert.deepEqual(about('2009: Appointed'), ['lind']);
    assert.deepEqual(about('2012: Per Holm'), [], 'Holm took the union over, not Lind');
  });

  it('are not about anyone else', () => {
    const holm = ask('Where was Per Holm born?');
    assert.equal(holm.abstained, false, holm.answer);
    assert.match(holm.citations[0]!.quote, /Holm was born in Brekka/);
    const aske = ask('Where was Jon Aske born?');
    assert.ok(aske.abstained || !/Tavik/.test(aske.citations[0]?.quote ?? ''), `Mara Lind's birthplace is not Aske's: ${aske.answer}`);
  });
});
