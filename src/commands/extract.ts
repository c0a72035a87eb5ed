// `verbatim extract FILE [--json]`: run the pipeline on one file and print the result.
import { parseArgs } from 'node:util';
import { InputError } from '../domain/errors.ts';
import type { ExtractedDocument } from '../domain/types.ts';
import { extractAny } from '../documents/load.ts';

export const summary = 'extract FILE [--json]   print the repaired, attributed paragraphs of a report';

export const help = `usage: verbatim extract FILE [--json]

Extract one report (a text dump or a PDF, told apart by their bytes) and print its articles and paragraphs.
Facts the text does not carry come from FILE's .meta.json beside it.

options:
  --json       print the JSON contract (document, articles, paragraphs, stats) instead of the readable view
  -h, --help   this text

exit status: 0 done; 2 bad input (missing, empty, binary or not-text file, malformed .meta.json); 1 otherwise`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOrThrow(args);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new InputError('usage: verbatim extract FILE [--json]');
  const doc = await extractAny(file);
  const out = values.json ? JSON.stringify(toContract(doc), null, 2) : renderReadable(doc);
  process.stdout.write(out + '\n');
  return 0;
}

function parseOrThrow(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  } catch (e) {
    throw new InputError((e as Error).message);
  }
}

/** The documented JSON contract (see README). */
export function toContract(doc: ExtractedDocument) {
  return {
    document: doc.document,
    articles: doc.articles,
    paragraphs: doc.paragraphs.map(({ boxes: _b, ...p }) => p),
    stats: doc.stats,
  };
}

function renderReadable(doc: ExtractedDocument): string {
  const out: string[] = [`# ${doc.document.title}  (${doc.document.source}, ${doc.document.pageCount} pages)`];
  const byArticle = new Map<string | null, typeof doc.paragraphs>();
  for (const p of doc.paragraphs) byArticle.set(p.articleId, [...(byArticle.get(p.articleId) ?? []), p]);
  const sections = [{ id: null as string | null, heading: '## (front matter)' }, ...doc.articles.map((a) => ({
    id: a.id as string | null,
    heading: `## ${a.title}\n   ${a.kind}${a.rubric ? ` · ${a.rubric}` : ''} · by ${a.authors.join(', ') || 'unknown'} · pages ${a.pages.join('–')}`,
  }))];
  for (const s of sections) {
    const ps = byArticle.get(s.id) ?? [];
    if (!ps.length) continue;
    out.push('', s.heading);
    for (const p of ps) {
      const tag = [`p.${p.page ?? '?'}`, p.kind, ...(p.speakers.length ? [p.speakers.join(', ')] : [])].join(' · ');
      out.push('', `[${tag}]`, p.text + (p.credit ? ` [${p.credit}]` : ''));
    }
  }
  return out.join('\n');
}
