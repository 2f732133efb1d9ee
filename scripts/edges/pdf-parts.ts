// A large deck prints in parts (Chromium's time to print grows with the square
// of the pages in one print); this joins the parts' PDFs into one with pdf-lib
// and keeps what Chromium wrote into each: the pages, the tagged structure
// (one Document element), named destinations, and links, including links from
// one part to a slide in another (the print page points those at
// outOfPartLink; here they become links to the slide's destination again).
// Handouts printed in parts get their page numbers stamped afterwards, from
// pages printed with the numbers as text (stages/handout-furniture.ts).
// printInParts is the one way in: pdf.ts prints each PDF through it, whole or
// in parts; the printer's `print` (from, to) and the print page's showSlides
// are what it asks of the browser.
import { createHash } from 'node:crypto';
import type { PDFArray, PDFDict, PDFDocument, PDFName as PdfName, PDFObject, PDFPage, PDFPageLeaf, PDFRef } from 'pdf-lib';
import { outOfPartLink, type PrintMode } from '../client/api.ts';
import { footerPages } from '../stages/handout-furniture.ts';
import { browserFailure } from './browser.ts';
import type { PdfOptions, PrintSettings } from './printer-protocol.ts';

type PdfLib = typeof import('pdf-lib');

interface NumberTreeEntry {
  key: number;
  value: PDFObject;
}

/** The entries of a number tree (the structure's ParentTree), in key order. */
function numberTree(lib: PdfLib, doc: PDFDocument, node: PDFDict | undefined): NumberTreeEntry[] {
  const { PDFArray, PDFDict, PDFName, PDFNumber } = lib;
  if (!node) return [];
  const out: NumberTreeEntry[] = [];
  const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
    const key = nums.lookup(i);
    if (key instanceof PDFNumber) out.push({ key: key.asNumber(), value: nums.get(i + 1) });
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i += 1) out.push(...numberTree(lib, doc, kids.lookupMaybe(i, PDFDict)));
  return out.sort((a, b) => a.key - b.key);
}

interface Structure {
  root: PDFDict;
  rootRef: PDFRef;
  /** The Document element that every part's content hangs from (the root itself when there is none). */
  top: PDFDict;
  topRef: PDFRef;
}

function structure(lib: PdfLib, doc: PDFDocument): Structure | null {
  const { PDFDict, PDFName, PDFRef } = lib;
  const rootRef = doc.catalog.get(PDFName.of('StructTreeRoot'));
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!(rootRef instanceof PDFRef) || !root) return null;
  const topRef = root.get(PDFName.of('K'));
  const top = root.lookupMaybe(PDFName.of('K'), PDFDict);
  if (topRef instanceof PDFRef && top && top.get(PDFName.of('S'))?.toString() === '/Document') return { root, rootRef, top, topRef };
  return { root, rootRef, top: root, topRef: rootRef };
}

/** The children of a structure element, as an array (K may hold one child or none). */
function kids(lib: PdfLib, doc: PDFDocument, element: PDFDict): PDFArray {
  const { PDFArray, PDFName } = lib;
  const k = element.get(PDFName.of('K'));
  if (k instanceof PDFArray) return k;
  const array = doc.context.obj([]);
  if (k) array.push(k);
  element.set(PDFName.of('K'), array);
  return array;
}

function destinations(lib: PdfLib, doc: PDFDocument): PDFDict {
  const { PDFDict, PDFName } = lib;
  const existing = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (existing) return existing;
  const dests = doc.context.obj({});
  doc.catalog.set(PDFName.of('Dests'), doc.context.register(dests));
  return dests;
}

