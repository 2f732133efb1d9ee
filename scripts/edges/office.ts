// What Word and PowerPoint files share: an old binary (.doc, .ppt) or an
// encrypted file is an OLE compound file, not a zip; the title, author and
// subject are in docProps/core.xml.
import { decodeXML } from 'entities';
import type JSZip from 'jszip';
import type { LecternError } from '../errors.ts';

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

/** An Office file's zip, or `damaged()` (the error to throw) when it is not one that can be read. */
export async function openOfficeZip(bytes: Uint8Array, damaged: () => LecternError): Promise<JSZip> {
  const { default: Zip } = await import('jszip');
  try {
    return await Zip.loadAsync(bytes);
  } catch {
    throw damaged();
  }
}

/** A parser of an Office part's XML (xmldom), loaded when first needed. */
export async function xmlParser(): Promise<(xml: string) => Document> {
  const { DOMParser } = await import('@xmldom/xmldom');
  return (xml) => new DOMParser().parseFromString(xml, 'application/xml');
}
