// The held-out reports (tests/fixtures/heldout: two invented documents in house styles the dev set does not use,
// each as .pdf, .txt and .raw.txt, with gold) extracted in-process and scored with the ported gold scorer. Each
// document and form must keep at least the figures of tests/fixtures/heldout/floors.json; raise them with
// `npm run score -- --write-heldout-floors` after an improvement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkExtract, type Gold } from '../helpers/score/checkExtract.ts';
import { HELDOUT_DIR, HELDOUT_FLOORS_FILE, devFigures, shortfalls, type HeldoutFloors } from '../helpers/score/floors.ts';
import { extractJson, pairs, readJson } from '../helpers/score/run.ts';

const floors = readJson<HeldoutFloors>(HELDOUT_FLOORS_FILE);

for (const pair of pairs(HELDOUT_DIR)) {
  test(`held-out: ${pair.name} ${pair.form} keeps its floors`, async () => {
    const floor = floors.docs[pair.name]?.[pair.form];
    assert.ok(floor, `no floor for ${pair.name} ${pair.form} in ${HELDOUT_FLOORS_FILE} (npm run score -- --write-heldout-floors)`);
    const result = checkExtract(readJson<Gold>(pair.gold), await extractJson(pair.file));
    assert.deepEqual(shortfalls(floor, devFigures(result)), [], `${pair.name} ${pair.form}: FAIL ${result.summary}`);
    if (floor.pass) assert.equal(result.pass, true, result.fails.slice(0, 20).join('\n'));
  });
}
