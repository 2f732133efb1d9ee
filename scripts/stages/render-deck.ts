// Deck -> the HTML of `dist/<deck>/index.html` (reveal.js) and `print.html`
// (the page the PDFs are printed from). Pure: templates come in as strings.
import { slideTimings } from './duration.ts';
import type { Deck } from '../types.ts';
import { withMacros } from './markdown.ts';
import { titleText, withFrame } from './text-size.ts';
import { defaultFrame, sameFrame, type Frame } from './frame.ts';
import { directionOf } from './language.ts';
import { escapeHtml, fragmentCount, renderSlide, slideInner, type RenderedSlide } from './render-slide.ts';

export interface Templates {
  deck: string;
  print: string;
  /** CSP hashes of inline scripts the deck's libraries add (reveal.js's speaker view). */
  scriptHashes: string[];
  /** The deck has a custom stylesheet (assets/custom.css), loaded after the theme. */
  customCss?: boolean;
  /** Images the slides refer to that the deck's folder does not have: shown as placeholders. */
  missingImages?: ReadonlySet<string>;
  /** Width over height of the images the deck's folder has, by source: a wide one goes under a few lines of text. */
  imageRatios?: ReadonlyMap<string, number>;
  /** The slide's size, as the theme (or a custom stylesheet) declares it. */
  frame?: Frame;
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
export const usesMath = (slides: RenderedSlide[]): boolean =>
  slides.some((s) => [s.bodyHtml, s.notesHtml, s.titleHtml].some((html) => html.includes('class="katex')));

export const katexStylesheet = 'assets/katex/katex.min.css';

/** Whether any slide or note has a Mermaid diagram, so the page needs Mermaid's script. */
export const usesDiagrams = (slides: RenderedSlide[]): boolean =>
  slides.some((s) => [s.bodyHtml, s.notesHtml].some((html) => html.includes('<pre class="lectern-mermaid">')));

export const mermaidScript = 'assets/mermaid.min.js';

/** A frame other than the theme's own: its proportions, for the frames that show a slide as a picture (handouts). */
const frameStyle = (frame: Frame): string => (sameFrame(frame, defaultFrame) ? '' : ` style="--lectern-frame-ratio: ${frame.width} / ${frame.height}"`);

function commonValues(deck: Deck, templates: Templates, slides: RenderedSlide[]): Record<string, string> {
  return {
    lang: escapeHtml(deck.meta.lang),
    dir: directionOf(deck.meta.lang),
    head: [
      usesMath(slides) ? `<link rel="stylesheet" href="${katexStylesheet}">` : '',
      usesDiagrams(slides) ? `<script src="${mermaidScript}"></script>` : '',
      templates.customCss ? '<link rel="stylesheet" href="assets/custom.css">' : '',
    ]
      .filter(Boolean)
      .join('\n'),
    // The page's and the window's title is text: the deck's title as shown, without its Markdown ("Learn **T**est …").
    title: escapeHtml(titleText(deck.meta.title)),
    author: escapeHtml(deck.meta.author ?? ''),
    description: escapeHtml(deck.meta.subtitle ?? ''),
    theme: deck.meta.theme,
    frame: frameStyle(templates.frame ?? defaultFrame),
    csp: contentSecurityPolicy(templates.scriptHashes),
  };
}

/** A slide's <section>: with its id (not a fragment step's copy), its links as `links` makes them, and `after` (notes, a slide number) at its end. */
function sectionElement(
  slide: RenderedSlide,
  options: { withId?: boolean; anchor?: (id: string) => string; links?: (html: string) => string; after?: string; timing?: number } = {},
): string {
  const { withId = true, anchor = (id: string): string => id, links = (html: string): string => html, after = '' } = options;
  const id = withId ? ` id="${escapeHtml(anchor(slide.id))}"` : '';
  // reveal.js's speaker view paces the talk by each slide's data-timing (seconds).
  const timing = options.timing === undefined ? '' : ` data-timing="${options.timing}"`;
  const section = slide.section ? ` data-section="${escapeHtml(slide.section)}"` : '';
  const source = slide.source ? `<footer class="slide-source">from ${escapeHtml(slide.source)}</footer>` : '';
  return `<section${id}${timing} class="lectern-slide layout-${slide.layout}"${section}>${links(slideInner(slide))}${source}${after}</section>`;
}

/** A remixed slide shows its origin when the deck asks for it (show-sources). */
const withSource = (deck: Deck, slide: RenderedSlide, source: string | null | undefined): RenderedSlide => ({
  ...slide,
  source: deck.meta.showSources && source ? source : null,
});

/** Each fragment slide as it looks after 0, 1, ... clicks (empty for other slides). */
export function renderSteps(deck: Deck, missingImages?: ReadonlySet<string>, imageRatios?: ReadonlyMap<string, number>): RenderedSlide[][] {
  return withMacros(deck.meta.macros, () =>
    deck.slides.map((slide) =>
      Array.from({ length: fragmentCount(slide) }, (_, step) =>
        withSource(deck, renderSlide(slide, step, { missingImages, ...(imageRatios ? { imageRatios } : {}) }), slide.source),
      ),
    ),
  );
}

/** The reveal.js deck. */
export function renderDeckHtml(deck: Deck, templates: Templates): { html: string; slides: RenderedSlide[] } {
  // Under the deck's frame, as it was planned: whether a list is set in columns depends on the slide's width (pairsWell).
  const slides = withFrame(templates.frame ?? defaultFrame, () =>
    withMacros(deck.meta.macros, () =>
      deck.slides.map((slide) =>
        withSource(
          deck,
          renderSlide(slide, undefined, { missingImages: templates.missingImages, ...(templates.imageRatios ? { imageRatios: templates.imageRatios } : {}) }),
          slide.source,
        ),
      ),
    ),
  );
  const timings = slideTimings(
    deck,
    slides.map((s) => s.spokenWords),
  );
  const sections = slides
    .map((s, i) => sectionElement(s, { after: s.notesHtml === '' ? '' : `<aside class="notes">${s.notesHtml}</aside>`, timing: timings[i] }))
    .join('\n');
  const frame = templates.frame ?? defaultFrame;
  const config = {
    deck: deck.name,
    title: titleText(deck.meta.title),
    slides: slides.length,
    rtl: directionOf(deck.meta.lang) === 'rtl',
    width: frame.width,
    height: frame.height,
  };
  const html = fill(templates.deck, { ...commonValues(deck, templates, slides), slides: sections, config: scriptJson(config) });
  return { html, slides };
}

/**
 * A slide's element id in the print page. Chromium names each PDF destination
 * after it, percent-encoded, and PDF readers take names of 127 bytes at most:
 * an id that encodes longer (a title of Korean or Chinese words) becomes
 * "slide-" and a hash of it.
 */
export function printAnchor(id: string): string {
  if (encodeURIComponent(id).length <= 100) return id;
  let hash = 0x811c9dc5;
  for (const ch of id) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return `slide-${hash.toString(16).padStart(8, '0')}`;
}

/** In the print page, internal links point at the slide's element (printAnchor), not reveal.js's route. */
const printLinks = (html: string): string =>
  html.replace(/href="#\/([^"]+)"/gu, (_, id: string) => {
    let plain = id;
    try {
      plain = decodeURIComponent(id);
    } catch {
      // not percent-encoded: the id as written
    }
    return `href="#${escapeHtml(printAnchor(plain))}"`;
  });

