// Which reader writes a decoded document as Markdown: a reStructuredText one
// (.rst, .rest, or a .txt whose markup is reStructuredText's), an Org one
// (.org), a Typst one (.typ) and slides written for wiki2beamer (a .txt of "== Frame ==" headings)
// are planned as the Markdown they say; any other is read as it is. An
// AsciiDoc one (.adoc, or a .txt whose markup is AsciiDoc's) goes to
// Asciidoctor (edges/asciidoc.ts): isAsciidoc.
// Pure: a path and its text in, Markdown or null out.
import { orgToMarkdown } from './org-markdown.ts';
import { typstToMarkdown } from './typst-markdown.ts';
import { isMarkdownPath } from './read-document.ts';
import { evalRstBlocks, looksLikeRst, rstToMarkdown } from './rst-markdown.ts';
import { looksLikeWikiSlides, wikiToMarkdown } from './wiki-markdown.ts';

/** The Markdown a document written in reStructuredText or Org says (a Markdown one with {eval-rst} blocks, those as Markdown); null for a document of another kind. */
export function markupAsMarkdown(path: string, text: string): string | null {
  if (/\.(?:rst|rest)$/iu.test(path) || (/\.txt$/iu.test(path) && looksLikeRst(text))) return rstToMarkdown(text).markdown;
  if (/\.org$/iu.test(path)) return orgToMarkdown(text).markdown;
  if (/\.typ$/iu.test(path)) return typstToMarkdown(text).markdown;
  // A Markdown page's reStructuredText blocks (MyST's {eval-rst}) are the Markdown they say; the rest is as written.
  if (isMarkdownPath(path) && /^ {0,3}(?:`{3,}|:{3,})\{eval-rst\}/mu.test(text)) return evalRstBlocks(text);
  // Slides written for wiki2beamer ("= Part =", "== Frame ==", ''emphasis'', LaTeX's formulas): Markdown, so that they show.
  if (/\.(?:txt|text|wiki)$/iu.test(path) && looksLikeWikiSlides(text)) return wikiToMarkdown(text);
  return null;
}

/** Whether a document is AsciiDoc: by its extension, or a .txt by its markup (looksLikeAsciidoc). */
export const isAsciidoc = (path: string, text: string): boolean =>
  /\.(?:adoc|asciidoc|asc)$/iu.test(path) || (/\.txt$/iu.test(path) && looksLikeAsciidoc(text));

/**
 * Whether a text file (a .txt) is AsciiDoc: a project's documentation written so and named .txt (Network UPS Tools'
 * FAQ.txt). Three section titles or more ("== My UPS driver won't start.  What now?", open at their end, unlike a wiki's
 * "== Frame ==") and markup of AsciiDoc's own: a conditional (ifndef::…[]), a link or cross-reference macro
 * (link:UPGRADING.adoc[UPGRADING], xref:, <<anchor>>), a block's attributes ([source,sh], [NOTE]) or an attribute entry
 * (":toc:").
 */
export function looksLikeAsciidoc(text: string): boolean {
  const titles = text.match(/^={2,5}[ \t]+\S[^\n]*$/gmu) ?? [];
  if (titles.filter((t) => !/\s=+\s*$/u.test(t)).length < 3) return false;
  const own = [
    /^(?:ifdef|ifndef|ifeval|endif)::[^\n]*\[[^\n]*\]\s*$/mu,
    /(?:^|\s)(?:link|xref|https?):[^\s[\]]+\[[^\]\n]*\]/u,
    /<<[\w-]+(?:,[^>\n]*)?>>/u,
    /^\[(?:source|NOTE|TIP|WARNING|IMPORTANT|CAUTION|quote|verse)\b[^\n]*\]\s*$/mu,
    /^:[\w-]+:(?:[ \t]|$)/mu,
  ];
  return own.some((marker) => marker.test(text));
}
