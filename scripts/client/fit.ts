// Runs in the browser. A slide whose content is taller than its frame gets a
// smaller type scale for its body (the --lectern-fit custom property; titles
// keep their size), down to a floor that keeps body text at about 28px of the
// slide of the theme's size (1280x720 by default); a display formula wider than the frame first shrinks on its
// own (or, if it would take a much smaller type, is broken after its operators where the build set it so), and display formulas too tall for the slide at the smallest type shrink
// on their own after; a drawing made of characters (pre.lectern-drawing), whose
// lines never wrap, takes a smaller type of its own to fit the width first and
// the height last; code whose lines would wrap takes a type of its own, no
// smaller than 22px, at which none does (else it wraps, marked); a slide that
// still overflows is marked with data-overflow for `check`.

const minScale = 0.78;
/** A display formula wider than the slide shrinks on its own first, to this share of its size at most. */
const minFormulaScale = 0.6;
/** A display formula that would take a smaller type than this share of its size to fit is broken into lines instead, where it can be. */
const minUnbrokenScale = 0.8;

const clips = (el: Element): boolean => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;

function overflows(section: HTMLElement): boolean {
  const body = section.querySelector<HTMLElement>('.slide-body');
  if (clips(section) || (body !== null && clips(body))) return true;
  // Code clips its own overflow, and a clipped line is lost too. A table wider than itself spills its cells over one
  // another; below its last rule it spills nothing that the body does not hold (a fraction's ink in its last row).
  return [...section.querySelectorAll('pre')].some(clips) || [...section.querySelectorAll('table')].some((t) => t.scrollWidth > t.clientWidth + 1);
}

/**
 * Display formulas wider than the slide: each gets a smaller type of its own,
 * to fit the width (a formula cannot wrap), down to minFormulaScale; inline
 * formulas too wide for their line likewise.
 */
function fitFormulas(section: HTMLElement): void {
  for (const formula of section.querySelectorAll<HTMLElement>('.katex-block')) {
    const room = formula.clientWidth;
    const wide = neededWidth(formula);
    if (!(wide > room + 1 && room > 0)) continue;
    // Too wide to fit in a type a little smaller: broken after its relations and operators, where the build set it so
    // too (markdown.ts), each run at the formula's own size, smaller only if one run alone is still too wide.
    const lines = formula.querySelector<HTMLElement>(':scope > .lectern-math-lines');
    const shown = formula.querySelector<HTMLElement>(':scope > .katex-display');
    if (lines && shown && room / wide < minUnbrokenScale) {
      shown.hidden = true;
      lines.hidden = false;
      const scale = runScale(lines, room);
      if (scale !== null) formula.style.fontSize = `${scale.toFixed(3)}em`;
      continue;
    }
    // A little under the ratio: KaTeX's struts and rules do not all scale with the type, and a formula 2 px wider still clips.
    let scale = Math.max(minFormulaScale, (room / wide) * 0.98);
    formula.style.fontSize = `${scale.toFixed(3)}em`;
    if (neededWidth(formula) > formula.clientWidth + 1 && scale > minFormulaScale) {
      scale = Math.max(minFormulaScale, (scale * formula.clientWidth) / neededWidth(formula) - 0.01);
      formula.style.fontSize = `${scale.toFixed(3)}em`;
    }
  }
  fitInlineFormulas(section);
}

/**
 * The width a display formula needs: its own, and where it is numbered, room for the number on either side of it
 * (KaTeX sets the number at the right edge, over the formula's last symbols where the two do not fit; centred, the
 * formula needs that room on its left too).
 */
function neededWidth(formula: HTMLElement): number {
  const tag = formula.querySelector<HTMLElement>(':scope > .katex-display .katex-tag');
  if (!tag) return formula.scrollWidth;
  const bases = [
    ...formula.querySelectorAll<HTMLElement>(':scope > .katex-display .katex-html > .katex-base, :scope > .katex-display .katex-html > .base'),
  ].reduce((w, b) => w + b.offsetWidth, 0);
  // (And a quarter of the number's width more each side, so that the two never touch.)
  return Math.max(formula.scrollWidth, bases + 2.5 * tag.offsetWidth);
}

/** Display formulas shown as they were built: unbroken (fitFormulas may break them again). */
function unbreakFormulas(section: HTMLElement): void {
  for (const lines of section.querySelectorAll<HTMLElement>('.katex-block > .lectern-math-lines:not([hidden])')) {
    lines.hidden = true;
    const shown = lines.parentElement?.querySelector<HTMLElement>(':scope > .katex-display');
    if (shown) shown.hidden = false;
  }
}

/**
 * The share of its size a formula set as text takes so that its widest run (KaTeX breaks it only between runs) fits
 * `room` px, down to minFormulaScale; null when every run fits.
 */
