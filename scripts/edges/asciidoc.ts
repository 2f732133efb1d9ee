// Reading an AsciiDoc document: Asciidoctor (the reference implementation,
// as asciidoctor.js) parses it and writes its HTML, in secure mode: nothing
// it says is read from disk or the web (an include:: becomes a link to what
// it would include). stages/asciidoc-markdown.ts makes the Markdown that
// lectern plans from. Asciidoctor loads only for an AsciiDoc document.
import { asciidocCaptions, asciidocToMarkdown, withoutHeaderIncludes } from '../stages/asciidoc-markdown.ts';
import { detectLanguage } from '../stages/language.ts';

export interface AsciidocDocument {
  markdown: string;
  /** What Asciidoctor found wrong in the document ("section title out of sequence"), with its line where it gives one. */
  warnings: string[];
}

interface Message {
  getText(): string;
  getSourceLocation(): { getLineNumber(): number } | undefined;
}

export async function readAsciidoc(text: string): Promise<AsciidocDocument> {
  const factory = (await import('@asciidoctor/core')).default;
  const asciidoctor = factory();
  const logger = asciidoctor.MemoryLogger.create();
  asciidoctor.LoggerManager.setLogger(logger);
  const doc = asciidoctor.load(withoutHeaderIncludes(text), {
    safe: 'secure',
    // No table of contents, anchors or section numbers of the page's own: the deck has its agenda and its titles.
    // A reference to an attribute the document never sets (one of the attributes file it would include) is left as
    // written, "{name}": asciidoc-markdown shows its name as words, not its braces.
    // Its labels ("Note", "Figure 1.") in the language it is written in where it sets none of its own (a Spanish chapter
    // whose settings are in a file it includes had read "Note:" and "Figure 1." on its slides).
    attributes: {
      'toc!': '',
      'sectanchors!': '',
      'sectnums!': '',
      'attribute-missing': 'skip',
      'source-highlighter!': '',
      // The keyboard, button and menu macros (`kbd:[Save]`, `btn:[OK]`, `menu:File[Save]`), which sites switch on: a key
      // as a key, not its macro as text.
      experimental: '',
      ...asciidocCaptions(detectLanguage(text)),
    },
  });
  const title = doc.hasHeader() ? doc.getDocumentTitle({ sanitize: true }) : undefined;
  const author = doc.getAuthor();
  const description: unknown = doc.getAttribute('description');
  const html = doc.convert();
  const warnings = (logger.getMessages() as Message[]).map((m) => {
    const line = m.getSourceLocation()?.getLineNumber();
    return `${line ? `line ${line}: ` : ''}${m.getText()}`;
  });
  return {
    markdown: asciidocToMarkdown(html, {
      title: typeof title === 'string' && title.trim() !== '' ? title : null,
      author: typeof author === 'string' && author.trim() !== '' ? author : null,
      description: typeof description === 'string' && description.trim() !== '' ? description : null,
    }),
    warnings,
  };
}
