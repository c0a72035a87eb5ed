// The dev set (tests/fixtures/dev: five reports of other layouts, each as .pdf, .txt and .raw.txt, with gold) and
// the bundled report, extracted in-process and scored with the ported gold scorer (tests/helpers/score). Each
// document and form must keep at least the figures of tests/fixtures/dev/floors.json; raise the floors with
// `npm run score -- --write-floors` after an improvement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkExtract, type Gold } from '../helpers/score/checkExtract.ts';
import { FLOORS_FILE, devFigures, shortfalls, type Floors } from '../helpers/score/floors.ts';
import { extractJson, pairs, readJson } from '../helpers/score/run.ts';

const floors = readJson<Floors>(FLOORS_FILE);

for (const pair of pairs('tests/fixtures/dev')) {
  test(`dev set: ${pair.name} ${pair.form} keeps its floors`, async () => {
    const floor = floors.dev[pair.name]?.[pair.form];
    assert.ok(floor, `no floor for ${pair.name} ${pair.form} in ${FLOORS_FILE} (npm run score -- --write-floors)`);
    const result = checkExtract(readJson<Gold>(pair.gold), await extractJson(pair.file));
    assert.deepEqual(shortfalls(floor, devFigures(result)), [], `${pair.name} ${pair.form}: FAIL ${result.summary}`);
    if (floor.pass) assert.equal(result.pass, true, result.fails.slice(0, 20).join('\n'));
  });
}

test('the bundled report passes the examples checker', async () => {
  const gold = readJson<Gold>('tests/fixtures/gold/examples.json');
  const result = checkExtract(gold, await extractJson('corpus/kazakhstan-elections-special-report.txt'));
  assert.equal(result.pass, true, `FAIL ${result.summary}\n${result.fails.join('\n')}`);
});
