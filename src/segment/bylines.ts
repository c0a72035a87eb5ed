// Bylines in their printed forms: `By X | PUBLICATION`, `Interview by X`, `Words: X`, `X reports`,
// `X, Publication` under a title, and the closing signature `— X`. Each yields the authors' names.
import { unshout } from '../text/case.ts';
import { DEFAULT_ARTICLES, type ArticleConventions } from '../conventions/articles.ts';

/** A byline that leads an article (`By …`, `Interview by …`, `Words: …`, `… reports`): its authors, or null. */
export function leadByline(text: string, conv: ArticleConventions = DEFAULT_ARTICLES): string[] | null {
  const t = text.trim();
  for (const re of conv.leadBylines) {
    const m = re.exec(t);
    if (m?.[1]) return splitNames(beforePublication(m[1]), conv);
  }
  return null;
}

/** `Jane Roe, The Courier` alone on a line: the names before the publication, or null. */
export function namePublicationByline(text: string, conv: ArticleConventions = DEFAULT_ARTICLES): string[] | null {
  const t = text.trim();
  if (!conv.namePublicationByline.test(t)) return null;
  const parts = t.split(/\s*,\s*/);
  const names = splitNames(parts.slice(0, -1).join(', '), conv);
  return names.length ? names : null;
}

/** `— Jane Roe` alone on a line: the author's closing signature (or a pull quote's attribution). */
export function signatureName(text: string, conv: ArticleConventions = DEFAULT_ARTICLES): string | null {
  const m = conv.signature.exec(text.trim());
  const name = m?.[1] ? splitNames(m[1], conv) : [];
  return name.length === 1 ? name[0]! : null;
}

/** Line `next` is the rest of the dashed signature on line `text`, broken over the line end
 *  (`— Jane Roe, Chair,` / `Harbour Trust`): read together they still sign with the same name. */
export function signatureGoesOn(text: string, next: string, conv: ArticleConventions = DEFAULT_ARTICLES): boolean {
  const name = signatureName(text, conv);
  return name !== null && !SIGNATURE_START_RE.test(next.trim()) && signatureName(`${text.trim()} ${next.trim()}`, conv) === name;
}

/** A line that opens with a dash starts a signature of its own. */
const SIGNATURE_START_RE = /^(?:[—–]|--)/u;

/** `Reporting by Jane Roe and John Doe; Editing by …` closing a wire story: the reporters, or null. */
export function creditNames(text: string, conv: ArticleConventions = DEFAULT_ARTICLES): string[] | null {
  const m = conv.closingCredit.exec(text.trim());
  const names = m?.[1] ? splitNames(m[1], conv) : [];
  return names.length ? names : null;
}

/** A credit line that goes on in the next line (`Reporting by Jane Roe; Editing by` / `…; Editing by John`). */
export function creditGoesOn(text: string, conv: ArticleConventions = DEFAULT_ARTICLES): boolean {
  const t = text.trim();
  const credit = conv.closingCredit.test(t) || conv.creditTail.test(t) || conv.creditMiddle.test(t);
  return credit && (CREDIT_GOES_ON_RE.test(t) || UNFINISHED_PART_RE.test(t));
}

/** A credit broken after a joining word or mark. */
const CREDIT_GOES_ON_RE = /(?:\bby|\band|[;,&])$/u;
/** A credit broken inside its last part, before that part's `by` (`Reporting by Jane Roe; Additional`). */
const UNFINISHED_PART_RE = /;\s*\p{L}+(?:\s\p{L}+)?$/u;

/** `By Jane Roe and John Doe | Agency` → ['Jane Roe', 'John Doe'] (any lead form; [] when no person is named). */
export function parseByline(byline: string, conv: ArticleConventions = DEFAULT_ARTICLES): string[] {
  return leadByline(byline, conv) ?? namePublicationByline(byline, conv) ?? [];
}

/** The names end where a separator introduces the publication: `Jane Roe | THE COURIER`, `Jane Roe — Agency`. */
function beforePublication(who: string): string {
  return who.split(/\s[|•·–—]\s|\s\||\|\s/)[0] ?? '';
}

function splitNames(who: string, conv: ArticleConventions): string[] {
  return who.split(conv.nameJoiners).map((s) => unshout(s.trim())).filter((s) => isPersonName(s, conv));
}


/** Authors are people: two to five capitalised words, not a site (`Newswire.com`), a desk (`Newsroom`) or `The …`. */
export function isPersonName(s: string, conv: ArticleConventions = DEFAULT_ARTICLES): boolean {
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5 || /\.\p{L}{2,}/u.test(s) || conv.nonPersonOpeners.includes(words[0]!)) return false;
  if (words.some((w) => conv.nonPersonWords.includes(w))) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || conv.nameParticles.includes(w));
}
