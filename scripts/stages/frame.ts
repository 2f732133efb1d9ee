// The slide's frame: its size in CSS pixels, declared once by the theme
// (--lectern-slide-width and --lectern-slide-height in theme/variables.css)
// and changed by a custom stylesheet that sets them. The HTML deck, the print
// page, the PDFs and the pictures all follow it.
import { inputError } from '../errors.ts';

export interface Frame {
  width: number;
  height: number;
}

/** The theme's own frame (16:9). */
export const defaultFrame: Frame = { width: 1280, height: 720 };

const limits = { min: 320, max: 4096 };

/** The last value a stylesheet gives a custom property, as written (null when it gives none). */
export function lastValue(css: string, property: string): string | null {
  const pattern = new RegExp(`${property}\\s*:\\s*([^;}]+)`, 'gu');
  let value: string | null = null;
  for (const match of css.replace(/\/\*[\s\S]*?\*\//gu, '').matchAll(pattern)) value = (match[1] ?? '').trim();
  return value;
}

/** The last value a stylesheet gives a custom property, in px (null when it gives none). */
function lastPx(css: string, property: string, file: string): number | null {
  const value = lastValue(css, property);
  if (value === null) return null;
  const px = /^(\d+(?:\.\d+)?)px$/u.exec(value);
  const n = px ? Number(px[1]) : NaN;
  if (!(n >= limits.min && n <= limits.max)) {
    throw inputError(
      `${file}: ${property} must be a size in px from ${limits.min} to ${limits.max}, not "${value}"`,
      `Write it as a pixel size, e.g. ${property}: 1024px`,
    );
  }
  return n;
}

/**
 * The frame the stylesheets declare, read in order (the theme's first, a
 * custom one after): the last width and height set win.
 */
export function frameFromCss(sheets: { file: string; css: string }[]): Frame {
  let frame = defaultFrame;
  for (const { file, css } of sheets) {
    const width = lastPx(css, '--lectern-slide-width', file);
    const height = lastPx(css, '--lectern-slide-height', file);
    frame = { width: width ?? frame.width, height: height ?? frame.height };
  }
  return frame;
}

/** What lectern reads from the theme's tokens: the slide's frame and the colour of a handout's header and footer. */
export interface ThemeTokens {
  frame: Frame;
  /** --lectern-paper-muted, as a literal colour (stages/handout-furniture.ts). */
  furniture: string;
}

export const sameFrame = (a: Frame, b: Frame): boolean => a.width === b.width && a.height === b.height;
