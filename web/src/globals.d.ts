// Values the build (scripts/build-web.mjs) writes into the bundle.
/** URL of the pdf.js worker (a hashed asset). */
declare const __PDF_WORKER__: string;
/** URL of pdf.js's standard fonts (for PDFs that do not embed them). */
declare const __PDF_FONTS__: string;
