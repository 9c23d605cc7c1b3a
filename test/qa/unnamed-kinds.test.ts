/**
 * "Which airport ...?", "What plane ...?", "In which hotel ...?": a sentence that has one of the
 * kind only as "the airport" or "the plane was shot down", or whose only names are dates, names
 * none of the kind. A question with a light word but no kind ("How serious did he say the
 * situation remained?") asks for none, and needs no name. Made-up story.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leavesTheKindUnnamed, namedAsOtherKind, onlyAnUnnamedOfKind } from '../../src/qa/answer-kind.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { isCalendarName } from '../../src/qa/entities.ts';
import { madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('one of the kind, unnamed, where the asked thing happened', () => {
  const q = analyzeQuestion('Which airport was Ivo Marek stranded at?');

  it('reads "stranded at the airport" as leaving the airport unnamed, but not "the airport of Osterholm" or "the Games of 1996"', () => {
    assert.equal(leavesTheKindUnnamed(q, 'The ministry blamed negligence for an incident in which Ivo Marek was left stranded at the airport for hours.'), true);
    assert.equal(leavesTheKindUnnamed(q, 'Ivo Marek was stranded at the airport of Osterholm for hours.'), false);
    assert.equal(leavesTheKindUnnamed(q, 'Ivo Marek was stranded at the Tarno airport for hours.'), false);
    const games = analyzeQuestion('Which games did Hale say had bid malpractice?');
    assert.equal(leavesTheKindUnnamed(games, 'Hale alleged malpractice in the bid campaigns for the games of 1996 and 2000.'), false);
  });

  it('reads "A criminal group calling itself Black Kestrel" as naming the group, after a dateline too', () => {
    const group = analyzeQuestion('Which group claimed responsibility?');
    assert.equal(onlyAnUnnamedOfKind(group, 'TARNO, Varnia (AP) — A criminal group calling itself Black Kestrel has claimed responsibility for the attack.'), false);
    assert.equal(onlyAnUnnamedOfKind(group, 'TARNO, Varnia (AP) — A criminal group has claimed responsibility for the attack.'), true);
  });

  it('declines "Which airport ...?" when the sentence says only "the airport"', () => {
    const docs: Record<string, string> = {
      a: "Varnia's Foreign Ministry on Thursday blamed negligence for an incident in which Nobel winner Ivo Marek was left stranded at the airport for hours.\n",
      b: 'The ministry apologised on Friday.\n',
    };
    const a = madeEngine('airport', 'Airport', docs).ask('Which airport was Ivo Marek stranded at?', { topic: 'airport' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
    const named = madeEngine('airport2', 'Airport', { ...docs, a: 'Nobel winner Ivo Marek was left stranded at Tarno International Airport for hours.\n' });
    assert.match(named.ask('Which airport was Ivo Marek stranded at?', { topic: 'airport2' }).citations[0]?.quote ?? '', /Tarno International Airport/);
  });
});

describe('one of the kind, unnamed, that the asked verb was done to', () => {
  it('reads "the plane was shot down" as leaving the plane unnamed, not "the Boeing was shot down"', () => {
    const q = analyzeQuestion('What plane did the rebels say they shot down?');
    assert.equal(leavesTheKindUnnamed(q, 'He said the plane was shot down while approaching Kelt air base, where the rebels had deployed missiles.'), true);
    assert.equal(leavesTheKindUnnamed(q, 'He said the plane was flying low near Kelt air base.'), false, 'another verb');
  });

  it('answers "What plane ...?" with the sentence that names it', () => {
    const engine = madeEngine('jet', 'Jet', {
      a: 'He said the plane was shot down while approaching Kelt air base, where the rebels had deployed at least two missiles.\n',
      b: 'On Saturday, the rebels said they shot down a Varnian Boeing 727 which was attempting to land at Kelt.\n',
      c: 'The rebels pushed on toward Kelt on Sunday.\n',
    });
    assert.match(engine.ask('What plane did the rebels say they shot down?', { topic: 'jet' }).citations[0]?.quote ?? '', /Boeing 727/);
  });
});

describe('dates and given names are no names of made things', () => {
  it('reads months and weekdays as calendar names, other names not', () => {
    assert.equal(isCalendarName('nov.'), true);
    assert.equal(isCalendarName('Friday'), true);
    assert.equal(isCalendarName('nov. friday'), true);
    assert.equal(isCalendarName('tarno'), false);
    assert.equal(isCalendarName('may fair'), false);
  });

  it('does not take "by Friday" or "Nov. 16" for the name of a hotel', () => {
    const docs: Record<string, string> = {
      a: 'The decision to cancel games between Nov. 3 and Nov. 16 came after the players proposed a tax, a proposal the owners said they would meet to discuss by Friday.\n',
      b: 'The league opened talks in Osterholm.\n',
    };
    const s = scoredSentence(makeBrief('talks', 'Talks', docs), 'In which hotel did the owners and players meet?', /decision to cancel/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) < 1, `type ${s.factors?.['type']}`);
  });

  it('does not take a person whose surname is also a common noun ("David Stern") for a made thing', () => {
    const docs: Record<string, string> = {
      a: 'Commissioner David Stern and a group of owners walked out of a meeting after dismissing a proposal from the players.\n',
      b: 'David Stern said the owners would not give in.\n',
      c: 'Stern added that talks would resume.\n',
    };
    const s = scoredSentence(makeBrief('stern', 'Talks', docs), 'In which hotel did the owners and players meet?', /walked out/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) < 1, `type ${s.factors?.['type']}`);
  });
});

describe('a name the sentence gives as of another kind', () => {
  it('reads "the English-language newspaper The Nation" as a newspaper\'s name, not a hospital\'s', () => {
    const q = analyzeQuestion('Which hospital treated Ivo Marek?');
    const text = "``I'm very concerned over how my friend Ivo Marek has been treated,'' Hale was quoted as saying by the English-language newspaper The Nation.";
    assert.equal(namedAsOtherKind(q, text, 'nation'), true);
    assert.equal(namedAsOtherKind(q, 'He was treated at the hospital Tarno General.', 'tarno general'), false, 'the kind itself');
    assert.equal(namedAsOtherKind(analyzeQuestion('Which judge heard the case?'), 'The case was argued by lawyer Ivo Marek.', 'ivo marek'), false, 'not for a kind of person');
  });

  it('declines "Which hospital ...?" when the only names are a quoted "I\'m", a modifier and a newspaper', () => {
    const docs: Record<string, string> = {
      a: "``I'm very concerned over how my friend Ivo Marek has been treated,'' Hale was quoted as saying by the English-language newspaper The Nation.\n",
      b: 'Ivo Marek was arrested on Sept. 20.\n',
      c: 'Hale said he would visit Tarno.\n',
    };
    const s = scoredSentence(makeBrief('hosp', 'Hospital', docs), 'Which hospital treated Ivo Marek?', /English-language/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) < 1, `type ${s.factors?.['type']}`);
  });
});

describe('initials are no names', () => {
  it('does not take the "B." and "J." of "B.J. Hale" for the name of a prison', () => {
    const docs: Record<string, string> = {
      a: "On Thursday, the Indonesian government, where guards have been accused of mistreating prisoners, said it regretted the reports about Ivo Marek's injuries and that the allegations placed in doubt a visit by President B.J. Hale.\n",
      b: 'Ivo Marek was arrested on Sept. 20.\n',
      c: 'B.J. Hale said he would visit Tarno.\n',
    };
    const s = scoredSentence(makeBrief('prison', 'Prison', docs), 'Which prison holds Ivo Marek?', /mistreating prisoners/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) < 1, `type ${s.factors?.['type']}`);
  });
});

describe('a light word is no kind', () => {
  it('does not want a name for "How serious did Lind say the situation remained?"', () => {
    const docs = {
      a: 'Ana Lind met the Varnian president in Tarno on Monday.\n\n``The situation remains fully as serious today as it was a week ago,\'\' she said.\n',
      b: 'Ana Lind said NATO plans were moving ahead on a ``serious, intense and sustained basis,\'\' in Brussels.\n',
      c: 'The talks in Tarno ended without a deal on Tuesday.\n',
    };
    const s = scoredSentence(makeBrief('talks', 'Talks', docs), 'How serious did Lind say the situation remained?', /fully as serious/);
    assert.ok(s);
    assert.equal(s.factors?.['type'] ?? 1, 1);
    const a = madeEngine('talks', 'Talks', docs).ask('How serious did Lind say the situation remained?', { topic: 'talks' });
    assert.match(a.citations[0]?.quote ?? '', /fully as serious/);
  });
});

describe('one of the kind, bare, as the object of the asked verb', () => {
  it('reads "burying a hotel and three chalets" as leaving the hotel unnamed, not "a life sentence" or "a document ... outlining"', () => {
    assert.equal(leavesTheKindUnnamed(analyzeQuestion('Which hotel was buried?'), 'An avalanche roared down on the village on Sunday, burying a hotel and three chalets.'), true);
    assert.equal(leavesTheKindUnnamed(analyzeQuestion('Which hotel was buried?'), 'An avalanche on Sunday buried the Hotel Bellevue.'), false);
    assert.equal(leavesTheKindUnnamed(analyzeQuestion('What sentence are prosecutors seeking?'), 'Prosecutors said they would appeal, seeking a life sentence and a conviction.'), false);
    assert.equal(leavesTheKindUnnamed(analyzeQuestion('What document did Lund say Varnia would present?'), 'Lund said Varnia would present a document by the end of February outlining its stance.'), false);
  });

  it('declines "Which hotel was buried?" when the documents never name the buried hotel', () => {
    const a = madeEngine('slide', 'Avalanche', {
      a: 'BRUND, Kessland (AP) _ An avalanche roared down on the ski village of Brund in the Tarn Alps on Sunday, burying a hotel and three chalets.\n',
      b: 'Rescuers searched through the night for 14 people still missing.\n',
    }).ask('Which hotel was buried?', { topic: 'slide' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe("a made thing told only by a relative clause (\"What additive ...?\": \"contained an additive that is not allowed\" names none)", () => {
  const docs = {
    a: 'Some bottles contained an additive that is not allowed in wine, tests found.\n',
    b: 'The attackers used sarin, a gas that attacks the nerves, investigators said.\n',
    c: 'Police seized 4,000 bottles in Libourne on Sunday.\n',
  };
  const brief = makeBrief('wine', 'Fake wine', docs);
  it('reads "contained an additive that ..." as naming no additive for "What additive ...?"', () => {
    const s = scoredSentence(brief, 'What additive was found in the wine?', /an additive that/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) <= 0.5, JSON.stringify(s.factors));
  });
  it('but "velmorin, an additive that ..." names the additive', () => {
    const named = makeBrief('wine', 'Fake wine', { ...docs, a: 'Some bottles contained velmorin, an additive that is not allowed in wine, tests found.\n' });
    const s = scoredSentence(named, 'What additive was found in the wine?', /velmorin/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) > 0.5, JSON.stringify(s.factors));
  });
});

describe('one of the kind, indefinite, with no name after it ("worked for a children\'s charity", "a lawyer of her choice")', () => {
  const docs = {
    a: 'Moreau, who worked for a children\'s charity, was detained in Bamako in May and held without charge for eight months.\n',
    b: 'In an interview with the BBC, Moreau said she had never been allowed to see a lawyer of her choice.\n',
    c: 'Her family thanked the Foreign Ministry on Sunday.\n',
  };
  const brief = makeBrief('detained', 'A detained aid worker', docs);
  it('reads "worked for a children\'s charity" as naming no charity', () => {
    const s = scoredSentence(brief, 'Which charity did Moreau work for?', /children's charity/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) <= 0.5, JSON.stringify(s.factors));
  });
  it('but "Hope Without Borders, a children\'s charity," names the charity', () => {
    const named = makeBrief('detained', 'A detained aid worker', { ...docs, a: 'Moreau worked for Hope Without Borders, a children\'s charity, and was detained in Bamako in May.\n' });
    const s = scoredSentence(named, 'Which charity did Moreau work for?', /Hope Without Borders/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) > 0.5, JSON.stringify(s.factors));
  });
  it('declines "Which lawyer represented Moreau?": "the BBC" is a body, not a lawyer, and "a lawyer of her choice" names none', () => {
    const a = madeEngine('detained', 'A detained aid worker', docs).ask('Which lawyer represented Moreau?', { topic: 'detained' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe('"In which prison ...?" answered by a sentence that never says the kind', () => {
  const docs = {
    a: 'Aid worker Lina Haddad, who holds French and Lebanese citizenship, was flown from Tehran to Doha on Monday.\n',
    b: 'Haddad said she had spent a year in solitary confinement in Qarchak prison, east of Tehran.\n',
  };
  it('prefers the sentence that names the prison to one that only has other names (as for a body)', () => {
    const a = madeEngine('freed', 'A freed aid worker', docs).ask('In which prison was Haddad held?', { topic: 'freed' });
    assert.match(a.citations[0]?.quote ?? '', /Qarchak prison/);
  });
  it('costs the sentence with no prison in it', () => {
    const s = scoredSentence(makeBrief('freed', 'A freed aid worker', docs), 'In which prison was Haddad held?', /holds French/);
    assert.ok(s);
    assert.ok((s.factors?.['type'] ?? 1) < 1, JSON.stringify(s.factors));
  });
});

describe('one of the kind only with "a", whatever else the sentence names', () => {
  const q = analyzeQuestion('Which company claims half of the treasure?');

  it('reads "a claim by a U.S. salvage company that ..." as no company named, but not "Oceanus, a salvage company"', () => {
    assert.equal(onlyAnUnnamedOfKind(q, "Tarnia's highest court rejected a claim by a U.S. salvage company that it was owed half the treasure."), true);
    assert.equal(onlyAnUnnamedOfKind(q, 'Oceanus Recovery, a salvage company that found the wreck, claims half the treasure.'), false);
    assert.equal(onlyAnUnnamedOfKind(q, 'The company, Oceanus Recovery, claims half the treasure.'), false);
  });

  it('reads "a company in Boston" as no company named when the question places it there, but not "a company in Osk" for a question that does not', () => {
    const boston = analyzeQuestion('Which company in Boston employs the researcher?');
    assert.equal(onlyAnUnnamedOfKind(boston, 'The researcher, who now works at a company in Boston, was not named.'), true);
    assert.equal(onlyAnUnnamedOfKind(analyzeQuestion('Which company employs the researcher?'), 'The researcher works at a company in Osk Harbour.'), false);
  });

  it('does not answer "Which company ...?" from it', () => {
    const brief = makeBrief('wreck', 'A wreck', {
      a: "BOGOTA (AP) _ Tarnia's Constitutional Court ruled Wednesday that the cargo belongs to the nation, rejecting a claim by a U.S. salvage company that it was owed half the treasure.\n",
      b: 'Divers searched the wreck on Sunday.\n',
    });
    assert.ok((scoredSentence(brief, 'Which company claims half of the treasure?', /salvage company/)?.factors?.type ?? 1) < 1);
  });
});
