// A handout's slide pictures, drawn from the slides PDF. Printing a handout
// lays out and paints every slide a second time, at the picture's size: at 200
// slides that was half the time of the whole build. When the slides PDF is
// printed too, the handout prints from print.html?pictures=later instead (its
// text, each frame empty under a link to lectern-picture:<index> and a figure
// whose alternative text is the slide's, see client/print.ts), on a second
// page at the same time as the slides. Each marked frame then gets the slide's
// page of the slides PDF as a form XObject, scaled into the frame and drawn
// inside the figure's marked content, where Chromium painted the figure's box
// (pdf-content.ts finds it): in reading order, under the frame's clip. The
// slide's links are placed over it. The objects of the slides PDF that a page
// uses (fonts, images, patterns) are copied once per handout, renumbered.
//
// Like pdf-finish.ts this reads files with one classic cross-reference table
// (Chromium's prints) without parsing them into objects, and writes one again,
// so that pdf-finish.ts finishes the result as it finishes any print. Anything
// it cannot follow gives null: the caller prints the handout whole instead.
import { deflateSync, inflateSync } from 'node:zlib';
import { pictureLink } from '../client/api.ts';
import { figureSpots, inverse, times, type FigureSpot, type Matrix } from './pdf-content.ts';
import { isDelimiter, isSpace, readClassic, refNumber, streamObject, Syntax, valueAt, valueOf, type ClassicPdf } from './pdf-finish.ts';

/** The items of the array written `text`. */
function items(text: string): string[] {
  const syntax = new Syntax(text);
  let j = syntax.skip(0);
  if (text[j] !== '[') throw new Error('not an array');
  const out: string[] = [];
  j = syntax.skip(j + 1);
  while (text[j] !== ']') {
    if (j >= text.length) throw new Error('unterminated array');
    const end = syntax.end(j);
    out.push(text.slice(j, end));
    j = syntax.skip(end);
  }
  return out;
}

const numbers = (text: string): number[] =>
  items(text).map((item) => {
    const n = Number(item);
    if (!Number.isFinite(n)) throw new Error(`not a number: ${item}`);
    return n;
  });

/** The value written `text`, or the object it refers to. */
const resolved = (pdf: ClassicPdf, text: string): string => {
  const n = refNumber(text.trim());
  return n === null ? text : valueOf(pdf, n);
};

const entry = (entries: [string, string][], key: string): string | undefined => entries.find(([k]) => k === key)?.[1];

/** The entries of the dictionary written `text` (or referred to by it). */
const dictOf = (pdf: ClassicPdf, text: string): [string, string][] => new Syntax(resolved(pdf, text)).entries(0);

/** A dictionary written from its entries. */
const dictText = (entries: [string, string][]): string => `<<${entries.map(([k, v]) => `${k} ${v}`).join('\n')}>>`;

/** The references to a page's content streams: its /Contents, one reference or an array of them. */
function contentRefs(pdf: ClassicPdf, page: [string, string][]): string[] {
  const text = entry(page, '/Contents');
  if (text === undefined) return [];
  const value = resolved(pdf, text);
  return value.trim().startsWith('[') ? items(value) : [text.trim()];
}

/** The resources written `text` (or referred to by it), with the XObjects `added` (name and reference) among them. */
function withXObjects(pdf: ClassicPdf, text: string, added: [string, string][]): string {
  const resources = dictOf(pdf, text);
  const xobjects = entry(resources, '/XObject');
  return dictText([
    ...resources.filter(([k]) => k !== '/XObject'),
    ['/XObject', dictText([...(xobjects === undefined ? [] : dictOf(pdf, xobjects)), ...added])],
  ]);
}

