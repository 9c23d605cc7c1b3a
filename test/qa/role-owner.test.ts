/**
 * "Who was Vesk's chief of staff?": a role given to another owner ("the Senate chief of staff",
 * "the envoy of Norway") does not answer it; the asked owner's role, under another of its names
 * ("the Iranian supreme leader" for Iran's, "America Online's president" for AOL's), does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askedRole, roleOfAnotherOwner } from '../../src/qa/role-owner.ts';
import { madeEngine } from './qa-helpers.ts';

function another(question: string, text: string): boolean {
  const role = askedRole(question);
  assert.ok(role, question);
  return roleOfAnotherOwner(role, text);
}

describe('the role of another owner', () => {
  it('reads the owner and the role of "Who is X\'s <role>?" and no other question', () => {
    assert.deepEqual([...(askedRole("Who was Gingrich's chief of staff?")?.owner ?? [])], ['gingrich']);
    assert.equal(askedRole('Who was the chief of staff?'), null);
    assert.equal(askedRole("What did Gingrich's chief of staff say?"), null);
  });

  it('finds the role given to another, by a name before it or after "of"', () => {
    assert.ok(another("Who was Gingrich's chief of staff?", 'Erskine Bowles, the White House chief of staff, met him.'));
    assert.ok(another("Who is Lisbon's envoy?", 'Jakarta\'s envoy arrived on Monday.'));
    assert.ok(another("Who is Lisbon's envoy?", 'The envoy of Indonesia arrived on Monday.'));
  });

  it('leaves the asked owner\'s role, however named, and "his"', () => {
    assert.ok(!another("Who was Gingrich's chief of staff?", "Gingrich's chief of staff, Dan Meyers, resigned."));
    assert.ok(!another("Who was Gingrich's chief of staff?", 'The speaker said his chief of staff, Dan Meyers, would stay.'));
    assert.ok(!another("Who is Iran's supreme leader?", 'a letter to the Iranian supreme leader, Ayatollah Ali Khamenei'));
    assert.ok(!another("Who is AOL's president?", "said Barry Schuler, America Online's president for interactive services."));
    assert.ok(!another("Who is the ANC's treasurer?".replace('the ', ''), 'Mendi Dube, the African National Congress treasurer, said.'));
    assert.ok(another("Who is ANC's treasurer?", 'Mendi Dube, the African Democratic Party treasurer, said.'));
  });

  it('declines "Who was Vesk\'s chief of staff?" over a sentence about another\'s, and answers it over one about his', () => {
    const other = { a: 'Mara Holt, the Senate chief of staff, said the vote would wait.\nPresident Arno Vesk spoke to reporters on Monday.\n', b: 'The vote was held on Friday.\n' };
    const declined = madeEngine('vote', 'The vote', other).ask("Who was Vesk's chief of staff?", { topic: 'vote' });
    assert.ok(declined.abstained, `answered at ${declined.confidence}: ${declined.citations[0]?.quote}`);
    const his = { ...other, b: 'Ivo Lind, the chief of staff to President Arno Vesk, said the vote would wait.\n' };
    const answered = madeEngine('vote', 'The vote', his).ask("Who was Vesk's chief of staff?", { topic: 'vote' });
    assert.ok(!answered.abstained, `answered (${answered.confidence})`);
    assert.match(answered.citations[0]?.quote ?? '', /Ivo Lind/);
  });
});
