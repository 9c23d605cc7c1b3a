/**
 * src/ holds no knowledge of one topic: outside comments, no name or word that belongs to
 * the first topic's story (its people, bodies, places and vocabulary) appears in code.
 * Such words live in briefs/<topic>/lexicon.yml instead. Answers must work on any story.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from './helpers/make-core.ts';

/** The first topic's own words: its lexicon, plus the people and outlets its sources name. */
function topicWords(): string[] {
  const lexicon = parse(readFileSync(path.join(repoRoot, 'briefs', 'china-russia-aid', 'lexicon.yml'), 'utf8')) as { synonyms: string[][]; institutions: Record<string, string>; places: string[]; organisations: string[] };
  // Of its synonym groups, the phrases ("lethal aid", "shoot down") and the story's own words;
  // single plain-English words in them ("send", "text", "official") may well appear in code.
  const phrases = lexicon.synonyms.flat().filter((w) => w.includes(' '));
  const story = ['spy', 'spying', 'espionage', 'surveillance', 'shootdown', 'imagery', 'footage', 'armour', 'sovereignty', 'genocidal', 'kremlin'];
  const fromLexicon = [...phrases, ...story, ...Object.keys(lexicon.institutions), ...lexicon.places, ...lexicon.organisations];
  const people = ['blinken', 'wang yi', 'xi jinping', 'qin gang', 'ned price', 'patrick ryder', 'kamala harris', 'jack keane', 'chuck todd', 'tajani'];
  const outlets = ['nbc', 'cbs', 'urdupoint', 'bangkok', 'reuters', 'daily mail'];
  // Words that are also plain English or the name of a country are left out: general knowledge.
  const general = new Set(['russia', 'hill']);
  return [...new Set([...fromLexicon, ...people, ...outlets].map((w) => w.toLowerCase()))].filter((w) => !general.has(w));
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? codeFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** The code without comments (block, JSDoc and line comments). */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

test("no code in src/ names the first topic's people, bodies, places or words", () => {
  const words = topicWords();
  assert.ok(words.length >= 20, 'the word list is built from the lexicon');
  const found: string[] = [];
  for (const file of codeFiles(path.join(repoRoot, 'src'))) {
    const code = withoutComments(readFileSync(file, 'utf8')).toLowerCase();
    for (const w of words) {
      const re = new RegExp(`(?<![a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+')}(?![a-z])`);
      if (re.test(code)) found.push(`${path.relative(repoRoot, file)}: "${w}"`);
    }
  }
  assert.deepEqual(found, []);
});

test("the synonym groups in code are general English: they share no word with the first topic's own groups", async () => {
  const { builtInSynonymGroups } = await import('../src/qa/text-analysis.ts');
  const lexicon = parse(readFileSync(path.join(repoRoot, 'briefs', 'china-russia-aid', 'lexicon.yml'), 'utf8')) as { synonyms: string[][] };
  // A story's group names the general concept it joins by its first word ("weapon"); the rest is the story's.
  const storyWords = new Set(lexicon.synonyms.flatMap((g) => g.slice(1)));
  assert.ok(storyWords.size >= 50, 'the story keeps its own paraphrases in lexicon.yml');
  const shared = builtInSynonymGroups().flatMap((g) => g.filter((w) => storyWords.has(w)).map((w) => `${g[0]}: ${w}`));
  assert.deepEqual(shared, []);
});
