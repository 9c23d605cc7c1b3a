/**
 * "Who is the mayor of Deva?": "said Mayor Florin Dobre" in a story datelined "DEVA, Romania"
 * holds the title there, though the sentence does not name the city; "Mayor Fernando Lopes of
 * Pombal" holds it in another town. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine, withFiller } from './qa-helpers.ts';

const docs = (mayor: string): Record<string, string> => withFiller({
  a: `DEVA, Romania (AP) _ Floodwaters from the swollen Mures River swept through parts of the city on Tuesday, forcing about 4,000 people from their homes, officials said.\n\n\`\`We have never seen the water come up this fast,'' said ${mayor}, whose office in the city center was cut off by the flood.\n`,
}, (i) => `River levels fell ${i + 2} centimeters overnight at the gauge, hydrologists said.`);

describe('an office held in the dateline\'s place', () => {
  it('answers "Who is the mayor of Deva?" from "said Mayor Florin Dobre" in a DEVA story', () => {
    const a = madeEngine('floods', 'Floods in western Romania', docs('Mayor Florin Dobre')).ask('Who is the mayor of Deva?', { topic: 'floods' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /Mayor Florin Dobre/);
  });

  it('does not take a mayor the sentence gives another town', () => {
    const a = madeEngine('floods', 'Floods in western Romania', docs('Mayor Fernando Lopes of Simeria')).ask('Who is the mayor of Deva?', { topic: 'floods' });
    assert.equal(a.abstained, true, a.answer);
  });
});
