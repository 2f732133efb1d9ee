// The HTML mammoth makes of a Word document -> the Markdown lectern plans
// from, so that a .docx is planned exactly like the Markdown it becomes.
// Footnotes go beside the paragraph that cites them, folded (notes only);
// a paragraph that is nothing but a short bold line is the heading it fakes;
// the first row of a table is its header. Pure: turndown writes the Markdown.
import TurndownService from 'turndown';
import { tables } from 'turndown-plugin-gfm';
import { emitYaml } from './yaml.ts';

export interface DocxProperties {
  title: string | null;
  author: string | null;
  subject: string | null;
}

/** Footnote and endnote texts by their anchor (mammoth writes them as a list at the end). */
function takeNotes(html: string): { html: string; notes: Map<string, string> } {
  const notes = new Map<string, string>();
  const body = html.replace(/<li id="((?:footnote|endnote)-[\w-]+)">([\s\S]*?)<\/li>/gu, (_, id: string, text: string) => {
    notes.set(
      id,
      text
        .replace(/\s*<a href="#(?:footnote|endnote)-ref-[^"]*">[^<]*<\/a>\s*/gu, ' ')
        .replace(/<\/?p>/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim(),
    );
    return '';
  });
  // The list that held them is empty now.
  return { html: body.replace(/<ol>\s*<\/ol>/gu, ''), notes };
}

/** Each cited note as a folded <details> right after the block that cites it: lectern puts such text in the speaker notes only. */
function foldNotes(html: string, notes: Map<string, string>): string {
  if (notes.size === 0) return html;
  return html.replace(/<(p|li|h[1-6]|td)\b[^>]*>[\s\S]*?<\/\1>/gu, (block) => {
    const cited = [...block.matchAll(/<sup><a href="#((?:footnote|endnote)-[\w-]+)" id="[^"]*">\[?([^<\]]*)\]?<\/a><\/sup>/gu)];
    if (cited.length === 0) return block;
    const clean = block.replace(/<sup><a href="#(?:footnote|endnote)-[\w-]+" id="[^"]*">[^<]*<\/a><\/sup>/gu, '');
    const folded = cited.map((m) => `<details><summary></summary><p>Note ${m[2] ?? ''}: ${notes.get(m[1] ?? '') ?? ''}</p></details>`).join('');
    return `${clean}${folded}`;
  });
}

/** <p><strong>Short line</strong></p>: a heading written as a bold paragraph (no sentence, no more than a dozen words). */
function fakeHeadings(html: string): string {
  const level = /<h1\b/u.test(html) ? 2 : 1;
  return html.replace(/<p><strong>([^<]{1,100})<\/strong><\/p>/gu, (whole, text: string) =>
    text.trim().split(/\s+/u).length <= 12 && !/[.:;,]\s*$/u.test(text.trim()) ? `<h${level}>${text.trim()}</h${level}>` : whole,
  );
}

/** A table without a header row gets its first row as the header (Markdown tables need one); its body, if it has one, after it. */
export const tableHeaders = (html: string): string =>
  html.replace(/(<table\b[^>]*>\s*)(<tbody>\s*)?<tr>([\s\S]*?)<\/tr>/gu, (whole, open: string, body: string | undefined, row: string) =>
    /<th\b/u.test(row) ? whole : `${open}<thead><tr>${row.replace(/<td\b/gu, '<th').replace(/<\/td>/gu, '</th>')}</tr></thead>${body ?? ''}`,
  );

/** How lectern writes Markdown from HTML: ATX headings, "-" bullets, fenced code, "*" and "**" marks. */
export const markdownStyle = { headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*', strongDelimiter: '**' } as const;

let turndown: TurndownService | null = null;
function converter(): TurndownService {
  if (turndown) return turndown;
  turndown = new TurndownService(markdownStyle);
  turndown.use(tables);
  // A table cell's paragraphs are its text (turndown would keep each <p> as a block).
  turndown.addRule('cell-paragraphs', {
    filter: (node) => node.nodeName === 'P' && (node.parentNode?.nodeName === 'TD' || node.parentNode?.nodeName === 'TH'),
    replacement: (content) => content,
  });
  // Folded notes stay HTML: lectern's reader shows their text in the speaker notes only.
  turndown.keep(['details', 'summary']);
  return turndown;
}

/**
 * A picture that opens or ends a paragraph of text or code (Word anchors a figure in the paragraph after it, "<img>datum <-
 * simCJS(…)") as a paragraph of its own: a figure, not a word of the sentence (planned as one, a slide of it
 * overflowed). One inside the text (an equation set as a picture) stays where it is.
 */
function pictureParagraphs(html: string): string {
  if (!html.includes('<img')) return html;
  const img = String.raw`<img\b[^>]*>`;
  const around = new RegExp(String.raw`^((?:\s*${img})*)([\s\S]*?)((?:${img}\s*)*)$`, 'u');
  // (In a paragraph of code too, "<pre><img>datum <- simCJS(…)</pre>": the picture over the code, the code a listing.)
  return html.replace(/<(p|pre)>([\s\S]*?)<\/\1>/gu, (whole, tag: string, inner: string) => {
    const m = inner.includes('<img') ? around.exec(inner) : null;
    const [before = '', text = '', after = ''] = [m?.[1], m?.[2], m?.[3]].map((part) => part?.trim() ?? '');
    // (A paragraph of pictures alone, or one with none at its ends, stays as it is.)
    if (!m || (before === '' && after === '') || text.replace(/<[^>]+>/gu, '').trim() === '') return whole;
    return [before ? `<p>${before}</p>` : '', `<${tag}>${text}</${tag}>`, after ? `<p>${after}</p>` : ''].join('');
  });
}

/**
 * Paragraphs in a code style (mammoth writes Word's "Source Code", "HTML Preformatted"… as <pre>, docx.ts) as code
 * blocks: turndown makes code of <pre><code> only, and wrote them as text ("help(simCJS)" a point of its own).
 */
const codeParagraphs = (html: string): string =>
  // (A line break inside one, an R session's output "## [1,]  1 0 0" line by line, is a new line of the code.)
  html.replace(/<pre>(?!\s*<code\b)([\s\S]*?)<\/pre>/gu, (_, code: string) => `<pre><code>${code.replace(/<br\s*\/?>/gu, '\n')}</code></pre>`);

/** mammoth's HTML and the document's properties -> Markdown with front matter. */
export function docxToMarkdown(html: string, properties: DocxProperties): string {
  let body = html;
  // The Title style (mammoth maps it to h1.lectern-title): the deck's title when the properties have none.
  const styled = /<h1 class="lectern-title">([\s\S]*?)<\/h1>/u.exec(body);
  body = body.replace(/<h1 class="lectern-title">[\s\S]*?<\/h1>/gu, '');
  const { html: withoutNotes, notes } = takeNotes(body);
  body = tableHeaders(fakeHeadings(foldNotes(codeParagraphs(pictureParagraphs(withoutNotes)), notes)));
  const title = properties.title ?? (styled ? styled[1]?.replace(/<[^>]+>/gu, '').trim() || null : null);
  // A first heading that says the title again is the title, written as a heading (Writer and Google Docs do this).
  const first = /<h1>([\s\S]*?)<\/h1>/u.exec(body);
  if (title && first && first[1]?.replace(/<[^>]+>/gu, '').trim() === title && !/<h1>/u.test(body.slice((first.index ?? 0) + first[0].length)))
    body = body.replace(first[0], '');
  // With a title, Word's Heading 1 is a part of the document, not its title: one level down (# is the title in Markdown).
  if (title) body = body.replace(/<(\/?)h([1-5])\b/gu, (_, close: string, level: string) => `<${close}h${Number(level) + 1}`);
  const front = emitYaml({
    ...(title ? { title } : {}),
    ...(properties.author ? { author: properties.author } : {}),
    ...(properties.subject ? { subject: properties.subject } : {}),
  });
  const markdown = converter().turndown(body).trim();
  return `${front.trim() === '' ? '' : `---\n${front.trimEnd()}\n---\n\n`}${markdown}\n`;
}