/** The page objects of `pdf`, in order. */
function pageObjects(pdf: ClassicPdf): number[] {
  const catalog = pdf.syntax.entries(valueAt(pdf, pdf.root));
  const out: number[] = [];
  const walk = (n: number, depth: number): void => {
    if (depth > 32) throw new Error('the page tree is too deep');
    const node = pdf.syntax.entries(valueAt(pdf, n));
    const kids = entry(node, '/Kids');
    if (kids === undefined) {
      out.push(n);
      return;
    }
    for (const kid of items(resolved(pdf, kids))) {
      const k = refNumber(kid);
      if (k === null) throw new Error('a page is not an object of its own');
      walk(k, depth + 1);
    }
  };
  const root = refNumber(entry(catalog, '/Pages'));
  if (root === null) throw new Error('no page tree');
  walk(root, 0);
  return out;
}

/** The stream of object `n`: its dictionary's entries and its bytes as written (still encoded). */
function streamOf(pdf: ClassicPdf, n: number): { entries: [string, string][]; dict: string; data: Buffer } {
  const { syntax } = pdf;
  const start = syntax.skip(valueAt(pdf, n));
  const end = syntax.end(start);
  const dict = syntax.s.slice(start, end);
  const keyword = syntax.skip(end);
  if (!syntax.s.startsWith('stream', keyword)) throw new Error(`object ${n} is not a stream`);
  let from = keyword + 'stream'.length;
  if (syntax.s[from] === '\r') from += 1;
  if (syntax.s[from] === '\n') from += 1;
  const entries = new Syntax(dict).entries(0);
  const length = Number(resolved(pdf, entry(entries, '/Length') ?? ''));
  if (!Number.isInteger(length) || length < 0) throw new Error(`object ${n} has no length`);
  return { entries, dict, data: pdf.buffer.subarray(from, from + length) };
}

/** A stream's decoded bytes: unfiltered or Flate only (what Chromium writes). */
function decoded(stream: { entries: [string, string][]; data: Buffer }): Buffer {
  const filter = entry(stream.entries, '/Filter')?.trim();
  if (filter === undefined) return stream.data;
  if ((filter === '/FlateDecode' || filter === '[/FlateDecode]') && entry(stream.entries, '/DecodeParms') === undefined) return inflateSync(stream.data);
  throw new Error(`a content stream filtered with ${filter}`);
}

/** A number as a content stream writes it: no exponent, five decimals at most. */
const num = (n: number): string => String(Number(n.toFixed(5)));

/** Copies objects of `from` (and all they refer to) into the file being written, each once, with numbers from `reserve`. */
class Copier {
  private readonly numbers = new Map<number, number>();

  constructor(
    private readonly from: ClassicPdf,
    private readonly reserve: () => number,
    private readonly out: Buffer[],
  ) {}

  /** The number of object `n`'s copy. */
  ref(n: number): number {
    const known = this.numbers.get(n);
    if (known !== undefined) return known;
    const to = this.reserve();
    this.numbers.set(n, to);
    const { syntax } = this.from;
    const start = syntax.skip(valueAt(this.from, n));
    const end = syntax.end(start);
    const value = syntax.s.slice(start, end);
    // A page's resources lead to fonts, pictures and patterns; never back to a page or the page tree.
    if (/\/Type\s*\/(?:Pages?|Catalog)\b/u.test(value)) throw new Error(`object ${n} is a page or the page tree`);
    if (syntax.s.startsWith('stream', syntax.skip(end))) {
      const stream = streamOf(this.from, n);
      this.out.push(streamObject(to, this.rewrite(stream.dict), stream.data));
    } else this.out.push(Buffer.from(`${to} 0 obj\n${this.rewrite(value)}\nendobj\n`, 'latin1'));
    return to;
  }

