// Finishing a PDF without parsing it into objects: the outline, the
// document information, the language and a fixed file id are written, and the
// file is saved again with its small objects packed into compressed object
// streams (Chromium writes each of the thousands of a tagged PDF's structure
// elements as an object of its own). pdf-lib did this by loading and saving
// the whole document: 0.35 to 0.4 s for each PDF of a 200-slide deck, most of
// the time left once the browser had printed. Here the objects are copied as
// bytes, found through the cross-reference table, and only the catalog and the
// named destinations are read.
//
// It reads a file with one classic cross-reference table, no earlier revision,
// no encryption: what Chromium prints, and what pdf-lib saves of a deck's
// joined parts (pdf-parts.ts). For anything else it returns null (pdf.ts has
// pdf-lib save such a file that way first).
import { deflateSync } from 'node:zlib';
import { decodeName } from './pdf-parts.ts';

/** An outline entry whose destination is a named destination of the file. */
export interface FinishOutline {
  title: string;
  /** The destination's name as the print page wrote it (the slide's anchor). */
  anchor: string;
  children: FinishOutline[];
}

export interface FinishInfo {
  title: string;
  author: string | null;
  subject: string;
  keywords: string[];
  creator: string;
  producer: string;
  date: Date;
  lang: string;
  outline: FinishOutline[];
  /** The file id, as hexadecimal digits. */
  id: string;
}

export const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
export const isDelimiter = (c: number): boolean =>
  c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;

/** A reader of PDF syntax over the file's bytes as a latin1 string: where values end, and a dictionary's entries. */
export class Syntax {
  constructor(readonly s: string) {}

  /** The index of the next token at or after i (whitespace and comments skipped). */
  skip(i: number): number {
    const s = this.s;
    for (;;) {
      while (i < s.length && isSpace(s.charCodeAt(i))) i += 1;
      if (s.charCodeAt(i) !== 0x25) return i;
      while (i < s.length && s.charCodeAt(i) !== 0x0a && s.charCodeAt(i) !== 0x0d) i += 1;
    }
  }

  /** The end of the plain token (number, keyword) at i. */
  private word(i: number): number {
    const s = this.s;
    while (i < s.length && !isSpace(s.charCodeAt(i)) && !isDelimiter(s.charCodeAt(i))) i += 1;
    return i;
  }

  /** The end of the value that starts at the token at i; an indirect reference ("12 0 R") is one value. */
  end(start: number): number {
    const s = this.s;
    const i = this.skip(start);
    const c = s.charCodeAt(i);
    if (c === 0x2f) return this.word(i + 1);
    if (c === 0x28) return this.stringEnd(i);
    if (c === 0x3c && s.charCodeAt(i + 1) === 0x3c) return this.dictEnd(i);
    if (c === 0x3c) {
      const close = s.indexOf('>', i);
      if (close < 0) throw new Error('unterminated hex string');
      return close + 1;
    }
    if (c === 0x5b) {
      let j = this.skip(i + 1);
      while (s.charCodeAt(j) !== 0x5d) {
        if (j >= s.length) throw new Error('unterminated array');
        j = this.skip(this.end(j));
      }
      return j + 1;
    }
    const first = this.word(i);
    if (first === i) throw new Error(`unexpected "${s[i] ?? 'end of file'}"`);
    // "n g R": an indirect reference.
    if (this.digits(i, first)) {
      const g = this.skip(first);
      const gEnd = this.word(g);
      if (gEnd > g && this.digits(g, gEnd)) {
        const r = this.skip(gEnd);
        if (s[r] === 'R' && (r + 1 >= s.length || isSpace(s.charCodeAt(r + 1)) || isDelimiter(s.charCodeAt(r + 1)))) return r + 1;
      }
    }
    return first;
  }

  private digits(from: number, to: number): boolean {
    for (let i = from; i < to; i += 1) {
      const c = this.s.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return false;
    }
    return true;
  }

  private stringEnd(i: number): number {
    const s = this.s;
    let depth = 0;
    for (let j = i; j < s.length; j += 1) {
      const c = s.charCodeAt(j);
      if (c === 0x5c) j += 1;
      else if (c === 0x28) depth += 1;
      else if (c === 0x29 && (depth -= 1) === 0) return j + 1;
    }
    throw new Error('unterminated string');
  }

  private dictEnd(i: number): number {
    let j = this.skip(i + 2);
    while (!this.s.startsWith('>>', j)) {
      if (j >= this.s.length) throw new Error('unterminated dictionary');
      j = this.skip(this.end(this.end(j)));
    }
    return j + 2;
  }

