// Which reader writes a decoded document as Markdown: a reStructuredText one
// (.rst, .rest, or a .txt whose markup is reStructuredText's), an Org one
// (.org) and slides written for wiki2beamer (a .txt of "== Frame ==" headings)
// are planned as the Markdown they say; any other is read as it is.
// Pure: a path and its text in, Markdown or null out.
import { orgToMarkdown } from './org-markdown.ts';
import { looksLikeRst, rstToMarkdown } from './rst-markdown.ts';
import { looksLikeWikiSlides, wikiToMarkdown } from './wiki-markdown.ts';

/** The Markdown a document written in reStructuredText or Org says; null for a document of another kind. */
export function markupAsMarkdown(path: string, text: string): string | null {
  if (/\.(?:rst|rest)$/iu.test(path) || (/\.txt$/iu.test(path) && looksLikeRst(text))) return rstToMarkdown(text).markdown;
  if (/\.org$/iu.test(path)) return orgToMarkdown(text).markdown;
  // Slides written for wiki2beamer ("= Part =", "== Frame ==", ''emphasis'', LaTeX's formulas): Markdown, so that they show.
  if (/\.(?:txt|text|wiki)$/iu.test(path) && looksLikeWikiSlides(text)) return wikiToMarkdown(text);
  return null;
}
