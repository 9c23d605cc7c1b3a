/**
 * Holders the sentence names without tying the title to anything, and roles named after a
 * people's word: "chief executive Ingrid Solheim" in a story on a health trust is probably the
 * trust's; "Kiprono's coach, the Italian Renato Gallo," names the coach. Made-up stories.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

describe('a title tied to nothing, for "the <title> of the <body>"', () => {
  const engine = madeEngine('hack', 'A hospital hack', {
    a: [
      'BERGEN, Norway (AP) — A ransomware attack knocked out computer systems at three hospitals run by the Vestkyst Health Trust, the trust said Monday.',
      'Chief executive Marit Dahl said the trust had not paid any ransom.',
      'President Lars Eide of the Norwegian Medical Association said doctors were working on paper.',
    ].join('\n\n'),
  });
  const ask = (question: string) => engine.ask(question, { topic: 'hack', conversation: null });
  it('is held loosely: the holder answers', () => {
    const a = ask('Who is the chief executive of the trust?');
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /Chief executive Marit Dahl/);
    assert.equal(a.short, 'Marit Dahl');
  });
  it('but not a title another body is named for', () => {
    const a = ask('Who is the president of the trust?');
    assert.equal(a.abstained, true, `${a.confidence}: ${a.answer}`);
  });
});

describe('a role named after "the" and a people\'s word', () => {
  it('names its holder: "Kiprono\'s coach, the Italian Renato Gallo,"', () => {
    const engine = madeEngine('race', 'A marathon', {
      a: [
        'Kenya\'s Daniel Kiprono won the marathon on Sunday.',
        'Kiprono\'s coach, the Italian Renato Gallo, called the questions about his shoes unfair.',
      ].join('\n\n'),
    });
    const a = engine.ask('Who is Kiprono\'s coach?', { topic: 'race', conversation: null });
    assert.equal(a.abstained, false, `${a.confidence}: ${a.answer}`);
    assert.match(a.citations[0]?.quote ?? '', /the Italian Renato Gallo/);
  });
});
