// The deck's browser script, bundled by esbuild into assets/deck.js. It starts
// reveal.js on index.html, and prepares print.html for the PDF printer.
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import { fitAll, fitSlide } from './fit.ts';

interface PageConfig {
  deck: string;
  mode?: 'print';
  rtl?: boolean;
}

/** How one slide fits its frame: the type scale it needed, and whether it still overflows. */
export interface SlideFit {
  id: string;
  fit: number;
  overflow: boolean;
}

interface LecternApi {
  ready: Promise<void>;
  /** After the slides were replaced (live preview): re-read them, fit them, show the slide `id`. */
  refresh?(id?: string): void;
  /** Every slide's fit, after fitting. */
  fits(): SlideFit[];
  /** Ids of slides that still overflow their frame after fitting. */
  overflowing(): string[];
  setMode?(mode: PrintMode, options?: PrintOptions): void;
}

declare global {
  interface Window {
    lectern?: LecternApi;
    /** The reveal.js API, for the console and for scripts that drive the deck. */
    Reveal?: InstanceType<typeof Reveal>;
  }
}

function readConfig(): PageConfig {
  const element = document.getElementById('lectern-config');
  try {
    return JSON.parse(element?.textContent ?? '{}') as PageConfig;
  } catch {
    return { deck: '' };
  }
}

const sections = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('section.lectern-slide')];
const overflowing = (): string[] => sections().filter((s) => s.dataset.overflow === 'true').map((s) => s.id);
const fits = (): SlideFit[] =>
  sections().map((s) => ({ id: s.id, fit: Number(s.style.getPropertyValue('--lectern-fit') || 1), overflow: s.dataset.overflow === 'true' }));

export type PrintMode = 'slides' | 'notes' | '3up' | '6up';

export interface PrintOptions {
  /** With mode slides: a page per fragment step. */
  fragments?: boolean;
  /** Size of the page's printable area, in mm (handouts). */
  pageHeightMm?: number;
  pageWidthMm?: number;
}

function startPrint(): void {
  const setMode = (mode: PrintMode, options: PrintOptions = {}): void => {
    const body = document.body;
    for (const m of ['slides', 'notes', '3up', '6up']) body.classList.toggle(`mode-${m}`, m === mode);
    body.classList.toggle('with-fragments', mode === 'slides' && options.fragments === true);
    if (options.pageHeightMm) body.style.setProperty('--lectern-page-height', `${options.pageHeightMm}mm`);
    if (options.pageWidthMm) body.style.setProperty('--lectern-page-width', `${options.pageWidthMm}mm`);
    for (const frame of document.querySelectorAll<HTMLElement>('.slide-frame')) {
      const scale = mode === 'slides' ? 1 : frame.clientWidth / 1280;
      frame.style.setProperty('--lectern-handout-scale', String(scale));
    }
  };
  const ready = document.fonts.ready.then(() => {
    setMode('slides');
    const originals = sections().filter((s) => s.id !== '');
    fitAll(originals);
    // A fragment step is the same slide with items hidden: it takes its slide's type scale.
    const fitOf = new Map(originals.map((s) => [s.id, s.style.getPropertyValue('--lectern-fit')]));
    for (const step of document.querySelectorAll<HTMLElement>('.fragment-step section.lectern-slide')) {
      const fit = fitOf.get(step.closest<HTMLElement>('.print-item')?.dataset.slide ?? '');
      if (fit) step.style.setProperty('--lectern-fit', fit);
    }
  });
  window.lectern = { ready, overflowing, fits: () => fits().filter((f) => f.id !== ''), setMode };
}

function startDeck(config: PageConfig): void {
  const deck = new Reveal({
    rtl: config.rtl === true,
    width: 1280,
    height: 720,
    margin: 0.04,
    center: false,
    hash: true,
    respondToHashChanges: true,
    history: false,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    progress: true,
    controls: true,
    controlsTutorial: false,
    transition: 'fade',
    transitionSpeed: 'fast',
    backgroundTransition: 'none',
    pdfSeparateFragments: false,
    plugins: [Notes],
  });
  const ready = deck
    .initialize()
    .then(() => document.fonts.ready)
    .then(() => {
      fitAll(sections());
      deck.layout();
    });
  deck.on('slidechanged', (event) => {
    const current = (event as unknown as { currentSlide?: HTMLElement }).currentSlide;
    if (current) fitSlide(current);
  });
  const refresh = (id?: string): void => {
    deck.sync();
    fitAll(sections());
    deck.layout();
    const index = sections().findIndex((s) => s.id === id);
    if (index >= 0) deck.slide(index);
  };
  window.lectern = { ready, overflowing, fits, refresh };
  window.Reveal = deck;
}

const config = readConfig();
if (config.mode === 'print') startPrint();
else startDeck(config);
