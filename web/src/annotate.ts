// Annotating a paragraph: text selection, the note form, saving with the session's API key.
import { ApiError, type ParagraphView } from './api.ts';
import { createAnnotation, deleteAnnotation, getAnnotation, listOrphans, listParagraphAnnotations, unitIndex, updateAnnotation, VERDICTS, type AnnotationView, type Draft } from './annotationApi.ts';
import { renderHighlights, renderList } from './annotationList.ts';
import { announce, h, replace } from './dom.ts';
import { getKey } from './key.ts';
import { verdictLabel } from './labels.ts';
import { openKeyDialog } from './keyDialog.ts';
import { mayChange, whoAmI, type Me } from './me.ts';
import { quotePicker } from './quotePicker.ts';

interface Range {
  start: number;
  end: number;
}

/** The selection inside `el` as character offsets into its text, trimmed of surrounding blanks. */
export function selectionIn(el: HTMLElement): Range | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!el.contains(range.startContainer) || !el.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(el);
  before.setEnd(range.startContainer, range.startOffset);
  let start = before.toString().length;
  let end = start + range.toString().length;
  const text = el.textContent ?? '';
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

interface Form {
  el: HTMLFormElement;
  quote: HTMLElement;
  note: HTMLTextAreaElement;
  tags: HTMLInputElement;
  verdict: HTMLSelectElement;
  visibility: HTMLSelectElement;
  submit: HTMLButtonElement;
  cancel: HTMLButtonElement;
  status: HTMLElement;
}

function buildForm(): Form {
  const note = h('textarea', { id: 'anno-note', name: 'note', rows: 4, maxlength: 5000 });
  const tags = h('input', { id: 'anno-tags', name: 'tags', type: 'text', placeholder: 'e.g. turnout, economy', autocomplete: 'off' });
  const verdict = h('select', { id: 'anno-verdict', name: 'verdict' }, h('option', { value: '' }, 'No verdict'), VERDICTS.map((v) => h('option', { value: v }, verdictLabel(v))));
  const visibility = h('select', { id: 'anno-visibility', name: 'visibility' }, h('option', { value: 'public' }, 'Public'), h('option', { value: 'private' }, 'Private (me and admins)'));
  const quote = h('div', { class: 'selected-quote', id: 'anno-quote', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, 'Save annotation');
  const cancel = h('button', { type: 'button', class: 'button subtle', hidden: true }, 'Cancel edit');
  const status = h('p', { class: 'form-status', role: 'status' });
  const field = (id: string, label: string, control: HTMLElement, hint?: string) => h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('p', { class: 'hint' }, hint) : null);
  const el = h(
    'form',
    { class: 'panel annotate', 'aria-labelledby': 'annotate-title', novalidate: true },
    h('h2', { id: 'annotate-title' }, 'Annotate'),
    quote,
    field('anno-note', 'Note', note),
    field('anno-tags', 'Tags', tags, 'Separate tags with commas.'),
    h('div', { class: 'field-row' }, field('anno-verdict', 'Verdict', verdict), field('anno-visibility', 'Visibility', visibility)),
    h('div', { class: 'button-row' }, submit, cancel),
    status,
  );
  return { el, quote, note, tags, verdict, visibility, submit, cancel, status };
}

/** The annotation list and form of one paragraph: selection → draft → save, edit, delete, refresh. */
class AnnotationPanel {
  private items: AnnotationView[] = [];
  private selected: Range | null = null;
  private editing: AnnotationView | null = null;
  private me: Me | null | undefined = null;
  private readonly form = buildForm();
  private readonly actions = {
    canEdit: (a: AnnotationView) => mayChange(this.me, a.creatorId),
    edit: (a: AnnotationView) => this.edit(a),
    remove: (a: AnnotationView, status: HTMLElement) => void this.remove(a, status),
  };

  constructor(private readonly section: HTMLElement, side: HTMLElement, private readonly p: ParagraphView, private readonly textEl: HTMLElement) {
    side.appendChild(this.form.el);
    this.form.quote.after(quotePicker(p.text, (range) => {
      this.selected = range;
      this.showQuote();
    }));
    for (const type of ['mouseup', 'keyup']) textEl.addEventListener(type, () => this.capture());
    textEl.addEventListener('touchend', () => setTimeout(() => this.capture(), 0));
    this.form.cancel.addEventListener('click', () => this.reset());
    this.form.el.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.showQuote();
    void this.refresh();
    // A new key may see other private notes and change other ones: reload (listeners die with the page's section).
    const onKey = () => (section.isConnected ? void this.refresh() : document.removeEventListener('keychange', onKey));
    document.addEventListener('keychange', onKey);
  }

  private capture(): void {
    const range = selectionIn(this.textEl);
    if (range) {
      this.selected = range;
      this.showQuote();
    }
  }

  private showQuote(): void {
    const text = this.selected ? this.p.text.slice(this.selected.start, this.selected.end) : '';
    const whole = () => {
      this.selected = null;
      this.showQuote();
    };
    replace(
      this.form.quote,
      text
        ? [h('span', { class: 'muted' }, 'Quoting'), h('q', null, text), h('button', { type: 'button', class: 'link-button', onclick: whole }, 'Use whole paragraph')]
        : h('p', { class: 'hint' }, 'Select words in the paragraph to quote them. Without a selection the note covers the whole paragraph.'),
    );
  }

