// Pure: payloads for addDocuments are bounded by record count and bytes, keep every record once, in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { payloadsOf } from '../../src/search/batches.ts';

const rec = (i: number, pad = 0) => ({ id: `p${i}`, text: 'x'.repeat(pad) });

test('payloads split by count and by bytes, whichever comes first', () => {
  const cases: Array<{ name: string; records: unknown[]; limits: { maxRecords: number; maxBytes: number }; counts: number[] }> = [
    { name: 'by count', records: [0, 1, 2, 3, 4].map((i) => rec(i)), limits: { maxRecords: 2, maxBytes: 1e6 }, counts: [2, 2, 1] },
    { name: 'by bytes', records: [0, 1, 2, 3].map((i) => rec(i, 100)), limits: { maxRecords: 100, maxBytes: 250 }, counts: [2, 2] },
    { name: 'oversized record alone', records: [rec(0), rec(1, 500), rec(2)], limits: { maxRecords: 10, maxBytes: 100 }, counts: [1, 1, 1] },
    { name: 'nothing', records: [], limits: { maxRecords: 10, maxBytes: 100 }, counts: [] },
  ];
  for (const c of cases) {
    const out = [...payloadsOf(c.records, c.limits)];
    assert.deepEqual(out.map((p) => p.count), c.counts, c.name);
    assert.deepEqual(out.flatMap((p) => JSON.parse(p.body) as unknown[]), c.records, `${c.name}: every record once, in order`);
    for (const p of out) if (p.count > 1) assert.ok(Buffer.byteLength(p.body) <= c.limits.maxBytes, `${c.name}: ${p.body.length} bytes`);
  }
});

test('limits under 1 are refused', () => {
  assert.throws(() => [...payloadsOf([rec(0)], { maxRecords: 0, maxBytes: 10 })], RangeError);
});
