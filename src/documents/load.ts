// Adapter: pick the reader for a file by its content (PDF magic bytes) and run the pipeline.
import type { ExtractedDocument } from '../domain/types.ts';
import { extractFile } from '../corpus.ts';

export async function extractAny(file: string): Promise<ExtractedDocument & { contentHash: string }> {
  return extractFile(file);
}