  /** `text` (a value) with each reference pointing at its object's copy. */
  rewrite(text: string): string {
    const syntax = new Syntax(text);
    const reference = /(\d+)\s+(\d+)\s+R(?![^\s()<>[\]{}/%])/uy;
    let out = '';
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if ((c === 0x3c || c === 0x3e) && text.charCodeAt(i + 1) === c) {
        out += text.slice(i, i + 2);
        i += 2;
        continue;
      }
      // Strings and names are copied whole: a reference is never read inside them.
      if (c === 0x28 || (c === 0x3c && text.charCodeAt(i + 1) !== 0x3c) || c === 0x2f) {
        const end = syntax.end(i);
        out += text.slice(i, end);
        i = end;
        continue;
      }
      if (c >= 0x30 && c <= 0x39 && (i === 0 || isSpace(text.charCodeAt(i - 1)) || isDelimiter(text.charCodeAt(i - 1)))) {
        reference.lastIndex = i;
        const m = reference.exec(text);
        if (m) {
          out += `${this.ref(Number(m[1]))} 0 R`;
          i = reference.lastIndex;
          continue;
        }
      }
      out += text[i];
      i += 1;
    }
    return out;
  }
}

/** A slide's page, as a form XObject in the handout. */
interface SlideForm {
  n: number;
  box: [number, number, number, number];
  /** Its links: where on the page, and the action or destination as written. */
  links: { rect: number[]; target: string }[];
}