/** Appends the pages of `part` to `doc`, with their structure, destinations and links. */
function appendPart(lib: PdfLib, doc: PDFDocument, part: PDFDocument, tree: NumberTreeEntry[]): void {
  const { PDFArray, PDFDict, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFRef } = lib;
  const copier = PDFObjectCopier.for(part.context, doc.context);
  const target = structure(lib, doc);
  const source = structure(lib, part);
  // The part's top-level structure elements are to hang from the joined
  // document's own Document element. Their link to their parent is taken off
  // before anything is copied, so that no copy reaches the part's root and
  // Document element (every other element leads up to one of these), and set
  // to the joined document's after. The part is read for this join only.
  const from = target && source ? kids(lib, part, source.top) : null;
  for (let i = 0; from && i < from.size(); i += 1) from.lookupMaybe(i, PDFDict)?.delete(PDFName.of('P'));
  // Keys of the part's ParentTree move past the keys in use (pages and
  // annotations point into it with StructParents / StructParent).
  const shift = tree.length === 0 ? 0 : (tree[tree.length - 1] as NumberTreeEntry).key + 1;
  const shifted = (dict: PDFDict, key: string): void => {
    const value = dict.lookupMaybe(PDFName.of(key), PDFNumber);
    if (value) dict.set(PDFName.of(key), PDFNumber.of(value.asNumber() + shift));
  };
  for (const page of part.getPages()) {
    const ref = copier.copy<PDFRef>(page.ref);
    const leaf = doc.context.lookup(ref) as PDFPageLeaf;
    shifted(leaf, 'StructParents');
    const annots = leaf.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i += 1) {
      const annot = annots.lookupMaybe(i, PDFDict);
      if (annot) shifted(annot, 'StructParent');
    }
    doc.addPage(PDFPage.of(leaf, ref, doc));
  }
  if (target && source && from) {
    const parentTree = source.root.lookupMaybe(PDFName.of('ParentTree'), PDFDict);
    for (const { key, value } of numberTree(lib, part, parentTree)) tree.push({ key: key + shift, value: copier.copy(value) });
    const into = kids(lib, doc, target.top);
    for (let i = 0; i < from.size(); i += 1) {
      const copy = copier.copy(from.get(i));
      into.push(copy);
      (copy instanceof PDFRef ? doc.context.lookupMaybe(copy, PDFDict) : copy instanceof PDFDict ? copy : undefined)?.set(PDFName.of('P'), target.topRef);
    }
  }
  const dests = destinations(lib, doc);
  const partDests = part.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of partDests?.entries() ?? []) dests.set(name, copier.copy(value));
}

/**
 * The element id a destination of Chromium's is named after. Chromium names
 * it by the link's fragment as a URL has it (percent-encoded: 传 is %E4%BC%A0),
 * written as a PDF name (#xx escapes for special bytes).
 */
