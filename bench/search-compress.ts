// Search benchmark, compression: what gzip and brotli cost and save on one real search answer, per level.
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { BROTLI_QUALITY, GZIP_LEVEL } from '../src/http/transport.ts';

const REPEAT = 200;

function timeIt(compress: () => Buffer): { us: number; bytes: number } {
  for (let i = 0; i < 20; i++) compress();
  const t0 = performance.now();
  let out = compress();
  for (let i = 1; i < REPEAT; i++) out = compress();
  return { us: ((performance.now() - t0) / REPEAT) * 1000, bytes: out.length };
}

/** One line per encoding and level; "pays below X MB/s": the link speed under which the bytes saved outweigh the time. */
export function compressionTable(body: string): string[] {
  const input = Buffer.from(body);
  const rows: Array<{ name: string; compress: () => Buffer; chosen: boolean }> = [
    ...[1, 3, 6, 9].map((level) => ({ name: `gzip ${level}`, compress: () => zlib.gzipSync(input, { level }), chosen: level === GZIP_LEVEL })),
    ...[1, 4, 6].map((q) => ({
      name: `br ${q}`, chosen: q === BROTLI_QUALITY,
      compress: () => zlib.brotliCompressSync(input, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: q, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: input.length } }),
    })),
  ];
  const lines = [`compression of a search answer of ${input.length} bytes:`];
  for (const r of rows) {
    const t = timeIt(r.compress);
    const saved = input.length - t.bytes;
    lines.push(`  ${r.name.padEnd(7)} ${String(t.bytes).padStart(6)} bytes in ${t.us.toFixed(0).padStart(5)} µs: pays below ${(saved / t.us).toFixed(0)} MB/s${r.chosen ? '  (chosen)' : ''}`);
  }
  return lines;
}
