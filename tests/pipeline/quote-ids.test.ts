// Quote ids: stable like paragraph ids (from the paragraph id and the quote's words), distinct within a paragraph
// even when the same words are quoted twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument } from '../../src/pipeline.ts';
import type { RawDocument } from '../../src/domain/types.ts';

const raw = (body: string): RawDocument => ({
  source: 'invented.txt',
  pages: [{ index: 1, lines: [{ text: 'Harbour Lights Return' }, { text: '' }, { text: 'By Mara Quill' }, { text: '' }, { text: body }] }],
});

const BODY = '“Never again,” said Ada Roe at the pier. “Never again,” she repeated, and the crowd cheered her.';

const quotesOf = (body: string) => extractDocument(raw(body), { id: 'invented' }).paragraphs.flatMap((p) => p.quotes);

test('quote ids: the same words quoted twice in a paragraph get two distinct ids', () => {
  const quotes = quotesOf(BODY);
  assert.deepEqual(quotes.map((q) => q.text), ['Never again,', 'Never again,']);
  assert.equal(new Set(quotes.map((q) => q.id)).size, 2);
  assert.ok(quotes.every((q) => /^q_[0-9a-f]{12}(_\d+)?$/.test(q.id)), JSON.stringify(quotes.map((q) => q.id)));
});

test('quote ids: stable across runs, and changed when the paragraph changes', () => {
  const ids = quotesOf(BODY).map((q) => q.id);
  assert.deepEqual(quotesOf(BODY).map((q) => q.id), ids);
  const other = quotesOf(BODY.replace('the crowd cheered her', 'the crowd was silent')).map((q) => q.id);
  assert.equal(other.length, 2);
  assert.ok(other.every((id) => !ids.includes(id)));
});
