// `verbatim ingest FILE…`: extract files and index them in Meilisearch (the embedded one, a running server's,
// or MEILI_URL). Unchanged documents are skipped. Progress goes to stderr, one summary line per file to stdout.
import { access, constants } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import pino, { type Logger } from 'pino';
import { loadConfig } from '../config.ts';
import { InputError, NotFoundError } from '../domain/errors.ts';
import { openSearchEngine, startSearchBackend } from '../search/engine.ts';
import { ingestFiles } from '../search/ingest-files.ts';

export const summary = 'ingest FILE…            index documents for search (unchanged ones are skipped)';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOrThrow(args);
  if (!positionals.length) throw new InputError('usage: verbatim ingest FILE… [--json]');
  await Promise.all(positionals.map(assertReadable));
  const config = loadConfig();
  const logger = textLogger(config.logLevel);
  const meili = await startSearchBackend(config, logger, { reuseRunning: true });
  try {
    const engine = await openSearchEngine({ url: meili.url, key: meili.key, index: config.meili.index, logger });
    try {
      const results = await ingestFiles(engine.ingester, positionals, logger);
      const lines = values.json
        ? [JSON.stringify(results, null, 2)]
        : results.map((r) => `${r.status.padEnd(9)} ${r.docId}  ${r.paragraphs} paragraphs (+${r.added} −${r.deleted})`);
      process.stdout.write(lines.join('\n') + '\n');
    } finally {
      await engine.close();
    }
  } finally {
    await meili.stop();
  }
  return 0;
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
    return parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
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
