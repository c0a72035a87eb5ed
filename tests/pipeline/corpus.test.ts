// Whole-pipeline checks on the bundled report against the public examples (tests/fixtures/gold/examples.json,
// copied from the project's gold sample). The bars are those of the examples checker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractFile } from '../../src/corpus.ts';
import type { ExtractedDocument, Paragraph } from '../../src/domain/types.ts';

const CORPUS = 'corpus/kazakhstan-elections-special-report.txt';
interface GoldSentence { t: string; a?: string | null; p?: number | null; kind?: string; tier?: string; sp?: string[]; sp_hard?: string[]; not_sp?: string[]; sep?: string[] }
const gold = JSON.parse(readFileSync('tests/fixtures/gold/examples.json', 'utf8')) as {
  articles: { key: string; title: string; authors: string[]; kind: string }[];
  sentences: GoldSentence[];
};

const norm = (s: string) => s.normalize('NFC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-')
  .replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim().replace(/ (["])$/, '$1');
const name = (s: string) => s.normalize('NFKD').replace(/[^\x00-\x7f]/g, '').toLowerCase().replace(/[\s-]+/g, ' ').trim();

const doc: ExtractedDocument = await extractFile(CORPUS);
const titleOf = new Map(doc.articles.map((a) => [a.id, a.title]));
const goldTitle = new Map(gold.articles.map((a) => [a.key, a.title]));

function find(s: GoldSentence): Paragraph | undefined {
  const t = norm(s.t);
  const cands = doc.paragraphs.filter((p) => norm(p.text).includes(t));
  return cands.find((p) => s.a && norm(titleOf.get(p.articleId ?? '') ?? '') === norm(goldTitle.get(s.a) ?? '')) ?? cands[0];
}

function speakersOf(p: Paragraph): string[] {
  return [...p.speakers, ...p.quotes.map((q) => q.speaker)].map(name);
}
const hasSpeaker = (p: Paragraph, who: string) => speakersOf(p).some((s) => s === name(who) || (s.includes(name(who)) && s.length - name(who).length < 25));

function ratio(pairs: boolean[]): number {
  return pairs.length ? pairs.filter(Boolean).length / pairs.length : 1;
}

test('corpus: every example sentence appears whole in one paragraph', () => {
  const core = gold.sentences.filter((s) => s.tier !== 'hard').map((s) => !!find(s));
  const hard = gold.sentences.filter((s) => s.tier === 'hard').map((s) => !!find(s));
  assert.ok(ratio(core) >= 0.95, `core ${ratio(core)}`);
  assert.equal(ratio(hard), 1, 'every hard example (displaced heads, lost hyphens) is repaired');
});

test('corpus: articles, pages and kinds of the examples', () => {
  const found = gold.sentences.map((s) => ({ s, p: find(s) })).filter((x) => x.p);
  const art = found.filter((x) => x.s.a).map((x) => norm(titleOf.get(x.p!.articleId ?? '') ?? '') === norm(goldTitle.get(x.s.a!)!));
  const page = found.filter((x) => x.s.p).map((x) => x.p!.page === x.s.p);
  const kind = found.filter((x) => x.s.kind).map((x) => x.p!.kind === x.s.kind);
  // Front matter belongs to no article; its page is not in the gold (`p: null`), so a page inferred from folios is fine.
  const front = found.filter((x) => x.s.a === null).map((x) => x.p!.articleId === null);
  assert.ok(ratio(art) >= 0.95, `article ${ratio(art)}`);
  assert.ok(ratio(page) >= 0.9, `page ${ratio(page)}`);
  assert.ok(ratio(kind) >= 0.85, `kind ${ratio(kind)}`);
  assert.ok(ratio(front) === 1, 'front matter has no article');
});

test('corpus: separated sentences are in different paragraphs', () => {
  const sep = gold.sentences.flatMap((s) => (s.sep ?? []).map((o) => { const p = find(s); return !!p && !norm(p.text).includes(norm(o)); }));
  assert.ok(ratio(sep) >= 0.9, `separate ${ratio(sep)}`);
});

test('corpus: speakers of the examples', () => {
  const found = gold.sentences.map((s) => ({ s, p: find(s) }));
  const core = found.flatMap(({ s, p }) => (s.sp ?? []).map((n) => !!p && hasSpeaker(p, n)));
  const not = found.flatMap(({ s, p }) => (s.not_sp ?? []).map((n) => !!p && !hasSpeaker(p, n)));
  assert.ok(ratio(core) >= 0.9, `speaker_core ${ratio(core)}`);
  assert.ok(ratio(not) >= 0.9, `not_speaker ${ratio(not)}`);
});

test('corpus: articles with their authors', () => {
  for (const g of gold.articles) {
    const a = doc.articles.find((x) => norm(x.title) === norm(g.title));
    assert.ok(a, `article missing: ${g.title}`);
    assert.deepEqual(a.authors.map(name).sort(), g.authors.map(name).sort(), g.title);
    assert.equal(a.kind, g.kind, g.title);
  }
});

test('corpus: no damage left', () => {
  const all = doc.paragraphs.map((p) => p.text).join('\n');
  assert.ok(!all.includes('Continued on Page'));
  assert.ok(!/(?:\b\w ){5,}\w\b/.test(all), 'letter spacing left');
  assert.ok(!doc.paragraphs.some((p) => /^\w$/.test(p.text.trim())), 'lone drop cap');
  const long = doc.paragraphs.filter((p) => !['heading', 'caption'].includes(p.kind) && p.text.split(/\s+/).length > 160);
  assert.deepEqual(long.map((p) => p.text.slice(0, 40)), []);
});

test('corpus: paragraph ids are unique and stable across runs', async () => {
  const again = await extractFile(CORPUS);
  const ids = doc.paragraphs.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual(again.paragraphs.map((p) => p.id), ids);
});
