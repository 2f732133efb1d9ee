// Deck -> the HTML of `dist/<deck>/index.html` (reveal.js) and `print.html`
// (the page the PDFs are printed from). Pure: templates come in as strings.
import type { Deck } from '../types.ts';
import { directionOf } from './language.ts';
import { escapeHtml, renderSlide, slideInner, type RenderedSlide } from './render-slide.ts';

export interface Templates {
  deck: string;
  print: string;
  /** CSP hashes of inline scripts the deck's libraries add (reveal.js's speaker view). */
  scriptHashes: string[];
}

/** Only what the deck needs: its own files, inline styles that reveal.js sets, images from its folder. */
export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    "media-src 'self'",
    "frame-src 'self'",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (whole, key: string) => values[key] ?? whole);
}

/** JSON that is safe inside a <script type="application/json"> element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</gu, '\\u003c');

/** Whether any slide or note has KaTeX output, so the page needs KaTeX's stylesheet. */
export const usesMath = (slides: RenderedSlide[]): boolean => slides.some((s) => /class="katex/u.test(s.bodyHtml + s.notesHtml + s.titleHtml));

export const katexStylesheet = 'assets/katex/katex.min.css';

function commonValues(deck: Deck, templates: Templates, slides: RenderedSlide[]): Record<string, string> {
  return {
    lang: escapeHtml(deck.meta.lang),
    dir: directionOf(deck.meta.lang),
    head: usesMath(slides) ? `<link rel="stylesheet" href="${katexStylesheet}">` : '',
    title: escapeHtml(deck.meta.title),
    author: escapeHtml(deck.meta.author ?? ''),
    description: escapeHtml(deck.meta.subtitle ?? ''),
    theme: deck.meta.theme,
    csp: contentSecurityPolicy(templates.scriptHashes),
  };
}

function sectionElement(slide: RenderedSlide, extra = ''): string {
  const section = slide.section ? ` data-section="${escapeHtml(slide.section)}"` : '';
  return `<section id="${escapeHtml(slide.id)}" class="lectern-slide layout-${slide.layout}"${section}${extra}>${slideInner(slide)}`;
}

/** The reveal.js deck. */
export function renderDeckHtml(deck: Deck, templates: Templates): { html: string; slides: RenderedSlide[] } {
  const slides = deck.slides.map(renderSlide);
  const sections = slides
    .map((s) => `${sectionElement(s)}${s.notesHtml === '' ? '' : `<aside class="notes">${s.notesHtml}</aside>`}</section>`)
    .join('\n');
  const config = { deck: deck.name, title: deck.meta.title, slides: slides.length, rtl: directionOf(deck.meta.lang) === 'rtl' };
  const html = fill(templates.deck, { ...commonValues(deck, templates, slides), slides: sections, config: scriptJson(config) });
  return { html, slides };
}

/**
 * The print page: every slide at its full 1280x720 size (`mode-slides`), and
 * the handout (slide picture above its notes, `mode-handout`). One page load
 * serves both PDFs; the printer switches the body's class between them.
 */
export function renderPrintHtml(deck: Deck, slides: RenderedSlide[], templates: Templates): string {
  const pages = slides
    .map((s, i) => {
      const number = `<div class="slide-number">${i + 1}</div>`;
      const frame = `<div class="slide-frame">${sectionElement(s)}${number}</section></div>`;
      const notes = s.notesHtml === '' ? '<p class="no-notes">No notes for this slide.</p>' : s.notesHtml;
      return `<article class="print-item" data-slide="${escapeHtml(s.id)}">${frame}<div class="handout-notes">${notes}</div></article>`;
    })
    .join('\n');
  return fill(templates.print, { ...commonValues(deck, templates, slides), pages, config: scriptJson({ deck: deck.name, mode: 'print' }) });
}
