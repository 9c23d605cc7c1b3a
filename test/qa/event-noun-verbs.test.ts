/**
 * "Who won the election?" is answered by "X was elected": to win an event named after a verb is to
 * have it done to you; "Where did Brandt file his appeal?" by "Brandt has appealed to ...": to file
 * one is to do the verb.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

const DOCS = {
  a: 'LUBNO (AP) _ Ana Lind was elected president of the Tarno Rowing Union on Saturday, the first woman to lead it.\n\nShe beat Ivo Brandt by 78 votes to 63 in a second round.\n',
  b: "``I won this vote fairly,'' she said.\n\nThe union's next congress is in November.\n",
};

describe('"won the election" as "was elected"', () => {
  it('answers who won with the one elected', () => {
    const a = madeEngine('vote', 'The union vote', DOCS).ask('Who won the election?', { topic: 'vote' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /Ana Lind was elected/);
  });

  it('takes the passive only: "voters will elect a president" says no one won', () => {
    const engine = madeEngine('vote', 'The union vote', {
      a: 'LUBNO (AP) _ Delegates will elect a new president of the Tarno Rowing Union on Saturday.\n\nThree candidates are running.\n',
      b: 'The congress is held at a hotel by the lake.\n',
    });
    const a = engine.ask('Who won the election?', { topic: 'vote' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.answer}`);
  });
});

describe('"file his appeal" as "appealed"', () => {
  it('answers where he filed it with where he appealed to', () => {
    const engine = madeEngine('vote', 'The union vote', {
      a: 'LUBNO (AP) _ Ivo Brandt, who lost the race for the union presidency last week, has appealed to the Tarno Sports Tribunal, claiming that votes were bought.\n\nThe appeal, filed Thursday, asks the tribunal to annul the election.\n',
      b: 'The union said it would defend the result.\n',
    });
    const a = engine.ask('Where did Brandt file his appeal?', { topic: 'vote' });
    assert.equal(a.abstained, false, `answered (${a.confidence})`);
    assert.match(a.citations[0]?.quote ?? '', /appealed to the Tarno Sports Tribunal/);
  });
});
