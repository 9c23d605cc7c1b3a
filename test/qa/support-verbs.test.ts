/** "When did the winds reach their peak?": a verb that only carries its object's event is said by the object noun. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

describe('a support verb and its object', () => {
  const docs: Record<string, string> = {
    a: "The storm's power was easing, and by noon its sustained winds of 80 mph were well below its 150 mph peak of early Tuesday.\n",
    b: "The storm's winds reached the coast of Varnia late Monday with heavy rain.\n",
  };
  'cdefgh'.split('').forEach((k, i) => { docs[k] = `Relief workers reached the villages of Varnia on day ${i + 1}.\n`; });

  it('dates the peak from "its 150 mph peak of early Tuesday", which never says "reach"', () => {
    const a = madeEngine('storm', 'Storm', docs).ask("When did the storm's winds reach their 150 mph peak?", { topic: 'storm' });
    assert.match(a.citations[0]?.quote ?? '', /peak of early Tuesday/);
    // Read as missing the event verb, the sentence would be marked down by the "when" verb miss (0.6) and fall near the threshold.
    assert.ok(a.confidence > 0.8, `${a.confidence}`);
  });
});

describe('"give his speech warning about ..."', () => {
  const docs: Record<string, string> = {
    a: 'Even Secretary General Ana Lind has joined the argument, warning in a speech at Harvard recently that trade must help the poor.\n',
    b: 'Ana Lind flew to Tarno on Monday for talks with the donors.\n',
  };
  'cdefgh'.split('').forEach((k, i) => { docs[k] = `Donors met in Osterholm on day ${i + 1}.\n`; });

  it('is met by "warning in a speech", which never says "give"', () => {
    const a = madeEngine('speech', 'Speech', docs).ask('Where did Ana Lind give her speech warning about trade?', { topic: 'speech' });
    assert.match(a.citations[0]?.quote ?? '', /speech at Harvard/, `${a.confidence}`);
    assert.ok(a.confidence > 0.8, `${a.confidence}`);
  });
});

describe('"How old did the children ... appear to be?"', () => {
  const docs: Record<string, string> = {
    a: 'Ngaro said he saw malnourished children who were said to be 10 or 11 years old, but appeared to be only 4 or 5 years old.\n',
    b: 'Ngaro, the agency deputy director, visited Tarno in the spring.\n',
  };
  'cdefgh'.split('').forEach((k, i) => { docs[k] = `Aid workers reached the villages on day ${i + 1}.\n`; });

  it('asks the age of the children it describes, not of the man it names', () => {
    const a = madeEngine('ages', 'Ages', docs).ask('How old did the malnourished children Ngaro saw appear to be?', { topic: 'ages' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /4 or 5 years old/);
  });
});