export function decodeName(name: string): string {
  const fragment = decodePdfName(name);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function decodePdfName(name: string): string {
  const raw = name.replace(/^\//u, '');
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    if (raw[i] === '#' && /^[0-9a-f]{2}$/iu.test(raw.slice(i + 1, i + 3))) {
      bytes.push(parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(raw.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Links the print page pointed at outOfPartLink go to their slide's destination (or are dropped). */
function relink(lib: PdfLib, doc: PDFDocument): void {
  const { PDFArray, PDFDict, PDFHexString, PDFName, PDFString } = lib;
  const byId = new Map<string, PdfName>();
  for (const [name] of destinations(lib, doc).entries()) byId.set(decodeName(name.asString()), name);
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = annots ? annots.size() - 1 : -1; annots && i >= 0; i -= 1) {
      const annot = annots.lookupMaybe(i, PDFDict);
      const uri = annot?.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'));
      const text = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : '';
      if (!annot || !text.startsWith(outOfPartLink)) continue;
      let id = text.slice(outOfPartLink.length);
      try {
        id = decodeURIComponent(id);
      } catch {
        // the id as written
      }
      const dest = byId.get(id);
      if (dest) {
        annot.delete(PDFName.of('A'));
        annot.set(PDFName.of('Dest'), dest);
      } else {
        annots.remove(i);
      }
    }
  }
}

const stableBytes = (bytes: Uint8Array): string =>
  Buffer.from(bytes)
    .toString('latin1')
    .replace(/\/ID\s*\[[^\]]*\]|\/(?:CreationDate|ModDate)\s*\([^)]*\)/gu, '');

/**
 * One PDF from the PDFs of a deck's parts, added in order as they are printed
 * (each is joined while the next prints). Also hashes what it was given, less
 * Chromium's random file id and print time: the same input, the same hash.
 * A PDF printed whole is kept as Chromium's bytes (pdf-finish.ts finishes it
 * without pdf-lib); pdf-lib loads, and reads it, when a second part comes.
 */
export class PdfJoin {
  private doc: PDFDocument | null = null;
  /** The first part's bytes, until pdf-lib reads them. */
  private first: Uint8Array | null = null;
  private tree: NumberTreeEntry[] = [];
  private parts = 0;
  private readonly hash = createHash('md5');
  private digest: string | null = null;

  constructor(private readonly loadLib: () => Promise<PdfLib>) {}

  private async load(bytes: Uint8Array): Promise<PDFDocument> {
    const lib = await this.loadLib();
    return lib.PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Number.POSITIVE_INFINITY });
  }

  /** The first part, read by pdf-lib. */
  private async opened(lib: PdfLib): Promise<PDFDocument> {
    if (this.doc) return this.doc;
    if (!this.first) throw new Error('no part was printed');
    const doc = await this.load(this.first);
    this.first = null;
    this.doc = doc;
    const root = structure(lib, doc)?.root;
    this.tree = numberTree(lib, doc, root?.lookupMaybe(lib.PDFName.of('ParentTree'), lib.PDFDict));
    return doc;
  }

  async add(bytes: Uint8Array): Promise<void> {
    this.hash.update(stableBytes(bytes), 'latin1');
    this.parts += 1;
    if (this.parts === 1) {
      this.first = bytes;
      return;
    }
    const lib = await this.loadLib();
    const doc = await this.opened(lib);
    appendPart(lib, doc, await this.load(bytes), this.tree);
  }

  /** Stamps page i of the stamps' PDFs (in order) over page i, as a pagination artifact. */
  async stamp(stamps: Uint8Array[]): Promise<void> {
    const lib = await this.loadLib();
    const doc = await this.joined();
    const pages = doc.getPages();
    for (const bytes of stamps) {
      this.hash.update(stableBytes(bytes), 'latin1');
      stampPages(lib, doc, await this.load(bytes), pages);
    }
  }

  /** The file id: a hash of every part and stamp, less what changes from one print to the next. */
  id(): string {
    this.digest ??= this.hash.digest('hex');
    return this.digest;
  }

  /**
   * The PDF to finish (pdf-finish.ts): Chromium's bytes where it is one print that pdf-lib has not read, else the
   * joined document as pdf-lib saves it, with one classic cross-reference table (`joined`).
   */
  async bytes(): Promise<{ bytes: Uint8Array; joined: boolean }> {
    if (this.parts === 1 && !this.doc && this.first) return { bytes: this.first, joined: false };
    return { bytes: await (await this.joined()).save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY }), joined: true };
  }

  /** The joined document, read by pdf-lib (call once every part was added). */
  async joined(): Promise<PDFDocument> {
    const lib = await this.loadLib();
    const { PDFName, PDFNumber } = lib;
    const doc = await this.opened(lib);
    const root = structure(lib, doc)?.root;
    if (this.parts > 1 && root) {
      const nums = this.tree.flatMap(({ key, value }) => [PDFNumber.of(key), value]);
      root.set(PDFName.of('ParentTree'), doc.context.register(doc.context.obj({ Nums: nums })));
      root.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(this.tree.length === 0 ? 0 : (this.tree[this.tree.length - 1] as NumberTreeEntry).key + 1));
      relink(lib, doc);
      this.parts = 1;
    }
    return doc;
  }
}

/** Draws each page of `stamp` over the next of `pages` (taking them from the front), as a pagination artifact. */
function stampPages(lib: PdfLib, doc: PDFDocument, stamp: PDFDocument, pages: PDFPage[]): void {
  const { PDFObjectCopier, PDFRawStream, decodePDFRawStream } = lib;
  const copier = PDFObjectCopier.for(stamp.context, doc.context);
  for (const source of stamp.getPages()) {
    const page = pages.shift();
    if (!page) return;
    const { Contents, Resources } = source.node.normalizedEntries();
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < (Contents?.size() ?? 0); i += 1) {
      const stream = (Contents as PDFArray).lookup(i);
      if (stream instanceof PDFRawStream) chunks.push(decodePDFRawStream(stream).decode());
    }
    const { width, height } = source.getSize();
    const form = doc.context.flateStream(Buffer.concat(chunks), {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, width, height],
      Resources: copier.copy(Resources),
    });
    page.node.normalizedEntries();
    const name = page.node.newXObject('Stamp', doc.context.register(form));
    const before = doc.context.register(doc.context.flateStream('q\n'));
    const after = doc.context.register(doc.context.flateStream(`Q\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n${name.asString()} Do\nEMC\n`));
    page.node.wrapContentStreams(before, after);
  }
}

