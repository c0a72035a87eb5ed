// Real PDFs of other publishers (tests/fixtures/real, public domain or CC BY; see its README) with hand-written
// checks: each PDF must keep at least the checks it passes today (tests/fixtures/dev/floors.json, `real`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { realReportLines } from '../helpers/score/checkReal.ts';
import { FLOORS_FILE, type Floors } from '../helpers/score/floors.ts';
import { readJson, scoreReal } from '../helpers/score/run.ts';

test('real PDFs keep the checks they pass', async () => {
  const floors = readJson<Floors>(FLOORS_FILE).real;
  const result = await scoreReal('tests/fixtures/real/checks.json');
  const report = realReportLines(result).join('\n');
  for (const d of result.docs) {
    assert.ok(d.passed >= (floors.docs[d.file] ?? 0), `${d.file}: ${d.passed}/${d.total} < floor ${floors.docs[d.file]}\n${report}`);
  }
  assert.ok(result.passed >= floors.total, `TOTAL ${result.passed}/${result.total} < floor ${floors.total}\n${report}`);
});
