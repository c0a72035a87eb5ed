// The article view (/a/:id#paragraphId): the whole article in reading order, one paragraph in view, quotes marked
// with their speakers, and the notes beside the text they are on (a margin, as Hypothesis's sidebar).
import { ApiError, getArticle, type Paragraph } from './api.ts';
import { listArticleAnnotations, type AnnotationView } from './annotationApi.ts';
import { noteMarks, renderOne, type NumberedNote } from './annotationList.ts';
import { h, replace } from './dom.ts';
import { kindBadge, speakerChips } from './hits.ts';
import { location as where, plural } from './labels.ts';
import { markQuotes, renderMarkedText } from './quotes.ts';

const READ_ONLY = { canEdit: () => false, edit: () => {}, remove: () => {} };

function renderParagraph(p: Paragraph, target: string, notes: NumberedNote[]): HTMLElement {
  const isTarget = p.id === target;
  const text = h('p', { class: 'article-text' });
  const descriptions = markQuotes(text, p.text, p.quotes); // quotes marked with their speakers (as on the paragraph page)
  renderMarkedText(text, p.text, noteMarks(p.text, notes));
  const place = where(p.page, p.n) || '¶';
  const tags = p.speakers?.length || (p.kind && p.kind !== 'body') ? h('p', { class: 'para-tags' }, p.kind && p.kind !== 'body' ? kindBadge(p.kind) : null, speakerChips(p.speakers)) : null;
  const margin = notes.length
    ? h('aside', { class: 'article-notes', 'aria-label': `Notes on ${place}` }, h('ul', { class: 'annotation-list' }, notes.map(({ a, n }) => renderOne(a, n, READ_ONLY))))
    : null;
  return h(
    'section',
    { class: `article-para para-kind-${p.kind ?? 'body'}${isTarget ? ' target' : ''}${notes.length ? ' has-notes' : ''}`, id: p.id, tabindex: isTarget ? -1 : null, 'aria-current': isTarget ? 'location' : null },
    h('a', { class: 'para-anchor', href: `/p/${encodeURIComponent(p.id)}` }, h('span', { class: 'visually-hidden' }, 'Open paragraph '), place),
    h('div', { class: 'article-para-body' }, tags, text, descriptions),
    margin,
  );
}

/** Notes grouped by paragraph, numbered through the article in reading order. */
function numberNotes(paragraphs: Paragraph[], notes: AnnotationView[]): Map<string, NumberedNote[]> {
  const byParagraph = new Map<string, NumberedNote[]>();
  let n = 0;
  for (const p of paragraphs) {
    const mine = notes.filter((a) => a.paragraphId === p.id).sort((x, y) => (x.start ?? -1) - (y.start ?? -1));
    if (mine.length) byParagraph.set(p.id, mine.map((a) => ({ a, n: ++n })));
  }
  return byParagraph;
}

export async function renderArticlePage(main: HTMLElement, id: string, target: string): Promise<void> {
  replace(main, h('p', { class: 'loading' }, 'Loading…'));
  try {
    const [article, notes] = await Promise.all([getArticle(id), listArticleAnnotations(id).catch(() => [] as AnnotationView[])]);
    document.title = `${article.title} — verbatim`;
    const numbered = numberNotes(article.paragraphs, notes);
    replace(
      main,
      h(
        'article',
        { class: `article-page${notes.length ? ' with-notes' : ''}` },
        h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, target ? h('a', { href: `/p/${encodeURIComponent(target)}` }, '← Back to the paragraph') : h('a', { href: '/' }, '← Search')),
        h(
          'header',
          { class: 'para-head' },
          h('h1', null, article.title),
          article.authors?.length ? h('p', { class: 'para-meta' }, 'By ', article.authors.join(', ')) : null,
          h('p', { class: 'para-meta' }, notes.length ? plural(notes.length, 'note') + ' beside the text' : 'No notes yet', ' · quotes are marked with who said them'),
        ),
        article.paragraphs.map((p) => renderParagraph(p, target, numbered.get(p.id) ?? [])),
      ),
    );
    const el = target ? document.getElementById(target) : null;
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    }
  } catch (err) {
    const missing = err instanceof ApiError && err.status === 404;
    replace(main, h('div', { class: 'page narrow' }, h('h1', null, missing ? 'Article not found' : 'Could not load the article'), h('p', null, h('a', { href: '/' }, 'Go to search'))));
  }
}
