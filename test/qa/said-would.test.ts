/** "When did X say Y would happen?": any attribution says "say", and the question asks for the plan itself. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { madeEngine } from './qa-helpers.ts';

describe('"When did X say Y would happen?"', () => {
  const docs: Record<string, string> = {
    a: 'Officials were to sign a protocol for the port Friday and Varnian negotiators said the new port at Tarno would open Sunday.\n',
    b: 'A ferry terminal near Tarno is to open next month, while talks on a second port are continuing.\n',
  };
  'cdefgh'.split('').forEach((k, i) => { docs[k] = `Workers painted the cranes in Osterholm on day ${i + 1}.\n`; });

  it('answers with the sentence in which they said when, though "say" has no term of its own and the opening is only planned', () => {
    const a = madeEngine('port', 'Port', docs).ask('When did Varnian negotiators say the new port at Tarno would open?', { topic: 'port' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /would open Sunday/);
  });

  it('still marks down a planned time for a question about what was done', () => {
    const engine = madeEngine('port2', 'Port', docs);
    const done = engine.ask('When did the new port at Tarno open?', { topic: 'port2' });
    const planned = engine.ask('When did Varnian negotiators say the new port at Tarno would open?', { topic: 'port2' });
    assert.ok(done.confidence < planned.confidence, `${done.confidence} vs ${planned.confidence}`);
  });
});

describe('"When was X first due to happen?"', () => {
  it('asks for the plan itself, which "is due to start" gives', () => {
    const docs = { a: 'Construction is due to start in the first quarter of next year.\n', b: 'Workers painted the cranes in Osterholm on Monday.\n' };
    const a = madeEngine('plant', 'Plant', docs).ask('When was construction first due to start?', { topic: 'plant' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /first quarter/);
  });
});
