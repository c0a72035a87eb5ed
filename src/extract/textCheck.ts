// Is a "text" file text? A text dump must be valid UTF-8, free of control characters (other than tab, line
// breaks and the form feed that marks a page), and made of words: random bytes, a binary file renamed `.txt`
// or a table of codes is refused with the reason, before anything is extracted or indexed.
import { UnprocessableError } from '../domain/errors.ts';
import type { Lexicon } from '../text/lexicon.ts';

/** C0 controls and DEL, except \t \n \f \r. */
const CONTROL_RE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
/** Words judged: three letters or more (shorter ones match the word list by chance). */
const WORD_RE = /\p{L}{3,}/gu;
/** Fewer words than this say nothing either way (a title page, a short note). */
const MIN_WORDS = 30;
/** Prose in English has 70–95% dictionary words; random letters and codes a few percent. A "tiny share". */
const MIN_WORD_SHARE = 0.2;
/** The share is estimated on this many evenly spaced samples of SAMPLE_CHARS (keeps a 50 MB file fast). */
const SAMPLES = 64;
const SAMPLE_CHARS = 4096;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The text of `bytes`, or an UnprocessableError (422, code `not_text`) that says why it is not text. */
export function decodeText(bytes: Uint8Array, fileName: string, lexicon: Lexicon): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw notText(fileName, `is not valid UTF-8${at < bytes.length ? ` (byte ${at})` : ''}`);
  }
  const control = CONTROL_RE.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(2, '0');
    throw notText(fileName, `contains a control character (U+00${code.toUpperCase()}) at character ${control.index}`);
  }
  const share = wordShare(text, lexicon);
  if (share !== undefined && share < MIN_WORD_SHARE) {
    throw notText(fileName, `has too few dictionary words (${Math.round(share * 100)}% of its words; text has ${MIN_WORD_SHARE * 100}% or more)`);
  }
  return text;
}

function notText(fileName: string, why: string): UnprocessableError {
  return new UnprocessableError(`${fileName} is not text: it ${why}`, 'not_text');
}

/** Share of dictionary words over evenly spaced samples; undefined when there are too few words to judge. */
export function wordShare(text: string, lexicon: Lexicon): number | undefined {
  const step = Math.max(SAMPLE_CHARS, Math.floor(text.length / SAMPLES));
  let all = 0;
  let known = 0;
  for (let at = 0; at < text.length; at += step) {
    for (const w of text.slice(at, at + SAMPLE_CHARS).match(WORD_RE) ?? []) {
      all++;
      if (lexicon.has(w.toLowerCase())) known++;
    }
  }
  return all >= MIN_WORDS ? known / all : undefined;
}

/** Offset of the first byte that breaks UTF-8 (for the message); a linear scan, only on failure. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return bytes.length;
}