/** The slide page's links that still lead somewhere from a handout: to an address (URI) or to a named destination. */
function slideLinks(pdf: ClassicPdf, page: [string, string][]): SlideForm['links'] {
  const annots = entry(page, '/Annots');
  if (annots === undefined) return [];
  const links: SlideForm['links'] = [];
  for (const item of items(resolved(pdf, annots))) {
    const annot = dictOf(pdf, item);
    if (entry(annot, '/Subtype')?.trim() !== '/Link') continue;
    const rect = numbers(resolved(pdf, entry(annot, '/Rect') ?? '[]'));
    const dest = entry(annot, '/Dest')?.trim();
    const action = entry(annot, '/A');
    if (rect.length !== 4) continue;
    if (dest && (dest.startsWith('/') || dest.startsWith('(') || dest.startsWith('<'))) links.push({ rect, target: `/Dest ${dest}` });
    else if (action) {
      const a = dictOf(pdf, action);
      const uri = entry(a, '/URI');
      if (entry(a, '/S')?.trim() === '/URI' && uri && /^(?:\(|<[^<])/u.test(uri.trim())) links.push({ rect, target: `/A <</S /URI\n/URI ${uri.trim()}>>` });
    }
  }
  return links;
}

type Box = [number, number, number, number];

/** A slide picture to draw on a page: its form's name and number, the mark's box, and the matrix that puts the slide's page there. */
interface Placed {
  name: string;
  form: number;
  /** The slide's page box, and the mark's. */
  box: Box;
  rect: Box;
  place: Matrix;
}

const matrixText = (m: Matrix): string => m.map(num).join(' ');

/** A picture drawn after the page's own content (which then runs inside q ... Q): an artifact, out of the reading order. */
const drawnAtEnd = (p: Placed): string => `/Artifact BMC q ${matrixText(p.place)} cm ${p.name} Do Q EMC`;

/**
 * The figures of a page, in the order they were painted: print.js's role=img
 * element over each frame, which Chromium tags as a figure and, being
 * translucent (opacity 0.999), paints as a transparency group of its own, a
 * form XObject holding the figure's marked content and its box. Each is found
 * by its name on the page (Skia numbers them as it paints) and read whole.
 */
function figureForms(pdf: ClassicPdf, page: [string, string][]): { n: number; entries: [string, string][]; text: string; spot: FigureSpot }[] {
  const resources = dictOf(pdf, entry(page, '/Resources') ?? '<<>>');
  const xobjects = entry(resources, '/XObject');
  if (xobjects === undefined) return [];
  const order = (name: string): number => Number(/\d+$/u.exec(name)?.[0] ?? Number.NaN);
  const out: ReturnType<typeof figureForms> = [];
  for (const [, ref] of dictOf(pdf, xobjects).sort((a, b) => order(a[0]) - order(b[0]))) {
    const n = refNumber(ref.trim());
    if (n === null) continue;
    const stream = streamOf(pdf, n);
    if (entry(stream.entries, '/Subtype')?.trim() !== '/Form' || stream.data.length > 4096) continue;
    const text = decoded(stream).toString('latin1');
    const [spot, more] = figureSpots(text);
    if (spot && !more) out.push({ n, entries: stream.entries, text, spot });
  }
  return out;
}

/**
 * Each picture drawn inside its figure's form, just after the figure paints its
 * box: the figure's content, in the page's reading order, under the frame's
 * clip. The forms rewritten, by number; null when the page's figures are not
 * one per mark (the pictures are then drawn after the page's content).
 */
function drawnInFigures(pdf: ClassicPdf, page: [string, string][], placed: Placed[]): Map<number, Buffer> | null {
  const forms = figureForms(pdf, page);
  const ratio = (b: Box): number => (b[2] - b[0]) / (b[3] - b[1]);
  // As many figures as marks, each the shape of its mark (the order pairs them).
  if (forms.length !== placed.length || forms.some((f, k) => Math.abs(ratio(f.spot.box) / ratio((placed[k] as Placed).rect) - 1) > 0.02)) return null;
  const out = new Map<number, Buffer>();
  forms.forEach((form, k) => {
    const p = placed[k] as Placed;
    const [x0, y0, x1, y1] = p.box;
    const [bx0, by0, bx1, by1] = form.spot.box;
    const sx = (bx1 - bx0) / (x1 - x0);
    const sy = (by1 - by0) / (y1 - y0);
    // Skia draws in device space, y downwards: the group's space is, so the slide's page (y upwards) is turned over.
    const inForm: Matrix = [sx, 0, 0, -sy, bx0 - sx * x0, by1 + sy * y0];
    const { at, ctm } = form.spot;
    const text = `${form.text.slice(0, at)}\nq ${matrixText(times(inForm, inverse(ctm)))} cm ${p.name} Do Q\n${form.text.slice(at)}`;
    const resources = withXObjects(pdf, entry(form.entries, '/Resources') ?? '<<>>', [[p.name, `${p.form} 0 R`]]);
    const kept = form.entries.filter(([key]) => !['/Resources', '/Length', '/Filter', '/DecodeParms'].includes(key));
    const data = deflateSync(Buffer.from(text, 'latin1'));
    out.set(form.n, streamObject(form.n, dictText([...kept, ['/Resources', resources], ['/Filter', '/FlateDecode'], ['/Length', String(data.length)]]), data));
  });
  return out;
}

/** A slide's page as the handouts draw it: its box, its content (its marked content untied), its resources and links. */
interface SlidePage {
  box: Box;
  data: Buffer;
  resources: string;
  links: SlideForm['links'];
}

/** The slides PDF read for the handouts: its pages, each read when first drawn and kept for the next handout. */
export interface SlidesPdf {
  pdf: ClassicPdf;
  pages: number[];
  read: Map<number, SlidePage>;
}

/**
 * The slides PDF (Chromium's print, a page per slide) read for fillPictures, its pages' content made ready, so that this
 * can run while a handout still prints. Null where it is not of the shape this reads.
 */
export function readSlidesPdf(slides: Uint8Array): SlidesPdf | null {
  try {
    const pdf = readClassic(slides);
    if (!pdf) return null;
    const out: SlidesPdf = { pdf, pages: pageObjects(pdf), read: new Map() };
    out.pages.forEach((_, i) => slidePage(out, i));
    return out;
  } catch {
    return null;
  }
}

/** Page `index` of the slides PDF, read (once). */
function slidePage(slides: SlidesPdf, index: number): SlidePage {
  const known = slides.read.get(index);
  if (known) return known;
  const { pdf } = slides;
  const page = slides.pages[index];
  if (page === undefined) throw new Error(`no slide page ${index + 1}`);
  const dict = pdf.syntax.entries(valueAt(pdf, page));
  const box = numbers(resolved(pdf, entry(dict, '/MediaBox') ?? '[]'));
  if (box.length !== 4) throw new Error('a slide page without its own MediaBox');
  const streams = contentRefs(pdf, dict).map((ref) => {
    const n = refNumber(ref.trim());
    if (n === null) throw new Error('a content stream is not an object of its own');
    return streamOf(pdf, n);
  });
  // The page's streams as one, its marked content no longer tied to the slides PDF's structure (the picture is the
  // handout's figure: what it shows is not tagged again inside it).
  const content = Buffer.concat(streams.flatMap((s) => [decoded(s), Buffer.from('\n')])).toString('latin1');
  const data = deflateSync(Buffer.from(content.replace(/(\/[^\s/<>[\]()]+)\s*<<\s*\/MCID\s+\d+\s*>>\s*BDC/gu, '$1 BMC'), 'latin1'));
  const read: SlidePage = { box: box as Box, data, resources: resolved(pdf, entry(dict, '/Resources') ?? '<<>>'), links: slideLinks(pdf, dict) };
  slides.read.set(index, read);
  return read;
}

/**
 * The handout `handout` (Chromium's print of print.html?pictures=later) with
 * each frame marked lectern-picture:<i> filled with page i of `slides`
 * (Chromium's print of the slides PDF, a page per slide, or readSlidesPdf's reading
 * of it). Null when a file is not of the shape this reads, or when the marks
 * are not exactly one per slide page: the caller then prints the handout whole.
 */
export function fillPictures(handout: Uint8Array, slides: Uint8Array | SlidesPdf | null): Uint8Array | null {
  try {
    const target = readClassic(handout);
    const source = slides instanceof Uint8Array ? readSlidesPdf(slides) : slides;
    if (!target || !source) return null;
    const slidePages = source.pages;
    let next = target.size;
    const reserve = (): number => next++;
    const added: Buffer[] = [];
    const copier = new Copier(source.pdf, reserve, added);
    const forms = new Map<number, SlideForm>();
    const formOf = (index: number): SlideForm => {
      const known = forms.get(index);
      if (known) return known;
      const page = slidePage(source, index);
      const n = reserve();
      added.push(
        streamObject(
          n,
          `<</Type /XObject\n/Subtype /Form\n/BBox [${page.box.map(num).join(' ')}]\n/Resources ${copier.rewrite(page.resources)}\n/Filter /FlateDecode\n/Length ${page.data.length}>>`,
          page.data,
        ),
      );
      const form: SlideForm = { n, box: page.box, links: page.links };
      forms.set(index, form);
      return form;
    };
    const changed = new Map<number, Buffer>();
    // A page whose pictures are drawn after its content runs its own inside q ... Q, so that they are drawn in the
    // page's default space: this stream opens it.
    let save: number | null = null;
    const opening = (): number => {
      if (save === null) {
        save = reserve();
        added.push(streamObject(save, '<</Length 2>>', Buffer.from('q\n', 'latin1')));
      }
      return save;
    };
    let marks = 0;
    for (const page of pageObjects(target)) {
      const dict = target.syntax.entries(valueAt(target, page));
      const annots = entry(dict, '/Annots');
      if (annots === undefined) continue;
      const kept: string[] = [];
      const placed: Placed[] = [];
      for (const item of items(resolved(target, annots))) {
        const annot = dictOf(target, item);
        const action = entry(annot, '/A');
        const uri = action === undefined ? undefined : entry(dictOf(target, action), '/URI')?.trim();
        const mark = uri === undefined ? null : new RegExp(`^\\(${pictureLink}(\\d+)\\)$`, 'u').exec(uri);
        if (!mark) {
          kept.push(item);
          continue;
        }
        marks += 1;
        const index = Number(mark[1]);
        const form = formOf(index);
        const [a, b, c, d] = numbers(resolved(target, entry(annot, '/Rect') ?? '[]'));
        if (a === undefined || b === undefined || c === undefined || d === undefined) throw new Error('a mark without its place');
        const rect: Box = [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
        const [x0, y0, x1, y1] = form.box;
        const sx = (rect[2] - rect[0]) / (x1 - x0);
        const sy = (rect[3] - rect[1]) / (y1 - y0);
        const place: Matrix = [sx, 0, 0, sy, rect[0] - sx * x0, rect[1] - sy * y0];
        placed.push({ name: `/LecternSlide${index}`, form: form.n, box: form.box, rect, place });
        for (const link of form.links) {
          const [lx0 = 0, ly0 = 0, lx1 = 0, ly1 = 0] = link.rect;
          const at = (x: number, y: number): string => `${num(x * place[0] + place[4])} ${num(y * place[3] + place[5])}`;
          const n = reserve();
          added.push(
            Buffer.from(
              `${n} 0 obj\n<</Type /Annot\n/Subtype /Link\n/F 4\n/Border [0 0 0]\n/Rect [${at(lx0, ly0)} ${at(lx1, ly1)}]\n${link.target}>>\nendobj\n`,
              'latin1',
            ),
          );
          kept.push(`${n} 0 R`);
        }
      }
      if (placed.length === 0) continue;
      const replaced: Record<string, string> = { '/Annots': `[${kept.join(' ')}]` };
      const inFigures = drawnInFigures(target, dict, placed);
      if (inFigures) for (const [n, chunk] of inFigures) changed.set(n, chunk);
      else {
        // Drawn after the page's own content, in the page's default space.
        const drawing = reserve();
        const data = deflateSync(Buffer.from(`Q\n${placed.map(drawnAtEnd).join('\n')}\n`, 'latin1'));
        added.push(streamObject(drawing, `<</Filter /FlateDecode\n/Length ${data.length}>>`, data));
        replaced['/Resources'] = withXObjects(
          target,
          entry(dict, '/Resources') ?? '<<>>',
          placed.map((p): [string, string] => [p.name, `${p.form} 0 R`]),
        );
        replaced['/Contents'] = `[${[`${opening()} 0 R`, ...contentRefs(target, dict), `${drawing} 0 R`].join(' ')}]`;
      }
      const rest = dict.filter(([k]) => !(k in replaced));
      changed.set(page, Buffer.from(`${page} 0 obj\n${dictText([...rest, ...Object.entries(replaced)])}\nendobj\n`, 'latin1'));
    }
    if (marks !== slidePages.length || forms.size !== slidePages.length) return null;
    return classicFile(target, changed, added, next);
  } catch {
    return null;
  }
}

/** `pdf` written again with one classic cross-reference table: its objects as they were (or as `changed` writes them whole), then `added`. */
function classicFile(pdf: ClassicPdf, changed: Map<number, Buffer>, added: Buffer[], size: number): Uint8Array {
  const first = pdf.objects[0]?.from ?? 0;
  const chunks: Buffer[] = [pdf.buffer.subarray(0, first)];
  let length = first;
  const table = new Map<number, { offset: number; generation: number }>();
  const write = (n: number, chunk: Buffer, generation = 0): void => {
    table.set(n, { offset: length, generation });
    chunks.push(chunk);
    length += chunk.length;
  };
  for (const object of pdf.objects) write(object.n, changed.get(object.n) ?? pdf.buffer.subarray(object.from, object.to), object.generation);
  for (const chunk of added) write(Number(/^\d+/u.exec(chunk.toString('latin1', 0, 12))?.[0]), chunk);
  const rows = [`xref\n0 ${size}\n`];
  for (let n = 0; n < size; n += 1) {
    const at = table.get(n);
    rows.push(
      at ? `${String(at.offset).padStart(10, '0')} ${String(at.generation).padStart(5, '0')} n\r\n` : `0000000000 ${n === 0 ? '65535' : '00000'} f\r\n`,
    );
  }
  const info = pdf.info === null ? '' : `\n/Info ${pdf.info} 0 R`;
  rows.push(`trailer\n<</Size ${size}\n/Root ${pdf.root} 0 R${info}>>\nstartxref\n${length}\n%%EOF\n`);
  chunks.push(Buffer.from(rows.join(''), 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}
