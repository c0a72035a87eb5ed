// The pipeline is a declared list of passes; every run reports each pass with its count and time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument, PASSES } from '../../src/pipeline.ts';
import type { RawDocument } from '../../src/domain/types.ts';

const raw: RawDocument = {
  source: 'invented.txt',
  pages: [{
    index: 1,
    lines: [
      { text: 'Harbour Lights Return' }, { text: '' }, { text: 'By Mara Quill' }, { text: '' },
      { text: 'The lights came back on Tuesday, the council said.' },
    ],
  }],
};

test('the passes run in their declared order and each is reported once', () => {
  const doc = extractDocument(raw, { id: 'invented' });
  const names = (doc.stats.passes ?? []).map((p) => p.name);
  assert.deepEqual(names, PASSES.map((p) => p.name));
  assert.deepEqual(names.slice(0, 3), ['repair', 'segment', 'attribute']);
});

test('every pass reports a count and a non-negative time', () => {
  const doc = extractDocument(raw, { id: 'invented' });
  for (const p of doc.stats.passes ?? []) {
    assert.ok(Number.isInteger(p.count) && p.count >= 0, JSON.stringify(p));
    assert.ok(p.ms >= 0, JSON.stringify(p));
  }
  const repair = doc.stats.passes?.find((p) => p.name === 'repair');
  assert.ok(repair && repair.count >= 1, 'the repair pass hands on at least one block');
});