function runScale(formula: HTMLElement, room: number): number | null {
  const widest = Math.max(0, ...[...formula.querySelectorAll<HTMLElement>('.katex-html > .katex-base, .katex-html > .base')].map((b) => b.offsetWidth));
  // A little under the ratio: KaTeX's struts and rules do not all scale with the type.
  return widest > room + 1 && room > 0 ? Math.max(minFormulaScale, (room / widest) * 0.98) : null;
}

/** The type size of an inline formula in the theme (slide.css), in em of its text. */
const inlineFormulaSize = 1.05;

/**
 * Inline formulas with a run wider than the line they stand in (KaTeX breaks
 * an inline formula only between its top-level terms, so one long group
 * cannot wrap): each gets a smaller type of its own, down to minFormulaScale.
 */
function fitInlineFormulas(section: HTMLElement): void {
  for (const formula of section.querySelectorAll<HTMLElement>('.katex')) {
    if (formula.closest('.katex-block') !== null) continue;
    const line = formula.parentElement?.closest<HTMLElement>('li, p, td, th, blockquote, .slide-body');
    if (!line) continue;
    const style = getComputedStyle(line);
    const room = line.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    const scale = runScale(formula, room);
    if (scale !== null) formula.style.fontSize = `${(inlineFormulaSize * scale).toFixed(3)}em`;
  }
}

/** What takes a type size of its own while a slide is fitted (formulas, drawings, code): cleared before it is fitted again. */
const ownSizes = '.katex-block[style], .katex[style], pre[style]';

/** Code is never set smaller than this (CSS px at the theme's 1280x720), as the theme's floor keeps it. */
export const codeFloor = 22;

/** The least size a drawing in characters is read at (CSS px): planning keeps one whole where it fits so, check reports one smaller. */
export const drawingFloor = 14;

/** The width a block of code's lines take unwrapped and the width they have (its lines' boxes: the block's scroll width leaves out its end padding). */
function widths(pre: HTMLElement): { room: number; wide: number } {
  const lines = [...pre.querySelectorAll<HTMLElement>('.line')];
  if (lines.length === 0) return { room: pre.clientWidth, wide: pre.scrollWidth + Number.parseFloat(getComputedStyle(pre).paddingRight) };
  return { room: lines[0]?.clientWidth ?? 0, wide: Math.max(...lines.map((l) => l.scrollWidth)) };
}

/**
 * Code whose lines wrap at its size but would all fit the width at the floor's (22 px): a type of its own just
 * small enough that none wraps (an aligned comment stays aligned). Code that would wrap even at the floor keeps its
 * size and wraps. Reads before writes: one layout for all the given slides.
 */
function fitCodeWidths(sections: HTMLElement[]): void {
  const blocks = sections.flatMap((s) => [...s.querySelectorAll<HTMLElement>('pre:not(.lectern-drawing):not(.lectern-drawn)')]);
  if (blocks.length === 0) return;
  for (const pre of blocks) pre.style.setProperty('white-space', 'pre');
  const measured = blocks.map((pre) => ({ pre, ...widths(pre), size: Number.parseFloat(getComputedStyle(pre).fontSize) }));
  for (const pre of blocks) {
    pre.style.removeProperty('white-space');
    if (pre.getAttribute('style') === '') pre.removeAttribute('style');
  }
  for (const { pre, room, wide, size } of measured) {
    if (!(wide > room + 1 && room > 0 && size > codeFloor)) continue;
    // The padding is in em too: the whole box scales with the type (measured again, a step smaller while a line is still too wide).
    let fitted = size * (room / wide) * 0.99;
    if (fitted < codeFloor) continue;
    pre.style.setProperty('white-space', 'pre');
    for (let k = 0; k < 6 && fitted >= codeFloor; k += 1) {
      pre.style.fontSize = `${fitted.toFixed(2)}px`;
      const now = widths(pre);
      if (now.wide <= now.room + 1) break;
      fitted *= 0.98;
    }
    pre.style.removeProperty('white-space');
    if (fitted < codeFloor) pre.style.removeProperty('font-size');
  }
}

/** A drawing (diagram.ts) may take its type this far down, as a picture is scaled: its lines never wrap. */
const minDrawingScale = 0.4;

/** Drawings wider than the slide: each gets a smaller type of its own, to fit the width (its lines cannot wrap). */
function fitDrawings(section: HTMLElement): void {
  for (const drawing of section.querySelectorAll<HTMLElement>('pre.lectern-drawing')) {
    const room = drawing.clientWidth;
    const wide = drawing.scrollWidth;
    if (!(wide > room + 1 && room > 0)) continue;
    const size = Number.parseFloat(getComputedStyle(drawing).fontSize);
    const scale = Math.max(minDrawingScale, (room / wide) * 0.97);
    drawing.style.fontSize = `${(size * scale).toFixed(2)}px`;
  }
}