function printItem(s: RenderedSlide, number: number, extra: { className: string; withId: boolean }): string {
  // The slide number links to its own slide: the link makes Chromium record a
  // named destination per slide, which the PDF outline then points at.
  const numberLink = extra.withId
    ? `<a class="slide-number" href="#${escapeHtml(printAnchor(s.id))}">${number}</a>`
    : `<span class="slide-number">${number}</span>`;
  const section = sectionElement(s, { withId: extra.withId, anchor: printAnchor, links: printLinks, after: numberLink });
  const notes = s.notesHtml === '' ? '<p class="no-notes">No notes for this slide.</p>' : printLinks(s.notesHtml);
  const rules = '<div class="handout-lines" aria-hidden="true"></div>';
  return `<article class="print-item${extra.className}" data-slide="${escapeHtml(s.id)}"><div class="slide-frame">${section}</div>${rules}<div class="handout-notes">${notes}</div></article>`;
}

/**
 * The print page: every slide at its full size (the frame; `mode-slides`), and
 * the handouts (`mode-notes`: slide above its notes; `mode-3up`: three slides
 * with ruled lines; `mode-6up`: six slides). One page load serves every PDF;
 * the printer switches the body's class between them. Fragment slides also
 * get a copy per step, shown only when printing with fragments.
 */
export function renderPrintHtml(deck: Deck, slides: RenderedSlide[], templates: Templates, steps: RenderedSlide[][] = []): string {
  const pages = slides
    .map((s, i) => {
      const stepItems = (steps[i] ?? []).map((step) => printItem(step, i + 1, { className: ' fragment-step', withId: false }));
      return [...stepItems, printItem(s, i + 1, { className: '', withId: true })].join('\n');
    })
    .join('\n');
  return fill(templates.print, {
    ...commonValues(deck, templates, slides),
    // KaTeX puts a zero-width space in each of its vertical lists (a fix for Safari's layout): in a PDF it is text,
    // which a reader's copy or search finds in the middle of a sentence. Chromium, which prints, lays them out the same without.
    pages: pages.replaceAll('<span class="vlist-s">\u200b</span>', '<span class="vlist-s"></span>'),
    config: scriptJson({ deck: deck.name, mode: 'print', width: (templates.frame ?? defaultFrame).width, height: (templates.frame ?? defaultFrame).height }),
  });
}
