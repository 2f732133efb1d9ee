// What the deck's and the print page's scripts share: the page's
// configuration, the window.lectern API that tests and the printer use, and
// how slides are measured.
import type Reveal from 'reveal.js';

export interface PageConfig {
  deck: string;
  mode?: 'print';
  rtl?: boolean;
  /** The slide's frame in CSS px (the theme's --lectern-slide-width and -height). */
  width?: number;
  height?: number;
}

/** How one slide fits its frame: the type scale it needed, and whether it still overflows. */
export interface SlideFit {
  id: string;
  fit: number;
  overflow: boolean;
  /** The smallest type of its code blocks, and of its drawings made of characters (CSS px of the slide's frame); absent without any. */
  codePx?: number;
  drawingPx?: number;
  /** Mermaid diagrams of the slide that Mermaid could not draw (each shows its source); absent when there are none. */
  undrawn?: number;
}

/** The smallest type (CSS px) of the elements `selector` finds in a slide, or undefined when there are none. */
const smallestType = (section: HTMLElement, selector: string): number | undefined => {
  const sizes = [...section.querySelectorAll<HTMLElement>(selector)].map((el) => Number.parseFloat(getComputedStyle(el).fontSize)).filter((n) => n > 0);
  return sizes.length === 0 ? undefined : Math.round(Math.min(...sizes) * 10) / 10;
};

export interface LecternApi {
  ready: Promise<void>;
  /** After the slides were replaced (live preview): re-read them, fit them, show the slide `id`. */
  refresh?(id?: string): void;
  /** Every slide's fit, after fitting. */
  fits(): SlideFit[];
  /** Ids of slides that still overflow their frame after fitting. */
  overflowing(): string[];
  /** Resolves once the page is set so (its diagrams drawn again in the mode's colours, where they change). */
  setMode?(mode: PrintMode, options?: PrintOptions): void | Promise<void>;
  /** Print page: show only slides from..to-1 (all when to is omitted); returns how many slides the page has. */
  showSlides?(from: number, to?: number): number;
}

/**
 * A link to a slide that is not in the part being printed (large decks print
 * in parts): Chromium drops links to what it does not print, so the print page
 * points them here, and the PDF finisher turns them back into links to the slide.
 */
export const outOfPartLink = 'https://lectern.invalid/slide#';

/**
 * The print page opened with this query prints a handout's text only: each
 * slide's frame is left empty and covered by a link to pictureLink + the
 * slide's index, which marks where the PDF finisher (edges/pdf-pictures.ts)
 * draws that page of the slides PDF. The slides are not fitted there: they are
 * not shown.
 */
export const picturesLater = '?pictures=later';
export const pictureLink = 'lectern-picture:';

declare global {
  interface Window {
    lectern?: LecternApi;
    /** The reveal.js API, for the console and for scripts that drive the deck. */
    Reveal?: InstanceType<typeof Reveal>;
  }
}

export function readConfig(): PageConfig {
  const element = document.getElementById('lectern-config');
  try {
    return JSON.parse(element?.textContent ?? '{}') as PageConfig;
  } catch {
    return { deck: '' };
  }
}

/**
 * The slide's size: the page's config gives it (the theme's, as the build read
 * it); a page without one takes the theme's --lectern-slide-width/height.
 */
export function slideFrame(config: PageConfig): { width: number; height: number } {
  const style = getComputedStyle(document.documentElement);
  const theme = (name: string): number => Number.parseFloat(style.getPropertyValue(name));
  const width = config.width ?? theme('--lectern-slide-width');
  const height = config.height ?? theme('--lectern-slide-height');
  if (!(width > 0 && height > 0))
    throw new Error(
      'lectern: the page gives no slide size (no config, and no --lectern-slide-width/height in its stylesheet); rebuild it with lectern build, or set both in theme/custom.css',
    );
  return { width, height };
}

export const sections = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('section.lectern-slide')];
/** A slide's id: its element's in the deck; in the print page, its item's (the element's may be a shorter anchor, printAnchor). Empty for a fragment step's copy. */
export const slideIdOf = (section: HTMLElement): string =>
  section.id === '' ? '' : (section.closest<HTMLElement>('.print-item')?.dataset.slide ?? section.id);
export const overflowing = (): string[] =>
  sections()
    .filter((s) => s.dataset.overflow === 'true')
    .map(slideIdOf);
export const fits = (): SlideFit[] =>
  sections().map((s) => {
    const codePx = smallestType(s, 'pre:not(.lectern-drawing):not(.lectern-drawn)');
    const drawingPx = smallestType(s, 'pre.lectern-drawing');
    const undrawn = s.querySelectorAll('pre.lectern-mermaid:not(.lectern-drawn)').length;
    return {
      id: slideIdOf(s),
      fit: Number(s.style.getPropertyValue('--lectern-fit') || 1),
      overflow: s.dataset.overflow === 'true',
      ...(codePx === undefined ? {} : { codePx }),
      ...(drawingPx === undefined ? {} : { drawingPx }),
      ...(undrawn > 0 ? { undrawn } : {}),
    };
  });

export type PrintMode = 'slides' | 'notes' | 'notes-pages' | '3up' | '6up';

export interface PrintOptions {
  /** With mode slides: a page per fragment step. */
  fragments?: boolean;
  /** Size of the page's printable area, in mm (handouts). */
  pageHeightMm?: number;
  pageWidthMm?: number;
  /** Handouts: the theme's variant to print in (light by default, whatever the deck's). */
  handoutTheme?: 'light' | 'dark';
}