/** Still too tall: its drawings take a smaller type, a step at a time, down to minDrawingScale of the code's. */
function shrinkDrawings(section: HTMLElement): void {
  const drawings = [...section.querySelectorAll<HTMLElement>('pre.lectern-drawing')];
  if (drawings.length === 0) return;
  const sizes = drawings.map((d) => Number.parseFloat(getComputedStyle(d).fontSize));
  for (let step = 0.92; overflows(section) && step > minDrawingScale - 0.01; step -= 0.06)
    drawings.forEach((d, k) => (d.style.fontSize = `${((sizes[k] ?? 16) * step).toFixed(2)}px`));
}

/**
 * Still too tall: code set to a size of its own to fit its width (fitCodeWidths), which the slide's smaller type does not
 * reach, takes a smaller one still, a step at a time, down to the readable floor (a listing of fifteen lines with one
 * long line ran 4 px past the slide at its own 23 px, with room for it at 22 px).
 */
function shrinkOwnCode(section: HTMLElement): void {
  const blocks = [...section.querySelectorAll<HTMLElement>('pre:not(.lectern-drawing):not(.lectern-drawn)')].filter((pre) => pre.style.fontSize !== '');
  const sizes = blocks.map((pre) => Number.parseFloat(pre.style.fontSize));
  for (let step = 0.98; overflows(section) && sizes.some((size) => size * (step + 0.02) > codeFloor); step -= 0.02)
    blocks.forEach((pre, k) => (pre.style.fontSize = `${Math.max(codeFloor, (sizes[k] ?? codeFloor) * step).toFixed(2)}px`));
}

/** Shrinks one slide's type until it fits; returns the scale it settled on. */
export function fitSlide(section: HTMLElement): number {
  section.style.removeProperty('--lectern-fit');
  section.removeAttribute('data-overflow');
  for (const sized of section.querySelectorAll<HTMLElement>(ownSizes)) sized.style.removeProperty('font-size');
  unbreakFormulas(section);
  for (const table of section.querySelectorAll('table.lectern-table-wrap')) table.classList.remove('lectern-table-wrap');
  fitCodeWidths([section]);
  if (!overflows(section)) return 1;
  fitFormulas(section);
  fitDrawings(section);
  if (!overflows(section)) return 1;
  let scale = shrink(section);
  // A table wider than the slide even in the smallest type breaks its words where it must, and the slide is fitted again.
  const body = section.querySelector<HTMLElement>('.slide-body');
  const wide = [...section.querySelectorAll<HTMLElement>('table:not(.lectern-table-wrap)')].filter(
    (t) => t.offsetWidth > (body?.clientWidth ?? section.clientWidth) + 1,
  );
  if (wide.length > 0 && overflows(section)) {
    for (const table of wide) table.classList.add('lectern-table-wrap');
    section.style.removeProperty('--lectern-fit');
    scale = overflows(section) ? shrink(section) : 1;
  }
  shrinkOwnCode(section);
  // Still too tall at the smallest type: its display formulas (a long align) take a smaller type of their own.
  const formulas = [...section.querySelectorAll<HTMLElement>('.katex-block')];
  for (let step = 0.92; formulas.length > 0 && overflows(section) && step > minFormulaScale - 0.01; step -= 0.08)
    for (const formula of formulas) {
      const own = Number.parseFloat(formula.style.fontSize || '1');
      formula.style.fontSize = `${Math.max(minFormulaScale, Math.min(own, step)).toFixed(3)}em`;
    }
  shrinkDrawings(section);
  if (overflows(section)) section.setAttribute('data-overflow', 'true');
  return scale;
}

/** The largest type scale, down to minScale, at which the slide fits (minScale when none does). */
function shrink(section: HTMLElement): number {
  let low = minScale;
  let high = 1;
  for (let i = 0; i < 6; i += 1) {
    const mid = (low + high) / 2;
    section.style.setProperty('--lectern-fit', mid.toFixed(3));
    if (overflows(section)) high = mid;
    else low = mid;
  }
  section.style.setProperty('--lectern-fit', low.toFixed(3));
  return low;
}

/**
 * Fits every slide. Reads come before writes: one pass clears earlier fits,
 * one pass measures them all (a single layout), and only the slides that
 * overflow are fitted one by one. Hidden slides (reveal.js shows only those
 * near the current one) are shown for the moment it takes to measure them.
 */
export function fitAll(sections: HTMLElement[]): void {
  const hidden = sections.filter((s) => getComputedStyle(s).display === 'none');
  for (const s of hidden) s.style.setProperty('display', 'flex', 'important');
  for (const s of sections) {
    if (s.style.getPropertyValue('--lectern-fit') !== '') s.style.removeProperty('--lectern-fit');
    for (const sized of s.querySelectorAll<HTMLElement>(ownSizes)) sized.style.removeProperty('font-size');
    unbreakFormulas(s);
    s.removeAttribute('data-overflow');
  }
  fitCodeWidths(sections);
  const tooFull = sections.filter(overflows);
  for (const s of tooFull) fitSlide(s);
  for (const s of hidden) s.style.removeProperty('display');
}
