// Test helper: a three-page magazine made with pdfkit, and the same content as a text dump.
// Every printed line is placed explicitly, so the test knows each line, its column and its page.
import PDFDocument from 'pdfkit';

export interface SpecLine { text: string; page: number; block: string; start?: boolean; bold?: boolean }
export interface SpecParagraph { kind: 'body' | 'question' | 'answer'; text: string; page: number; article: 'A' | 'B' }
export interface Magazine { pdf: Buffer; dump: string; lines: SpecLine[]; paragraphs: SpecParagraph[] }

export const FIRST_PRINTED_PAGE = 4;
const PAGE = { w: 612, h: 792 };
const COLS = [40, 222, 404];
const COL_W = 168;
const BODY = { font: 'Times-Roman', size: 9.5, lead: 12 };
const LINES_PER_COL = 13;
/** The drop cap stands beside this many lines, which start this much further right. */
const CAP_LINES = 3;
const CAP_SHIFT = 32;
/** Sized so that the cap's baseline sits on the third line's, as typesetters do. */
const CAP_SIZE = 44;

type Doc = InstanceType<typeof PDFDocument>;

export const ARTICLE_A = {
  title: ['Parliament rewrites the rules', 'for the spring election'],
  standfirst: 'Lawmakers approved a new electoral code on Tuesday after months of debate, changing how seats are counted.',
  byline: 'By Anna Berg | DAILY POST.com',
  caption: 'Deputies vote on the electoral code in the capital. [Jan Novak]',
  paragraphs: [
    'The reform of the electoral code passed with a comfortable majority after a long night of amendments in the lower chamber. Observers from three neighbouring countries followed the vote from the gallery.',
    'Under the new rules, parties need five percent of the national vote to enter parliament, down from seven percent in the previous code. Smaller parties had campaigned for the lower threshold for more than a decade.',
    'The governing coalition argued that the change would bring more voices into the chamber without weakening stable majorities. Opposition deputies welcomed the threshold but criticised the speed of the final reading.',
    'Regional councils will also be elected from party lists for the first time, a change that electoral lawyers described as the most important part of the package. Independent candidates may still stand in single-seat districts.',
    'The electoral commission said it would publish detailed guidance for polling stations before the end of the month. Training for several thousand election officials is scheduled to start in January.',
    'International observers will be invited to monitor the campaign and the count, according to the foreign ministry. The ministry added that accreditation requests could be filed online until the middle of February.',
  ],
  continuation: [
    'Civil society groups asked the commission to publish turnout figures every two hours on election day, as it did during the last presidential vote. The commission has not yet answered the request.',
    'The next test for the code will come in the spring, when voters in four regions elect new councils under the list system. Analysts expect the results to shape the national campaign.',
  ],
};

export const ARTICLE_B = {
  title: ['Rivers will decide the next decade'],
  byline: 'By Tom Reed',
  intro: 'Water engineer Clara Vos has spent twenty years on flood defences. She spoke to us about budgets, rivers and the limits of concrete.',
  turns: [
    { q: true, text: 'What is the biggest risk for the cities along the river in the coming years?' },
    { q: false, text: 'The biggest risk is complacency, because a quiet decade makes people forget how fast the water can rise. We have the maps and the models, but budgets follow the headlines and not the forecasts.' },
    { q: true, text: 'Is more concrete the answer to higher floods?' },
    { q: false, text: 'Concrete buys time but it does not buy safety. The cheapest defence is usually a wetland that can hold water for a few days, and farmers need to be paid fairly for that service.' },
    { q: true, text: 'How should the government spend the new climate fund?' },
    { q: false, text: 'It should start with maintenance of the dikes we already have, since many of them were built before modern rainfall records existed. After that, every region needs a warning system that reaches people on their phones within minutes.' },
  ],
};

