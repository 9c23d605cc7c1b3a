/** Questions for a sum of money ("what salary"), and counts a verb gives after the thing ("numbering 115"). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AMOUNT_RE, countsOnlyDone, countsOnlyPart, countsOnlyPlanned, countsThing, LENGTH_RE, SPEED_RE } from '../../src/qa/quantities.ts';
import { sharesOfOthers, sumsOfOthers, sumsPerUnit } from '../../src/qa/sums-of-others.ts';
import { analyzeQuestion, detectType } from '../../src/qa/question-analysis.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { WordNet } from '../../src/qa/wordnet.ts';
import { assertAnswers, madeEngine, makeBrief, scoredSentence } from './qa-helpers.ts';

describe('"what salary", "what price": a sum of money', () => {
  it('reads a question for a salary, price or fee as one for an amount, and not one for a rate', () => {
    assert.equal(analyzeQuestion("Above what salary would the players' proposed tax apply?").amount, true);
    assert.equal(analyzeQuestion('What is the new price of a ticket?').amount, true);
    assert.equal(analyzeQuestion('What is the unemployment rate?').amount, false);
  });

  it('answers with the sentence that gives a sum, not one with only a date', () => {
    const engine = madeEngine('pay', 'Pay talks', {
      a: 'Proposals exchanged on July 1 included a tax on player salaries that the union proposed.\n',
      b: 'Under the proposal, a 50 percent tax would apply to salary earned above $18 million.\n',
    });
    const a = engine.ask("Above what salary would the union's proposed tax apply?", { topic: 'pay' });
    assert.match(a.citations[0]?.quote ?? '', /\$18 million/);
  });
});

describe('a vague quantity', () => {
  it('does not take "several doctors" or "monitors, many of whom" for a count, as it does "dozens of doctors"', () => {
    const doctor = termOf('doctors') as string;
    assert.equal(countsThing('The first plane would carry the health minister and several doctors bearing supplies.', [doctor]), false);
    assert.equal(countsThing('The first plane would carry the health minister and 12 doctors bearing supplies.', [doctor]), true);
    assert.equal(countsThing('Dozens of doctors left the city.', [doctor]), true);
    // A comma ends what a number counts: "one main street, scattered houses" counts no houses.
    const house = termOf('houses') ?? 'houses';
    assert.equal(countsThing('Kalmo is a town with one main street, scattered houses and mud huts.', [house]), false);
    assert.equal(countsThing('Kalmo is a town with one main street and 40 scattered houses.', [house]), true);
    // ... so "47; the bodies of 10 people" counts bodies by the people they were, not by the 47 before the semicolon.
    const body = termOf('bodies') ?? 'bodies';
    assert.equal(countsThing('The final death toll was 47; the bodies of 10 people were never found.', [body]), true);
    assert.equal(countsThing('The final death toll was 47; the bodies were never found.', [body]), false);
    assert.equal(countsThing('It is a country of 10 million people.', [termOf('countries') ?? 'countries']), false);
    // "many of whom", "most of whom" count nothing; "thousands of whom" does.
    const monitor = termOf('monitors') as string;
    assert.equal(countsThing('These monitors, many of whom are former officers, have reported calm.', [monitor]), false);
    assert.equal(countsThing('The monitors, hundreds of whom are former officers, have reported calm.', [monitor]), true);
  });
});

describe('a count given by a verb after the thing', () => {
  it('reads "members _ currently numbering 115" and "staff, which now totals 40" as counts of the thing', () => {
    const member = termOf('members') as string;
    assert.equal(countsThing('He said 5 to 7 percent of the council members _ currently numbering 115 _ were open to bribes.', [member]), true);
    assert.equal(countsThing('Its staff, which now totals 40, will move in May.', [termOf('staff') as string]), true);
    // A number written in two hyphenated words, as at the start of a sentence.
    assert.equal(countsThing('Eighty-eight board members took part in a secret vote in 1991.', [member]), true);
    assert.equal(countsThing('Eighty board members took part.', [member]), true);
    // "22 others" after a count of people counts people.
    const people = termOf('people') as string;
    assert.equal(countsThing('Troops attacked a village, killing one villager and wounding 22 others.', [people]), true);
    assert.equal(countsThing('Troops attacked a village, killing one villager and wounding 22 others.', [termOf('houses') as string]), false);
    assert.equal(countsThing('The protesters, numbering 300, marched on the council.', [member]), false, 'the count of another thing');
  });
});

describe('a count of what belongs to a plural ("victims\' remains")', () => {
  it('counts the owners as well: "the remains of 159 victims" answers "How many victims\' remains were recovered?"', () => {
    assert.deepEqual(analyzeQuestion("How many victims' remains were recovered?").counted, [termOf('victims'), termOf('remains')]);
    const a = madeEngine('jet', 'Jet crash', {
      a: 'A Tarvian Air jet crashed into the sea off Kessel on Tuesday with 187 people aboard.\n\nSearchers recovered the remains of 159 victims before the operation ended last week.\n',
    }).ask("How many victims' remains were recovered?", { topic: 'jet' });
    assert.match(a.citations[0]?.quote ?? '', /159 victims/, a.answer);
    assert.equal(a.abstained, false, a.answer);
  });
});

describe('a count of a pair ("athletes and officials")', () => {
  it('counts either plural of the pair', () => {
    assert.deepEqual(analyzeQuestion('How many athletes and officials will Varnia send to the Games?').counted, [termOf('athletes'), termOf('officials')]);
    assert.deepEqual(analyzeQuestion('How many regular-season games were cancelled?').counted, [termOf('games')]);
    const engine = madeEngine('games', 'The Games', {
      a: 'Despite hunger at home, Varnia plans to send 317 athletes and officials to next month\'s Games in Tarno, officials said Thursday.\n',
      b: 'It sent only 18 athletes and officials to the winter games in February.\n',
      c: 'The Games open in Tarno on Dec. 6.\n',
    });
    const a = engine.ask('How many athletes and officials will Varnia send to the Games?', { topic: 'games' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /317/);
  });
});

describe('a year that names which one', () => {
  it('is no count: "the 1998 Lind Literature Prize", "its 2002 Games"; a bare number before a plural still counts', () => {
    const prize = [termOf('prizes') as string];
    assert.equal(countsThing('Ana Berg on Thursday was named the winner of the 1998 Lind Literature Prize.', prize), false);
    assert.equal(countsThing('The city spent heavily on its 2002 Games bid.', [termOf('games') as string]), false);
    assert.equal(countsThing('Some 1500 troops crossed the border.', [termOf('troops') as string]), true);
  });
});

describe('a number that counts another noun', () => {
  const t = (w: string): string => termOf(w) as string;
  it('does not count the asked thing past a preposition ("seven times to greet planes", "four years between votes")', () => {
    assert.equal(countsThing('The mayor walked out seven times to greet planes from abroad.', [t('planes')]), false);
    assert.equal(countsThing('The project ran in the four years between votes on the two bids.', [t('votes')]), false);
    assert.equal(countsThing('The council received 46 votes in the final round.', [t('votes')]), true);
  });

  it('does not count the asked thing with a number of days or years ("one day commands players")', () => {
    assert.equal(countsThing('Ivo Marek one day commands players to boycott the games.', [t('players')]), false);
    assert.equal(countsThing('Two years later 40 players left.', [t('players')]), true);
    assert.equal(countsThing('It was cancelled three times.', [t('times')]), true);
  });

  it('counts a noun by "N of whom" after it ("refugees, tens of thousands of whom ...")', () => {
    assert.equal(countsThing('There is fear among refugees, tens of thousands of whom are living in the hills.', [t('refugees')]), true);
    assert.equal(countsThing('There is fear among villagers, tens of thousands of whom are living in the hills.', [t('refugees')]), false);
  });

  it('does not count a noun the asked word only modifies ("one more passenger plane")', () => {
    assert.equal(countsThing('Officials said one more passenger plane will be added to the fleet.', [t('passengers')]), false);
    assert.equal(countsThing('The short-haul plane carried 48 passengers, mostly students.', [t('passengers')]), true);
    assert.equal(countsThing('Only one passenger died in the crash.', [t('passengers')]), true);
    // The asked noun's own modifiers, counted with it: the army's vehicles.
    assert.equal(countsThing('Up to 120 Valmoran army armored vehicles have been pulled out.', [t('army'), t('armored')]), true);
  });
});

describe('"how much <money>": a sum of money gives it', () => {
  it('reads the counted noun as money by WordNet ("investment", "aid"), not "growth"', () => {
    const wn = WordNet.open();
    assert.deepEqual(['investment', 'aid', 'growth', 'inflation'].map((w) => wn?.isMoneyNoun(w)), [true, true, false, false]);
    const engine = madeEngine('econ', 'An economy', {
      a: [
        'Foreign direct investment in Varnia fell in September to $142 million, from a monthly average of $321 million.',
        'Investors have not wholly abandoned Varnia, analysts said.',
      ].join(' '),
    });
    const a = engine.ask('How much foreign direct investment did Varnia receive in September?', { topic: 'econ' });
    assert.equal(a.abstained, false, `abstained at ${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /\$142 million/);
  });
});

describe('a figure asked with a long noun phrase', () => {
  it('reads a question that is a noun phrase ending in a measured noun, after any modifiers, as asking for a figure', () => {
    for (const q of ["What is Valmora's central bank interest rate?", 'What is the infant mortality rate in Valmora?', 'What was the national voter turnout in the election?', 'What is the maximum value of a gift a city may give?', "What is the krona's exchange rate against the dollar?"]) assert.equal(analyzeQuestion(q).type, 'quantity', q);
    for (const q of ["What is the central bank's rate policy?", "What is the theme of this year's summit?"]) assert.notEqual(analyzeQuestion(q).type, 'quantity', q);
  });

  it('so "the rate at which ..." with no figure does not answer it', () => {
    const engine = madeEngine('rates', 'Rates in the currency union', {
      a: 'Ministers will agree the central bank interest rate at which Valmora joins the union.\n',
      b: 'Unemployment in the currency union remains high at 10.9 percent.\n',
    });
    assert.ok(engine.ask("What is Valmora's central bank interest rate?", { topic: 'rates' }).abstained);
  });
});

describe('a count that was only planned', () => {
  it('reads a number that is the object of a plan or hope as planned, not one in a noun phrase on the way', () => {
    const tourist = [termOf('tourists') as string];
    assert.equal(countsOnlyPlanned('How many tourists visited Korlo?', 'The firm hopes to send by ship up to 2,000 tourists a week to Korlo.', tourist, []), true);
    assert.equal(countsOnlyPlanned('How many tourists visited Korlo?', 'The firm will fly 300 tourists to Korlo.', tourist, []), true);
    const aircraft = [termOf('aircraft') as string];
    assert.equal(countsOnlyPlanned('How many aircraft are in the fleet?', 'One more plane will be added to the fleet of three aircraft.', aircraft, []), false);
    assert.equal(countsOnlyPlanned('How many tourists visited Korlo?', 'The firm hopes to send more; 900 tourists visited Korlo in May.', tourist, []), false, 'a count that came about beside the plan');
    // A count inside the subject's "from" phrase is of what the doers come from, not of what is planned.
    const federation = [termOf('federations') as string];
    assert.equal(countsOnlyPlanned('How many federations vote in the election?', 'Delegates from 142 national federations will elect a new president on Saturday.', federation, []), false);
    assert.equal(countsOnlyPlanned('How many tourists does the firm hope to send?', 'The firm hopes to send up to 2,000 tourists a week.', tourist, []), false, 'the question asks for the plan');
    const families = [termOf('families') as string];
    assert.equal(countsOnlyPlanned('How many families must move?', 'About 2,000 families are to be moved to new housing.', families, []), false, 'what must be is what is to be');
    assert.equal(countsOnlyPlanned('How many families moved?', 'About 2,000 families are to be moved to new housing.', families, []), true);
    // A count with its verb still to come, or in an open question ("whether").
    const people = [termOf('people') as string];
    assert.equal(countsOnlyPlanned('How many people marched on Wednesday?', 'If the party has its way, millions of people will march on Wednesday.', people, []), true);
    assert.equal(countsOnlyPlanned('How many people marched on Wednesday?', 'The judge decides Monday whether or not more than 200 people should be paid.', people, []), true);
    assert.equal(countsOnlyPlanned('How many people marched on Wednesday?', 'Officials said 70,000 people marched, so that the city would notice.', people, []), false);
    assert.equal(countsOnlyPlanned('How many people were to march?', 'Six more groups of people are to march at noon.', people, []), false, 'the question asks what was to be');
    // ... but a known number of things the open question is about is a count that is.
    const settlement = [termOf('settlements') as string];
    assert.equal(countsOnlyPlanned('How many settlements are there?', 'Our concern is whether any of the 160 Varnian settlements are endangered.', settlement, []), false);
    // Things already had, named by their owner or "the", are no plan though a plan acts on them.
    const well = [termOf('wells') as string];
    assert.equal(countsOnlyPlanned('How many wells does the charity have?', 'The charity would keep funding its 14 existing wells.', well, []), false);
    assert.equal(countsOnlyPlanned('How many wells does the charity have?', 'The charity will close the 14 wells.', well, []), false);
    assert.equal(countsOnlyPlanned('How many wells does the charity have?', 'The charity will drill 14 wells.', well, []), true);
  });

  it('does not answer how many came with how many were to come, and answers a question about the plan', () => {
    const engine = madeEngine('tours', 'Tours to Korlo', {
      a: 'The firm hopes to send by ship up to 2,000 tourists a week for tours of Korlo beginning in November.\n',
      b: 'Relations between the two sides remain tense.\n',
    });
    const a = engine.ask('How many tourists visited Korlo in November?', { topic: 'tours' });
    assert.equal(a.abstained, true, a.answer);
    assert.equal(engine.ask('How many tourists a week does the firm hope to send to Korlo?', { topic: 'tours' }).abstained, false);
  });
});

describe('what a quantity question asks for, in less common wordings', () => {
  it('counts the noun after "how many of the", reads "how large is the loan" as a sum and "how high did" as a measure', () => {
    assert.deepEqual(analyzeQuestion('How many of the special police units have been removed from Korlo?').counted, [termOf('units')]);
    assert.deepEqual(analyzeQuestion('How many of the 401 members who sought re-election lost?').counted, [termOf('members')]);
    assert.deepEqual(analyzeQuestion('How much of Korlo do the rebels control?').counted, [], '"how much of" is a share, not a count');
    for (const q of ['How large is the IMF loan to Varnia?', 'How large a bonus did the club give Bird?', "How large are Varnia's foreign exchange reserves?"]) assert.equal(analyzeQuestion(q).amount, true, q);
    assert.equal(analyzeQuestion("How large is the Republicans' hold over the Senate?").amount, false);
    assert.equal(analyzeQuestion('How high did the flames shoot?').measure, true);
    assert.equal(analyzeQuestion('How far back did the storm set Varnia?').measure, false);
    assert.equal(analyzeQuestion('How far from its enclosure was the tiger found?').measure, true, 'a distance from a place');
  });

  it('answers "How far from X was Y found?" with the distance', () => {
    const engine = madeEngine('zoo', 'A tiger escapes', {
      a: 'The tiger that escaped from the zoo was captured unharmed on Thursday in an allotment garden about three kilometers from its enclosure.\n\nA gardener spotted it under a hedge.\n',
    });
    assertAnswers(engine, 'zoo', 'How far from its enclosure was the tiger found?', /three kilometers/);
  });

  it('reads a measure with a scale word ("4.7 million miles") as a length', () => {
    assert.equal(LENGTH_RE.test('The shuttle traveled 4.7 million miles in orbit.'), true);
  });
});

describe('"how much will it cost": not a sum of something else', () => {
  const asks = (...words: string[]) => (w: string): boolean => words.includes(termOf(w) ?? w);

  it('finds sentences whose every sum is said to be of something not asked about', () => {
    assert.equal(sumsOfOthers('The committee paid nearly dlrs 400,000 in scholarships to relatives.', asks('game', 'cost')), true);
    assert.equal(sumsOfOthers('The government promised 200 million crowns in emergency aid to rebuild Dunmore.', asks('rebuild', 'dunmor', 'cost')), true);
    assert.equal(sumsOfOthers('The repairs will cost $5 billion in repairs and fees.', asks('repair', 'cost')), false, 'of the asked thing');
    assert.equal(sumsOfOthers('Halvorsen will pay $41 a share.', asks('pay')), false, 'of nothing said');
    assert.equal(sumsOfOthers('It paid $2 million in aid and will spend $9 million on the bridge.', asks('bridg')), false, 'one sum is of nothing said');
    assert.equal(sumsOfOthers('The bank may convert part of its dlrs 145 billion worth of foreign exchange reserves into the crown.', asks('crown', 'worth', 'dollar')), true, 'the worth of reserves, not of the crown');
    assert.equal(sumsOfOthers('The yard sold $300 million worth of ships last year.', asks('ship', 'worth')), false, 'the worth of what was asked');
    assert.equal(sumsOfOthers('No sums here.', asks('cost')), false);
  });

  it('does not answer what a thing costs with aid given for it, and answers what was given', () => {
    const engine = madeEngine('flood', 'The flood', {
      a: 'The fire destroyed 300 homes in Dunmore last week.\n\nThe government has promised 200 million crowns in aid to rebuild Dunmore, which will cost more.\n',
      b: 'Rain fell on Monday. The cost of the fire is not known.\n',
    });
    const cost = engine.ask('How much will rebuilding Dunmore cost?', { topic: 'flood' });
    assert.equal(cost.abstained, true, `answered at ${cost.confidence}`);
    const promised = engine.ask('How much has the government promised to rebuild Dunmore?', { topic: 'flood' });
    assert.equal(promised.abstained, false, `abstained at ${promised.confidence}`);
  });
});

describe('"what share of X": a share of X', () => {
  const asks = (...words: string[]) => (w: string): boolean => words.includes(termOf(w.toLowerCase()) ?? w);

  it('finds sentences whose every percentage is a share of something not asked about', () => {
    const users = asks('internet', 'user', 'reach');
    assert.equal(sharesOfOthers('Internet commerce could reach $3.2 trillion, or 5 percent of global sales.', users), true);
    assert.equal(sharesOfOthers('About 22 percent of Internet users reach it through the portal.', users), false);
    assert.equal(sharesOfOthers("Ethnic Varnians make up 90 percent of the province's 2 million-strong population.", asks('popul')), false, 'a few words on');
    assert.equal(sharesOfOthers('Sales rose 5 percent.', users), false, 'of nothing said');
  });

  it('leaves a share of "the people" to the words that describe them', () => {
    assert.equal(sharesOfOthers("A release showed that 12.5 percent of the people buying Lind's new phone had owned a Corvo phone.", asks('aria', 'buyer', 'own', 'corvo', 'phone')), false);
    assert.equal(sharesOfOthers('Sales of the phone made up 12.5 percent of the firms revenue.', asks('lind', 'buyer')), true);
  });

  it('answers "what share of X buyers ...?" with the percentage, though the question names what it counts', () => {
    const engine = madeEngine('phones', 'The phone trial', {
      a: "He entered into evidence a Lind news release showing that 12.5 percent of the people buying Lind's new Aria phone had previously owned a Corvo phone.\n",
      b: 'The trial resumes on Monday in Tarno.\n',
    });
    const a = engine.ask('What share of Aria buyers had owned a Corvo phone?', { topic: 'phones' });
    assert.equal(a.abstained, false, a.answer);
    assert.match(a.citations[0]?.quote ?? '', /12\.5 percent/);
  });

  it('does not answer what share of users with a share of sales', () => {
    const engine = madeEngine('web', 'The portal', {
      a: 'The portal notes a forecast that Internet commerce could reach $3.2 trillion by 2003, or 5 percent of global sales.\n',
      b: 'The portal has 14 million members.\n',
    });
    const a = engine.ask('What share of Internet users reach it through the portal?', { topic: 'web' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('does not take "around half are believed to be alive" for the share asked, but "about half backed it" for one of those who did', () => {
    const engine = madeEngine('pod', 'Whales stranded', {
      a: 'About 230 pilot whales have become stranded on a beach on Varnia\'s west coast, and around half are believed to still be alive, officials said.\n',
      b: 'Varnia accounts for about 80 percent of whale strandings in the region, according to the environment department.\n',
    });
    assert.match(engine.ask('What share of the region\'s whale strandings happen in Varnia?', { topic: 'pod' }).citations[0]?.quote ?? '', /80 percent/);
    const half = scoredSentence(makeBrief('pod2', 'Whales', { a: 'About 230 pilot whales have become stranded on a beach on Varnia\'s west coast, and around half are believed to still be alive, officials said.\n', b: 'The rescue went on for four days.\n' }), 'What share of the region\'s whale strandings happen in Varnia?', /around half/);
    assert.ok(half);
    assert.ok((half.factors?.['type'] ?? 1) <= 0.5, String(half.factors?.['type']));
    const vote = madeEngine('vote', 'A vote', {
      a: 'The council met on Monday, and about half backed the plan to close the bridge.\n',
      b: 'The bridge opened in 1970.\n',
    });
    assert.match(vote.ask('What share of the council backed the plan?', { topic: 'vote' }).citations[0]?.quote ?? '', /about half backed/);
  });
});

describe('a rough count', () => {
  it('takes "About 230 pilot whales have become stranded" over "Hundreds of pilot whales stranded"', () => {
    const docs = {
      a: 'Hundreds of pilot whales stranded on Varnian beach\n\nTARNO (AP) — About 230 pilot whales have become stranded on a beach on Varnia\'s west coast, officials said on Wednesday.\n',
      b: 'The rescue went on for four days.\n',
    };
    const rough = scoredSentence(makeBrief('pod', 'Whales', docs), 'How many whales were stranded?', /Hundreds of/);
    assert.ok(rough);
    assert.equal(rough.factors?.['type'], 0.9);
    const exact = scoredSentence(makeBrief('pod', 'Whales', docs), 'How many whales were stranded?', /About 230/);
    assert.ok(exact);
    assert.equal(exact.factors?.['type'] ?? 1, 1);
  });
});

describe('a number and its noun in one word ("a 115-boat fleet")', () => {
  it('counts the noun, unless a head after it sets the count apart from the asked kind', () => {
    const games = [termOf('games') as string];
    assert.equal(countsThing('The league canceled the entire 114-game preseason on Monday.', games), true, 'no kind asked');
    assert.equal(countsThing('The league canceled the entire 114-game preseason on Monday.', games, ['regular-season']), false);
    assert.equal(countsThing('The league canceled its 82-game regular-season schedule.', games, ['regular-season']), true);
  });
});

describe('"how many members does it have": the whole, not a part', () => {
  it('finds sentences whose every count of the asked thing is of a part', () => {
    const members = [termOf('members') as string];
    const q = 'How many members does the council have?';
    assert.equal(countsOnlyPart(q, 'Lind said he knew of four agents, including one council member, who took money.', members, []), true);
    assert.equal(countsOnlyPart(q, 'Lind is one of only four council members with life membership.', members, []), true);
    assert.equal(countsOnlyPart(q, 'The 115 council members, including one from Tolm, met on Monday.', members, []), false, 'the whole is counted too');
    assert.equal(countsOnlyPart('How many council members took money?', 'Four agents, including one council member, took money.', members, []), false, 'not a question about the whole');
  });

  it('takes a count that something was done to for a part ("arrested 10 members", "10 members ... have been detained")', () => {
    const members = [termOf('members') as string];
    const q = 'How many members does the Harbour Party have?';
    assert.equal(countsOnlyPart(q, 'Last week the police arrested 10 members and sympathizers of the Harbour Party.', members, []), true);
    assert.equal(countsOnlyPart(q, 'At least 10 Harbour Party members or supporters in the port area have been detained by the police.', members, []), true);
    assert.equal(countsOnlyPart(q, 'The Harbour Party numbered 300 members by June.', members, []), false, 'a verb that gives the whole');
    assert.equal(countsOnlyPart(q, 'The Harbour Party has 300 members in nine towns.', members, []), false);
  });

  it('takes an amount in a unit of measure after a verb for the whole ("burned 6,800 hectares")', () => {
    const hectares = [termOf('hectares') as string];
    const q = 'How many hectares did the fire burn in total?';
    assert.equal(countsOnlyPart(q, 'The fire burned 6,800 hectares of forest and farmland, the authority said.', hectares, []), false);
    assert.equal(countsOnlyPart(q, 'The fire had burned about 1,200 hectares by Sunday evening.', hectares, []), false);
    assert.equal(countsOnlyPart(q, 'Two of the hectares burned were farmland.', hectares, []), true, 'still a part by "two of the"');
  });

  it('reads "How many X were there in all?" as a question for the whole, and "two of the X" as a part', () => {
    const gunmen = [termOf('gunmen') as string];
    const q = 'How many gunmen were there in all?';
    assert.equal(countsOnlyPart(q, 'Two of the gunmen were killed and four were captured, police said.', gunmen, []), true);
    assert.equal(countsOnlyPart('How many gunmen were there?', 'Two of the gunmen were killed, police said.', gunmen, []), true);
    assert.equal(countsOnlyPart(q, 'Six gunmen stormed the embassy; two of the gunmen were killed.', gunmen, []), false, 'the whole is counted too');
    assert.equal(countsOnlyPart('How many gunmen were killed?', 'Two of the gunmen were killed, police said.', gunmen, []), false, 'not a question about the whole');
    const members = [termOf('members') as string];
    assert.equal(countsOnlyPart('How many members does the council have?', 'Six of the nine members of the council voted for the rise.', members, []), false, '"six of the nine members" counts the whole too');
  });

  it('takes a bare count where something happened for a part ("a recount in four provinces")', () => {
    const provinces = [termOf('provinces') as string];
    const q = 'How many provinces does Tarvia have?';
    assert.equal(countsOnlyPart(q, 'A recount in four Tarvian provinces confirmed the result.', provinces, []), true);
    assert.equal(countsOnlyPart(q, 'Voting went ahead in only six provinces on Sunday.', provinces, []), true);
    // The whole's count is definite, or said with "has"; a range "from 171 to 145" counts no part.
    assert.equal(countsOnlyPart(q, 'Voting went ahead in all 26 provinces.', provinces, []), false);
    assert.equal(countsOnlyPart(q, 'Tarvia has 26 provinces.', provinces, []), false);
    assert.equal(countsOnlyPart(q, 'The army cut the number of provinces open to aid groups from 171 to 145.', provinces, []), false);
  });

  it('does not answer with the count of a part', () => {
    const engine = madeEngine('council', 'The council', {
      a: 'Lind, the second most senior member of the council, said he knew of four agents, including one council member, who took money.\n',
      b: 'The council meets in Tolm every spring.\n',
    });
    const a = engine.ask('How many members does the council have?', { topic: 'council' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe('"how many will ...": not a count of what is done', () => {
  it('finds sentences whose every count of the asked thing is of something already done', () => {
    const cattle = [termOf('cattle') as string];
    const past = (w: string): boolean => /^(?:donated|killed|took|gave)$/.test(w);
    assert.equal(countsOnlyDone('The visit was delayed by a dispute over 500 cattle donated by Chung during a trip in June.', cattle, [], past), true);
    assert.equal(countsOnlyDone('Chung donated 500 cattle in June.', cattle, [], past), true);
    assert.equal(countsOnlyDone('Chung plans to visit again next week with a gift of 501 cattle.', cattle, [], past), false, 'what is to come');
    assert.equal(countsOnlyDone('Chung donated 500 cattle in June and has 501 cattle ready.', cattle, [], past), false, 'one count is not of a deed');
  });

  it('does not answer how many will come with how many came', () => {
    const engine = madeEngine('herd', 'The herd', {
      a: 'The trip was delayed a month by a dispute over 500 cattle donated by Ola Brun during a trip to Tolm in June.\n',
      b: 'Brun founded the firm in 1947.\n',
    });
    const a = engine.ask('How many cattle will Ola Brun take on his next trip to Tolm?', { topic: 'herd' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe('an amount has a figure', () => {
  it('does not take a currency named without one ("absorbed into the euro") for an amount', () => {
    assert.equal(AMOUNT_RE.test('Ministers will agree the rates at which marks and lire are absorbed into the euro.'), false);
    assert.equal(AMOUNT_RE.test('The dollar fell against the yen.'), false);
    assert.equal(AMOUNT_RE.test('The euro would be worth 6.56 to 6.57 francs.'), true);
    assert.equal(AMOUNT_RE.test('It cost 40 million dollars.'), true);
    assert.equal(AMOUNT_RE.test('It cost a billion dollars.'), true);
    assert.equal(AMOUNT_RE.test('Thousands of dollars were lost.'), true);
  });

  it('declines "how much will the euro be worth" when no sentence gives a figure', () => {
    const engine = madeEngine('coin', 'The new currency', {
      a: 'Ministers will agree on Thursday to the rates at which marks, lire and the rest are absorbed into the euro.\n',
      b: 'Banks across the region will close on Friday to prepare for the change.\n',
    });
    const a = engine.ask('How much will the euro be worth in marks?', { topic: 'coin' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe('a price for each of something', () => {
  const asks = (q: string) => (w: string): boolean => new RegExp(`\\b${w}s?\\b`, 'i').test(q);

  it('is not what is paid for the whole, unless the question asks per that unit', () => {
    const text = 'Lanner will pay $41 a share, a premium of 28 percent.';
    assert.equal(sumsPerUnit(text, asks('How much is Lanner paying for Corvo?')), true);
    assert.equal(sumsPerUnit(text, asks('How much will Lanner pay per share?')), false);
    // "$200 each" is the price of the asked things themselves; a sum with no unit keeps the sentence.
    assert.equal(sumsPerUnit('The devices could cost $200 each.', asks('How much might the devices cost?')), false);
    assert.equal(sumsPerUnit('Lanner agreed to buy Corvo for $3.2 billion.', asks('How much is Lanner paying for Corvo?')), false);
    // A rate in time is what is paid, over time.
    assert.equal(sumsPerUnit('The railway would pay evacuees 150 dollars a day.', asks('How much is the railway paying evacuees?')), false);
  });

  it('answers what is paid for the company from the sentence that gives the total', () => {
    const engine = madeEngine('deal', 'A takeover', {
      a: 'Lanner Foods said on Monday it would pay $3.2 billion in cash for Corvo Dairy.\n',
      b: 'Lanner will pay $41 a share, a premium of 28 percent over Corvo\'s closing price on Friday.\n',
    });
    const whole = engine.ask('How much is Lanner paying for Corvo?', { topic: 'deal' });
    assert.match(whole.citations[0]?.quote ?? '', /\$3\.2 billion/, whole.answer);
  });
});

describe('a count of a country\'s people', () => {
  it('takes a country\'s adjective before the counted noun as a modifier: "rebel troops" are not Danish troops', () => {
    const engine = madeEngine('war', 'A war', {
      a: 'A rebel spokesman said 3,500 rebel troops and their Danish allies had closed in on government forces from three directions.\n',
      b: 'The capital was calm on Monday.\n',
    });
    assert.equal(engine.ask('How many Danish troops closed in on government forces?', { topic: 'war' }).abstained, true);
    const other = madeEngine('war', 'A war', {
      a: 'A rebel spokesman said 3,500 Danish troops had closed in on government forces from three directions.\n',
      b: 'The capital was calm on Monday.\n',
    });
    assert.equal(other.ask('How many Danish troops closed in on government forces?', { topic: 'war' }).abstained, false);
    assert.equal(countsThing('It comprises about 300 U.S. companies with investments abroad.', [termOf('companies') as string], ['u.s.']), true, 'the same country however written');
  });
});

describe('what something is worth', () => {
  it('asks for an amount, not any number', () => {
    assert.equal(detectType('What will one euro be worth in Italian lire?'), 'quantity');
    assert.equal(detectType('What is the crown worth in dollars?'), 'quantity');
    assert.equal(analyzeQuestion('What will one crown be worth in marks?').amount, true);
  });

  it('declines a sentence with a count of nations and no value, answers the one with the value', () => {
    const engine = madeEngine('crown', 'The new crown', {
      a: 'On launch day, finance ministers from the 11 nations will meet to agree the rates at which marks, lire and the rest are absorbed into the crown.\n',
      b: 'Shares rose on the news.\n',
    });
    const none = engine.ask('What will one crown be worth in francs?', { topic: 'crown' });
    assert.equal(none.abstained, true, none.citations[0]?.quote);
    const withValue = madeEngine('crown2', 'The new crown', {
      a: 'On launch day, finance ministers from the 11 nations will meet to agree the rates at which marks, lire and the rest are absorbed into the crown.\n\nThe minister said one crown would likely be worth 6.56 French francs.\n',
    });
    const value = withValue.ask('What will one crown be worth in francs?', { topic: 'crown2' });
    assert.equal(value.abstained, false, value.answer);
    assert.match(value.citations[0]?.quote ?? '', /6.56 French francs/);
  });

  it('does not take a share of the counted people ("46 percent of voters") for how many there were', () => {
    const voter = termOf('voters') as string;
    assert.equal(countsThing('A poll published last October showed 46 percent of voters favored the plan.', [voter]), false);
    assert.equal(countsThing('The poll asked 1,009 voters whether they favored the plan.', [voter]), true);
    const engine = madeEngine('poll', 'The poll', {
      a: 'A poll published last October showed 46 percent of Ostrian voters favored the plan, while 44 percent were opposed.\n',
      b: 'The plan needs another referendum to pass.\n',
    });
    const a = engine.ask('How many Ostrian voters were surveyed in the October poll?', { topic: 'poll' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('asks a rate of "How many flights a week ...?": a count with no period ("two Nordair flights") does not give it', () => {
    const docs: Record<string, string> = {
      a: 'Throughout the morning, the president walked to the tarmac seven times to greet planes from Tarno, Lenfield and two Nordair flights.\n',
      b: 'The airport opened on Tuesday.\n',
    };
    // The airline in many sentences, as in a story about it: its name weighs little.
    'cdefgh'.split('').forEach((k, i) => { docs[k] = `Nordair said on day ${i + 1} that it would run its planes to Tarno.\n`; });
    // A low threshold, so that only the missing rate decides: 0.5 without the rule, 0.3 with it.
    const engine = madeEngine('flights', 'Flights', docs, { threshold: 0.4 });
    const a = engine.ask('How many flights a week will Nordair run to Tarno?', { topic: 'flights' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
    const rate = madeEngine('flights2', 'Flights', {
      a: 'Nordair will run four flights a week to Tarno from next month.\n',
      b: 'The airport opened on Tuesday.\n',
    });
    assert.match(rate.ask('How many flights a week will Nordair run to Tarno?', { topic: 'flights2' }).citations[0]?.quote ?? '', /four flights a week/);
  });

  it('asks a rate of "How much is X paid each season?": a sum for a whole deal ("was paid $126 million under the deal") does not give it', () => {
    const docs: Record<string, string> = {
      a: 'Ivo Marek was paid $126 million under the deal he signed last year with Tarno.\n',
      b: 'The league opened talks on Tuesday.\n',
    };
    // The season in many sentences, as in a story about it: the word weighs little.
    'cdefgh'.split('').forEach((k, i) => { docs[k] = `The season opened in Osterholm on day ${i + 1}.\n`; });
    // A threshold that only the missing rate decides: the sum alone scores 0.6 of the full match with the rule.
    const engine = madeEngine('pay', 'Pay', docs, { threshold: 0.7 });
    const a = engine.ask('How much is Ivo Marek paid each season?', { topic: 'pay' });
    assert.equal(a.abstained, true, `${a.confidence}: ${a.citations[0]?.quote}`);
    const rate = madeEngine('pay2', 'Pay', { ...docs, a: 'Ivo Marek is paid $21 million a season under the deal he signed last year with Tarno.\n' });
    assert.match(rate.ask('How much is Ivo Marek paid each season?', { topic: 'pay2' }).citations[0]?.quote ?? '', /\$21 million a season/);
    // "a year ago" places the question in time; it asks no rate.
    const ago = madeEngine('pay3', 'Pay', { ...docs, a: 'Ivo Marek was paid $126 million under the deal he signed in 1997 with Tarno.\n' }, { threshold: 0.5 });
    assert.equal(ago.ask('How much was Ivo Marek paid under the deal he signed a year ago?', { topic: 'pay3' }).abstained, false);
  });
});

describe('how far something went', () => {
  it('answers "How far had the offensive reached?" with the place it got to, not with a distance elsewhere', () => {
    const engine = madeEngine('war', 'The war', {
      a: 'The assistance was essential in routing an early rebel offensive in the west that had reached the outskirts of Tarno in mid-August.\n',
      b: 'Kalmo lies 380 kilometers (235 miles) west of Osterholm, the rebel headquarters.\n',
      c: 'Government troops held the bridge on Sunday.\n',
    });
    const a = engine.ask('How far had the early rebel offensive in the west reached?', { topic: 'war' });
    assert.equal(a.abstained, false, `${a.confidence}`);
    assert.match(a.citations[0]?.quote ?? '', /outskirts of Tarno/);
  });
});


describe('a speed in any unit of length per unit of time', () => {
  it('reads "30 meters an hour" and "2 feet a day" as speeds, not "30 meters from the houses"', () => {
    for (const t of ['The lava was moving at about 30 meters an hour.', 'The glacier slides 2 feet a day.', 'Winds reached 100 kilometers per hour.']) assert.equal(SPEED_RE.test(t), true, t);
    assert.equal(SPEED_RE.test('The lava was 30 meters from the houses after an hour.'), false);
  });
});
