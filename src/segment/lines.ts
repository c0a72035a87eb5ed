// Joining printed lines into running text.
import type { PageLine } from '../domain/types.ts';

/** Tested on the last characters only: the joined text grows long. */
const DASH_END_RE = /\S[-–]$/u;

/** A hyphen (or en dash) at a line end that survived repair is a real one: `Kassym-` + `Jomart` → `Kassym-Jomart`. */
export function joinLines(lines: readonly { text: string }[]): string {
  let out = '';
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    if (!out) out = t;
    else if ((out.endsWith('-') || out.endsWith('–')) && DASH_END_RE.test(out.slice(-3))) out += t; // `737–` + `9`: a dash stuck to its word joins without a space
    else out += ' ' + t;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Split a trailing credit from a caption: `… capital. [Agency]` or `… capital. Photo: Jane Roe` → text, credit. */
export function splitCredit(text: string): { text: string; credit?: string } {
  const m = /^(.*?)\s*\[([^\]]{2,80})\]\s*$/s.exec(text) ?? /^(.*?)\s*\b(?:Photo|Photograph|Picture|Image)(?:\s+credit)?:\s*(\p{Lu}[^:]{0,80})$/su.exec(text);
  return m ? { text: m[1]!.trim(), credit: m[2]!.trim() } : { text };
}

export function pageOf(lines: readonly PageLine[]): number | null {
  return lines[0]?.page ?? null;
}
