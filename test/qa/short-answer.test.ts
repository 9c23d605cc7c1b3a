/** The fact first: a short answer lifted verbatim from the quote, or none when the quote does not single one out. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerToJson, answerToMessage } from '../../src/qa/answer-message.ts';
import type { Answer } from '../../src/qa/qa-engine.ts';
import { analyzeQuestion } from '../../src/qa/question-analysis.ts';
import { shortAnswer } from '../../src/qa/short-answer.ts';

function short(question: string, quote: string): string | null {
  return shortAnswer(analyzeQuestion(question, new Set(), new Set()), quote);
}

/** `short` over a topic whose documents use `persons` in people's names (and, given, `profiles` for their countries). */
function shortWith(persons: ReadonlySet<string>): (question: string, quote: string, profiles?: () => ReadonlyMap<string, ReadonlySet<string>>) => string | null {
  return (question, quote, profiles) => shortAnswer(analyzeQuestion(question, persons, new Set()), quote, persons, profiles);
}

describe('short answers', () => {
  it('takes the number that counts what was asked, with its hedge and range', () => {
    assert.equal(short('How many athletes will Peru send to the Games?', 'Peru plans to send 209 athletes to the Games in Lima, officials said.'), '209 athletes');
    assert.equal(short('How many soldiers crossed the border?', 'At the weekend at least 2,000 soldiers crossed the border, the ministry said.'), 'at least 2,000 soldiers');
    assert.equal(short('How much grain does the country need?', 'The country needs 4.5 million to 5 million tons of grain a year.'), '4.5 million to 5 million tons of grain');
    assert.equal(short('What share of children are stunted?', 'Two-thirds of the children, or two-thirds of those measured, are stunted.'), null);
  });

  it('finds the counted noun after up to three modifiers, but not across a function word', () => {
    assert.equal(short('How many armored vehicles have been pulled out?', 'A diplomat said up to 120 Tolmese army armored vehicles, including tanks, have been pulled out.'), 'up to 120 Tolmese army armored vehicles');
    assert.equal(short('How many helicopters did Tolm commit?', 'Tolm committed 19 Blackhawk and Chinook helicopters to the relief effort.'), '19 Blackhawk and Chinook helicopters');
    assert.equal(short('How many members took bribes?', 'He said that 5 to 7 percent of the board members took bribes.'), null, 'a share is no count of members');
  });

  it('takes the one number that counts the thing asked when it stands by the event words', () => {
    assert.equal(short('How many people died on the island?', 'Officials said 14 people had died on that small island alone, and at least nine had died elsewhere.'), '14 people');
    assert.equal(short('How many people are missing in Tolm?', 'As of Thursday, the storm had killed 6,076 people in Tolm, officials said, and 4,621 were still unaccounted for.'), null, 'the people counted were killed, not missing');
    assert.equal(short('How many members does Harbour Watch have?', 'Harbour Watch, founded by nine sailors in seven ports, now has nearly 100 members, the group said.'), 'nearly 100 members', 'a question with no event words: the one number that counts members');
  });

  it('answers nothing when several numbers are equally likely, or none counts the thing asked', () => {
    assert.equal(short('How many ships were lost?', 'Some 40 ships sailed and 12 returned to port by Friday.'), null);
    assert.equal(short('How many ships were lost?', 'The storm hit 300 kilometres off the coast.'), null);
  });

  it('takes the date in the clause about the asked-about event', () => {
    const quote = 'On June 18, Mira Holt met Foreign Minister Ivo Senn before meeting the prime minister, Ana Ruiz, on June 19.';
    assert.equal(short('When did Holt meet Ana Ruiz?', quote), 'June 19');
    assert.equal(short('Who did Holt meet on June 18?', quote), 'Ivo Senn');
    assert.equal(short('When did the talks end?', 'The talks ended in recent weeks without a deal.'), 'in recent weeks');
  });

  it('takes a time of day without its conversion to another zone in brackets', () => {
    assert.equal(short('When did the assault begin?', 'Since the assault began at 3 a.m. (0100 GMT), at least 18 soldiers were killed, Marek said.'), '3 a.m.');
  });

  it('takes, of two dates or numbers in one clause, the one right by the event words, and only in one sentence', () => {
    assert.equal(short('When were Varga and Brandt arrested?', 'Police on Wednesday said Varga and Brandt were arrested Monday night in raids in Tolm.'), 'Monday night');
    assert.equal(short('When were Varga and Brandt arrested?', 'Police said on Wednesday that Varga and Brandt, arrested in raids, would be tried on Friday.'), null, 'neither date is by "arrested"');
    assert.equal(short('When were Varga and Brandt arrested?', 'Police spoke on Wednesday. Varga and Brandt were arrested Monday night in raids in Tolm.'), null, 'not across sentences');
    assert.equal(short('How many people were buried near the volcano?', 'Rescuers said between 1,000 and 1,500 people were buried near the volcano on Friday.'), 'between 1,000 and 1,500 people');
  });

  it('takes, of two durations in one sentence, the one in the stretch that names whom the question names', () => {
    const text = 'Unlike his talks with Qin and Wang, which lasted many hours, his conversation with Xi lasted only around 35 minutes.';
    assert.equal(short('How long did Blinken and Xi meet?', text), '35 minutes');
    assert.equal(short('How long did Blinken meet Qin and Wang?', text), 'many hours');
  });

  it('takes a name without its title, and only a name the question does not already have', () => {
    assert.equal(short('Who spoke for the State Department?', 'State Department spokesman Ned Price said the talks were candid.'), 'Ned Price');
    assert.equal(short('Who is Holt?', 'Mira Holt said the talks were candid.'), null);
  });

  it('takes the person by the question\'s role words, of several people named', () => {
    const who = shortWith(new Set(['kang', 'brandt', 'varga']));
    assert.equal(who("Who is Tolm's unification minister?", 'On Thursday, Tolmese Unification Minister Kang In-duk said Brekka sent a letter to Ivo Brandt last week.'), 'Kang In-duk');
    assert.equal(who('Who presided over the harbour bid?', 'Billy Payne, who presided over the harbour bid, and Lena Varga, the general secretary of the dock union, denied those claims.'), null, 'two names by the role words: no single answer');
    assert.equal(who('Who is the managing director of the fund?', 'The International Monetary Fund said its managing director, Michel Camdessus, would visit.'), 'Michel Camdessus');
    assert.equal(who("Who is Tolm's foreign minister?", 'Tolmese Foreign Minister Farouq al-Sharaa arrived on Friday.'), 'Farouq al-Sharaa');
    assert.equal(who('Who met the envoy on Thursday?', 'On Thursday, the envoy met Lena Varga in Tolm.'), 'Lena Varga', 'a weekday is no name');
  });

  it('takes for "Who did X meet?" the one person the quote names besides X, however far from the verb', () => {
    const who = shortWith(new Set(['orlov', 'visser', 'kerr']));
    assert.equal(who('Who did Orlov meet in Tolm?', 'Orlov said that during his talks in Tolm he made it plain to Visser that the Harbour Board blockade was unacceptable.'), 'Visser');
    assert.equal(who('Who did Orlov meet in Tolm?', 'Orlov said that during his talks in Tolm he made it plain to Visser and Kerr that the Harbour Board blockade was unacceptable.'), null, 'two people: no single answer');
    assert.equal(who('Who drafted the plan in Tolm?', 'Orlov said that during his talks in Tolm he made it plain to Visser that the Harbour Board blockade was unacceptable.'), null, 'the doer is asked, not the one spoken to');
  });

  it('takes the holder of the asked office, of several people the sentence gives titles', () => {
    const who = shortWith(new Set(['ivar', 'serg', 'milt', 'kessler', 'pusto', 'yush', 'brun']));
    const meeting = 'Brun met Sunday with Russian Foreign Minister Igor Ivar and Defense Minister Igor Serg, Serbian President Milan Milt and top defense officials.';
    // A holder of no country there, in a sentence that names others: whose office it is stays open, unless the documents tie him to the asked country.
    assert.equal(who("Who is Russia's defense minister?", meeting), null);
    assert.equal(who("Who is Russia's defense minister?", meeting, () => new Map([['serg', new Set(['~russia'])]])), 'Igor Serg');
    assert.equal(who('Who is the president of Serbia?', meeting), 'Milan Milt');
    assert.equal(who("Who is Serbia's prime minister?", meeting), null, 'no one there holds it');
    // No country in the sentence: the one holder of the title, which the scorer tied to the article's country.
    assert.equal(who('Who is the president of Honduras?', "President Ivo Kessler declared the storm had set back Honduras' development by 50 years."), 'Ivo Kessler');
    assert.equal(who("Who is Ukraine's prime minister?", 'Kessler met Friday with Yush, Prime Minister Valery Pusto and other senior officials to discuss the currency.'), 'Valery Pusto');
  });

  it('takes for "Which country ...?" the one country the quote names besides the question\'s', () => {
    assert.equal(short('Which country offered to mediate between Chile and Peru?', 'Norway has offered to mediate between Chile and Peru in the deepening dispute.'), 'Norway');
    assert.equal(short('Which country cut its rate to 3.5 percent?', 'The exception was Italy, which cut from 4 to 3.5 percent.'), 'Italy');
    assert.equal(short('Which country offered to mediate between Chile and Peru?', 'Norway and Sweden have offered to mediate between Chile and Peru.'), null, 'two countries: none');
    assert.equal(short('Which country offered to mediate between Chile and Peru?', 'A Norwegian envoy has offered to mediate between Chile and Peru.'), null, 'a demonym names no country');
  });

  it('takes the name a place\'s common noun stands beside, and passes over a possessor before another place', () => {
    assert.equal(short('Where is Ivo Marek imprisoned?', 'Marek, 32, has been imprisoned in his home city, Tavik in northern Tolm, for a month.'), 'Tavik');
    assert.equal(short('Where did the envoy fly?', 'The envoy flew to the capital, Port Vela, on Monday.'), 'Port Vela');
    assert.equal(short("Where are Varco's headquarters?", "In an interview from Delmar's offices in Tarno, the chief said little."), 'Tarno');
    assert.equal(short("Where are Varco's headquarters?", "In an interview at Delmar's offices, the chief said little."), 'Delmar', 'a possessor is the only place named: kept');
  });

  it('takes the place after "the village of", and of several places the one by the event words', () => {
    assert.equal(short('Where did the baby die?', 'A 7-month-old baby died in the village of Olvido after three days without food.'), 'Olvido');
    assert.equal(short('Where was Lind born?', 'A gaunt woman, Lind was born in Tavik, a small town near Tolm.'), 'Tavik');
    assert.equal(short('Where is the equipment being held?', 'The equipment is still held up at the Greek port of Volos.'), 'Volos', 'a demonym is no place');
    assert.equal(short('Where did the ships go?', 'Ships sailed to Tolm and to Brekka on Friday.'), null, 'two places, neither singled out');
    assert.equal(short('In which city did the riot take place?', 'The Tolm riot broke out after thousands of dock workers went on strike.'), 'Tolm', 'named by the event\'s noun');
    assert.equal(short('Where was the module launched from?', 'The module was launched in November from Tavik.'), 'Tavik', 'a month after "in" is no place');
    assert.equal(short('In which city did the defector arrive?', 'A defector arrived in Tolm Wednesday and sought asylum.'), 'Tolm', 'the weekday the wire writes after a place is not part of it');
    assert.equal(short('Where did the envoy go?', 'The envoy went to Brekka Harbour in October.'), 'Brekka Harbour');
  });

  it('takes a measure with its unit and hedge', () => {
    assert.equal(short('How high were the waves?', 'Winds of up to 80 knots and waves as high as 35 feet battered the fleet.'), 'as high as 35 feet');
    assert.equal(short('How long is the race?', 'Organisers said the 630-mile race would go on.'), '630-mile');
    assert.equal(short('How strong was the earthquake?', 'The earthquake, which measured 6.8 on the Richter scale, killed 2,300 people.'), '6.8 on the Richter scale');
    assert.equal(short('How strong were the winds?', 'Winds of up to 80 knots and waves as high as 35 feet battered the fleet.'), 'up to 80 knots');
  });

  it('takes the age given beside the asked person\'s name', () => {
    assert.equal(short('How old is Varga?', "The city's former mayor, Gen. Lena Varga, 82, was arrested in Tolm on Friday."), '82');
    assert.equal(short('How old is Varga?', 'The 70-year-old Varga was arrested in Tolm on Friday.'), '70-year-old');
  });

  it('takes the one name of the asked kind for "which <kind>"', () => {
    assert.equal(short('Which judge requested the arrest?', 'Varga was arrested in Tolm at the request of a Spanish judge, Ivo Brandt.'), 'Ivo Brandt');
    assert.equal(short('Which Danish newspaper criticised the plan?', '``A disaster,\'\' said Nordlys newspaper, which speaks for the government.'), 'Nordlys');
    assert.equal(short('Which group claimed the attack?', 'The Egypt-based group claimed it on Monday.'), null, 'a place made into an adjective names nothing');
    assert.equal(short('Which plane landed first?', 'An Egypt Air plane was the first to land.'), 'Egypt Air', 'a name may start with a place');
    assert.equal(short('Which programming language does Sun own?', "They use Sun's Java, an Internet programming language."), null, 'the kind is the last noun before the auxiliary');
    assert.equal(short('Which country won the most medals?', 'Valmora won 65 medals at the Asian Games in Tolm.'), null, 'a country, not "the Asian Games"');
  });

  it('takes a count given by the asked state itself ("left 50,000 homeless")', () => {
    const text = 'The earthquake killed at least 2,300 people and left 50,000 homeless, officials said.';
    assert.equal(short('How many people were left homeless?', text), '50,000 homeless');
    assert.equal(short('How many people did the earthquake kill?', text), 'at least 2,300 people');
    assert.equal(short('How many rescue workers is Valmora sending?', 'Valmora is sending 250 rescue workers and two planes.'), '250 rescue workers', 'a word that only describes what is counted');
  });

  it('takes the time of day for "at what time", with its time zone', () => {
    assert.equal(short('At what time did the shuttle lift off?', 'The shuttle lifted off at 3:36 a.m. EST Friday from the cape.'), '3:36 a.m. EST');
    // A plain "when" takes the whole time: the day and, where given, the time of day.
    assert.equal(short('When did the shuttle lift off?', 'The shuttle lifted off at 3:36 a.m. EST Friday from the cape.'), '3:36 a.m. EST Friday');
    assert.equal(short('When did the shuttle lift off?', 'The shuttle lifted off on Friday from the cape.'), 'Friday');
  });

  it('takes a name that ends in the noun a "name of the X" question asks about', () => {
    assert.equal(short('What is the name of the new airport?', 'Officials said Tolm International Airport would open Sunday, as part of the latest Mideast accord.'), 'Tolm International Airport');
  });

  it('gives the role the quote gives a person, for "who is X"', () => {
    assert.equal(short('Who is Lena Varga?', 'On Monday, Tolm Harbour press secretary Brig. Gen. Lena Varga said the port would reopen.'), 'Tolm Harbour press secretary');
    assert.equal(short('Who is Ivo Brandt?', 'The minister met Ivo Brandt, Brekka\'s top diplomat, on Friday.'), 'Brekka\'s top diplomat');
    assert.equal(short('Who is Ana Ruiz?', 'On June 18, Holt met with Tolmese Foreign Minister Ana Ruiz in the capital.'), 'Tolmese Foreign Minister');
    assert.equal(short('Who is Ana Ruiz?', 'Ana Ruiz, who arrived on Friday, said little.'), null, 'no role in the quote');
    // A lower-case word of what the title is of belongs to it; a verb of saying does not.
    assert.equal(short('Who is Lena Varga?', '"We are not taking any chances," said transport director Lena Varga, 52.'), 'transport director');
    assert.equal(short('Who is Ivo Marek?', 'The port said director Ivo Marek had left.'), 'director');
    assert.equal(short('who is ivo brandt', "The minister met Ivo Brandt, Brekka's top diplomat, on Friday."), "Brekka's top diplomat", 'a name typed in lower case');
    assert.equal(short('Who is Ana Ruiz?', 'Holt later met Ana Ruiz in Tolm.'), null);
  });

  it('is always a piece of the quote', () => {
    for (const [q, quote] of [
      ['How long did the talks last?', 'The talks lasted about  35\nminutes, aides said.'],
      ['When did the strike begin?', 'The strike began on Monday, March 3, 2024, at dawn.'],
      ['Where did they meet?', 'They met in Valmora on Friday.'],
    ] as const) {
      const s = short(q, quote);
      assert.ok(s !== null, q);
      assert.ok(quote.replace(/\s+/g, ' ').includes(s), `${s} not in ${quote}`);
    }
  });

  it('leads the answer message and the JSON, with the quote it came from', () => {
    const answer: Answer = {
      question: 'How many ships sank?',
      topic: 'storm',
      answer: '“Three ships sank.” (Wire)',
      abstained: false,
      citations: [{ source: 'wire', quote: 'Three ships sank.', path: 'briefs/storm/sources/wire.txt', title: null, outlet: 'Wire', published: null, url: null }],
      confidence: 0.9,
      routed: false,
      conversation: { topic: 'storm', entities: [], lastQuestion: null, updatedAt: new Date(0).toISOString() },
      short: 'Three ships',
    };
    const message = answerToMessage(answer);
    assert.deepEqual(message.blocks[0], { type: 'paragraph', spans: [{ text: 'Three ships', citations: [1] }] });
    assert.equal(message.blocks[1]?.type, 'quote');
    assert.equal(answerToJson(answer).short, 'Three ships');
    const { short: _s, ...plain } = answer;
    assert.equal(answerToMessage(plain).blocks[0]?.type, 'quote');
  });
});

