/**
 * A name given with "named" ("a man named Khuwy-Ra") names one of the asked kind; a day after
 * the kind's noun ("remained in hospital Wednesday") names none. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine, withFiller } from './qa-helpers.ts';

const engine = madeEngine('tomb', 'A tomb', withFiller({
  a: 'Archaeologists have discovered the tomb of a royal scribe near Cairo, the ministry said.\n\nThe tomb belonged to a man named Sennefer-Ra, who served as a scribe of the king.\n',
  b: 'Two of the workers injured in a fall at the site remained in hospital Wednesday, officials said.\n',
}, (i) => `Visitors queued at gate ${i + 1} on day ${i + 2} of the week.`));

describe('a name given with "named"', () => {
  it('answers "What was the scribe\'s name?"', () => {
    const a = engine.ask("What was the scribe's name?", { topic: 'tomb' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /a man named Sennefer-Ra/);
  });
});

describe('a day after the kind\'s noun', () => {
  it('is no name of the kind: "Which hospital ...?" is declined', () => {
    const a = engine.ask('Which hospital treated the injured workers?', { topic: 'tomb' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.answer}`);
  });
});

describe('"Against which team ...?"', () => {
  it('is answered by "against" and a name, though the name is a city\'s too', () => {
    const club = madeEngine('club', 'A transfer', withFiller({
      a: 'The coach said the new striker could make his debut against Valencia on Aug. 18, the opening day of the season.\n',
      b: 'The striker scored 20 goals last season for his old club.\n',
    }, (i) => `Fans queued at gate ${i + 1} on day ${i + 2} of the week.`));
    const a = club.ask('Against which team could the striker make his debut?', { topic: 'club' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /against Valencia/);
  });
});
