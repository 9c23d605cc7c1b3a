import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../src/content/sentences.ts';

function split(text: string): string[] {
  return splitSentences(text).map((r) => {
    const s = text.slice(r.start, r.end);
    assert.equal(s, s.trim(), 'sentence ranges are trimmed');
    return s;
  });
}

describe('splitSentences on real sentences from the china-russia-aid sources', () => {
  it('keeps "Brig. Gen." inside the sentence (004)', () => {
    const a = 'On February 24, Pentagon press secretary Brig. Gen. Patrick Ryder stated that while there was no proof of China actually supplying weaponry to Russia, the CCP has not ruled it out.';
    const b = 'Such a choice, he argued, would signal that Chinese communist officials want to completely destroy Ukraine.';
    assert.deepEqual(split(`${a} ${b}`), [a, b]);
  });

  it('keeps "U.S. Secretary of State" together and splits after "Munich." (001)', () => {
    const text =
      'U.S. Secretary of State Antony Blinken met top Chinese diplomat Wang Yi at an undisclosed location on the sides of a global security conference in Munich. In the meeting, Blinken warned Wang Yi of consequences should China provide material support to Russia’s invasion of Ukraine. Washington says it was concerned over Beijing considering supplying weapons to Moscow.';
    assert.deepEqual(split(text), [
      'U.S. Secretary of State Antony Blinken met top Chinese diplomat Wang Yi at an undisclosed location on the sides of a global security conference in Munich.',
      'In the meeting, Blinken warned Wang Yi of consequences should China provide material support to Russia’s invasion of Ukraine.',
      'Washington says it was concerned over Beijing considering supplying weapons to Moscow.',
    ]);
  });

  it('keeps "Mr. Blinken" and "Mr. Wang" inside sentences (003)', () => {
    const text =
      'Ukraine is receiving a range of weapons, ammunition, and equipment, including tanks, from NATO members, including the US. They have refrained from supplying fighter jets, and Mr. Blinken declined to comment when asked if the US would assist in the supply of fighters for other nations.';
    assert.deepEqual(split(text), [
      'Ukraine is receiving a range of weapons, ammunition, and equipment, including tanks, from NATO members, including the US.',
      'They have refrained from supplying fighter jets, and Mr. Blinken declined to comment when asked if the US would assist in the supply of fighters for other nations.',
    ]);
    assert.deepEqual(split('When Mr. Blinken and Mr. Wang met, they also had a heated discussion. China has refuted the sending of a spy balloon.'), [
      'When Mr. Blinken and Mr. Wang met, they also had a heated discussion.',
      'China has refuted the sending of a spy balloon.',
    ]);
  });

  it('handles "Friday, February 24" and "Mr. Xi," (003)', () => {
    const a = 'According to Antonio Tajani, the foreign minister of Italy, on Friday, February 24, the Chinese President, Mr. Xi, is due to give a “peace speech” on the anniversary of Russia’s invasion of Ukraine.';
    assert.deepEqual(split(a), [a]);
  });

  it('keeps closing quotes with their sentence (003, 000)', () => {
    const text =
      'As this was happening, Mr. Wang referred to the incident as a “political farce produced by the US” and accused them of “using every means to hinder and suppress China.” China has refuted the sending of a spy balloon.';
    assert.deepEqual(split(text), [
      'As this was happening, Mr. Wang referred to the incident as a “political farce produced by the US” and accused them of “using every means to hinder and suppress China.”',
      'China has refuted the sending of a spy balloon.',
    ]);
    const straight = 'Blinken said Washington is concerned that Beijing might start providing Russia with "lethal assistance." Blinken met with Wang Yi.';
    assert.deepEqual(split(straight), ['Blinken said Washington is concerned that Beijing might start providing Russia with "lethal assistance."', 'Blinken met with Wang Yi.']);
  });

  it('does not break inside a quoted "Yes," (002)', () => {
    const a = 'Blinken said, "Yes," when asked if the State Department was working on a legal finding of genocide.';
    assert.deepEqual(split(a), [a]);
  });
});