  /** The entries of the dictionary at i: each key (with its slash) and its value's text. */
  entries(i: number): [string, string][] {
    const s = this.s;
    let j = this.skip(i);
    if (!s.startsWith('<<', j)) throw new Error('not a dictionary');
    j = this.skip(j + 2);
    const out: [string, string][] = [];
    while (!s.startsWith('>>', j)) {
      if (j >= s.length || s.charCodeAt(j) !== 0x2f) throw new Error('a dictionary key is not a name');
      const keyEnd = this.end(j);
      const valueStart = this.skip(keyEnd);
      const valueEnd = this.end(valueStart);
      out.push([s.slice(j, keyEnd), s.slice(valueStart, valueEnd)]);
      j = this.skip(valueEnd);
    }
    return out;
  }
}

/** The decimal number of `length` digits at i (NaN when one is not a digit). */
function number(s: string, i: number, length: number): number {
  let n = 0;
  for (let k = i; k < i + length; k += 1) {
    const d = s.charCodeAt(k) - 0x30;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

interface XrefEntry {
  offset: number;
  generation: number;
}

/** The in-use objects of a classic cross-reference table at `at`, and the trailer's entries after it. */
function readXref(syntax: Syntax, at: number): { objects: Map<number, XrefEntry>; trailer: Map<string, string> } | null {
  const s = syntax.s;
  if (!s.startsWith('xref', at)) return null;
  const objects = new Map<number, XrefEntry>();
  const line = /(\d+)[ \t]+(\d+)[ \t]*\r?\n?/uy;
  let i = syntax.skip(at + 4);
  while (!s.startsWith('trailer', i)) {
    line.lastIndex = i;
    const head = line.exec(s);
    if (!head) return null;
    const first = Number(head[1]);
    const count = Number(head[2]);
    i = line.lastIndex;
    // Each entry is 20 bytes: ten digits of offset, a space, five of generation, a space, n or f, and two bytes of line end.
    for (let k = 0; k < count; k += 1, i += 20) {
      if (s.charCodeAt(i + 10) !== 0x20 || s.charCodeAt(i + 16) !== 0x20) return null;
      const kind = s[i + 17];
      const offset = number(s, i, 10);
      const generation = number(s, i + 11, 5);
      if (Number.isNaN(offset) || Number.isNaN(generation) || (kind !== 'n' && kind !== 'f')) return null;
      if (kind === 'n') objects.set(first + k, { offset, generation });
    }
    i = syntax.skip(i);
  }
  return { objects, trailer: new Map(syntax.entries(i + 'trailer'.length)) };
}

export const refNumber = (text: string | undefined): number | null => {
  const m = /^(\d+)\s+0\s+R$/u.exec(text ?? '');
  return m ? Number(m[1]) : null;
};

/** A text string as a PDF hexadecimal string: UTF-16BE with a byte order mark. */
export function pdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** A literal string of ASCII text, its delimiters escaped. */
const pdfLiteral = (text: string): string => `(${text.replace(/[\\()]/gu, (c) => `\\${c}`).replace(/[^\x20-\x7e]/gu, '')})`;

/** A date as the document information writes it: D:YYYYMMDDHHmmSSZ, in UTC. */
export function pdfDate(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `(D:${String(date.getUTCFullYear()).padStart(4, '0')}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z)`;
}

/** Objects packed into one object stream: pdf-lib packs 50; more compress a little better and cost nothing here. */
const perStream = 100;

/** A PDF read through its one classic cross-reference table: where each object is, and the trailer's references. */
export interface ClassicPdf {
  buffer: Buffer;
  syntax: Syntax;
  /** The in-use objects in the order of the file, each from its offset to the next object's (or the table's). */
  objects: { n: number; from: number; to: number; generation: number }[];
  /** Each object's offset, by its number. */
  offsets: Map<number, number>;
  root: number;
  /** The document information the file came with: left out, a new one takes its place. */
  info: number | null;
  /** The first object number free for new objects. */
  size: number;
}

/** The file read, or null where it is of another shape (a cross-reference stream, an earlier revision, encryption). */
export function readClassic(bytes: Uint8Array): ClassicPdf | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const syntax = new Syntax(buffer.toString('latin1'));
  const s = syntax.s;
  const startxref = s.lastIndexOf('startxref');
  const at = startxref < 0 ? NaN : Number(/^startxref\s+(\d+)/u.exec(s.slice(startxref, startxref + 40))?.[1] ?? NaN);
  const xref = Number.isInteger(at) ? readXref(syntax, at) : null;
  if (!xref || xref.trailer.has('/Prev') || xref.trailer.has('/Encrypt')) return null;
  const root = refNumber(xref.trailer.get('/Root'));
  if (root === null) return null;
  const sorted = [...xref.objects.entries()].sort((a, b) => a[1].offset - b[1].offset);
  const objects = sorted.map(([n, e], i) => ({ n, from: e.offset, to: sorted[i + 1]?.[1].offset ?? at, generation: e.generation }));
  const size = Math.max(...xref.objects.keys(), Number(xref.trailer.get('/Size') ?? 0) - 1) + 1;
  const offsets = new Map(objects.map((o) => [o.n, o.from]));
  return { buffer, syntax, objects, offsets, root, info: refNumber(xref.trailer.get('/Info')), size };
}

/** Where object `n`'s value starts (after "n g obj"); throws where the table does not lead to it. */
export function valueAt(pdf: ClassicPdf, n: number, from = pdf.offsets.get(n)): number {
  const head = /(\d+)\s+(\d+)\s+obj/uy;
  head.lastIndex = from ?? -1;
  const m = from === undefined ? null : head.exec(pdf.syntax.s);
  if (!m || Number(m[1]) !== n) throw new Error(`object ${n} is not where the table says`);
  return head.lastIndex;
}

/** Object `n`'s value as written. */
export function valueOf(pdf: ClassicPdf, n: number): string {
  const i = pdf.syntax.skip(valueAt(pdf, n));
  return pdf.syntax.s.slice(i, pdf.syntax.end(i));
}

/** The named destinations, by the element id each names: the catalog's Dests dictionary (direct or not), each an array or a reference to one. */
function namedDestinations(pdf: ClassicPdf, catalog: [string, string][]): Map<string, string> {
  const dests = new Map<string, string>();
  const text = catalog.find(([k]) => k === '/Dests')?.[1];
  if (text === undefined) return dests;
  const ref = refNumber(text);
  for (const [name, value] of new Syntax(ref === null ? text : valueOf(pdf, ref)).entries(0)) {
    const to = refNumber(value);
    dests.set(decodeName(name), to === null ? value : valueOf(pdf, to));
  }
  return dests;
}

/** The outline's objects (sections, and under them their slides: only those with a destination), by their numbers from `reserve`; returns its root's number. */
function outlineObjects(outline: FinishOutline[], dests: Map<string, string>, reserve: () => number, objects: Map<number, string>): number {
  const root = reserve();
  const place = (items: FinishOutline[], parent: number): number[] => {
    const placed = items.filter((item) => dests.has(item.anchor));
    const refs = placed.map(() => reserve());
    placed.forEach((item, i) => {
      const kids = place(item.children, refs[i] as number);
      const parts = [`/Title ${pdfText(item.title)}`, `/Parent ${parent} 0 R`, `/Dest ${dests.get(item.anchor) as string}`];
      if (i > 0) parts.push(`/Prev ${refs[i - 1] as number} 0 R`);
      if (i < placed.length - 1) parts.push(`/Next ${refs[i + 1] as number} 0 R`);
      if (kids.length > 0) parts.push(`/First ${kids[0] as number} 0 R`, `/Last ${kids[kids.length - 1] as number} 0 R`, `/Count ${-kids.length}`);
      objects.set(refs[i] as number, `<<${parts.join('\n')}>>`);
    });
    return refs;
  };
  const top = place(outline, root);
  objects.set(
    root,
    top.length > 0
      ? `<</Type /Outlines\n/First ${top[0] as number} 0 R\n/Last ${top[top.length - 1] as number} 0 R\n/Count ${top.length}>>`
      : '<</Type /Outlines>>',
  );
  return root;
}

/** The document information of `info`. */
function infoDictionary(info: FinishInfo): string {
  const date = pdfDate(info.date);
  const entries = [
    `/Title ${pdfText(info.title)}`,
    ...(info.author ? [`/Author ${pdfText(info.author)}`] : []),
    `/Subject ${pdfText(info.subject)}`,
    `/Keywords ${pdfText(info.keywords.join(' '))}`,
    `/Creator ${pdfText(info.creator)}`,
    `/Producer ${pdfText(info.producer)}`,
    `/CreationDate ${date}`,
    `/ModDate ${date}`,
  ];
  return `<<${entries.join('\n')}>>`;
}

/** The catalog as written, with the outline (shown on opening), the language, and the title in the window's bar. */
function catalogWith(catalog: [string, string][], outline: number, lang: string): string {
  const replaced = new Set(['/Outlines', '/PageMode', '/Lang', '/ViewerPreferences']);
  const viewer = catalog.find(([k]) => k === '/ViewerPreferences')?.[1];
  const viewerEntries = viewer?.startsWith('<<') ? new Syntax(viewer).entries(0).filter(([k]) => k !== '/DisplayDocTitle') : [];
  const entries = [
    ...catalog.filter(([k]) => !replaced.has(k)).map(([k, v]) => `${k} ${v}`),
    `/ViewerPreferences <<${[...viewerEntries.map(([k, v]) => `${k} ${v}`), '/DisplayDocTitle true'].join('\n')}>>`,
    `/Outlines ${outline} 0 R`,
    '/PageMode /UseOutlines',
    `/Lang ${pdfLiteral(lang)}`,
  ];
  return `<<${entries.join('\n')}>>`;
}

/** An object written out: "n 0 obj", its dictionary and its stream's bytes. */
export const streamObject = (n: number, dict: string, data: Buffer): Buffer =>
  Buffer.concat([Buffer.from(`${n} 0 obj\n${dict}\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);

/**
 * The file written again: its streams as they are, every other object (and the `changed` ones, new or in place of the
 * file's) packed into object streams, the old document information left out, and a cross-reference stream naming
 * the root, the new information and the id.
 */
function packed(pdf: ClassicPdf, changed: Map<number, string>, next: number, trailer: { info: number; id: string }): Uint8Array {
  const { syntax, buffer } = pdf;
  const chunks: Buffer[] = [];
  let length = 0;
  const write = (chunk: Buffer): number => {
    chunks.push(chunk);
    length += chunk.length;
    return length - chunk.length;
  };
  write(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  /** Per object: [type, field 2, field 3] of its cross-reference stream entry. */
  const table = new Map<number, [number, number, number]>();
  const small: [number, string][] = [];
  for (const object of pdf.objects) {
    if (object.n === pdf.info || changed.has(object.n)) continue;
    const valueStart = syntax.skip(valueAt(pdf, object.n, object.from));
    const valueEnd = syntax.end(valueStart);
    if (syntax.s.startsWith('stream', syntax.skip(valueEnd)) || object.generation !== 0)
      table.set(object.n, [1, write(buffer.subarray(object.from, object.to)), object.generation]);
    else small.push([object.n, syntax.s.slice(valueStart, valueEnd)]);
  }
  small.push(...[...changed.entries()].sort((a, b) => a[0] - b[0]));
  let size = next;
  for (let i = 0; i < small.length; i += perStream) {
    const group = small.slice(i, i + perStream);
    const stream = size++;
    let offset = 0;
    const offsets = group.map(([n, text], k) => {
      table.set(n, [2, stream, k]);
      const at = offset;
      offset += Buffer.byteLength(text, 'latin1') + 1;
      return `${n} ${at}`;
    });
    const head = `${offsets.join(' ')}\n`;
    const data = deflateSync(Buffer.from(head + group.map(([, text]) => text).join('\n') + '\n', 'latin1'));
    table.set(stream, [1, length, 0]);
    write(
      streamObject(
        stream,
        `<</Type /ObjStm\n/N ${group.length}\n/First ${Buffer.byteLength(head, 'latin1')}\n/Filter /FlateDecode\n/Length ${data.length}>>`,
        data,
      ),
    );
  }
  // The cross-reference stream: 1 byte of type, 4 of offset or stream, 2 of generation or index.
  const xref = size++;
  table.set(xref, [1, length, 0]);
  const rows = Buffer.alloc(size * 7);
  for (let n = 0; n < size; n += 1) {
    const [type, two, three] = table.get(n) ?? [0, 0, n === 0 ? 0xffff : 0];
    rows.writeUInt8(type, n * 7);
    rows.writeUInt32BE(two, n * 7 + 1);
    rows.writeUInt16BE(three, n * 7 + 5);
  }
  const data = deflateSync(rows);
  const id = `<${trailer.id}>`;
  const dict = `<</Type /XRef\n/Size ${size}\n/W [1 4 2]\n/Root ${pdf.root} 0 R\n/Info ${trailer.info} 0 R\n/ID [${id} ${id}]\n/Filter /FlateDecode\n/Length ${data.length}>>`;
  const xrefAt = write(streamObject(xref, dict, data));
  write(Buffer.from(`startxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks, length));
}

/**
 * The finished PDF, or null when `bytes` is not a file with one classic
 * cross-reference table (Chromium's print, or pdf-lib's save of joined parts).
 * The result has the same pages, structure and named destinations, with the
 * outline, information and id of `info`.
 */
export function finishChromiumPdf(bytes: Uint8Array, info: FinishInfo): Uint8Array | null {
  try {
    const pdf = readClassic(bytes);
    if (!pdf) return null;
    let next = pdf.size;
    const reserve = (): number => next++;
    const catalog = pdf.syntax.entries(valueAt(pdf, pdf.root));
    const changed = new Map<number, string>();
    const outline = outlineObjects(info.outline, namedDestinations(pdf, catalog), reserve, changed);
    const infoNumber = reserve();
    changed.set(infoNumber, infoDictionary(info));
    changed.set(pdf.root, catalogWith(catalog, outline, info.lang));
    return packed(pdf, changed, next, { info: infoNumber, id: info.id });
  } catch {
    // A file this reader cannot follow (an object not where its table says, a value cut short): null, as for another shape.
    return null;
  }
}