  private reset(): void {
    this.editing = null;
    this.selected = null;
    this.form.el.reset();
    this.form.submit.textContent = 'Save annotation';
    this.form.cancel.hidden = true;
    this.showQuote();
  }

  private edit(a: AnnotationView): void {
    const f = this.form;
    this.editing = a;
    this.selected = a.start !== undefined && a.end !== undefined ? { start: unitIndex(this.p.text, a.start), end: unitIndex(this.p.text, a.end) } : null;
    f.note.value = a.note;
    f.tags.value = a.tags.join(', ');
    f.verdict.value = a.verdict;
    f.visibility.value = a.visibility;
    f.submit.textContent = 'Update annotation';
    f.cancel.hidden = false;
    this.showQuote();
    f.note.focus();
  }

  /** Delete; an error shows under the note whose Delete was pressed, not in the form. */
  private async remove(a: AnnotationView, status: HTMLElement): Promise<void> {
    if (!confirm('Delete this annotation?')) return;
    try {
      await deleteAnnotation(a);
      announce('Annotation deleted.');
      await this.refresh();
    } catch (err) {
      status.textContent = describeError(err);
      if (err instanceof ApiError && err.status === 401) openKeyDialog();
    }
  }

  private async refresh(): Promise<void> {
    const [anchored, orphans, me] = await Promise.all([listParagraphAnnotations(this.p.id).catch(() => null), listOrphans(this.p.id), whoAmI()]);
    this.me = me;
    if (anchored) this.items = [...anchored, ...orphans];
    renderList(this.section, this.items, this.actions);
    renderHighlights(this.textEl, this.p.text, this.items); // quotes in this view: marked by the quotes work (issue 10)
  }

  private draft(): Draft {
    const f = this.form;
    return {
      paragraphId: this.p.id,
      source: this.p.citation?.permalink ?? `${window.location.origin}/p/${this.p.id}`,
      text: this.p.text,
      start: this.selected?.start,
      end: this.selected?.end,
      note: f.note.value.trim(),
      tags: f.tags.value.split(',').map((t) => t.trim()).filter(Boolean),
      verdict: f.verdict.value,
      visibility: f.visibility.value,
      ...(this.editing ? { motivation: this.editing.motivation } : {}),
    };
  }

  private submit(): void {
    if (!getKey()) {
      this.form.status.textContent = 'Saving needs an API key with the annotator role.';
      openKeyDialog();
      return;
    }
    const draft = this.draft();
    const target = this.editing;
    void this.run(
      () => (target ? updateAnnotation(target, draft) : createAnnotation(draft)),
      target ? 'Annotation updated.' : 'Annotation saved.',
      target ? () => this.conflict(target) : undefined,
    );
  }

  /**
   * Someone saved a newer version since this one was loaded (412): show theirs beside the form, which still
   * holds this person's edit. "Keep my edit" saves the fields this person changed (against what they loaded)
   * over the newer version, which keeps the rest of theirs; "Use their version" loads it into the form.
   */
  private async conflict(mine: AnnotationView): Promise<void> {
    const status = this.form.status;
    const theirs = await getAnnotation(mine.id).catch(() => null);
    if (!theirs) return void (status.textContent = 'Someone else deleted this annotation meanwhile.');
    const keep = () => {
      this.editing = { ...mine, version: theirs.version };
      status.classList.remove('error');
      replace(status, 'Your edit now applies to the newer version: press “Update annotation” to save it.');
      this.form.submit.focus();
    };
    const row = (label: string, value: string) => [h('dt', null, label), h('dd', null, value || '—')];
    replace(status, h('div', { class: 'conflict', role: 'alert' },
      h('p', null, `Someone else changed this annotation meanwhile (now version ${theirs.version ?? '?'}). Their version:`),
      h('dl', null, row('Note', theirs.note), row('Tags', theirs.tags.join(', ')), row('Verdict', theirs.verdict ? verdictLabel(theirs.verdict) : ''), row('Visibility', theirs.visibility)),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', class: 'button', onclick: keep }, 'Keep my edit'),
        h('button', { type: 'button', class: 'button subtle', onclick: () => this.edit(theirs) }, 'Use their version'))));
  }

  /** Run a write; on success confirm, reset the form and reload the list; a 412 goes to `onConflict`. */
  private async run(op: () => Promise<unknown>, done: string, onConflict?: () => Promise<void>): Promise<void> {
    const status = this.form.status;
    status.textContent = '';
    status.classList.remove('error');
    try {
      await op();
      status.textContent = done;
      announce(done);
      this.reset();
      await this.refresh();
    } catch (err) {
      status.classList.add('error');
      status.textContent = describeError(err);
      if (err instanceof ApiError && err.status === 401) openKeyDialog();
      if (err instanceof ApiError && err.status === 412 && onConflict) await onConflict();
    }
  }
}

export function mountAnnotations(section: HTMLElement, side: HTMLElement, p: ParagraphView, textEl: HTMLElement): void {
  new AnnotationPanel(section, side, p, textEl);
}

function describeError(err: unknown): string {
  if (!(err instanceof ApiError)) return 'The server could not be reached.';
  if (err.status === 401) return 'The API key was refused. Enter a valid key.';
  if (err.status === 403) return 'This key may not do that (it needs the annotator role, or to be the note’s author).';
  if (err.status === 412) return 'Someone else changed this annotation since you loaded it.';
  return err.message;
}
