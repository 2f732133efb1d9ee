// A lectern deck -> one Markdown file for another tool: Marp (Marpit's
// directives and comments) or reveal.js Markdown (as reveal.js's Markdown
// plugin and reveal-md read it). Slides, titles, notes, fragments and title or
// divider layouts are kept, and `lectern import` reads the file back to the
// same slides. Pure: the caller writes the file and copies the images.
import type { Deck, DeckSlide } from '../types.ts';
import { fencedChunks } from './fence.ts';
import { escapeNoteMarkers } from './slide-file.ts';
import { emitYaml } from './yaml.ts';

export type ExportFormat = 'marp' | 'reveal';
export const exportFormats: readonly ExportFormat[] = ['marp', 'reveal'];

/** Applies `change` to each line outside fenced code. */
function outsideFences(markdown: string, change: (line: string) => string): string {
  return fencedChunks(markdown)
    .map((chunk) => (chunk.code ? chunk.text : chunk.text.split('\n').map(change).join('\n')))
    .join('\n');
}

/** A comment's text that cannot end the comment early. */
const commentSafe = (text: string): string => text.replace(/--(?=>)/gu, '- -');

/** A thematic break inside a slide would start a new slide in either tool: it is left out. */
const withoutBreaks = (body: string): string =>
  outsideFences(body, (line) => (/^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/u.test(line) ? '' : line));

/**
 * The slide's layout as classes: lead (Marp's and many reveal.js themes' look
 * for a title or divider slide) for those two, and lectern's own layout name,
 * which the other tool ignores and lectern import reads back.
 */
const layoutClasses = (slide: DeckSlide): string | null =>
  slide.layout === 'default' ? null : slide.layout === 'title' || slide.layout === 'divider' ? `lead ${slide.layout}` : slide.layout;

function marpSlide(slide: DeckSlide): string {
  const parts: string[] = [];
  const classes = layoutClasses(slide);
  if (classes) parts.push(`<!-- _class: ${classes} -->`);
  // Marp shows a list written with * (or 1)) one item at a time: so for a fragment slide's top-level items, and - (1.) for every other list.
  const body = outsideFences(withoutBreaks(slide.body), (line) =>
    slide.fragments ? line.replace(/^- /u, '* ').replace(/^(\d+)\. /u, '$1) ') : line.replace(/^\* /u, '- ').replace(/^(\d+)\) /u, '$1. '),
  );
  parts.push(body.trim());
  if (slide.notes.trim() !== '') parts.push(`<!--\n${commentSafe(slide.notes.trim())}\n-->`);
  return parts.join('\n\n');
}

function revealSlide(slide: DeckSlide): string {
  const parts: string[] = [];
  const classes = layoutClasses(slide);
  if (classes) parts.push(`<!-- .slide: class="${classes}" -->`);
  const fragment = ' <!-- .element: class="fragment" -->';
  const body = outsideFences(withoutBreaks(slide.body), (line) => (slide.fragments && /^(?:[-*+]|\d+[.)]) \S/u.test(line) ? `${line}${fragment}` : line));
  parts.push(body.trim());
  // Notes after "Note:" at the start of a line; a line of the notes that says "Note:" itself would split them again.
  if (slide.notes.trim() !== '') parts.push(`Note:\n${escapeNoteMarkers(slide.notes)}`);
  return parts.join('\n\n');
}

/** The deck as one Markdown file in `format`. */
export function exportDeck(deck: Deck, format: ExportFormat): string {
  const meta = deck.meta;
  const front =
    format === 'marp'
      ? emitYaml({
          marp: true,
          paginate: true,
          title: meta.title,
          ...(meta.author ? { author: meta.author } : {}),
          ...(meta.subtitle ? { description: meta.subtitle } : {}),
          lang: meta.lang,
        })
      : emitYaml({ title: meta.title, ...(meta.author ? { author: meta.author } : {}) });
  const slides = deck.slides.map(format === 'marp' ? marpSlide : revealSlide);
  return `---\n${front.trimEnd()}\n---\n\n${slides.join('\n\n---\n\n')}\n`;
}
