// The ingester's write queue: writes run one at a time in the order asked, a failure does not stop the next run,
// and the work before a write waits for the earlier writes of its own ids, and only those.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteQueue } from '../../src/search/write-queue.ts';

const tick = () => new Promise((r) => setImmediate(r));
const nothing = async () => undefined;

function gate(): { open: () => void; wait: Promise<void> } {
  let open!: () => void;
  const wait = new Promise<void>((r) => { open = r; });
  return { open, wait };
}

test('writes run one at a time, in the order they were asked for', async () => {
  const q = createWriteQueue();
  const log: string[] = [];
  const first = gate();
  const a = q.run(['a'], nothing, async () => { log.push('a start'); await first.wait; log.push('a end'); return 1; });
  const b = q.run(['b'], nothing, async () => { log.push('b start'); return 2; });
  await tick();
  assert.deepEqual(log, ['a start'], 'b waits for a although their ids differ');
  first.open();
  assert.deepEqual(await Promise.all([a, b]), [1, 2]);
  assert.deepEqual(log, ['a start', 'a end', 'b start']);
});

test('a failure rejects its own caller only; the next run still writes', async () => {
  const q = createWriteQueue();
  const a = q.run(['a'], nothing, async () => { throw new Error('upstream down'); });
  const b = q.run(['b'], async () => { throw new Error('unreadable'); }, nothing);
  const c = q.run(['a'], async () => 'prepared', async (p) => `${p} and written`);
  await assert.rejects(a, /upstream down/);
  await assert.rejects(b, /unreadable/);
  assert.equal(await c, 'prepared and written');
});

// [name, ids of the second run, whether its preparation may run while the first run's write is held]
const overlapCases: Array<[string, string[], boolean]> = [
  ['other ids are prepared during the earlier write', ['x', 'y'], true],
  ['no ids are prepared during the earlier write', [], true],
  ['an id being written waits for that write', ['a'], false],
  ['one such id among others waits', ['x', 'b'], false],
];
for (const [name, ids, overlaps] of overlapCases) {
  test(`preparation: ${name}`, async () => {
    const q = createWriteQueue();
    const held = gate();
    const log: string[] = [];
    const first = q.run(['a', 'b'], async () => { log.push('first prepared'); }, async () => { await held.wait; log.push('first written'); });
    const second = q.run(ids, async () => { log.push('second prepared'); }, async () => { log.push('second written'); });
    await tick();
    await tick();
    assert.equal(log.includes('second prepared'), overlaps, log.join(', '));
    held.open();
    await Promise.all([first, second]);
    assert.deepEqual(log.filter((l) => l.endsWith('written')), ['first written', 'second written']);
  });
}
