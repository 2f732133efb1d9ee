// The HTML Asciidoctor makes of an AsciiDoc document -> the Markdown lectern
// plans from, so that a .adoc is planned exactly like the Markdown it becomes.
// Asciidoctor's blocks are laid out for a web page (an admonition is a table
// of an icon and its text, a listing's title a div over it, a description list
// a <dl>); they become what Markdown says of them: a quotation headed by its
// kind, a bold label over the code, a term over its description. Its table of
// contents goes (the deck has an agenda). Pure: turndown writes the Markdown.
import TurndownService from 'turndown';
import { tables } from 'turndown-plugin-gfm';
import { markdownStyle, tableHeaders } from './docx-markdown.ts';
import { emitYaml } from './yaml.ts';

export interface AsciidocHeader {
  title: string | null;
  author: string | null;
  description: string | null;
}

/**
 * The document without the includes of its header (`include::../config/attributes.adoc[]` under its title): a file of
 * attributes, which secure mode does not read, and whose link Asciidoctor would take for the author's line.
 */
export function withoutHeaderIncludes(text: string): string {
  const lines = text.split('\n');
  const title = lines.findIndex((l) => /^=[ \t]+\S/u.test(l));
  if (title < 0 || lines.slice(0, title).some((l) => l.trim() !== '' && !/^(?:\[\[[^\]]*\]\]|\/\/.*|:[^:]+:.*)$/u.test(l.trim()))) return text;
  for (let k = title + 1; k < lines.length && (lines[k] ?? '').trim() !== ''; k += 1)
    if (/^include::[^[\n]*\[[^\]\n]*\][ \t]*$/u.test(lines[k] ?? '')) lines[k] = '//';
  return lines.join('\n');
}

/** Text of an HTML fragment, tags gone (entities stay: Markdown decodes them). */
const text = (html: string): string => html.replace(/<[^>]*>/gu, '').trim();

/** A block title (`.Title` over a listing, an example, a list) as a bold label over what it names. */
const label = (title: string): string => `<p><strong>${title.trim()}</strong></p>\n`;

