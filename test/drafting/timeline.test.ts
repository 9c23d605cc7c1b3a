/** Timeline dates: resolved against each article's own date, at the precision the text gives. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateOf } from '../../src/drafting/timeline.ts';

const at = (text: string, published: string, absoluteOnly = false): string | null => dateOf(text, published, absoluteOnly)?.date ?? null;

describe('timeline dates', () => {
  it('resolves weekdays to the day before publication, past tense or not future', () => {
    assert.equal(at('The balloon was shot down on Saturday.', '2023-02-19'), '2023-02-18');
    assert.equal(at('Officials said on Tuesday that talks had failed.', '2023-02-19'), '2023-02-14', 'a Tuesday after the article is read as the one before');
    assert.equal(at('The minister will meet them on Tuesday.', '2023-02-19'), '2023-02-21', 'future tense keeps the coming Tuesday');
    assert.equal(at('The vote was held Sunday.', '2023-02-19'), '2023-02-19');
  });

  it('resolves month-and-day, months and relative months, across year boundaries', () => {
    assert.equal(at('Talks in Beijing on June 19 ended.', '2023-06-21'), '2023-06-19');
    assert.equal(at('The accord signed on Dec. 30 took effect.', '2023-01-03'), '2022-12-30', 'late December read from early January is last year');
    assert.equal(at('Prices rose sharply last month.', '2023-01-10'), '2022-12');
    assert.equal(at('He remained army commander until last March.', '1998-10-24'), '1998-03');
    assert.equal(at('The plant closed in 1997 after the strike.', '2023-01-10'), '1997');
  });

  it('ignores times of day and phrases that name no date', () => {
    assert.equal(at('Now the US has started to increase warnings.', '2023-02-19'), null);
    assert.equal(at('He met Wang for an hour late at night.', '2023-02-19'), null);
    assert.equal(at('The session began at 5 p.m. sharp.', '2023-02-19'), null);
  });

  it('with only an estimated article date, takes written month and day only', () => {
    assert.equal(at('The balloon shot down on February 4 was a weather balloon.', '2023-02-19', true), '2023-02-04');
    assert.equal(at('They met on Saturday in Munich.', '2023-02-19', true), null);
    assert.equal(at('Relations soured last month.', '2023-02-19', true), null);
  });
});
