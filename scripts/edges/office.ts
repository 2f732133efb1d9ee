// What Word and PowerPoint files share: an old binary (.doc, .ppt) or an
// encrypted file is an OLE compound file, not a zip; the title, author and
// subject are in docProps/core.xml.
import { decodeXML } from 'entities';

const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file: an old .doc/.ppt, or an Office file encrypted with a password. */
export const isOleFile = (bytes: Uint8Array): boolean => oleSignature.every((b, i) => bytes[i] === b);

export interface CoreProperties {
  title: string | null;
  author: string | null;
  subject: string | null;
}

/** Title, author (dc:creator) and subject from docProps/core.xml's text. */
export function coreProperties(xml: string): CoreProperties {
  const read = (tag: string): string | null => decodeXML(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'u').exec(xml)?.[1] ?? '').trim() || null;
  return { title: read('dc:title'), author: read('dc:creator'), subject: read('dc:subject') };
}
