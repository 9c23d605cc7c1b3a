/** One grouping of footnotes for every renderer: sources in first-cited order, each named once. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { footnoteGroups } from '../../../src/domain/messages/footnotes.ts';
import type { SourceRef } from '../../../src/domain/messages/message-model.ts';

const src = (id: string): SourceRef => ({ id, title: `T ${id}`, outlet: null, published: null, url: null, path: `briefs/t/sources/${id}.md` });

test('groups citations by source in the order first cited, quotes under their source', () => {
  const cites = [
    { n: 1, sourceId: 'b', quote: 'one' },
    { n: 2, sourceId: 'a', quote: 'two' },
    { n: 3, sourceId: 'b', quote: 'three' },
    { n: 4, sourceId: 'c', quote: '' },
  ];
  const groups = footnoteGroups(cites, [src('a'), src('b'), src('c'), src('d')]);
  assert.deepEqual(groups.map((g) => [g.sourceId, g.citations.map((c) => c.n), g.quoted.map((c) => c.n), g.source?.title]), [
    ['b', [1, 3], [1, 3], 'T b'],
    ['a', [2], [2], 'T a'],
    ['c', [4], [], 'T c'],
  ]);
  // Sources named but not cited come last when asked for; a quote already shown is not repeated.
  const all = footnoteGroups(cites, [src('a'), src('b'), src('c'), src('d')], { uncited: true, alreadyShown: (c) => c.n === 3 });
  assert.deepEqual(all.map((g) => [g.sourceId, g.quoted.map((c) => c.n)]), [['b', [1]], ['a', [2]], ['c', []], ['d', []]]);
  assert.equal(footnoteGroups(cites, [])[0]?.source, undefined, 'a source the message does not list has no details');
});
