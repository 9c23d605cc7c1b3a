/** "... and a customs officer, Kanga said." names no customs officer: Kanga is who said it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onlyAttributionSpeaker } from '../../src/qa/attribution-speakers.ts';
import { makeBrief, scoredSentence } from './qa-helpers.ts';

describe('a name only in the closing attribution', () => {
  it('is the sentence\'s source, in either word order', () => {
    assert.equal(onlyAttributionSpeaker('Kanga', 'Those arrested include a customs officer, Kanga said.'), true);
    assert.equal(onlyAttributionSpeaker('kanga', 'Those arrested include a customs officer, said Erastus Kanga.'), true, 'asked in lower case');
    assert.equal(onlyAttributionSpeaker('Ouma', 'The customs officer, Peter Ouma, was arrested, Kanga said.'), false);
    assert.equal(onlyAttributionSpeaker('Kanga', 'Kanga said the officer had been arrested.'), false, 'the subject of the sentence');
  });

  it('does not name the person of the kind asked', () => {
    const brief = makeBrief('ring', 'A ring', {
      a: 'Those arrested include two port clearing agents and a customs officer, Kanga said.\n',
      b: 'The customs officer, Peter Ouma, was arrested on Monday, Kanga said.\n',
    });
    assert.ok((scoredSentence(brief, 'What is the name of the customs officer?', /clearing agents/)?.factors?.['type'] ?? 1) < 1);
    assert.equal(scoredSentence(brief, 'What is the name of the customs officer?', /Peter Ouma/)?.factors?.['type'] ?? 1, 1);
    // ... unless the question asks who said it.
    const tv = makeBrief('tv', 'TV', { a: 'Israel has forbidden its citizens from using the airport, Israel\'s Channel 2 TV said.\n' });
    assert.equal(scoredSentence(tv, 'Which TV channel said Israelis were barred from the airport?', /Channel 2/)?.factors?.['type'] ?? 1, 1);
  });
});
