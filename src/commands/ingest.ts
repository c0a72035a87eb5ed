// `verbatim ingest FILE…`: extract files and index them in Meilisearch (the embedded one, a running server's,
// or MEILI_URL). Unchanged documents are skipped. Progress goes to stderr, one summary line per file to stdout.
import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { parseArgs } from 'node:util';
import pino, { type Logger } from 'pino';
import { loadConfig } from '../config.ts';
import { InputError, NotFoundError } from '../domain/errors.ts';
import { openSearchEngine, startSearchBackend } from '../search/engine.ts';
import { ingestFiles } from '../search/ingest-files.ts';
import { openAnnotations } from '../annotations/index.ts';
import { limitsFrom } from '../documents/runner.ts';
import type { DocumentMeta } from '../domain/types.ts';

export const summary = 'ingest FILE… [--title T] [--publisher P] [--year Y] [--date D] [--url U] [--json]   index documents';

export const help = `usage: verbatim ingest FILE… [options]

Extract documents (text dumps or PDFs) and index them in Meilisearch: the embedded one in DATA_DIR, a running
server's, or MEILI_URL/MEILI_KEY. Unchanged documents are skipped.

options:
  --title T       the document's title (overrides its .meta.json)
  --publisher P   its publisher
  --year Y        its year of publication
  --date D        its date, YYYY, YYYY-MM or YYYY-MM-DD
  --url U         where it was published
  --json          print the results as JSON
  -h, --help      this text`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOrThrow(args);
  if (!positionals.length) throw new InputError('usage: verbatim ingest FILE… [--title T] [--publisher P] [--year Y] [--date D] [--url U] [--json]');
  await Promise.all(positionals.map(assertReadable));
  const config = loadConfig();
  const logger = textLogger(config.logLevel);
  const meta = metaFrom(values);
  const meili = await startSearchBackend(config, logger, { reuseRunning: true });
  const annotations = openAnnotations(config.dataDir, logger);
  try {
    const engine = await openSearchEngine({ url: meili.url, key: meili.key, index: config.meili.index, logger, listener: annotations.reanchorer });
    try {
      const results = await ingestFiles(engine.ingester, positionals, logger, (file) => ({
        limits: limitsFrom(config),
        onProgress: pageProgress(path.basename(file)),
        ...(Object.keys(meta).length ? { meta } : {}),
      }));
      process.stderr.write('\n');
      const lines = values.json
        ? [JSON.stringify(results, null, 2)]
        : results.map((r) => `${r.status.padEnd(9)} ${r.docId}  ${r.paragraphs} paragraphs (+${r.added} −${r.deleted})`);
      process.stdout.write(lines.join('\n') + '\n');
    } finally {
      await engine.close();
    }
  } finally {
    await annotations.close();
    await meili.stop();
  }
  return 0;
}

/** `extracting report.pdf: page 12/108`, rewritten in place on a terminal. */
function pageProgress(name: string): (done: number, total: number) => void {
  return (done, total) => {
    const line = `extracting ${name}: page ${done}/${total}`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}` : done === total || done % 10 === 0 ? `${line}\n` : '');
  };
}

const MetaFlags = z.object({
  title: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  year: z.coerce.number().int().min(1000).max(9999).optional(),
  date: z.string().min(4).optional(),
  url: z.url().optional(),
});

function metaFrom(values: Record<string, unknown>): DocumentMeta {
  const parsed = MetaFlags.safeParse(values);
  if (!parsed.success) throw new InputError(`--${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as DocumentMeta;
}

/** Refuse missing files before a search engine is started for nothing. */
async function assertReadable(file: string): Promise<void> {
  try {
    await access(file, constants.R_OK);
  } catch {
    throw new NotFoundError(`no such file: ${file}`);
  }
}

function parseOrThrow(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: {
      json: { type: 'boolean', default: false },
      title: { type: 'string' }, publisher: { type: 'string' }, year: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' },
    } });
  } catch (e) {
    throw new InputError((e as Error).message);
  }
}

/** Log lines as short text on stderr (`message key=value …`), not JSON: this is a terminal command. */
function textLogger(level: string): Logger {
  const skip = new Set(['level', 'time', 'pid', 'hostname', 'msg']);
  return pino({ level }, {
    write(line: string) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      const extras = Object.entries(entry).filter(([k]) => !skip.has(k)).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
      process.stderr.write(`${String(entry.msg ?? '')}${extras.length ? '  ' + extras.join(' ') : ''}\n`);
    },
  });
}