describe('names in short answers', () => {
  it('does not take a common word that opens a quotation or a sentence for a name', () => {
    assert.equal(short('Who asked her to hire a lawyer?', '``Even the judge asked me to hire a lawyer,\'\' she said.'), null);
    assert.equal(short('Who won the prize?', 'Even so, Ana Lind won the prize on Monday.'), 'Ana Lind');
    assert.equal(short('Who won the prize?', 'Billy Payne won the prize on Monday.'), 'Billy Payne', 'a name that opens the sentence');
  });

  it('does not take what someone is, after "a", for who it is', () => {
    assert.equal(short('Who heard the blast while standing close by?', 'Ivo Marek, a black-clad Orthodox Jew, was standing nearby when he heard a blast.'), 'Ivo Marek');
  });
});

describe('short answers from a compound, a conversion or a described age', () => {
  const short = (q: string, quote: string): string | null => shortAnswer(analyzeQuestion(q), quote);

  it('takes the number joined to what it counts ("the 21-nation forum")', () => {
    assert.equal(short('How many nations are members of the forum?', 'The 21-nation forum meets in November.'), '21-nation');
    assert.equal(short('How many nations are members of the forum?', 'A 12-year-old boy met the forum in November.'), null);
  });

  it('takes a measure, not its conversion in parentheses', () => {
    assert.equal(short('How far is Orsk from Tallmark?', 'The attack was near Orsk, 270 kilometers (170 miles) west of the capital Tallmark.'), '270 kilometers');
  });

  it('takes the age of "The 56-year-old professor ..." that the sentence before named', () => {
    assert.equal(short('How old is Brun?', 'The 56-year-old history professor said supporters had set up a web site.'), '56');
  });

  it('takes, of several places, the one named as the asked kind ("the village of Orsk")', () => {
    assert.equal(short('In which village did the attack take place?', 'The attack occurred overnight in the village of Orsk near Kasen, 270 kilometers west of the capital Tallmark.'), 'Orsk');
  });

  it('takes the one name right before the asked verb for "Which hurricane killed ...?"', () => {
    assert.equal(short('Which hurricane killed more than 300 people in 1988?', 'Jarrell said Ilse was the strongest hurricane since 1988, when Gilbert killed more than 300 people.'), 'Gilbert');
    assert.equal(short('Which team inserted a clause into the contract?', 'The Tallmark Kings inserted a clause into the contract in 1994.'), 'Tallmark Kings');
    assert.equal(short('Which team inserted a clause into the contract?', 'The Kings inserted it, and the Comets inserted another.'), null, 'two names: none');
  });

  it('takes a name of the asked kind closed by its noun capitalised, or with the kind in apposition, not a day', () => {
    assert.equal(short('Which river did the advance units cross?', 'Advance units had crossed the Orsk River from the north, he said.'), 'Orsk');
    assert.equal(short('Which economist has advocated capital controls?', 'Officials in Varnia were wary, while Ola Brun, an economist at Tallmark University, has advocated them.'), 'Ola Brun');
    assert.equal(short('Which judge will hear the trial?', 'When Kessler appeared in court Monday, the judge had assured his lawyers.'), null);
  });
});
