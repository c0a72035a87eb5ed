// The paragraph view (/p/:id): the paragraph in context, citation, and its annotations.
import { ApiError, getArticle, getParagraph, type Citation, type Paragraph, type ParagraphView } from './api.ts';
import { mountAnnotations } from './annotate.ts';
import { listOrphans } from './annotationApi.ts';
import { renderList } from './annotationList.ts';
import { copyButton } from './copy.ts';
import { h, replace } from './dom.ts';
import { kindBadge } from './hits.ts';
import { location as where } from './labels.ts';
import { pageQuery } from './state.ts';
import { markQuotes, showQuote, showQuoteFromHash } from './quotes.ts';
import { speakerLink } from './speaker.ts';
import { currentState } from './search.ts';
import { showPrinted } from './printed.ts';

let backTo = '/';

/** Remember the search the user came from, for the "Back to results" link. */
export function rememberSearch(): void {
  const qs = pageQuery(currentState());
  backTo = '/' + (qs ? '?' + qs : '');
}

export function permalink(id: string): string {
  return `${window.location.origin}/p/${encodeURIComponent(id)}`;
}

function citationTexts(p: ParagraphView): { plain: string; markdown: string } {
  const c: Citation = p.citation ?? {};
  const link = c.permalink ?? permalink(p.id);
  const title = p.article?.title ?? p.articleTitle ?? '';
  const fallback = [p.speakers?.join(', '), title && `“${title}”`, where(p.page, p.n), link].filter(Boolean).join(', ');
  const plain = c.text ?? c.plain ?? fallback;
  return { plain, markdown: c.markdown ?? `[${plain.replace(/[[\]]/g, '')}](${link})` };
}

function contextParagraph(p: Paragraph | null | undefined, label: string): HTMLElement | null {
  if (!p) return null;
  return h(
    'a',
    { class: 'context', href: `/p/${encodeURIComponent(p.id)}` },
    h('span', { class: 'context-label' }, label, p.n !== undefined ? ` · ¶ ${p.n}` : '', p.speakers?.length ? ` · ${p.speakers.join(', ')}` : ''),
    h('span', { class: 'context-text' }, p.text),
  );
}

/** For an answer: the question it answers (from the API, the previous paragraph, or the article). */
async function findQuestion(p: ParagraphView): Promise<Paragraph | null> {
  if (p.kind !== 'answer') return null;
  if (p.question) return p.question;
  if (p.previous?.kind === 'question') return p.previous;
  const articleId = p.article?.id ?? p.articleId;
  if (!articleId) return null;
  const article = await getArticle(articleId).catch(() => null);
  const list = article?.paragraphs ?? [];
  const at = list.findIndex((x) => x.id === p.id);
  for (let i = at - 1; i >= 0; i--) if (list[i]?.kind === 'question') return list[i] ?? null;
  return null;
}

export async function renderParagraphPage(main: HTMLElement, id: string): Promise<void> {
  replace(main, h('p', { class: 'loading' }, 'Loading…'));
  let p: ParagraphView;
  try {
    p = await getParagraph(id);
  } catch (err) {
    await renderMissing(main, id, err);
    return;
  }
  const title = p.article?.title ?? p.articleTitle ?? 'Front matter';
  document.title = `${title}, ${where(p.page, p.n) || 'paragraph'} — verbatim`;
  const textEl = h('p', { class: 'para-text', id: 'para-text' });
  const quoteNotes = markQuotes(textEl, p.text, p.quotes);
  const annotations = h('section', { class: 'annotations', 'aria-labelledby': 'annotations-title' });
  const side = h('div', { class: 'para-side' });
  const question = h('div', { class: 'question' });
  const answersPrevious = p.kind === 'answer' && p.previous?.kind === 'question';
  const printed = h('section', { class: 'printed', 'aria-labelledby': 'printed-title', hidden: true });
  // DOM order top → side → rest: on a phone Cite and Annotate come right after the paragraph, not below the notes.
  replace(
    main,
    h(
      'div',
      { class: 'para-page' },
      h(
        'div',
        { class: 'para-main' },
        h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: backTo }, '← Back to results')),
        h('header', { class: 'para-head' }, h('p', { class: 'eyebrow' }, p.document?.title ?? p.docTitle ?? 'Paragraph'), h('h1', null, title), h('p', { class: 'para-meta' }, where(p.page, p.n), p.kind && p.kind !== 'body' ? kindBadge(p.kind) : null)),
        question,
        contextParagraph(p.previous, answersPrevious ? 'In answer to' : 'Before'),
        h('article', { class: 'para-current', 'aria-label': 'Paragraph' }, whoSpeaks(p), textEl, quoteNotes),
      ),
      side,
      h('div', { class: 'para-rest' }, contextParagraph(p.next, 'After'), printed, annotations),
    ),
  );
  if (answersPrevious) main.querySelector('.context')?.classList.add('is-question');
  renderSide(side, p, printed);
  void findQuestion(p).then((q) => {
    if (q && q.id !== p.previous?.id) replace(question, contextParagraph(q, 'In answer to'));
  });
  mountAnnotations(annotations, side, p, textEl);
  showQuoteFromHash();
}

