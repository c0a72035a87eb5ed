import { readFileSync } from 'node:fs';
import { extractBuffer } from './src/documents/load.ts';
const base = readFileSync('corpus/kazakhstan-elections-special-report.txt', 'utf8');
for (const mb of [1, 4]) {
  const text = base.repeat(Math.ceil(mb * 1e6 / base.length));
  const t0 = Date.now();
  const d = await extractBuffer(Buffer.from(text), { fileName: 'x.txt' });
  console.log(mb, 'MB', Date.now() - t0, 'ms', d.paragraphs.length, 'paragraphs', Math.round(process.memoryUsage.rss() / 1e6), 'MB rss');
}