/**
 * The slides of a part, when a large deck prints in parts (LECTERN_PRINT_PART
 * changes it, for tests and tuning).
 */
export function printPart(): number {
  const fromEnv = Number(process.env.LECTERN_PRINT_PART);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 200;
}

/**
 * The slide ranges [from, to) a PDF prints in: one print (to null: the end) up
 * to two parts' worth of slides, parts above that; a 3up or 6up handout's parts
 * hold whole pages (a multiple of six slides). A print's time grows with the
 * square of its pages, but each part costs a print of its own and a join: a
 * 400-slide deck's slides PDF and notes handout took 5.2 s in one print each
 * and 6.9 s in parts of 200; at 800 slides the two took the same time.
 */
export function partRanges(slides: number, kind: PrintMode, part = printPart()): [number, number | null][] {
  const size = kind === '3up' || kind === '6up' ? Math.max(6, part - (part % 6)) : part;
  return slides > 2 * size ? Array.from({ length: Math.ceil(slides / size) }, (_, i) => [i * size, (i + 1) * size]) : [[0, null]];
}

/** What printing in parts asks of the printer (edges/printer.ts). */
export interface PartPrinter {
  readonly timeoutMs: number;
  print(page: number, settings: PrintSettings, from: number, to: number | null): Promise<Uint8Array>;
  printHtml(html: string[], pdf: PdfOptions): Promise<Uint8Array[]>;
}

/** One PDF to print from an open print page. */
export interface PartJob {
  page: number;
  kind: PrintMode;
  settings: PrintSettings;
  slides: number;
  paperMm: { width: number; height: number };
  /** The colour of a handout's page numbers (the theme's --lectern-paper-muted). */
  furniture: string;
  /** The file's name, for errors. */
  name: string;
}

/**
 * Prints one PDF, whole or in parts, and joins the parts as they come.
 * `printed` settles once the last part is printed (the printer is free for
 * the next PDF); `joined` once every part is joined and, for a handout printed
 * in parts, its page numbers stamped (a handout in parts would number each
 * part's pages from 1, so its parts print without numbers). A print that
 * fails rejects both, with the browser's error.
 */
export function printInParts(lib: () => Promise<PdfLib>, printer: PartPrinter, job: PartJob): { printed: Promise<void>; joined: Promise<PdfJoin> } {
  const ranges = partRanges(job.slides, job.kind);
  const numbered = ranges.length > 1 && job.settings.pdf.displayHeaderFooter === true;
  const settings = numbered ? { ...job.settings, pdf: { ...job.settings.pdf, footerTemplate: '<span></span>' } } : job.settings;
  const join = new PdfJoin(lib);
  let joining: Promise<unknown> = Promise.resolve();
  const printed = (async () => {
    for (const [from, to] of ranges) {
      let bytes: Uint8Array;
      try {
        bytes = await printer.print(job.page, settings, from, to);
      } catch (error) {
        throw browserFailure(error, printer.timeoutMs, `printing ${job.name}`);
      }
      joining = joining.then(() => join.add(bytes));
      // Awaited below; a print failing meanwhile is the error to report.
      joining.catch(() => undefined);
    }
  })();
  const joined = printed.then(async () => {
    await joining;
    if (numbered) {
      const { width, height } = job.paperMm;
      const pages = footerPages((await join.joined()).getPageCount(), { widthMm: width, heightMm: height }, printPart(), job.furniture);
      await join.stamp(
        await printer.printHtml(pages, { width: `${width}mm`, height: `${height}mm`, margin: { top: '0', bottom: '0', left: '0', right: '0' } }),
      );
    }
    return join;
  });
  // Whoever awaits `printed` gets a print's failure; `joined` is not awaited then.
  joined.catch(() => undefined);
  return { printed, joined };
}
