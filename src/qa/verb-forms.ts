/**
 * English verb morphology WordNet leaves to its readers: the past forms of irregular verbs
 * (WordNet ships its exception lists apart) and every form of a verb ("detain" → detains,
 * detained, detaining). General English, no topic's words.
 */
/** Past forms of common irregular English verbs (WordNet ships its exception lists apart). */
export const IRREGULAR: Readonly<Record<string, string>> = Object.fromEntries(
  ('arose:arise arisen:arise ate:eat eaten:eat beat:beat beaten:beat became:become began:begin begun:begin bent:bend bet:bet bid:bid ' +
    'bit:bite bitten:bite bled:bleed blew:blow blown:blow bore:bear borne:bear bought:buy bound:bind broke:break broken:break ' +
    'brought:bring built:build burnt:burn came:come caught:catch chose:choose chosen:choose clung:cling cost:cost crept:creep ' +
    'cut:cut dealt:deal did:do done:do drew:draw drawn:draw drove:drive driven:drive drank:drink drunk:drink dug:dig dwelt:dwell ' +
    'fed:feed fell:fall fallen:fall felt:feel fled:flee flew:fly flown:fly fought:fight forbade:forbid forbidden:forbid forgave:forgive ' +
    'forgiven:forgive forgot:forget forgotten:forget found:find froze:freeze frozen:freeze gave:give given:give went:go gone:go got:get ' +
    'gotten:get grew:grow grown:grow hung:hang had:have heard:hear held:hold hid:hide hidden:hide hit:hit hurt:hurt kept:keep knew:know ' +
    'known:know laid:lay led:lead leapt:leap left:leave lent:lend let:let lay:lie lain:lie lit:light lost:lose made:make meant:mean ' +
    'met:meet overcame:overcome overcome:overcome overtook:overtake overtaken:overtake paid:pay put:put quit:quit ran:run read:read ' +
    'rode:ride ridden:ride rang:ring rung:ring rose:rise risen:rise said:say saw:see seen:see sought:seek sold:sell sent:send set:set ' +
    'shook:shake shaken:shake shed:shed shone:shine shot:shoot showed:show shown:show shrank:shrink shrunk:shrink shut:shut sang:sing ' +
    'sung:sing sank:sink sunk:sink sat:sit slept:sleep slid:slide spoke:speak spoken:speak spent:spend spread:spread sprang:spring ' +
    'stood:stand stole:steal stolen:steal stuck:stick stung:sting struck:strike stricken:strike swore:swear sworn:swear swept:sweep ' +
    'swam:swim swum:swim swung:swing took:take taken:take taught:teach tore:tear torn:tear told:tell thought:think threw:throw ' +
    'thrown:throw underwent:undergo undergone:undergo understood:understand undertook:undertake undertaken:undertake upset:upset ' +
    'woke:wake woken:wake wore:wear worn:wear won:win wound:wind withdrew:withdraw withdrawn:withdraw wrote:write written:write')
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

const PAST_FORMS = new Map<string, string[]>();
for (const [form, lemma] of Object.entries(IRREGULAR)) PAST_FORMS.set(lemma, [...(PAST_FORMS.get(lemma) ?? []), form]);

/** The forms of an English verb: "detain" → detain, detains, detained, detaining; "buy" → … bought. */
export function verbForms(lemma: string): string[] {
  const forms = new Set([lemma, ...(PAST_FORMS.get(lemma) ?? [])]);
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  // A short verb ending consonant-vowel-consonant doubles it: stop → stopped, stopping.
  const doubled = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma) ? lemma + lemma.slice(-1) : null;
  forms.add(/(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`);
  forms.add(/[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${doubled ?? lemma}ed`);
  forms.add(`${doubled ?? stem}ing`);
  // A longer one may double it too, when its last syllable is stressed or in British spelling
  // ("patrolled", "committed", "travelled"); a form no one writes ("visitted") matches nothing.
  if (doubled === null && /[^aeiou][aeiou][bdgklmnprt]$/.test(lemma)) {
    const d = lemma + lemma.slice(-1);
    forms.add(`${d}ed`);
    forms.add(`${d}ing`);
  }
  return [...forms];
}
