// A source document from disk, whatever it was written in: text and Markdown
// are decoded as they are; a Word document (.docx) becomes the Markdown it
// holds, with its images (stages plan both the same way).
import { readDocumentBytes } from './files.ts';
import { readDocument } from '../stages/read-document.ts';
import type { SourceDocument } from '../types.ts';

export interface Source {
  doc: SourceDocument;
  /** Images that live inside the document (a .docx's), by the path its text gives them. */
  images: Map<string, Uint8Array>;
  /** What the reader could not carry (a .docx's unknown styles). */
  warnings: string[];
}

/** Word documents, by extension or by their bytes (a zip with word/document.xml is checked by readDocx). */
export const isWordFile = (path: string): boolean => /\.docx?$/iu.test(path);

export async function readSource(path: string, shown: string, maxBytes: number | undefined, encoding: string | undefined): Promise<Source> {
  const bytes = await readDocumentBytes(path, maxBytes);
  if (!isWordFile(path)) return { doc: readDocument(shown, bytes, encoding), images: new Map(), warnings: [] };
  // mammoth and turndown load only for a Word document.
  const { readDocx } = await import('./docx.ts');
  const word = await readDocx(shown, bytes);
  return { doc: { ...readDocument(shown, Buffer.from(word.markdown), 'utf-8'), format: 'markdown' }, images: word.images, warnings: word.warnings };
}