/** The paragraph's voice ("Speaking") and the people quoted in it ("Quoted"), each linking to their page. */
function whoSpeaks(p: ParagraphView): HTMLElement | null {
  if (!p.speakers?.length) return null;
  const quoted = new Set((p.quotes ?? []).map((q) => q.speaker));
  const voice = p.voice !== undefined ? p.voice : p.speakers.find((s) => p.roles?.[s] !== 'quoted');
  const label = (s: string) => (s === voice ? (p.roles?.[s] ?? 'speaking') : quoted.has(s) || p.roles?.[s] === 'quoted' ? 'quoted' : (p.roles?.[s] ?? ''));
  return h(
    'p',
    { class: 'para-speakers' },
    h('span', { class: 'muted' }, 'Speakers: '),
    h('span', { class: 'chips' }, p.speakers.map((s) => h('span', { class: 'speaker-with-role' }, speakerLink(s, 'chip speaker'), h('span', { class: 'speaker-role' }, label(s))))),
  );
}

function renderSide(side: HTMLElement, p: ParagraphView, printed: HTMLElement): void {
  const cite = citationTexts(p);
  const articleId = p.article?.id ?? p.articleId;
  const docId = p.document?.id;
  const viewPage = p.regions?.length && docId ? h('button', { type: 'button', class: 'button', 'aria-controls': 'printed-view', onclick: () => void showPrinted(printed, p, docId) }, 'View on the page') : null;
  replace(
    side,
    quotesPanel(p),
    h(
      'section',
      { class: 'panel cite', 'aria-labelledby': 'cite-title' },
      h('h2', { id: 'cite-title' }, 'Cite'),
      h('p', { class: 'citation', id: 'citation-text' }, cite.plain),
      h('div', { class: 'button-row' }, copyButton('Copy citation', () => cite.plain, 'primary'), copyButton('Copy Markdown', () => cite.markdown)),
      h('div', { class: 'button-row' }, articleId ? h('a', { class: 'button', href: `/a/${encodeURIComponent(articleId)}#${encodeURIComponent(p.id)}` }, 'Open the article') : null, viewPage, h('a', { class: 'button subtle', href: `/p/${encodeURIComponent(p.id)}` }, 'Permalink')),
    ),
  );
}

/** A permalink that no longer resolves: say so, and show the annotations that were left orphaned on it. */
async function renderMissing(main: HTMLElement, id: string, err: unknown): Promise<void> {
  const missing = err instanceof ApiError && err.status === 404;
  const orphans = h('section', { class: 'annotations', 'aria-labelledby': 'annotations-title' });
  replace(
    main,
    h(
      'div',
      { class: 'page narrow' },
      h('h1', null, missing ? 'Paragraph not found' : 'Could not load the paragraph'),
      h('p', null, missing ? 'This permalink points to no paragraph. It may have changed when its report was imported again.' : err instanceof Error ? err.message : String(err)),
      h('p', null, h('a', { href: '/' }, 'Go to search')),
      orphans,
    ),
  );
  if (!missing) return;
  const items = await listOrphans(id);
  if (items.length) renderList(orphans, items, { canEdit: () => false, edit: () => {}, remove: () => {} });
}

/** Longest excerpt of a quote shown in the side panel; the whole quote is in the text. */
const QUOTE_EXCERPT_CHARS = 140;

/** Each quote of the paragraph: who, an excerpt that shows it in the text, and its own citation to copy. */
function quotesPanel(p: ParagraphView): HTMLElement | null {
  const quotes = (p.quotes ?? []).filter((q) => q.citation?.text);
  if (!quotes.length) return null;
  const excerpt = (t: string) => (t.length > QUOTE_EXCERPT_CHARS ? t.slice(0, QUOTE_EXCERPT_CHARS).replace(/\s\S*$/, '') + '…' : t);
  return h(
    'section',
    { class: 'panel quotes-panel', 'aria-labelledby': 'quotes-title' },
    h('h2', { id: 'quotes-title' }, quotes.length === 1 ? 'Quote' : `Quotes (${quotes.length})`),
    h('ol', { class: 'quote-list' }, quotes.map((q) => h(
      'li',
      { class: 'quote-item', 'data-quote': q.id },
      h('p', { class: 'quote-who' }, speakerLink(q.speaker), q.cue ? h('span', { class: 'muted' }, ` · “${q.cue}”`) : null),
      h('button', { type: 'button', class: 'link-button quote-excerpt', onclick: () => showQuote(q.id) }, h('span', { class: 'visually-hidden' }, 'Show in the text: '), h('q', null, excerpt(q.text))),
      h('div', { class: 'button-row' }, copyButton('Copy quote citation', () => q.citation?.text ?? '')),
    ))),
  );
}