describe('splitSentences on news English', () => {
  const cases: Array<[string, string[]]> = [
    ['Mrs. May and Dr. Fauci spoke. Then they left.', ['Mrs. May and Dr. Fauci spoke.', 'Then they left.']],
    ['Lt. Col. James Smith and Sen. Jane Doe met Rep. Ann Lee and Gov. Tom Ray. It went well.', ['Lt. Col. James Smith and Sen. Jane Doe met Rep. Ann Lee and Gov. Tom Ray.', 'It went well.']],
    ['He flew to St. Petersburg on Feb. 24 with Gen. Milley. The talks began.', ['He flew to St. Petersburg on Feb. 24 with Gen. Milley.', 'The talks began.']],
    ['The U.K. Foreign Office and the U.N. Security Council agreed. Russia did not.', ['The U.K. Foreign Office and the U.N. Security Council agreed.', 'Russia did not.']],
    ['The sanctions were imposed by the U.S. The move angered Moscow.', ['The sanctions were imposed by the U.S.', 'The move angered Moscow.']],
    ['John F. Kennedy and J. Biden are presidents. Both are Democrats.', ['John F. Kennedy and J. Biden are presidents.', 'Both are Democrats.']],
    ['He lives at No. 5 Downing Street. It is old.', ['He lives at No. 5 Downing Street.', 'It is old.']],
    ['The meeting starts at 10 a.m. The press waits.', ['The meeting starts at 10 a.m.', 'The press waits.']],
    ['Will China send arms? Nobody knows! Officials declined to comment.', ['Will China send arms?', 'Nobody knows!', 'Officials declined to comment.']],
    ['He asked, “Why now?” and left the room.', ['He asked, “Why now?” and left the room.']],
    ['“It would prolong this conflict. It would cause needless suffering,” he added.', ['“It would prolong this conflict.', 'It would cause needless suffering,” he added.']],
    ['The peace prize is announced on Occt. 16. All of them are in Stockholm.', ['The peace prize is announced on Occt. 16.', 'All of them are in Stockholm.']],
    ['They meet from Sept. 3, the day after the vote. It ends Friday.', ['They meet from Sept. 3, the day after the vote.', 'It ends Friday.']],
    ['Growth was 3.5 percent in Jan. 2023. Prices rose.', ['Growth was 3.5 percent in Jan. 2023.', 'Prices rose.']],
    ['Apple Inc. Chief Executive Tim Cook visited. He smiled.', ['Apple Inc. Chief Executive Tim Cook visited.', 'He smiled.']],
    ['The study by Smith et al. The Lancet printed it.', ['The study by Smith et al.', 'The Lancet printed it.']],
    ['Roe v. Wade was decided in 1973. It was overturned.', ['Roe v. Wade was decided in 1973.', 'It was overturned.']],
    ['He saw the sun. Moon rocks were next.', ['He saw the sun.', 'Moon rocks were next.']],
    ['A headline without a full stop', ['A headline without a full stop']],
    ['The talks lasted an hour and\ncovered the balloon. Then they ended.', ['The talks lasted an hour and\ncovered the balloon.', 'Then they ended.']],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text.slice(0, 60)), () => assert.deepEqual(split(text), expected));
  }

  it('keeps a dateline with a state\'s abbreviation on its first sentence ("CAPE CANAVERAL, Fla. (AP) _ ...")', () => {
    assert.deepEqual(split('CAPE CANAVERAL, Fla. (AP) _ Four astronauts blasted off Tuesday. They flew.'), ['CAPE CANAVERAL, Fla. (AP) _ Four astronauts blasted off Tuesday.', 'They flew.']);
    assert.deepEqual(split('ST. PAUL, Minn. (Reuters) - A storm hit the city. It was bad.'), ['ST. PAUL, Minn. (Reuters) - A storm hit the city.', 'It was bad.']);
    // Not a sentence that ends with a state and is followed by a bracketed one.
    assert.deepEqual(split('He moved to Tampa, Fla. (It was hot.) Then he left.'), ['He moved to Tampa, Fla.', '(It was hot.)', 'Then he left.']);
  });

  it('returns offsets relative to the text, trimmed, for text with surrounding whitespace', () => {
    const text = '  \n Mr. Blinken spoke.   Then Mr. Wang replied.\n ';
    const ranges = splitSentences(text);
    assert.deepEqual(ranges, [
      { start: 4, end: 22 },
      { start: 25, end: 47 },
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\u00a0 '), []);
  });

  it('never splits across a blank line and never loses characters', () => {
    const text = 'First part without stop\n\nSecond part. Third part?';
    const parts = split(text);
    assert.deepEqual(parts, ['First part without stop', 'Second part.', 'Third part?']);
  });
});

describe('splitSentences on long passages', () => {
  /** The segmenter over the whole text at once, with the same repair pass (the reference). */
  const oneShot = (text: string): string[] => {
    // A text made of many short paragraphs is split paragraph by paragraph, which runs the
    // segmenter on small inputs only; join the results.
    return text.split('\n\n').flatMap((p) => split(p));
  };

  it('gives the same sentences for one long passage as for the same text cut into short paragraphs', () => {
    const pieces = [
      'Officials in the U.S. said on Feb. 24 that the talks went well, and Mr. Smith agreed.',
      'The company, Acme Inc. Chief Executive Jane Doe said, "We are not done yet."',
      'Why now? Nobody knows.',
      'Prices rose 3.5 percent in the year to June, the data showed.',
      'He left at 9 a.m. The meeting began without him.',
    ];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const sentences: string[] = [];
    while (sentences.join(' ').length < 200_000) sentences.push(pieces[next() % pieces.length] ?? '');
    const long = sentences.join(' ');
    const got = split(long);
    assert.equal(got.join(' '), long, 'no character is lost or moved');
    assert.deepEqual(got, oneShot(sentences.join('\n\n')));
  });

  it('handles a passage with no sentence end at all, longer than the segmenter window', () => {
    const text = 'word '.repeat(40_000).trim();
    assert.deepEqual(split(text), [text]);
    const mixed = `${'a very long clause, '.repeat(3000)}end. Then a short one. And another.`;
    assert.deepEqual(split(mixed), [`${'a very long clause, '.repeat(3000)}end.`, 'Then a short one.', 'And another.']);
  });
});