export async function buildMagazine(): Promise<Magazine> {
  const doc = new PDFDocument({ size: [PAGE.w, PAGE.h], margin: 0, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const m = new Builder(doc);
  m.pageOne();
  m.pageTwo();
  m.pageThree();
  doc.end();
  return { pdf: await done, dump: m.dump(), lines: m.lines, paragraphs: m.paragraphs };
}

interface Placed { text: string; bold: boolean; start: boolean; para: number }

class Builder {
  lines: SpecLine[] = [];
  paragraphs: SpecParagraph[] = [];
  private dumpPages: string[][] = [];
  private page = 0;

  constructor(private readonly doc: Doc) {}

  pageOne(): void {
    this.newPage();
    this.spanning(ARTICLE_A.title, 'Helvetica-Bold', 26, 30, 70, 'title');
    this.spanning(wrap(this.doc, ARTICLE_A.standfirst, 'Helvetica', 12, 532), 'Helvetica', 12, 15, 140, 'standfirst');
    this.byline(ARTICLE_A.byline, 185);
    this.doc.rect(40, 205, 532, 90).fill('#bbbbbb').fillColor('black');
    this.spanning([ARTICLE_A.caption], 'Times-Italic', 8, 10, 303, 'caption');
    const placed = this.flow(ARTICLE_A.paragraphs.map((t) => ({ text: t, bold: false })), 'A', 'body', CAP_LINES);
    this.columns(placed.slice(0, 3 * LINES_PER_COL), 330, true);
    this.rest = placed.slice(3 * LINES_PER_COL);
    this.text('Continued on Page 6', COLS[2]!, 330 + LINES_PER_COL * BODY.lead + 8, 'Times-Italic', BODY.size);
    this.dumpBlock(['Continued on Page 6'], 'jump');
  }

  private rest: Placed[] = [];

  pageTwo(): void {
    this.newPage();
    this.spanning(ARTICLE_B.title, 'Helvetica-Bold', 24, 28, 70, 'title');
    this.spanning([ARTICLE_B.byline], 'Helvetica-Bold', 9, 11, 110, 'byline');
    this.spanning(wrap(this.doc, ARTICLE_B.intro, 'Helvetica', 11, 532), 'Helvetica', 11, 14, 130, 'standfirst');
    const placed = this.flow(ARTICLE_B.turns.map((t) => ({ text: t.text, bold: t.q })), 'B', 'turn');
    this.columns(placed, 180, false);
  }

  pageThree(): void {
    this.newPage();
    const more = this.flow(ARTICLE_A.continuation.map((t) => ({ text: t, bold: false })), 'A', 'body');
    this.columns([...this.rest, ...more], 70, false);
  }

  private newPage(): void {
    this.doc.addPage({ size: [PAGE.w, PAGE.h], margin: 0 });
    this.page++;
    this.dumpPages.push([]);
    const printed = String(this.printed());
    this.text('POLICY REVIEW', 40, 30, 'Helvetica', 8);
    this.text('NOVEMBER 2020', 500, 30, 'Helvetica', 8);
    this.text(printed, PAGE.w / 2 - 4, 760, 'Helvetica', 8);
  }

  private printed(): number {
    return FIRST_PRINTED_PAGE + this.page - 1;
  }

  private text(s: string, x: number, y: number, font: string, size: number, options: PDFKit.Mixins.TextOptions = {}): void {
    this.doc.font(font).fontSize(size).text(s, x, y, { lineBreak: false, ...options });
  }

  private spanning(lines: string[], font: string, size: number, lead: number, y: number, block: string): void {
    lines.forEach((l, i) => this.text(l, 40, y + i * lead, font, size));
    this.dumpBlock(lines, block);
  }

  /** A letter-spaced byline; the dump shows it the way text extraction does, one space between letters. */
  private byline(s: string, y: number): void {
    this.text(s, 40, y, 'Helvetica', 8.5, { characterSpacing: 2.5 });
    this.dumpPages[this.page - 1]!.push(s.split(' ').map((w) => w.split('').join(' ')).join(' '), '');
    this.lines.push({ text: s, page: this.printed(), block: 'byline' });
  }

  /** Wrap paragraphs into column lines (first lines indented, the first `capLines` beside a drop cap). */
  private flow(paras: { text: string; bold: boolean }[], article: 'A' | 'B', kind: 'body' | 'turn', capLines = 0): Placed[] {
    const out: Placed[] = [];
    for (const p of paras) {
      const font = p.bold ? 'Times-Bold' : BODY.font;
      const n = this.paragraphs.length;
      const base = out.length;
      this.paragraphs.push({ kind: kind === 'body' ? 'body' : p.bold ? 'question' : 'answer', text: p.text, page: 0, article });
      const width = (i: number): number => (base + i < capLines ? COL_W - CAP_SHIFT : i === 0 ? COL_W - 10 : COL_W);
      wrap(this.doc, p.text, font, BODY.size, width).forEach((t, i) => out.push({ text: t, bold: p.bold, start: i === 0, para: n }));
    }
    return out;
  }

  /** Lay placed lines down the three columns; with a drop cap on the first paragraph when asked. */
  private columns(placed: Placed[], top: number, dropCap: boolean): void {
    COLS.forEach((x, c) => {
      const colLines = placed.slice(c * LINES_PER_COL, (c + 1) * LINES_PER_COL);
      colLines.forEach((l, i) => {
        const y = top + i * BODY.lead;
        const indent = l.start && !(dropCap && c === 0 && i === 0) ? 10 : 0;
        const first = dropCap && c === 0 && i === 0;
        // pdfkit places text by the top of its line box: ascent 0.683 em for both Times faces
        if (first) this.text(l.text[0]!, x, y + (CAP_LINES - 1) * BODY.lead + 0.683 * (BODY.size - CAP_SIZE), 'Times-Bold', CAP_SIZE);
        const capShift = dropCap && c === 0 && i < CAP_LINES ? CAP_SHIFT : 0;
        this.text(first ? l.text.slice(1) : l.text, x + indent + capShift, y, l.bold ? 'Times-Bold' : BODY.font, BODY.size);
        const para = this.paragraphs[l.para]!;
        if (para.page === 0) para.page = this.printed();
        this.lines.push({ text: l.text, page: this.printed(), block: `col${c + 1}`, start: l.start, bold: l.bold });
      });
      const texts = colLines.map((l) => l.text);
      // a text dump shows a drop cap as a line of its own, like the corpus dumps do
      if (dropCap && c === 0 && texts[0]) texts.splice(0, 1, texts[0][0]!, '', texts[0].slice(1));
      if (colLines.length) this.dumpBlock(texts, `col${c + 1}`, false);
    });
  }

  private dumpBlock(lines: string[], block: string, record = true): void {
    this.dumpPages[this.page - 1]!.push(...lines, '');
    if (record) for (const t of lines) this.lines.push({ text: t, page: this.printed(), block });
  }

  /** A text dump as the text reader expects it: a page starts with a line that begins with one space. */
  dump(): string {
    return this.dumpPages.map((lines) => ' ' + lines.join('\n')).join('\n');
  }
}

/** Greedy word wrap; `width` may be a function of the line index (indents, drop caps). */
export function wrap(doc: Doc, text: string, font: string, size: number, width: number | ((i: number) => number)): string[] {
  doc.font(font).fontSize(size);
  const widthAt = typeof width === 'number' ? () => width : width;
  const out: string[] = [];
  let cur = '';
  for (const w of text.split(/\s+/)) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && doc.widthOfString(next) > widthAt(out.length)) {
      out.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) out.push(cur);
  return out;
}
