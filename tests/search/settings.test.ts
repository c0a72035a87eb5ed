// The settings file: synonym groups, validation, and the shipped index-config/paragraphs.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMeta } from '../../src/corpus.ts';
import { expandSynonymGroups, loadIndexConfig, parseIndexConfig, settingsMatch } from '../../src/search/settings.ts';

test('synonym groups become mutual synonyms, lower-cased and merged', () => {
  assert.deepEqual(expandSynonymGroups([['A', 'b', 'C'], ['c', 'd']]), { a: ['b', 'c'], b: ['a', 'c'], c: ['a', 'b', 'd'], d: ['c'] });
});

test('the shipped settings load, declare every filter attribute, and leave one report\'s spellings to its metadata', async () => {
  const cfg = await loadIndexConfig();
  assert.deepEqual(cfg.settings.searchableAttributes, ['text', 'searchForm', 'speakers', 'articleTitle']);
  assert.deepEqual(cfg.settings.stopWords, [], 'stop words are dropped from queries, never inside phrases');
  for (const a of ['speakers', 'articleId', 'kind', 'page', 'docId']) assert.ok(cfg.settings.filterableAttributes?.includes(a), a);
  assert.ok(cfg.settings.sortableAttributes?.includes('position'));
  assert.equal(cfg.settings.synonyms, undefined, 'synonyms are merged from the settings groups and the documents');
  assert.deepEqual(cfg.synonymGroups, []);
  const meta = await readMeta('corpus/kazakhstan-elections-special-report.txt');
  assert.ok(meta.synonyms?.some((g) => g.includes('mazhilis') && g.includes('majilis')));
  assert.equal(cfg.search.highlightPreTag, '<mark>');
});

const minimal = {
  settings: { searchableAttributes: ['text'], filterableAttributes: ['id', 'speakers', 'speakerRoles', 'articleId', 'kind', 'page', 'docId', 'position'], sortableAttributes: ['position', 'docId'] },
  search: { highlightPreTag: '<em>', highlightPostTag: '</em>', cropLength: 10, cropMarker: '…', facetLimit: 5 },
};

test('a settings file that lacks a filter attribute or has bad search options is refused', () => {
  assert.doesNotThrow(() => parseIndexConfig(minimal));
  const noKind = { ...minimal, settings: { ...minimal.settings, filterableAttributes: ['id', 'speakers', 'speakerRoles', 'articleId', 'page', 'docId', 'position'] } };
  assert.throws(() => parseIndexConfig(noKind), /kind/);
  assert.throws(() => parseIndexConfig({ ...minimal, search: { ...minimal.search, cropLength: 0 } }), /cropLength/);
  assert.throws(() => parseIndexConfig({ ...minimal, settings: { ...minimal.settings, synonyms: {} } }), /synonyms/);
});

test('settingsMatch ignores the order of filterable attributes but not of searchable ones', () => {
  const wanted = { searchableAttributes: ['a', 'b'], filterableAttributes: ['x', 'y'], synonyms: { p: ['q', 'r'] } };
  assert.ok(settingsMatch({ searchableAttributes: ['a', 'b'], filterableAttributes: ['y', 'x'], synonyms: { p: ['r', 'q'] }, rankingRules: [] }, wanted));
  assert.ok(!settingsMatch({ searchableAttributes: ['b', 'a'], filterableAttributes: ['x', 'y'], synonyms: { p: ['q', 'r'] } }, wanted));
  assert.ok(!settingsMatch({ searchableAttributes: ['a', 'b'], filterableAttributes: ['x'], synonyms: { p: ['q', 'r'] } }, wanted));
});
