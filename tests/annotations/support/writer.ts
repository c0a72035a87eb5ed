// Sends N annotation writes to a server, a few at a time, and prints "201 <id>" for every acknowledged write.
// A refused connection (server down, nothing was sent) is retried; any other failure counts as unanswered.
// The server's port is read from a file before each attempt (a restarted server may listen elsewhere).
// Usage: writer.ts <portFile> <key> <paragraphId> <exact> <count> <concurrency>
import fs from 'node:fs';

const [portFile, key, paragraph, exact, countArg, concurrencyArg] = process.argv.slice(2);
const count = Number(countArg);
const concurrency = Number(concurrencyArg);
/** Bounded wait for a restart: refused connections are retried this many times, 50 ms apart (10 s). */
const MAX_REFUSED_RETRIES = 200;
const stats = { acknowledged: 0, failed: 0, refusedRetries: 0, other: 0 };
let next = 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const refused = (e: unknown) => (e as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';

async function writeOne(i: number): Promise<void> {
  for (let attempt = 0; attempt <= MAX_REFUSED_RETRIES; attempt++) {
    try {
      const port = fs.readFileSync(portFile!, 'utf8').trim();
      const res = await fetch(`http://127.0.0.1:${port}/api/annotations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ paragraph, note: `durability write ${i}`, tags: ['durability'], selector: { exact } }),
      });
      const body = (await res.json()) as { id?: string };
      if (res.status === 201 && body.id) {
        stats.acknowledged++;
        process.stdout.write(`201 ${body.id.split('/').pop()}\n`);
      } else stats.other++;
      return;
    } catch (e) {
      if (!refused(e)) return void stats.failed++;
      stats.refusedRetries++;
      await sleep(50);
    }
  }
  stats.failed++;
}

async function worker(): Promise<void> {
  while (next < count) await writeOne(next++);
}

await Promise.all(Array.from({ length: concurrency }, worker));
process.stdout.write(`done ${JSON.stringify(stats)}\n`);
