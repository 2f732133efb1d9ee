// What a handout page carries besides its slides: the header (deck title and
// author) and the footer (page n of total), as HTML for Chromium's header and
// footer templates, and, for a handout printed in parts, as pages of their own
// to stamp over the joined PDF. Their colour is the theme's
// --lectern-paper-muted: Chromium draws them outside the page's document, where
// no stylesheet reaches, so the token is read from the CSS and written in.
// Pure: strings in, strings out.
import { escapeHtml } from './markdown.ts';
import { lastValue } from './frame.ts';
import { titleText } from './text-size.ts';
import type { DeckMeta } from '../types.ts';

/** The theme's --lectern-paper-muted, for when no stylesheet gives a colour lectern can write into a template. */
export const defaultFurnitureColour = '#6b7280';

/** A colour as a literal (#hex, rgb()/hsl() with numbers, or a name): nothing else may go into a style attribute. */
const literalColour = /^(?:#[0-9a-f]{3,8}|(?:rgba?|hsla?)\([\d\s.,%/]+\)|[a-z]+)$/iu;

/**
 * The handout furniture's colour: the last literal value the stylesheets
 * (the theme's first, a custom one after) give --lectern-paper-muted. A value
 * that is not a literal colour (a var(), say) leaves the one before it.
 */
export function furnitureColour(sheets: { css: string }[]): string {
  let colour = defaultFurnitureColour;
  for (const { css } of sheets) {
    const value = lastValue(css, '--lectern-paper-muted');
    if (value !== null && literalColour.test(value)) colour = value;
  }
  return colour;
}

const furniture = (colour: string): string => `font-size:8pt;font-family:sans-serif;color:${colour}`;

/** Chromium's header template: the deck title on the left, the author on the right. */
export function headerTemplate(meta: DeckMeta, sideMm: number, colour = defaultFurnitureColour): string {
  return `<div style="width:100%;${furniture(colour)};padding:0 ${sideMm}mm;display:flex;justify-content:space-between"><span>${escapeHtml(titleText(meta.title))}</span><span>${escapeHtml(meta.author ?? '')}</span></div>`;
}

/** Chromium's footer template: "n / total", centred. */
export function footerTemplate(colour = defaultFurnitureColour): string {
  return `<div style="width:100%;${furniture(colour)};text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;
}

/**
 * HTML documents of `per` pages each (the last may have fewer), page n showing
 * "n / total" where Chromium's footer template puts it (15 pt above the
 * page's foot): printed and stamped onto a handout printed in parts, whose own
 * footers would count each part from 1.
 */
export function footerPages(total: number, paper: { widthMm: number; heightMm: number }, per: number, colour = defaultFurnitureColour): string[] {
  const docs: string[] = [];
  for (let from = 1; from <= total; from += per) {
    const pages: string[] = [];
    for (let n = from; n < Math.min(total + 1, from + per); n += 1) pages.push(`<div class="p"><div class="f">${n} / ${total}</div></div>`);
    docs.push(
      `<!doctype html><html><head><meta charset="utf-8"><style>` +
        `@page{size:${paper.widthMm}mm ${paper.heightMm}mm;margin:0}html,body{margin:0}` +
        `.p{position:relative;height:${paper.heightMm}mm;overflow:hidden;break-after:page}.p:last-child{break-after:auto}` +
        `.f{position:absolute;left:0;right:0;bottom:15pt;text-align:center;${furniture(colour)}}` +
        `</style></head><body>${pages.join('')}</body></html>`,
    );
  }
  return docs;
}
