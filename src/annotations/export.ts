// CSV export of annotations (RFC 4180), safe to open in a spreadsheet.
import type { Annotation } from './model.ts';
import type { Links } from './jsonld.ts';

export const CSV_COLUMNS = [
  'id', 'url', 'motivation', 'verdict', 'tags', 'note', 'exact', 'start', 'end', 'paragraph', 'paragraph_url',
  'document', 'article', 'speakers', 'visibility', 'status', 'creator', 'created', 'modified',
] as const;

/** Spreadsheets run cells that start with these as formulas: such cells get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(a: Annotation, links: Links): string {
  const s = a.target.selector;
  const cells: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
    id: a.id,
    url: links.annotation(a.id),
    motivation: a.motivation,
    verdict: a.verdict,
    tags: a.tags.join('; '),
    note: a.note,
    exact: s?.exact ?? null,
    start: s?.start ?? null,
    end: s?.end ?? null,
    paragraph: a.target.paragraphId,
    paragraph_url: links.paragraph(a.target.paragraphId),
    document: a.target.docId,
    article: a.target.articleId,
    speakers: a.target.speakers.join('; '),
    visibility: a.visibility,
    status: a.status,
    creator: a.creator.name,
    created: a.created,
    modified: a.modified,
  };
  return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',');
}

export function toCsv(items: Annotation[], links: Links): string {
  return [CSV_COLUMNS.join(','), ...items.map((a) => csvRow(a, links))].join('\r\n') + '\r\n';
}

/** Annotations as a Markdown report: one section per note, its quote, verdict, tags and links. */
export function toMarkdown(items: Annotation[], links: Links, title = 'Annotations'): string {
  const out = [`# ${mdText(title)}`, '', `${items.length} annotation${items.length === 1 ? '' : 's'}.`, ''];
  for (const a of items) {
    const where = [mdText(a.target.speakers.join(', ')), a.verdict ? `**${a.verdict}**` : '', a.tags.map((t) => mdText(`#${t}`)).join(' ')].filter(Boolean);
    out.push(`## ${mdText(a.creator.name)}, ${a.created.slice(0, 10)}`, '');
    out.push(...quoteLines(a.target.selector?.exact ?? a.target.paragraphText), '');
    if (where.length) out.push(where.join(' · '), '');
    if (a.note) out.push(mdText(a.note), '');
    out.push(`[Paragraph](${links.paragraph(a.target.paragraphId)}) · [Fact-check page](${links.page?.(a.id) ?? links.annotation(a.id)})`, '');
  }
  return out.join('\n');
}

function quoteLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => `> ${mdText(l)}`);
}

/** Markdown's punctuation escaped, so a note never turns into links, images or HTML. */
function mdText(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+!|]/g, (c) => `\\${c}`);
}
