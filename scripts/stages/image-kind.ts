// What kind of image a file is, by its first bytes: an image is an image by
// its content, whatever its name says (a script named .png is not copied).

const starts = (bytes: Uint8Array, ...values: number[]): boolean => values.every((v, i) => bytes[i] === v);
const ascii = (bytes: Uint8Array, at: number, text: string): boolean => [...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0));

/** "png", "jpeg", "gif", "webp", "avif", "bmp", "ico" or "svg"; null for anything else. */
export function imageKind(bytes: Uint8Array): string | null {
  if (starts(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(bytes, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return 'gif';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'webp';
  if (ascii(bytes, 4, 'ftyp') && ['avif', 'avis', 'heic', 'heix', 'mif1', 'msf1'].some((brand) => ascii(bytes, 8, brand))) return 'avif';
  if (ascii(bytes, 0, 'BM') && bytes.length >= 26) return 'bmp';
  if (starts(bytes, 0, 0, 1, 0) && bytes.length >= 22) return 'ico';
  // SVG is XML whose first element is <svg> (after a declaration, comments or a doctype).
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/u, '');
  const rest = text.replace(/^(?:\s+|<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/iu, '');
  return /^<svg[\s>/]/iu.test(rest) ? 'svg' : null;
}
