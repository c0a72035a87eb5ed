// The article view (/a/:id#paragraphId): the whole article in reading order, one paragraph in view.
import { ApiError, getArticle, type Paragraph } from './api.ts';
import { h, replace } from './dom.ts';
import { kindBadge, speakerChips } from './hits.ts';
import { location as where } from './labels.ts';

function renderParagraph(p: Paragraph, target: string): HTMLElement {
  const isTarget = p.id === target;
  return h(
    'section',
    { class: `article-para para-kind-${p.kind ?? 'body'}${isTarget ? ' target' : ''}`, id: p.id, tabindex: isTarget ? -1 : null, 'aria-current': isTarget ? 'location' : null },
    h('a', { class: 'para-anchor', href: `/p/${encodeURIComponent(p.id)}`, 'aria-label': `Open paragraph ${p.n ?? ''}` }, where(p.page, p.n) || '¶'),
    h('div', { class: 'article-para-body' }, p.speakers?.length || (p.kind && p.kind !== 'body') ? h('p', { class: 'para-tags' }, p.kind && p.kind !== 'body' ? kindBadge(p.kind) : null, speakerChips(p.speakers)) : null, h('p', { class: 'article-text' }, p.text)),
  );
}

export async function renderArticlePage(main: HTMLElement, id: string, target: string): Promise<void> {
  replace(main, h('p', { class: 'loading' }, 'Loading…'));
  try {
    const article = await getArticle(id);
    document.title = `${article.title} — verbatim`;
    replace(
      main,
      h(
        'article',
        { class: 'article-page' },
        h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, target ? h('a', { href: `/p/${encodeURIComponent(target)}` }, '← Back to the paragraph') : h('a', { href: '/' }, '← Search')),
        h('header', { class: 'para-head' }, h('h1', null, article.title), article.authors?.length ? h('p', { class: 'para-meta' }, 'By ', article.authors.join(', ')) : null),
        article.paragraphs.map((p) => renderParagraph(p, target)),
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
