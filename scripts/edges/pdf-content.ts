// Reading a page's content stream, as far as pdf-pictures.ts needs it: where
// each tagged figure paints its box, the transformation matrix in force there,
// and that box. Only the operators that matter are read (q, Q, cm, re, the
// marked-content and path-painting operators); text objects are skipped whole,
// since no graphics-state operator may appear in one. Chromium writes text as
// hexadecimal strings, so an operator's name inside a literal string is not
// looked for; should one mislead this reader, the box found does not match the
// mark's and the caller draws the picture another way.

export type Matrix = [number, number, number, number, number, number];

/** m then n, as PDF composes them (cm m with n current gives m × n). */
export const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

export function inverse(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2];
  if (Math.abs(det) < 1e-12) throw new Error('a matrix without an inverse');
  return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det, (m[2] * m[5] - m[3] * m[4]) / det, (m[1] * m[4] - m[0] * m[5]) / det];
}

/**
 * Where a tagged figure paints its box: just after it fills the rectangle, so
 * that what is drawn there is the figure's content, under its clip (the
 * frame's, rounded corners and all) and `ctm`, the matrix in force there.
 */
export interface FigureSpot {
  at: number;
  ctm: Matrix;
  /** The rectangle it painted, in the page's default space: [x0, y0, x1, y1]. */
  box: [number, number, number, number];
}

/** The operators read, each as a word of its own (Chromium writes ">>BDC" with no space between). */
const operator = /(?<=^|[\s\]>)])(BT|q|Q|cm|re|BDC|BMC|EMC|f\*?|F|B\*?|b\*?|S|s|n)(?=[\s[(</]|$)/gu;
const textEnd = /(?<=\s)ET(?=\s|$)/gu;

/** The last `count` numbers written before `at`. */
function operands(text: string, at: number, count: number): number[] | null {
  const words = text
    .slice(Math.max(0, at - 24 * count), at)
    .trim()
    .split(/\s+/u)
    .slice(-count)
    .map(Number);
  return words.length === count && words.every(Number.isFinite) ? words : null;
}

/** Each figure (a sequence tagged /Figure with an MCID) of a content stream that paints a rectangle, at its first. */
export function figureSpots(text: string): FigureSpot[] {
  const spots: FigureSpot[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  // The open marked-content sequences: whether each is a figure still to be found.
  const open: boolean[] = [];
  let rect: [number, number, number, number] | null = null;
  operator.lastIndex = 0;
  for (let m = operator.exec(text); m; m = operator.exec(text)) {
    const op = m[1];
    switch (op) {
      case 'BT':
        textEnd.lastIndex = operator.lastIndex;
        if (!textEnd.exec(text)) return spots;
        operator.lastIndex = textEnd.lastIndex;
        break;
      case 'q':
        saved.push(ctm);
        break;
      case 'Q':
        ctm = saved.pop() ?? ctm;
        break;
      case 'cm': {
        const m6 = operands(text, m.index, 6);
        if (m6) ctm = times(m6 as Matrix, ctm);
        break;
      }
      case 'BDC':
      case 'BMC':
        open.push(op === 'BDC' && /\/Figure\s*<<[^<>]*\/MCID\s+\d+[^<>]*>>\s*$/u.test(text.slice(Math.max(0, m.index - 160), m.index)));
        rect = null;
        break;
      case 'EMC':
        open.pop();
        break;
      case 're': {
        const r = open.at(-1) === true ? operands(text, m.index, 4) : null;
        if (r) {
          const [x = 0, y = 0, w = 0, h = 0] = r;
          const points = [x, x + w].flatMap((px) => [y, y + h].map((py) => [px * ctm[0] + py * ctm[2] + ctm[4], px * ctm[1] + py * ctm[3] + ctm[5]] as const));
          const xs = points.map((p) => p[0]);
          const ys = points.map((p) => p[1]);
          rect = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
        }
        break;
      }
      default:
        if (op !== 'n' && rect && open.at(-1) === true) {
          spots.push({ at: operator.lastIndex, ctm, box: rect });
          open[open.length - 1] = false;
        }
        rect = null;
    }
  }
  return spots;
}
