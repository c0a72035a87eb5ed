// Joining printed lines into running text.
import type { PageLine } from '../domain/types.ts';

/** A hyphen at a line end that survived repair is a real one: `Kassym-` + `Jomart` → `Kassym-Jomart`. */
// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const LETTER_HYPHEN_END_RE = /\p{L}-$/u;

export function joinLines(lines: readonly { text: string }[]): string {
  let out = '';
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    if (!out) out = t;
    else if (out.endsWith('-') && LETTER_HYPHEN_END_RE.test(out.slice(-3))) out += t; // the end only: `out` grows long
    else out += ' ' + t;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Split a trailing bracketed credit from a caption: `… capital. [Agency]` → text, credit. */
export function splitCredit(text: string): { text: string; credit?: string } {
  const m = /^(.*?)\s*\[([^\]]{2,80})\]\s*$/s.exec(text);
  return m ? { text: m[1]!.trim(), credit: m[2]!.trim() } : { text };
}

export function pageOf(lines: readonly PageLine[]): number | null {
  return lines[0]?.page ?? null;
}
