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
  /** Every slide's fit, after fitting. */
  fits(): SlideFit[];
  /** Ids of slides that still overflow their frame after fitting. */
  overflowing(): string[];
  setMode?(mode: 'slides' | 'handout'): void;
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

function startPrint(): void {
  const setMode = (mode: 'slides' | 'handout'): void => {
    document.body.classList.toggle('mode-slides', mode === 'slides');
    document.body.classList.toggle('mode-handout', mode === 'handout');
    for (const frame of document.querySelectorAll<HTMLElement>('.slide-frame')) {
      const scale = mode === 'handout' ? frame.clientWidth / 1280 : 1;
      frame.style.setProperty('--lectern-handout-scale', String(scale));
    }
  };
  const ready = document.fonts.ready.then(() => {
    setMode('slides');
    fitAll(sections());
  });
  window.lectern = { ready, overflowing, fits, setMode };
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
  window.lectern = { ready, overflowing, fits };
  window.Reveal = deck;
}

const config = readConfig();
if (config.mode === 'print') startPrint();
else startDeck(config);
