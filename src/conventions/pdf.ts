// What PDF layouts print in their margins and text layers, as data: folio shapes, jump lines, ligatures.
// The PDF reader (src/extract/pdf) and the ligature repair read these; a document's metadata may override them.

export interface PdfConventions {
  /** A printed page number standing alone: `12`, `— 12 —`, `- 12 -`, `| 12`, `Page 12`, `p. 12`, `Page 12 of 40`. */
  folioPatterns: RegExp[];
  /** A page number inside a repeated running head or foot (`12 | The Review`, `The Review · Page 12`). */
  embeddedFolioPatterns: RegExp[];
  /** Margin text that names another page without being a folio: `Continued on page 5`, `See page 3`. */
  jumpLine: RegExp;
  /** A photo credit ending a short block makes it a caption (`… Credit: Jane Roe`, `Photo courtesy of Jane Roe`). */
  creditEnd: RegExp;
  /** Letters a font's ligature glyph may stand for, most common first (tried when the text layer lost one). */
  ligatures: string[];
}

export const DEFAULT_PDF: PdfConventions = {
  folioPatterns: [
    /^(\d{1,5})$/,
    /^[-–—·•|~\s]*(\d{1,5})[-–—·•|~\s]*$/u,
    /^(?:page|p\.|pg\.?)\s*(\d{1,5})(?:\s*(?:of|\/)\s*\d{1,5})?$/i,
  ],
  embeddedFolioPatterns: [/^(\d{1,5})\b/, /\b(\d{1,5})$/, /\bpage\s+(\d{1,5})\b/i],
  jumpLine: /\b(?:continued|continues|cont'd|see|turn to|from)\b[^\d]{0,20}\bp(?:age|\.|g\.?)?\s*\d/i,
  creditEnd: /(?:\bcredits?:|\bphoto:|\bimage:|\bcourtesy of|\bphoto(?:graph)? by)\s+[^.!?:]{2,60}$/i,
  ligatures: ['fi', 'ff', 'fl', 'ffi', 'ffl', 'ft', 'tt', 'fb', 'fh', 'fj', 'fk', 'st', 'ct', 'Th'],
};
