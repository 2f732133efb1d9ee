// A source document from disk, whatever it was written in: text and Markdown
// are decoded as they are; a Word document (.docx) becomes the Markdown it
// holds, with its images, an AsciiDoc one (.adoc) the Markdown Asciidoctor
// makes of it, and an Org (.org) or reStructuredText (.rst) one the Markdown it says (stages plan them all
// the same way).
import { readDocumentBytes } from './files.ts';
import { isAsciidoc, markupAsMarkdown } from '../stages/markup.ts';
import { readDocument } from '../stages/read-document.ts';
import type { SourceDocument } from '../types.ts';

export interface Source {
  doc: SourceDocument;
  /** Images that live inside the document (a .docx's), by the path its text gives them. */
  images: Map<string, Uint8Array>;
  /** What the reader could not carry (a .docx's unknown styles, an AsciiDoc document's errors), each saying whose it is. */
  warnings: string[];
}

/** Word documents, by extension or by their bytes (a zip with word/document.xml is checked by readDocx). */
export const isWordFile = (path: string): boolean => /\.docx?$/iu.test(path);

/** A document read as the Markdown it became: the images it holds, what its reader could not carry. */
const asMarkdown = (shown: string, markdown: string, images = new Map<string, Uint8Array>(), warnings: string[] = []): Source => ({
  doc: { ...readDocument(shown, Buffer.from(markdown), 'utf-8'), format: 'markdown' },
  images,
  warnings,
});

export async function readSource(path: string, shown: string, maxBytes: number | undefined, encoding: string | undefined): Promise<Source> {
  const bytes = await readDocumentBytes(path, maxBytes);
  if (isWordFile(path)) {
    // mammoth and turndown load only for a Word document.
    const { readDocx } = await import('./docx.ts');
    const word = await readDocx(shown, bytes);
    return asMarkdown(
      shown,
      word.markdown,
      word.images,
      word.warnings.map((w) => `the Word document: ${w}`),
    );
  }
  // Decoded once (its encoding, a byte-order mark), whatever it is written in.
  const doc = readDocument(shown, bytes, encoding);
  if (isAsciidoc(path, doc.text)) {
    // Asciidoctor makes it Markdown.
    const { readAsciidoc } = await import('./asciidoc.ts');
    const adoc = await readAsciidoc(doc.text);
    return asMarkdown(
      shown,
      adoc.markdown,
      new Map(),
      adoc.warnings.map((w) => `AsciiDoc: ${w}`),
    );
  }
  // reStructuredText and Org are written as the Markdown they say.
  const markdown = markupAsMarkdown(path, doc.text);
  return markdown === null ? { doc, images: new Map(), warnings: doc.warnings ?? [] } : asMarkdown(shown, markdown, new Map(), doc.warnings ?? []);
}