/** Asciidoctor's page HTML -> HTML that turndown writes as the Markdown a reader would have written. */
function plainBlocks(html: string): string {
  return (
    html
      // The table of contents (":toc:"): the deck's agenda says it.
      .replace(/<div id="toc" class="toc[^"]*">[\s\S]*?<\/ul>\s*<\/div>/u, '')
      // NOTE:, TIP:, WARNING: … — a table of an icon and the text: a quotation that opens with its kind.
      .replace(
        /<div class="admonitionblock \w+">\s*<table>\s*<tr>\s*<td class="icon">\s*(?:<div class="title">([\s\S]*?)<\/div>|<i\b[^>]*title="([^"]*)"[^>]*><\/i>)?\s*<\/td>\s*<td class="content">\s*(?:<div class="title">([\s\S]*?)<\/div>\s*)?([\s\S]*?)<\/td>\s*<\/tr>\s*<\/table>\s*<\/div>/gu,
        (_, kind?: string, icon?: string, title?: string, body?: string) => {
          // Its kind (and title) in bold opens its first paragraph ("**Note:** If your IDE…"), or stands over a list or code.
          const head = `<strong>${text(kind ?? icon ?? 'Note')}${title ? `: ${text(title)}` : ''}:</strong> `;
          const inner = (body ?? '').trim();
          if (!inner.startsWith('<')) return `<blockquote><p>${head}${inner}</p></blockquote>`;
          const opening = /^<div class="paragraph">\s*<p>/u.exec(inner);
          return `<blockquote>${opening ? `<p>${head}${inner.slice(opening[0].length)}` : `<p>${head.trim()}</p>${inner}`}</blockquote>`;
        },
      )
      // A link around code, not inside it (a bare address Asciidoctor linked in a code span).
      .replace(/<code>(<a\b[^>]*>)([\s\S]*?)<\/a><\/code>/gu, '$1<code>$2</code></a>')
      // An include secure mode made a link to what it would include (class "bare include"): named by the file it includes
      // ("prereq_editor_jdk_buildtools.adoc"), not by the whole address of a guide's shared macros.
      .replace(
        /<a href="([^"]+)" class="bare include">[^<]*<\/a>/gu,
        (_, href: string) =>
          `<a href="${href}">${
            href
              .replace(/[?#].*$/u, '')
              .replace(/\/+$/u, '')
              .split('/')
              .pop() || href
          }</a>`,
      )
      // A listing of includes only (secure mode writes "link:src/Main.java[role=include]" for what it would include): links to the files.
      .replace(/<pre\b[^>]*>(?:<code\b[^>]*>)?((?:\s*link:[^\s[]+\[[^\]\n]*\])+)\s*(?:<\/code>)?<\/pre>/gu, (_, links: string) =>
        [...links.matchAll(/link:([^\s[]+)\[/gu)].map((m) => `<p><a href="${m[1]}">${m[1]}</a></p>`).join(''),
      )
      // A literal block ("[literal]" over a paragraph, or indented lines) is a <pre> without <code>: a listing as written,
      // not its text read as HTML ("<h1>Hello World!</h1>" in it was the deck's title).
      .replace(/<pre\b([^>]*)>(?!\s*<code\b)([\s\S]*?)<\/pre>/gu, '<pre$1><code>$2</code></pre>')
      // A block's title over its listing, example, list or quotation: a label over it; under a picture or a table, its caption.
      .replace(/<div class="title">([\s\S]*?)<\/div>/gu, (_, title: string) => label(title))
      .replace(/<caption class="title">([\s\S]*?)<\/caption>/gu, '')
      // A description list: each term in bold over its description.
      .replace(/<dt class="hdlist1">([\s\S]*?)<\/dt>/gu, (_, term: string) => label(term))
      .replace(/<\/?(?:dl|dd)\b[^>]*>/gu, '')
      // Callout numbers in code ("<b class="conum">(1)</b>") belong to the list of callouts under it, not the code; so does
      // the line comment that holds one ("mapper.clone(x); //<1>"), which a page's highlighter hides with it ("//" had
      // stood alone at the end of three lines of Java).
      .replace(/\s*(?:(?:\/\/|#|--|;;)[ \t]*)?<(?:b|i) class="conum"[^>]*>(?:\(\d+\))?<\/(?:b|i)>/gu, '')
      // A table cell's paragraphs are its text, one line each.
      .replace(/<p class="tableblock">([\s\S]*?)<\/p>(?=\s*<p class="tableblock">)/gu, '$1<br>')
      .replace(/<p class="tableblock">([\s\S]*?)<\/p>/gu, '$1')
      .replace(/<colgroup>[\s\S]*?<\/colgroup>/gu, '')
      // A list item's first paragraph is its text: a tight list, as written, not one loose item after another.
      .replace(/<li>\s*<p>([\s\S]*?)<\/p>/gu, '<li>$1')
  );
}

let turndown: TurndownService | null = null;
function converter(): TurndownService {
  if (turndown) return turndown;
  turndown = new TurndownService(markdownStyle);
  turndown.use(tables);
  // Keys, sub- and superscripts stay as written: the deck shows them.
  turndown.keep(['kbd', 'sub', 'sup']);
  // A "<" of the text is a character, as AsciiDoc writes no HTML: "-C <path>::", "line <number> visible" keep their
  // placeholders, which Markdown would read as tags (and the deck leave out).
  const escape = turndown.escape.bind(turndown);
  turndown.escape = (text: string): string => escape(text).replace(/</gu, '\\<');
  return turndown;
}

/**
 * A reference to an attribute the document never sets ("{windows_api}", set in the attributes file it would include;
 * Asciidoctor leaves it as written): its name as words, "windows api". Dropped, the sentence it opened had lost its
 * subject ("es el nombre que recibe la interfaz…", "las librerías de enlace dinámico (): kernel32.dll"). Not in code,
 * which shows its braces as written; in an address (a tag's, an include's link), its name as written.
 */
function missingAttributes(html: string): string {
  if (!attributeReference.test(html)) return html;
  const named = new RegExp(attributeReference.source, 'gu');
  const asWritten = (text: string): string => text.replace(named, '$1');
  // (A label whose value is such a reference alone, "*Reading time:* {reading-time}", says nothing: no paragraph.)
  return html
    .replace(new RegExp(String.raw`<p>\s*<strong>[^<]*<\/strong>\s*${attributeReference.source}\s*<\/p>`, 'gu'), '')
    .split(/(<pre\b[\s\S]*?<\/pre>|<code\b[\s\S]*?<\/code>|<[^>]*>)/u)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(named, (_, name: string) => name.replace(/[-_]+/gu, ' ').trim());
      // Code as written, but for an include's link in a listing ("link:{sourcedir}/primer/Spec.groovy[…]"); in a tag, an
      // address's name as written, a path that names the file.
      return /^<(?:pre|code)\b/u.test(part) ? part.replace(/link:[^\s[<]+\[/gu, asWritten) : asWritten(part);
    })
    .join('');
}

/** A reference to an attribute, "{windows_api}": its name. */
const attributeReference = /\{([A-Za-z0-9_][\w-]*)\}/u;

/** Asciidoctor's HTML of a document's body and its header -> Markdown with front matter. */
export function asciidocToMarkdown(html: string, header: AsciidocHeader): string {
  const front = emitYaml({
    ...(header.title ? { title: header.title } : {}),
    ...(header.author ? { author: header.author } : {}),
    ...(header.description ? { description: header.description } : {}),
  });
  // (Asciidoctor sets a zero-width space after the ellipsis and the dash it writes for "..." and "--": no character of the
  // text, and a stray one in a title, an id or the PDF's outline.)
  const markdown = converter()
    .turndown(tableHeaders(plainBlocks(missingAttributes(html))))
    .replace(/(?<=[…—])\u200b/gu, '')
    .trim();
  return `${front.trim() === '' ? '' : `---\n${front.trimEnd()}\n---\n\n`}${markdown}\n`;
}

/** Asciidoctor's labels in the labels' languages, as its locale files give them. */
const captions: Readonly<Record<string, readonly [string, string, string, string, string, string, string, string, string]>> = {
  // note, tip, important, warning, caution, figure, table, example, appendix
  es: ['Nota', 'Sugerencia', 'Importante', 'Aviso', 'Precaución', 'Figura', 'Tabla', 'Ejemplo', 'Apéndice'],
  fr: ['Note', 'Astuce', 'Important', 'Attention', 'Avertissement', 'Figure', 'Tableau', 'Exemple', 'Annexe'],
  de: ['Anmerkung', 'Tipp', 'Wichtig', 'Warnung', 'Achtung', 'Abbildung', 'Tabelle', 'Beispiel', 'Anhang'],
  it: ['Nota', 'Suggerimento', 'Importante', 'Attenzione', 'Avvertenza', 'Figura', 'Tabella', 'Esempio', 'Appendice'],
  pt: ['Nota', 'Dica', 'Importante', 'Aviso', 'Atenção', 'Figura', 'Tabela', 'Exemplo', 'Apêndice'],
};

/**
 * The attributes that set Asciidoctor's labels in language `lang` (English's are its own), each soft-set (`@`): a
 * document that sets one keeps its own.
 */
export function asciidocCaptions(lang: string): Record<string, string> {
  const words = captions[lang.slice(0, 2).toLowerCase()];
  if (!words) return {};
  const names = ['note', 'tip', 'important', 'warning', 'caution', 'figure', 'table', 'example', 'appendix'];
  return Object.fromEntries(names.map((name, k) => [`${name}-caption`, `${words[k] ?? ''}@`]));
}
