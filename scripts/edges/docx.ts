// Reading a Word document: mammoth turns its structure into HTML (heading
// styles, lists, tables, marks, links, footnotes; comments and deleted text
// are not in its output), its images are taken out as files, and its
// properties (title, author, subject) are read from docProps/core.xml.
// stages/docx-markdown.ts makes the Markdown that lectern plans from.
import { inputError } from '../errors.ts';
import { docxToMarkdown, type DocxProperties } from '../stages/docx-markdown.ts';
import { coreProperties, isOleFile, openOfficeZip, xmlParser } from './office.ts';
import { orderedListStarts, withListStarts, type XmlNode } from '../stages/word-numbering.ts';

export interface DocxDocument {
  markdown: string;
  /** The images the Markdown shows, by the path it gives them (images/word-1.png). */
  images: Map<string, Uint8Array>;
  /** What mammoth could not read (unknown styles, unsupported elements). */
  warnings: string[];
}

/** Word's own styles for code, and runs in a monospaced font: code in the Markdown. */
const monospace = /courier|consolas|menlo|monaco|mono|source code|fira code|lucida console|inconsolata/iu;
const styleMap = [
  "p[style-name='Title'] => h1.lectern-title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Code'] => pre:separator('\\n')",
  "p[style-name='HTML Preformatted'] => pre:separator('\\n')",
  "p[style-name='Source Code'] => pre:separator('\\n')",
  // LibreOffice's own names (a document written or saved by Writer).
  "p[style-name='Preformatted Text'] => pre:separator('\\n')",
  "p[style-name='Body Text'] => p:fresh",
  "p[style-name='Text Body'] => p:fresh",
  "p[style-name='First Paragraph'] => p:fresh",
  "r[style-name='Source Text'] => code",
  "r[style-name='Emphasis'] => em",
  "r[style-name='Strong Emphasis'] => strong",
  "r[style-name='Strong'] => strong",
  "r[style-name='User Entry'] => code",
  "p[style-name='Quotations'] => blockquote > p:fresh",
  "r[style-name='Code'] => code",
  "r[style-name='HTML Code'] => code",
  "r[style-name='Verbatim Char'] => code",
  "r[style-name='lectern-code'] => code",
];

interface MammothElement {
  type?: string;
  font?: string | null;
  styleName?: string | null;
  children?: MammothElement[];
}

/** Marks runs in a monospaced font with a style the style map turns into <code>. */
function markCode(element: MammothElement): MammothElement {
  if (element.type === 'run' && element.font && monospace.test(element.font) && !element.styleName) element.styleName = 'lectern-code';
  for (const child of element.children ?? []) markCode(child);
  return element;
}

/** Where the document's ordered lists start, from its document.xml and numbering.xml (null when that cannot be told). */
async function listStarts(zip: { file(name: string): { async(type: 'string'): Promise<string> } | null }): Promise<number[] | null> {
  const [document, numbering] = await Promise.all([zip.file('word/document.xml')?.async('string'), zip.file('word/numbering.xml')?.async('string')]);
  if (!document || !numbering) return null;
  const parse = await xmlParser();
  try {
    return orderedListStarts(parse(document) as unknown as XmlNode, parse(numbering) as unknown as XmlNode);
  } catch {
    return null;
  }
}

/** A .docx file's bytes -> Markdown and images; a .doc, an encrypted or a damaged file is an input error saying what to do. */
export async function readDocx(shown: string, bytes: Uint8Array): Promise<DocxDocument> {
  if (/\.doc$/iu.test(shown) || (isOleFile(bytes) && !/\.docx$/iu.test(shown))) {
    throw inputError(
      `${shown}: an old Word document (.doc), which lectern cannot read`,
      'Open it in Word or LibreOffice and save it as .docx (File > Save As > Word Document)',
    );
  }
  if (isOleFile(bytes))
    throw inputError(
      `${shown}: the Word document is encrypted (it has a password)`,
      'Remove the password (Word: File > Info > Protect Document) and save it again, then build',
    );
  const zip = await openOfficeZip(bytes, () =>
    inputError(
      `${shown}: not a Word document that can be read (the file is damaged or not a .docx)`,
      'Open it in Word or LibreOffice and save it again as .docx',
    ),
  );
  if (!zip.file('word/document.xml'))
    throw inputError(`${shown}: not a Word document (no word/document.xml inside)`, 'Pass a .docx saved by Word, LibreOffice or Google Docs');
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  const properties: DocxProperties = coreProperties(core);
  const mammoth = (await import('mammoth')).default;
  const images = new Map<string, Uint8Array>();
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      styleMap,
      transformDocument: markCode,
      convertImage: mammoth.images.imgElement(async (image) => {
        const extension = /image\/(png|jpeg|gif|webp|svg\+xml|bmp)/u.exec(image.contentType)?.[1]?.replace('jpeg', 'jpg').replace('svg+xml', 'svg') ?? 'png';
        const path = `images/word-${images.size + 1}.${extension}`;
        images.set(path, new Uint8Array(await image.read()));
        return { src: path };
      }),
    },
  );
  const warnings = result.messages.filter((m) => m.type === 'warning' || m.type === 'error').map((m) => m.message);
  const html = withListStarts(result.value, await listStarts(zip));
  return { markdown: docxToMarkdown(html, properties), images, warnings };
}
