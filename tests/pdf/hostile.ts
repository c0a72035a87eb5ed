// Test helper: hostile and broken PDFs, made at test time.
import PDFDocument from 'pdfkit';
import { constants, deflateRawSync } from 'node:zlib';

function render(build: (doc: InstanceType<typeof PDFDocument>) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  build(doc);
  doc.end();
  return done;
}

export function textPdf(pages = 1): Promise<Buffer> {
  return render((doc) => {
    for (let i = 0; i < pages; i++) {
      if (i) doc.addPage();
      doc.fontSize(11).text(`Page ${i + 1}. The committee met on Tuesday and approved the budget for the coming year.`);
    }
  });
}

export function encryptedPdf(): Promise<Buffer> {
  return render((doc) => doc.text('A secret report about the budget.'), { userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' });
}

/** Pages that are pictures of text (a scan): drawings only, no text layer. */
export function scannedPdf(): Promise<Buffer> {
  return render((doc) => {
    for (let y = 60; y < 700; y += 14) doc.rect(60, y, 300 + (y % 70), 8).fill('#333333');
  });
}

export function corruptPdf(): Buffer {
  const junk = Buffer.alloc(4000);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 251;
  return Buffer.concat([Buffer.from('%PDF-1.7\n'), junk, Buffer.from('\n%%EOF\n')]);
}

/**
 * A one-page PDF whose content stream inflates to `inflatedMb` megabytes of spaces from about a thousandth of
 * that: the same fully flushed deflate block repeated, then a final empty block.
 */
export function bombPdf(inflatedMb: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  const stream = Buffer.concat([Buffer.from([0x78, 0x01]), ...Array<Buffer>(inflatedMb).fill(block), finalEmptyBlock]);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  const size = (): number => parts.reduce((n, p) => n + p.length, 0);
  objects.forEach((o, i) => {
    offsets.push(size());
    parts.push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`));
  });
  offsets.push(size());
  parts.push(Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream\nendobj\n'));
  const xref = size();
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(Buffer.from(`xref\n0 5\n0000000000 65535 f \n${rows}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return Buffer.concat(parts);
}
