/**
 * Words that give a reason, for "why" questions: "because", "over a violation", "following the
 * attack" (not "the following year"), and a feeling that moved someone to act ("Fearing airstrikes, ...").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textFeatures } from '../../src/qa/entities.ts';
import { madeEngine } from './qa-helpers.ts';

describe('words that give a reason', () => {
  it('reads "over a violation" and "following the attack" as reasons, not "the following year"', () => {
    assert.equal(textFeatures('Varnia threatened to close the airport over a security violation.').hasReason, true);
    assert.equal(textFeatures('Troops sealed the border following the attack.').hasReason, true);
    assert.equal(textFeatures('Varnia invaded Osk in 1975 and annexed it the following year.').hasReason, false);
    assert.equal(textFeatures('Talks resume the following week in Tarno.').hasReason, false);
  });

  it('reads a feeling that moved someone to act as a reason: "Fearing airstrikes, ...", "worried that", "in protest"', () => {
    assert.equal(textFeatures('Fearing airstrikes, Varnian generals put the air defenses on high alert.').hasReason, true);
    assert.equal(textFeatures('Worried that the dam would burst, officials evacuated the valley.').hasReason, true);
    assert.equal(textFeatures('Farmers blocked the road in protest at the new tax.').hasReason, true);
    assert.equal(textFeatures('Varnian generals put the air defenses on high alert.').hasReason, false);
    const engine = madeEngine('alert', 'The alert', {
      a: 'Fearing airstrikes, Varnian generals put the air defenses on high alert and moved some tanks out of Osk.\n',
      b: 'Tarno said on Monday that the talks would go on.\n',
      c: 'Diplomats met in Lindia to calm the dispute.\n',
    });
    const a = engine.ask('Why did Varnia raise the alert level of its air defenses?', { topic: 'alert' });
    assert.match(a.citations[0]?.quote ?? '', /Fearing airstrikes/, a.answer);
  });
});

describe('"for the sake of"', () => {
  it('gives a reason, which answers "Why ...?" over sentences that only tell of the act', () => {
    assert.equal(textFeatures('He said he had acted "for the sake of national reconciliation".').hasReason, true);
    const engine = madeEngine('pardon', 'A pardon', {
      a: [
        'VELLA (AP) — President Ivo Marek on Wednesday pardoned his predecessor, Oskar Lind, who was serving a prison sentence for bribery.',
        'In a televised address, Marek said he had acted "for the sake of national reconciliation" and because Lind, 74, has heart disease.',
      ].join('\n\n'),
      b: 'VELLA (AP) — The attorney general asked the High Court to annul Marek\'s pardon of Lind.\n',
      c: 'Protesters marched against the pardon.\n\nThe European Union said the pardon undermined the fight against graft.\n\nThe pardon was signed in the morning.\n',
    });
    const a = engine.ask('Why did Marek pardon Lind?', { topic: 'pardon' });
    assert.match(a.citations[0]?.quote ?? '', /for the sake of national reconciliation/, a.answer);
  });
});
