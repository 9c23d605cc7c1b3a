/** Hard-wrapped text (newswire archives): a sentence that wraps before a capital or a number stays one sentence. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHardWrapped, stripBoilerplate } from '../../src/content/boilerplate.ts';
import { splitSentences } from '../../src/content/sentences.ts';

const WRAPPED = `Port officials in Valmora said on Friday that the strike had cost the
harbour more than 40 million dollars since it began, and that ships were
being sent to the river quay near the Old Town while talks continued at
the London Clinic, where the union leader is recovering from surgery.
The decision to cancel the sailings between Nov.
3 and Nov. 16 came after the union rejected the latest offer from the
Harbour Board, which had proposed a two-year deal with a pay rise.
`;

const MONEY = `By 2003, a consulting firm whose business is analysing trade in the
port projects that trade through the harbour could reach
$3.2 billion, or 5 percent of all the trade in the region. If the
$4 billion deal is completed, the port authority would acquire the
river quay and its warehouses from the city, which has run them since
they were built in 1950 by the old harbour board of Valmora.
`;

const PARAGRAPHS = `Harbour strike enters second week
Dock workers at the port of Valmora walked out on Monday over pay, halting three terminals.
The union says 4,000 members have joined the strike.
Related video: scenes from the picket line
`;

function sentencesOf(body: string): string[] {
  return stripBoilerplate(body).passages.flatMap((p) => splitSentences(p.text).map((r) => p.text.slice(r.start, r.end).replace(/\s+/g, ' ')));
}

describe('hard-wrapped text', () => {
  it('is told apart from one-paragraph-per-line text', () => {
    assert.equal(isHardWrapped(WRAPPED.split('\n')), true);
    assert.equal(isHardWrapped(PARAGRAPHS.split('\n')), false);
  });

  it('keeps sentences whole across lines that wrap before a capital or a date number', () => {
    const sentences = sentencesOf(WRAPPED);
    assert.equal(sentences.length, 2, sentences.join('\n'));
    assert.match(sentences[0]!, /at the London Clinic, where the union leader is recovering from surgery\.$/);
    assert.match(sentences[1]!, /^The decision to cancel the sailings between Nov\. 3 and Nov\. 16 came after the union rejected the latest offer from the Harbour Board,/);
  });

  it('keeps a sentence whole when it wraps before an amount of money', () => {
    const sentences = sentencesOf(MONEY);
    assert.ok(sentences.includes('By 2003, a consulting firm whose business is analysing trade in the port projects that trade through the harbour could reach $3.2 billion, or 5 percent of all the trade in the region.'), sentences.join('\n'));
    assert.ok(sentences.some((x) => x.startsWith('If the $4 billion deal is completed')), sentences.join('\n'));
  });

  it('keeps a sentence whole when a wire dash starts the next line', () => {
    const text = 'The port authority said about a month ago it cut the number of berths\nopen to ferries from 17 to 14, reducing the trade through the harbour\n_ a move the union called a breach of the agreement signed in 1995.\nThe union said it would take the matter to court early next year.\n';
    const sentences = sentencesOf(text);
    assert.ok(sentences[0]?.endsWith('_ a move the union called a breach of the agreement signed in 1995.'), sentences.join('\n'));
  });

  it('keeps a chronology entry whole when its year label is left at the end of a wrapped line', () => {
    const text = 'Brief biography of Mara Lind, named harbour minister:\n___ 1961: Born in Tolm on the northern coast. 1985: Joins the dock\nunion as a clerk and rises to lead its Valmora branch within ten years. 1997:\nElected to parliament and appointed minister of fisheries in the\ngovernment of Ivo Brandt. 2001: Named harbour minister.\n';
    const sentences = sentencesOf(text);
    assert.ok(sentences.includes('1997: Elected to parliament and appointed minister of fisheries in the government of Ivo Brandt.'), sentences.join('\n'));
    assert.equal(sentences[0], 'Brief biography of Mara Lind, named harbour minister:', 'a heading line still stands alone');
  });

  it('still keeps a headline line apart from the body in paragraph text', () => {
    const sentences = sentencesOf(PARAGRAPHS);
    assert.ok(!sentences.some((s) => s.startsWith('Harbour strike enters second week Dock')));
  });

  // Lines of a newswire archive: wrapped near 70 characters wherever a word falls.
  const ARCHIVE = `The mayor of Valmora met union leaders on Friday to discuss the strike
at the port, which has halted three terminals. The harbour board denies
Union claims that it broke the last agreement, its spokesman said. The
talks ended late in the evening with no date for another round of them.
\`\`Those were hard hours for everyone in this city and at the port,''
Mayor Ellen Brandt said after the meeting had ended. The board said U.S.
shippers had already moved their cargo to other ports along the coast.
`;

  it('keeps a sentence whole when it starts mid-line and wraps before a capital', () => {
    const sentences = sentencesOf(ARCHIVE);
    assert.ok(sentences.includes('The harbour board denies Union claims that it broke the last agreement, its spokesman said.'), sentences.join('\n'));
  });

  it('joins a quotation that ends in a comma to the attribution on the next line, and an initialism to a lower-case word', () => {
    const sentences = sentencesOf(ARCHIVE);
    assert.ok(sentences.includes("``Those were hard hours for everyone in this city and at the port,'' Mayor Ellen Brandt said after the meeting had ended."), sentences.join('\n'));
    assert.ok(sentences.includes('The board said U.S. shippers had already moved their cargo to other ports along the coast.'), sentences.join('\n'));
    assert.equal(sentences.length, 5, sentences.join('\n'));
  });

  // A short wire item: only a few long lines, but wrapped all the same.
  const SHORT_ITEM = `Valmora's deputy mayor Ana Ruiz said Sunday night that between
1,000 and 1,500 dock workers had joined the strike at the northern
harbour since it began on Monday.
That is in addition to at least another 600 workers at the river quay,
Ruiz said.
`;

  it('is recognised in a short wire item of a few long lines, and its sentences stay whole', () => {
    assert.equal(isHardWrapped(SHORT_ITEM.split('\n')), true);
    assert.deepEqual(sentencesOf(SHORT_ITEM), [
      "Valmora's deputy mayor Ana Ruiz said Sunday night that between 1,000 and 1,500 dock workers had joined the strike at the northern harbour since it began on Monday.",
      'That is in addition to at least another 600 workers at the river quay, Ruiz said.',
    ]);
  });

  it('joins a line that stops at a comma to the next one, even in one-paragraph-per-line text', () => {
    const text = 'Harbour strike enters second week\nThe union says 4,000 members have joined the strike at the port of Valmora,\nMayor Ellen Brandt said.\nRelated video: scenes from the picket line\n';
    assert.equal(isHardWrapped(text.split('\n')), false);
    const sentences = sentencesOf(text);
    assert.ok(sentences.includes('The union says 4,000 members have joined the strike at the port of Valmora, Mayor Ellen Brandt said.'), sentences.join('\n'));
    assert.ok(sentences.includes('Harbour strike enters second week'), sentences.join('\n'));
  });

  it('keeps a sentence whole when a line wraps after an abbreviation ("The U.S. / Agency for ...")', () => {
    const text = 'Tourists crowded the airport on Thursday, waiting for flights out of the\nresort, which the storm had cut off since Monday. ``Some vacation.\'\' The U.S.\nAgency for International Development sent two helicopters each to\nthe coast to help in search, rescue and relief efforts in the region.\nOfficials said the roads along the coast would stay closed until the\nwater went down, and that the airport would reopen for flights out of\nthe resort once the runway had been cleared of fallen trees.\n';
    const sentences = sentencesOf(text);
    assert.ok(sentences.includes('The U.S. Agency for International Development sent two helicopters each to the coast to help in search, rescue and relief efforts in the region.'), sentences.join('\n'));
    assert.ok(sentences.at(-1)?.startsWith('Officials said the roads'), 'a sentence end still ends the passage');
  });
});
