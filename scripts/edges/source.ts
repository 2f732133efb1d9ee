// A source document from disk, whatever it was written in: text and Markdown
// are decoded as they are; a Word document (.docx) becomes the Markdown it
// holds, with its images, an AsciiDoc one (.adoc) the Markdown Asciidoctor
// makes of it, and an Org (.org) or reStructuredText (.rst) one the Markdown it says (stages plan them all
// the same way).
import { readDocumentBytes } from './files.ts';
import { orgToMarkdown } from '../stages/org-markdown.ts';
import { readDocument } from '../stages/read-document.ts';
import { looksLikeRst, rstToMarkdown } from '../stages/rst-markdown.ts';
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

/** AsciiDoc documents, by extension. */
export const isAsciidocFile = (path: string): boolean => /\.(?:adoc|asciidoc|asc)$/iu.test(path);

/** reStructuredText documents (Sphinx, docutils), by extension. */
export const isRstFile = (path: string): boolean => /\.(?:rst|rest)$/iu.test(path);

/** Org documents (Emacs' Org mode), by extension. */
export const isOrgFile = (path: string): boolean => /\.org$/iu.test(path);

export async function readSource(path: string, shown: string, maxBytes: number | undefined, encoding: string | undefined): Promise<Source> {
  const bytes = await readDocumentBytes(path, maxBytes);
  if (isAsciidocFile(path)) {
    // Decoded as any text is (its encoding, a byte-order mark), then Asciidoctor makes it Markdown.
    const { readAsciidoc } = await import('./asciidoc.ts');
    const read = readDocument(shown, bytes, encoding);
    const adoc = await readAsciidoc(read.text);
    return {
      doc: { ...readDocument(shown, Buffer.from(adoc.markdown), 'utf-8'), format: 'markdown' },
      images: new Map(),
      warnings: adoc.warnings.map((w) => `AsciiDoc: ${w}`),
    };
  }
  // (A .txt too, when its markup is reStructuredText's: Python projects' documentation.)
  const decoded = isRstFile(path) || /\.txt$/iu.test(path) ? readDocument(shown, bytes, encoding) : null;
  if (decoded && (isRstFile(path) || looksLikeRst(decoded.text))) {
    // Decoded as any text is, then written as the Markdown it says (rst-markdown.ts).
    const rst = rstToMarkdown(decoded.text);
    return { doc: { ...readDocument(shown, Buffer.from(rst.markdown), 'utf-8'), format: 'markdown' }, images: new Map(), warnings: [] };
  }
  if (isOrgFile(path)) {
    // Decoded as any text is, then written as the Markdown it says (org-markdown.ts).
    const org = orgToMarkdown(readDocument(shown, bytes, encoding).text);
    return { doc: { ...readDocument(shown, Buffer.from(org.markdown), 'utf-8'), format: 'markdown' }, images: new Map(), warnings: [] };
  }
  if (!isWordFile(path)) return { doc: readDocument(shown, bytes, encoding), images: new Map(), warnings: [] };
  // mammoth and turndown load only for a Word document.
  const { readDocx } = await import('./docx.ts');
  const word = await readDocx(shown, bytes);
  return {
    doc: { ...readDocument(shown, Buffer.from(word.markdown), 'utf-8'), format: 'markdown' },
    images: word.images,
    warnings: word.warnings.map((w) => `the Word document: ${w}`),
  };
}
