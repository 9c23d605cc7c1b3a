/** topic.yml: feeds with include/exclude keywords, problems at their line, keyword matching. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTopicSettings, passesFeedFilter } from '../../src/content/topic-settings.ts';

describe('topic.yml settings', () => {
  it('reads the title and each feed, bare URLs and mappings alike', () => {
    const { settings, issues } = parseTopicSettings(
      ['title: Valmora port strike', 'feeds:', '  - url: https://news.example/rss.xml', '    include: [Port, "dock workers"]', '    exclude: opinion', '  - https://other.example/feed.json'].join('\n'),
      'briefs/port-strike/topic.yml',
    );
    assert.deepEqual(issues, []);
    assert.equal(settings.title, 'Valmora port strike');
    assert.deepEqual(settings.feeds, [
      { url: 'https://news.example/rss.xml', include: ['port', 'dock workers'], exclude: ['opinion'], line: 3 },
      { url: 'https://other.example/feed.json', include: [], exclude: [], line: 6 },
    ]);
  });

  it('reports each bad entry at its line with a fix, and keeps the good ones', () => {
    const text = ['title: T', 'feeds:', '  - url: ftp://files.example/feed', '  - url: https://ok.example/a.xml', '  - url: https://ok.example/a.xml', '  - url: https://x.example/b.xml', '    color: red', '  - include: [x]', 'cadence: hourly'].join('\n');
    const { settings, issues } = parseTopicSettings(text, 'topic.yml');
    assert.deepEqual(settings.feeds.map((f) => f.url), ['https://ok.example/a.xml']);
    assert.deepEqual(
      issues.map((i) => [i.line, i.severity]),
      [
        [3, 'error'],
        [5, 'error'],
        [6, 'error'],
        [8, 'error'],
        [9, 'error'],
      ],
    );
    assert.match(issues[0]!.message, /ftp:\/\/files\.example\/feed" is not an http\(s\) address/);
    assert.match(issues[1]!.message, /listed twice/);
    assert.match(issues[2]!.message, /unknown feed setting "color"/);
    assert.match(issues[3]!.message, /a feed needs a url/);
    assert.match(issues[4]!.message, /unknown key "cadence"/);
    for (const i of issues) assert.ok(i.fix && i.fix.length > 5, 'every issue says what to do');
  });

  it('names the line of broken YAML and keeps no feed', () => {
    const { settings, issues } = parseTopicSettings('title: T\nfeeds:\n  - url: "https://a.example\n', 'topic.yml');
    assert.deepEqual(settings.feeds, []);
    assert.equal(issues.length, 1);
    assert.match(issues[0]!.message, /not valid YAML/);
    assert.ok(issues[0]!.line >= 3);
  });

  it('an empty file, or feeds: with nothing under it, is no feeds and no issue', () => {
    assert.deepEqual(parseTopicSettings('', 'topic.yml'), { settings: { title: null, feeds: [] }, issues: [] });
    assert.deepEqual(parseTopicSettings('feeds:\n', 'topic.yml').issues, []);
  });

  it('matches keywords as whole words and phrases, case-insensitively; exclude wins', () => {
    const feed = { include: ['port', 'dock workers'], exclude: ['opinion'] };
    assert.equal(passesFeedFilter(feed, 'Port talks resume'), true);
    assert.equal(passesFeedFilter(feed, 'Airport reopens'), false, 'not inside another word');
    assert.equal(passesFeedFilter(feed, 'Dock\n workers vote'), true, 'a phrase across any spacing');
    assert.equal(passesFeedFilter(feed, 'Opinion: the port must reopen'), false);
    assert.equal(passesFeedFilter({ include: [], exclude: [] }, 'anything'), true);
    assert.equal(passesFeedFilter({ include: ['c++'], exclude: [] }, 'Why C++ matters'), true, 'regex characters are literal');
    assert.equal(passesFeedFilter({ include: ['são paulo'], exclude: [] }, 'Floods in São Paulo'), true);
  });
});
