// Bytes from disk -> a decoded, normalised document. Pure: the caller reads the file.
import { isUtf8 } from 'node:buffer';
import { inputError } from '../errors.ts';
import type { SourceDocument } from '../types.ts';
import { frontMatterAt } from './slide-file.ts';

/** Whether a file's extension says it is Markdown (R Markdown, Quarto and MDX too). */
export const isMarkdownPath = (path: string): boolean => /\.(md|markdown|mdown|mkd|mdx|qmd|rmd|rmarkdown)$/iu.test(path);

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  let zeros = 0;
  for (const byte of sample) {
    if (byte === 0) zeros += 1;
    else if (byte < 8 || (byte > 13 && byte < 32 && byte !== 27)) control += 1;
  }
  // A stray zero byte or two (a text saved by an old editor, at a few line ends) is not binary; a file's
  // header or compressed data is, and so is UTF-16 (judged by its own rule).
  if (zeros > 0 && (zeros / sample.length > 0.002 || !decodesAsUtf8(withoutZeros(sample)))) return true;
  return sample.length > 0 && control / sample.length > 0.1;
}

const withoutZeros = (bytes: Uint8Array): Uint8Array => (bytes.includes(0) ? bytes.filter((b) => b !== 0) : bytes);

function decodesAsUtf8(bytes: Uint8Array): boolean {
  try {
    // A character cut at the sample's end is not a fault.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.max(0, bytes.length - 3)));
    return true;
  } catch {
    return false;
  }
}

function decode(path: string, bytes: Uint8Array, encoding: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw inputError(
      `${path}: unknown encoding "${encoding}"`,
      'Pass an encoding that TextDecoder knows, e.g. --encoding utf-8, latin1, windows-1252, shift_jis, utf-16le',
    );
  }
  try {
    const text = decoder.decode(bytes);
    // Node decodes Windows-1252 (the encoding "latin1" and "iso-8859-1" name too) as ISO-8859-1: its quotes, dashes and
    // euro sign (0x80-0x9f) come out as control characters. They are read as Windows-1252 reads them.
    return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/gu, (c) => windows1252[c.charCodeAt(0) - 0x80] ?? c) : text;
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw inputError(
      `${path}: not valid ${encoding} text${offset >= 0 ? ` (bad byte at offset ${offset})` : ''}`,
      'Convert the file to UTF-8, or name its encoding with --encoding (e.g. --encoding windows-1252)',
    );
  }
}

/** Windows-1252's characters for the bytes 0x80-0x9f (its five undefined bytes as the control characters they were). */
const windows1252 = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'];

/** Byte offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function detectFormat(path: string, text: string): SourceDocument['format'] {
  if (isMarkdownPath(path)) return 'markdown';
  if (/\.(txt|text)$/iu.test(path)) return 'text';
  // No telling extension: Markdown if it has front matter (YAML, as slide-file.ts reads it, or TOML) or ATX headings.
  if (frontMatterAt(text, 'dashes-or-dots') !== null || /^(?:[ \t]*\n)*\+\+\+\n[\s\S]*?\n\+\+\+[ \t]*\n/u.test(text)) return 'markdown';
  return /^#{1,6} \S/mu.test(text) ? 'markdown' : 'text';
}

/** The encoding a byte-order mark names, if the document starts with one. */
function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const isWide = (encoding: string): boolean => /^(?:utf-?16(?:le|be)?|ucs-?2|unicode(?:fffe)?|csunicode|iso-10646-ucs-2)$/iu.test(encoding.trim());

/** Decoded text that is not text: NULs or a tenth of control characters (for UTF-16, judged after decoding). */
function textLooksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 8 || (c > 13 && c < 32 && c !== 27)) control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** "utf-16le" or "utf-16be" when zero bytes sit at every other place, as in UTF-16 Latin text. */
function utf16Guess(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (sample.length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  const half = sample.length / 2;
  if (odd > half * 0.6 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.6 && odd < half * 0.05) return 'utf-16be';
  return null;
}

/**
 * Decodes a document's bytes; rejects binary, empty and undecodable input with
 * a remedy. A byte-order mark decides the encoding; UTF-16 (two bytes a
 * character, so zero bytes in any Latin text) is judged after decoding. Read
 * as UTF-8, Western text that is not UTF-8 is read as Windows-1252 (with a
 * warning).
 */
export function readDocument(path: string, bytes: Uint8Array, encoding = 'utf-8'): SourceDocument {
  // A text read as UTF-8 (the default) that is not: Western text of an older editor is Windows-1252, mostly ASCII
  // with a few bytes past it (curly quotes, dashes, accented letters) that UTF-8 cannot read.
  // (Checked natively: a valid document, nearly every one, is not read byte by byte a second time.)
  const bom = bomEncoding(bytes);
  const western = bom === null && /^utf-?8$/iu.test(encoding.trim()) && !isUtf8(bytes) && looksWindows1252(bytes);
  const chosen = bom ?? (western ? 'windows-1252' : encoding);
  const binary = (): never => {
    const wide = utf16Guess(bytes);
    if (wide && !isWide(chosen))
      throw inputError(`${path}: looks like ${wide} text without a byte-order mark`, `Pass --encoding ${wide}, or save the file as UTF-8`);
    throw inputError(`${path}: looks like a binary file, not a text document`, 'Pass a plain-text or Markdown file (.txt, .md)');
  };
  if (!isWide(chosen) && looksBinary(bytes)) binary();
  const decoded = decode(path, isWide(chosen) ? bytes : withoutZeros(bytes), chosen);
  if (isWide(chosen) && textLooksBinary(decoded)) binary();
  const text = decoded
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u2028\u2029]/gu, '\n');
  if (text.trim() === '') {
    throw inputError(`${path}: the document is empty`, 'Write some text in it, or pass another file');
  }
  const read: SourceDocument = { path, text, format: detectFormat(path, text) };
  return western ? { ...read, warnings: ['not UTF-8: read as Windows-1252 (pass --encoding to name another)'] } : read;
}

/**
 * Whether bytes that are not UTF-8 read as Windows-1252 text: none of the five bytes it leaves undefined, and few
 * bytes past ASCII (under one in seven), as in English or other Western text. Cyrillic, Greek or East Asian text in
 * a legacy encoding is mostly such bytes: named with --encoding.
 */
function looksWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  for (const byte of bytes) {
    if (byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d) return false;
    if (byte >= 0x80) high += 1;
  }
  return high > 0 && high / bytes.length < 0.15;
}
