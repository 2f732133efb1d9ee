// The deck's browser script, bundled by esbuild into assets/deck.js: it starts
// reveal.js on index.html.
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import { drawDiagrams } from './diagrams.ts';
import { fitAll, fitSlide } from './fit.ts';
import { startPacing } from './pacing.ts';
import { fits, overflowing, readConfig, sections, slideFrame, type PageConfig } from './api.ts';

function startDeck(config: PageConfig): void {
  const deck = new Reveal({
    rtl: config.rtl === true,
    ...slideFrame(config),
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
    .then(drawDiagrams)
    .then(() => {
      fitAll(sections());
      deck.layout();
    });
  deck.on('slidechanged', (event) => {
    const current = (event as unknown as { currentSlide?: HTMLElement }).currentSlide;
    if (current) fitSlide(current);
  });
  // (The slides replaced by the preview's: their diagrams are drawn before they are fitted, as at the start.)
  const refresh = (id?: string): void => {
    deck.sync();
    void drawDiagrams().then(() => {
      fitAll(sections());
      deck.layout();
      const index = sections().findIndex((s) => s.id === id);
      if (index >= 0) deck.slide(index);
    });
  };
  startPacing(deck);
  window.lectern = { ready, overflowing, fits, refresh };
  window.Reveal = deck;
}

startDeck(readConfig());
