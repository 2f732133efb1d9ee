// The print page's script, bundled by esbuild into assets/print.js: fits every
// slide, and switches the page between the slides PDF and the handout layouts.
// It leaves reveal.js out: the printer loads this page for every build.
import { drawDiagrams } from './diagrams.ts';
import { fitAll } from './fit.ts';
import {
  fits,
  outOfPartLink,
  overflowing,
  pictureLink,
  picturesLater,
  readConfig,
  sections,
  slideFrame,
  slideIdOf,
  type PrintMode,
  type PrintOptions,
} from './api.ts';

/**
 * Shows slides from..to-1 (with their fragment steps) and hides the rest, so a
 * large deck prints in parts (Chromium's time to print grows with the square of
 * the pages in one print). Links to hidden slides are pointed at outOfPartLink.
 */
function showSlides(from: number, to = Number.POSITIVE_INFINITY): number {
  const originals = [...document.querySelectorAll<HTMLElement>('.print-item:not(.fragment-step)')];
  const shown = new Set(originals.slice(from, to).map((item) => item.dataset.slide ?? ''));
  for (const item of document.querySelectorAll<HTMLElement>('.print-item')) item.classList.toggle('out-of-part', !shown.has(item.dataset.slide ?? ''));
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lectern-href]')) {
    link.setAttribute('href', link.dataset.lecternHref ?? '');
    delete link.dataset.lecternHref;
  }
  if (shown.size < originals.length) {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.print-item:not(.out-of-part) a[href^="#"]')) {
      const href = link.getAttribute('href') ?? '';
      let id = href.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // not percent-encoded: the id as written
      }
      if (!document.getElementById(id)?.closest('.out-of-part')) continue;
      link.dataset.lecternHref = href;
      link.setAttribute('href', outOfPartLink + encodeURIComponent(id));
    }
  }
  return originals.length;
}

/**
 * Marks each slide's frame for the PDF finisher (see picturesLater): a link
 * over the frame to pictureLink + the slide's index among the printed slides,
 * left out of the accessibility tree. It takes the slide's id, so links to the
 * slide and the handout's outline still lead to its picture.
 */
function markFrames(): void {
  [...document.querySelectorAll<HTMLElement>('.print-item:not(.fragment-step)')].forEach((item, index) => {
    const frame = item.querySelector<HTMLElement>('.slide-frame');
    if (!frame) return;
    const mark = document.createElement('a');
    mark.className = 'picture-mark';
    mark.href = `${pictureLink}${index}`;
    mark.setAttribute('aria-hidden', 'true');
    const section = frame.querySelector<HTMLElement>('section.lectern-slide');
    if (section?.id) {
      mark.id = section.id;
      section.removeAttribute('id');
    }
    // The picture as the tagged PDF's figure, its text as the alternative (the picture drawn later is an artifact).
    const figure = document.createElement('div');
    figure.className = 'picture-figure';
    figure.setAttribute('role', 'img');
    const number = section?.querySelector('.slide-number')?.textContent ?? '';
    const text = [...(section?.children ?? [])].filter((el) => !el.classList.contains('slide-number')).map((el) => el.textContent ?? '');
    figure.setAttribute('aria-label', `${number ? `Slide ${number}: ` : ''}${text.join(' ').replace(/\s+/gu, ' ').trim()}`);
    frame.append(figure, mark);
  });
}

function startPrint(later: boolean): void {
  if (later) markFrames();
  const slideWidth = slideFrame(readConfig()).width;
  const setMode = (mode: PrintMode, options: PrintOptions = {}): Promise<void> => {
    const body = document.body;
    // notes-pages is the notes handout, a page per slide: both classes.
    for (const m of ['slides', 'notes', 'notes-pages', '3up', '6up'])
      body.classList.toggle(`mode-${m}`, m === mode || (m === 'notes' && mode === 'notes-pages'));
    // Handouts print in the light variant unless asked otherwise; the slides keep the deck's theme.
    const deckTheme = document.documentElement.dataset.theme ?? 'light';
    const theme = mode === 'slides' ? deckTheme : (options.handoutTheme ?? 'light');
    body.classList.toggle('theme-dark', theme === 'dark');
    body.classList.toggle('theme-light', theme !== 'dark');
    body.classList.toggle('with-fragments', mode === 'slides' && options.fragments === true);
    if (options.pageHeightMm) body.style.setProperty('--lectern-page-height', `${options.pageHeightMm}mm`);
    if (options.pageWidthMm) body.style.setProperty('--lectern-page-width', `${options.pageWidthMm}mm`);
    // Every frame of a layout has the same width: one measurement, one custom
    // property (measuring each frame after writing to the last one relaid the
    // whole page each time, which grew with the square of the slides).
    const frame = document.querySelector<HTMLElement>('.print-item:not(.fragment-step):not(.out-of-part) .slide-frame');
    const scale = mode === 'slides' || !frame ? 1 : frame.clientWidth / slideWidth;
    body.style.setProperty('--lectern-handout-scale', String(scale));
    // Diagrams drawn in the other variant's colours (a dark deck's, in a light handout) are drawn again in these.
    return drawDiagrams();
  };
  const ready = document.fonts.ready.then(drawDiagrams).then(() => {
    if (later) return;
    void setMode('slides');
    const originals = sections().filter((s) => s.id !== '');
    fitAll(originals);
    // A fragment step is the same slide with items hidden: it takes its slide's type scale.
    const fitOf = new Map(originals.map((s) => [slideIdOf(s), s.style.getPropertyValue('--lectern-fit')]));
    for (const step of document.querySelectorAll<HTMLElement>('.fragment-step section.lectern-slide')) {
      const fit = fitOf.get(step.closest<HTMLElement>('.print-item')?.dataset.slide ?? '');
      if (fit) step.style.setProperty('--lectern-fit', fit);
    }
    // A person who opens print.html sees (and can print) the notes handout. The
    // printer (a browser under automation) sets the mode it needs before every
    // print: laying out every slide's handout page here would be wasted (a
    // second layout of the whole deck: about a third of a second at 500 slides).
    if (!navigator.webdriver) void setMode('notes');
  });
  window.lectern = { ready, overflowing, fits: () => fits().filter((f) => f.id !== ''), setMode, showSlides };
}

// print.js loads in the page's head: a page that prints a handout's text
// only is marked before the slides are parsed, so they are never laid out.
const later = window.location.search === picturesLater;
if (later) document.documentElement.classList.add('pictures-later');
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => startPrint(later), { once: true });
else startPrint(later);
