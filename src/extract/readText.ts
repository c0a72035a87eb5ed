// Text reader: a text dump of a PDF becomes pages of lines.
// A form feed, or a line that begins with exactly one space, starts a new page.
import type { Line, Page, RawDocument } from '../domain/types.ts';

const PAGE_START = /^ (?! )/; // one leading space, not an indented block

export function readText(text: string, source: string): RawDocument {
  const pages: Page[] = [];
  let current: Line[] = [];
  const flush = (): void => {
    if (current.some((l) => l.text.trim() !== '')) pages.push({ index: pages.length + 1, lines: current });
    current = [];
  };
  for (const chunk of text.replace(/\r\n?/g, '\n').split('\f')) {
    flush();
    for (const raw of chunk.split('\n')) {
      if (PAGE_START.test(raw)) flush();
      current.push({ text: raw.replace(/\s+$/, '').replace(/^\s+/, '') });
    }
  }
  flush();
  return { source, pages };
}
