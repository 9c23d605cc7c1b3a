/** A role tied to one country in the question and to another in the sentence answers a different question. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actsAnotherCountry, countryTies, namesAnotherOffice, tiesAnotherCountry } from '../../src/qa/country-ties.ts';
import { askedSettings, countAtAnotherPlace, countOfLeadCountry, figureSetElsewhere, setInAnotherCountry } from '../../src/qa/figure-places.ts';
import { countryTermOf } from '../../src/qa/gazetteer.ts';
import { termOf } from '../../src/qa/text-analysis.ts';
import { madeEngine } from './qa-helpers.ts';

describe('country ties', () => {
  it('reads the country a role or group belongs to, by name, possessive, two-word name or demonym', () => {
    assert.deepEqual(countryTies("Who is Chile's finance minister?"), [{ country: 'chile', head: 'finance' }]);
    assert.deepEqual(countryTies('Some 2,000 Peruvian soldiers crossed'), [{ country: 'peru', head: 'soldier' }]);
    assert.deepEqual(countryTies("South Korea's unification minister said"), [{ country: 'south korea', head: 'unification' }]);
    assert.deepEqual(countryTies('talks in Lima and Santiago on Friday'), []);
  });

  it('flags a sentence that ties the asked-about role to another country only', () => {
    assert.equal(tiesAnotherCountry("Who is Chile's finance minister?", 'Argentine finance minister Luis Ortega said on Monday'), true);
    assert.equal(tiesAnotherCountry('How many Peruvian soldiers crossed the border?', 'Some 2,000 Ecuadorean soldiers crossed the border, Lima said'), true);
    assert.equal(tiesAnotherCountry("Who is Chile's finance minister?", 'Chilean finance minister Ana Ruiz met her Argentine counterpart'), false);
    assert.equal(tiesAnotherCountry("Who is Chile's finance minister?", 'Ana Ruiz, the finance minister, spoke in Santiago'), false);
    assert.equal(tiesAnotherCountry('Who leads the talks?', 'Argentine finance minister Luis Ortega leads them'), false);
  });

  it('reads "the <noun> of <country>" as a tie too, in the question and in the sentence', () => {
    assert.equal(tiesAnotherCountry('What is the capital of Chad?', 'The accord was signed at a ceremony in the Ethiopian capital.'), true);
    assert.equal(tiesAnotherCountry("What is Chad's capital?", 'The accord was signed in the capital of Ethiopia.'), true);
    assert.equal(tiesAnotherCountry('What is the capital of Chad?', 'The rebels accused the government in the capital, Port Laurent.'), false);
    assert.equal(tiesAnotherCountry('What is the capital of Chad?', 'Talks in the Ethiopian capital ended in the Chadian capital.'), false);
    const engine = madeEngine('accord', 'Accord', {
      a: 'ADDIS ABABA, Ethiopia (AP) - The government of Chad and the rebels signed a ceasefire on Sunday.\n\nThe agreement was signed by the defence minister at a ceremony in the Ethiopian capital after three weeks of talks.\n',
      b: 'Aid agencies said about 4,000 people had fled the fighting.\n',
    });
    const a = engine.ask('What is the capital of Chad?', { topic: 'accord' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });

  it('knows countries whose names are written with diacritics, and their everyday names', () => {
    assert.equal(countryTermOf('Türkiye'), countryTermOf('Turkey'));
    assert.equal(countryTermOf('Turkish'), countryTermOf('Ankara'));
    assert.notEqual(countryTermOf('Turkey'), null);
    assert.notEqual(countryTermOf('Curaçao'), null);
  });
});

describe('country names in the question and the sources fold together', () => {
  it('reads a two-word country name with a possessive as the country ("South Korea\'s" = "South Korean")', async () => {
    const { analyze } = await import('../../src/qa/text-analysis.ts');
    const terms = (t: string): string[] => analyze(t).map((x) => x.term);
    assert.equal(terms("Who is South Korea's trade minister?")[0], terms('South Korean Trade Minister Han Duk said')[0]);
    assert.equal(terms("Who is South Korea's trade minister?")[0], terms('the South Koreans')[0]);
    assert.notEqual(terms("South Korea's")[0], 'south');
  });
});

describe('offices', () => {
  it('flags a sentence that names only a different office with the same title', () => {
    assert.equal(namesAnotherOffice("Who is Chile's agriculture minister?", 'On Thursday, Chilean Finance Minister Luis Ortega said the harvest was poor'), true);
    assert.equal(namesAnotherOffice("Who is Chile's agriculture minister?", 'Agriculture Minister Ana Ruiz said the harvest was poor'), false);
    assert.equal(namesAnotherOffice('Who is the prime minister?', 'Prime Minister Ana Ruiz said'), false);
    // Function words and countries before a title do not name an office.
    assert.equal(namesAnotherOffice('When did the US secretary of state meet Ruiz?', 'according to Secretary of State Luis Ortega, who met Ruiz'), false);
    assert.equal(namesAnotherOffice('Who is the minister?', 'Finance Minister Luis Ortega said'), false);
    // A word across punctuation qualifies no title: "relief flights, spokesman Ivo Brandt said".
    assert.equal(namesAnotherOffice('Who is the Food Agency spokesman?', 'It was sending food by emergency relief flights, spokesman Ivo Brandt said.'), false);
    assert.equal(namesAnotherOffice('Who is the Food Agency spokesman?', 'It was sending food by emergency relief flights, police spokesman Ivo Brandt said.'), true);
    // A name's possessive says whose office it is, not which ("Marek's spokesman" is his presidential spokesman).
    assert.equal(namesAnotherOffice("Who is Marek's spokesman?", 'said presidential spokesman Ivo Brandt'), false);
    // An owner written by its initials is the same owner ("VAS" / "Varnia Air Services").
    assert.equal(namesAnotherOffice("Who is VAS's president for cargo?", "said Ivo Brandt, Varnia Air Services' president for cargo."), false);
    assert.equal(namesAnotherOffice("Who is VAS's president for cargo?", "said Ivo Brandt, Tarno Shipping's president for cargo."), true);
    assert.equal(namesAnotherOffice('Who is the press spokesman?', "said Marek's spokesman Ivo Brandt, not the press spokesman"), false);
    // ... but another owner is another office: Halden's chief executive is not Brightwater's.
    assert.equal(namesAnotherOffice("Who is Brightwater's chief executive?", 'Halden chief executive Marta Ekberg said the company would save money.'), true);
    assert.equal(namesAnotherOffice("Who is Brightwater's chief executive?", "Brightwater's chief executive, Ivo Brandt, said so."), false);
  });

  it('reads "minister of agriculture" as the agriculture minister, and "governor of Tolm" as no portfolio', () => {
    assert.equal(namesAnotherOffice('When did Ruiz become agriculture minister?', '1997: Elected to parliament and appointed minister of agriculture in the government of Luis Ortega.'), false);
    assert.equal(namesAnotherOffice('When did Ruiz become agriculture minister?', '2001: Appointed minister of finance.'), true);
    assert.equal(namesAnotherOffice('Who is the governor of Tolm?', 'In a dialogue with the students, Governor Ana Ruiz agreed to set up an inquiry.'), false);
  });
});

describe('a sentence set in another country', () => {
  it('reads the countries a question asks about something in, two-word names and shared names included', () => {
    assert.deepEqual(askedSettings('How many people died in Jamaica?'), [countryTermOf('Jamaica')]);
    assert.deepEqual(askedSettings('What happened in South Korea in May?'), [countryTermOf('South Korea')]);
    assert.ok(askedSettings('How many civilians died in the Congo war?').length >= 1);
    assert.deepEqual(askedSettings('How many people died in the storm?'), []);
  });

  it('flags a sentence that places what it tells in another country and does not name the asked one', () => {
    assert.equal(setInAnotherCountry('How many people died in Jamaica?', "The storm ravaged Honduras' Caribbean coast, killing at least 2,000 people."), true);
    assert.equal(setInAnotherCountry('How many civilians died in the Congo war?', 'Rebels attacked a village in western Uganda and killed six civilians.'), true);
    assert.equal(setInAnotherCountry('How many civilians died in the Congo war?', 'Rebels from Uganda killed six Congolese civilians, Kinshasa said.'), false, 'names the asked country');
    assert.equal(setInAnotherCountry('How many people died in Jamaica?', 'Officials in Kingston said 12 people died; Cuba sent doctors.'), false, 'its capital names it, and Cuba is no setting');
    assert.equal(setInAnotherCountry('How many people died in Jamaica?', 'At least 12 people died, police said.'), false);
  });

  it('so a count from another country does not answer, and one from the asked country does', () => {
    const engine = madeEngine('storm', 'The storm', {
      a: "The storm turned north toward Jamaica on Sunday. On Friday it ravaged Honduras' Caribbean coast, killing at least 2,000 people.\n",
      b: 'Rain fell across the region on Monday.\n',
    });
    assert.equal(engine.ask('How many people died in Jamaica?', { topic: 'storm' }).abstained, true);
    assert.equal(engine.ask('How many people died in Honduras?', { topic: 'storm' }).abstained, false);
  });

  it('flags a figure the sentence sets in another country or a group of them, though it names the asked one', () => {
    const q = 'What is unemployment in Norway?';
    assert.equal(figureSetElsewhere(q, 'Norway and France pressed for lower rates to cut unemployment, a stubborn 10.9 percent in the euro zone.'), true);
    assert.equal(figureSetElsewhere(q, 'Norway wants lower rates; unemployment is 10.9 percent in the 11 nations.'), true, 'the group\'s number is no figure of its own');
    assert.equal(figureSetElsewhere("What is Norway's unemployment rate?", 'Unemployment was 8 percent in France in May 1998.'), true, 'a possessive asks for the country too; a date is no figure');
    assert.equal(figureSetElsewhere(q, 'Unemployment in Norway fell to 9.5 percent, against 10.9 percent in the euro zone.'), false, 'a figure set nowhere, beside the asked country');
    assert.equal(figureSetElsewhere(q, 'Unemployment was 9.5 percent in Norway and 10.9 percent in France.'), false, 'one figure is set in the asked country');
    assert.equal(figureSetElsewhere(q, 'Unemployment rose to 9.5 percent in March.'), false, 'set in no place');
    assert.equal(figureSetElsewhere('How many people died?', 'It killed 2,000 people in France.'), false, 'no country asked');
    // A possessive or a subject names the asked country as well as "in" does.
    assert.equal(figureSetElsewhere("What is Norway's unemployment rate?", 'Unemployment was 3 percent in Norway and 10.9 percent in the euro zone.'), false);
    // Only figures of the counted thing: "21 events in Bangkok" is no count of athletes.
    const athletes = [termOf('athletes') as string];
    const q2 = 'How many athletes will Norway send to compete at the Games?';
    assert.equal(figureSetElsewhere(q2, 'Minister Ola Brun said 209 athletes from his country will compete in 21 events in Bangkok.', athletes), false);
    assert.equal(figureSetElsewhere(q2, 'Sweden will send 300 athletes in the Swedish team, and 209 athletes in France train.', athletes), true);
  });

  it('so a figure of the euro zone does not answer for one of its countries', () => {
    const engine = madeEngine('rates', 'Rates', {
      a: 'Norway and France pressed for lower rates to cut unemployment, a stubborn 10.9 percent in the euro zone.\n',
      b: 'The central bank cut its rate on Thursday.\n',
    });
    assert.equal(engine.ask('What is unemployment in Norway?', { topic: 'rates' }).abstained, true);
    assert.equal(engine.ask('What is unemployment in the euro zone?', { topic: 'rates' }).abstained, false);
  });
});

describe('a count told of another place in a clause of its own', () => {
  const people = [termOf('people') as string];
  const riot = 'The violence in the city of Tarnow was in retaliation for the burning of 22 churches in the capital, Jakarta, on Nov. 22, when 14 people were killed.';

  it('belongs to the place set right before its clause, not to the asked one', () => {
    assert.equal(countAtAnotherPlace(riot, ['tarnow'], people), true);
    // Set in the asked place, or with no clause between: the sentence keeps it.
    assert.equal(countAtAnotherPlace('Rioters burned churches in Jakarta, and in Tarnow, where 14 people were killed.', ['tarnow'], people), false);
    assert.equal(countAtAnotherPlace('In Jakarta on Thursday, officials said 14 people were killed in Tarnow.', ['tarnow'], people), false);
    // A country's people are no place: "Malaysian authorities ... 15 people".
    assert.equal(countAtAnotherPlace('Malaysian authorities said 15 people were held.', ['tarnow'], people), false);
  });

  it('does not answer how many died in the asked place from it', () => {
    const engine = madeEngine('riot', 'Church riots', {
      a: `${riot}\n\nThe Tarnow riot broke out after a peaceful strike.\n`,
      b: 'Police said calm had returned to the city on Tuesday.\n',
    });
    const a = engine.ask('How many people were killed in the Tarnow riot?', { topic: 'riot' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe("a count of what the question ties to a country, in a sentence that names none", () => {
    const told = 'The daily Ziarul said around 10,000 troops were being deployed.';

  it('ties a count to the country that acts on it ("Peru has sent 10,000 troops")', () => {
    assert.deepEqual(countryTies('Peru has sent 10,000 troops to its border.').filter((t) => t.head === 'troop'), [{ country: 'peru', head: 'troop' }]);
    assert.equal(countryTies('Turkey said talks with 10,000 troops ...').some((t) => t.head === 'troop'), false);
  });

  it("is the country's that the article's lead names first", () => {
    assert.equal(countOfLeadCountry("How many Syrian troops have been deployed?", told, () => countryTermOf('Turkey')), true);
    assert.equal(countOfLeadCountry("How many Syrian troops have been deployed?", told, () => countryTermOf('Syria')), false);
    assert.equal(countOfLeadCountry("How many Syrian troops have been deployed?", told, () => null), false, 'no country in the lead: open');
    assert.equal(countOfLeadCountry("How many Syrian troops have been deployed?", 'Around 10,000 Syrian troops were deployed.', () => countryTermOf('Turkey')), false, 'the sentence names a country');
  });

  it('does not answer for one country from another country\'s story', () => {
    const engine = madeEngine('border', 'Border tension', {
      a: 'Turkey has sent 10,000 troops to its border with Syria amid growing tensions, newspapers reported Thursday.\n\nThe daily Ziarul said around 10,000 troops were being deployed along the frontier.\n',
      b: 'Diplomats met in Cairo on Friday to calm the dispute.\n',
    });
    const a = engine.ask('How many Syrian troops have been deployed to the border?', { topic: 'border' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
  });
});

describe('the country a question has act', () => {
  it('is not acting in a sentence that opens with another country and never names it', () => {
    assert.equal(actsAnotherCountry('~denmark', 'Greece hopes to join the euro-zone in 2001.'), true);
    assert.equal(actsAnotherCountry('~denmark', 'The Greek government hopes to join in 2001.'), true, 'by its demonym');
    assert.equal(actsAnotherCountry('~denmark', 'The government hopes to join in 2001.'), false, 'no country opens it');
    assert.equal(actsAnotherCountry('~denmark', 'Greece, Denmark and Sweden may join in 2001.'), false, 'the actor is named');
    assert.equal(actsAnotherCountry('~denmark', 'Denmark will hold a referendum in 2000.'), false);
  });

  it('declines "when will" answered only by another country\'s plans', () => {
    const e = madeEngine('euro', 'A new currency', { a: 'Greece will join the euro zone in 2026, its finance minister said.\n\nDenmark, Sweden and Britain decided to stay out of the euro for political reasons.\n' });
    assert.equal(e.ask('When will Denmark join the euro?', { topic: 'euro' }).abstained, true);
    assert.equal(e.ask('When will Greece join the euro?', { topic: 'euro' }).abstained, false);
  });

  it('takes the country a count question has do the counted act as owning what is counted ("How many troops did Chad send?")', () => {
    const q = 'How many troops did Chad send to the border?';
    assert.equal(tiesAnotherCountry(q, 'Some 5,000 Nigerien troops were deployed this week on the Nigerien-Chadian border, reports said.'), true);
    assert.equal(tiesAnotherCountry(q, 'Chad says 5,000 Nigerien troops are on its border, though its own troops number 3,000.'), false, 'the sentence names Chad itself');
    assert.equal(countOfLeadCountry(q, 'The daily Ziarul said around 5,000 troops were being deployed.', () => countryTermOf('Niger')), true);
    assert.equal(countOfLeadCountry(q, 'The daily Ziarul said around 5,000 troops were being deployed.', () => countryTermOf('Chad')), false);
    const engine = madeEngine('frontier', 'Frontier tension', {
      a: 'Niger has sent 5,000 troops to its border with Chad amid growing tensions, newspapers reported Thursday.\n\nThe daily Ziarul said around 5,000 troops were being deployed.\n',
      b: 'Some 5,000 Nigerien troops were deployed this week on the Nigerien-Chadian border, reports said.\n',
      c: 'Diplomats met in Cairo on Friday to calm the dispute.\n',
    });
    const a = engine.ask(q, { topic: 'frontier' });
    assert.equal(a.abstained, true, `answered at ${a.confidence}: ${a.citations[0]?.quote}`);
    assert.match(engine.ask('How many troops did Niger send to the border?', { topic: 'frontier' }).citations[0]?.quote ?? '', /5,000/);
  });
});
