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
