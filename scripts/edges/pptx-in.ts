// Reading a PowerPoint deck (.pptx): its slides in the presentation's order,
// each slide's title, text (paragraphs with their list level, bullet or
// number, bold, italic and links), tables, pictures (their bytes and
// description) and speaker notes, read from the slide XML with xmldom.
// stages/pptx-import.ts makes lectern slides of them.
import { inputError } from '../errors.ts';
import { coreProperties, isOleFile, openOfficeZip, xmlParser } from './office.ts';
import type { PptxDeck, PptxParagraph, PptxShape, PptxSlideContent } from '../stages/pptx-import.ts';

const ns = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

type XmlElement = Element;

const children = (el: XmlElement | null | undefined, uri: string, name: string): XmlElement[] =>
  el
    ? Array.from(el.childNodes).filter(
        (n): n is XmlElement => n.nodeType === 1 && (n as XmlElement).localName === name && (n as XmlElement).namespaceURI === uri,
      )
    : [];
const child = (el: XmlElement | null | undefined, uri: string, name: string): XmlElement | null => children(el, uri, name)[0] ?? null;
const descendants = (el: XmlElement | null | undefined, uri: string, name: string): XmlElement[] =>
  el ? Array.from(el.getElementsByTagNameNS(uri, name)) : [];

/** A part's relationships: id -> target path inside the package (or the external address). */
function relations(xml: string | null, base: string, parse: (text: string) => Document): Map<string, { target: string; external: boolean; type: string }> {
  const map = new Map<string, { target: string; external: boolean; type: string }>();
  if (!xml) return map;
  for (const rel of Array.from(parse(xml).getElementsByTagName('Relationship'))) {
    const target = rel.getAttribute('Target') ?? '';
    const external = rel.getAttribute('TargetMode') === 'External';
    map.set(rel.getAttribute('Id') ?? '', { target: external ? target : resolvePart(base, target), external, type: rel.getAttribute('Type') ?? '' });
  }
  return map;
}

/** "ppt/slides" + "../media/image1.png" -> "ppt/media/image1.png". */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function paragraphsOf(body: XmlElement | null, bulletsByDefault: boolean, links: Map<string, { target: string }>): PptxParagraph[] {
  return children(body, ns.a, 'p').map((p) => {
    const pPr = child(p, ns.a, 'pPr');
    const level = Number(pPr?.getAttribute('lvl') ?? '0') || 0;
    const numbered = child(pPr, ns.a, 'buAutoNum') !== null;
    const none = child(pPr, ns.a, 'buNone') !== null;
    const bullet = numbered || child(pPr, ns.a, 'buChar') !== null || (bulletsByDefault && !none);
    const runs = Array.from(p.childNodes)
      .filter((n): n is XmlElement => n.nodeType === 1)
      .flatMap((n) => {
        if (n.localName === 'br') return [{ text: '\n' }];
        if (n.localName !== 'r' && n.localName !== 'fld') return [];
        const rPr = child(n, ns.a, 'rPr');
        const link = child(rPr, ns.a, 'hlinkClick')?.getAttributeNS(ns.r, 'id');
        const href = link ? links.get(link)?.target : undefined;
        const font = child(rPr, ns.a, 'latin')?.getAttribute('typeface') ?? '';
        return [
          {
            text: child(n, ns.a, 't')?.textContent ?? '',
            ...(rPr?.getAttribute('b') === '1' ? { bold: true } : {}),
            ...(rPr?.getAttribute('i') === '1' ? { italic: true } : {}),
            ...(href ? { link: href } : {}),
            ...(/consolas|courier|mono|menlo/iu.test(font) ? { code: true } : {}),
          },
        ];
      });
    // xmldom gives '' for a missing attribute.
    const start = Number(child(pPr, ns.a, 'buAutoNum')?.getAttribute('startAt') || '1');
    return { level, bullet, numbered, ...(start !== 1 ? { start } : {}), runs };
  });
}

/** A .pptx file's bytes -> its slides as data; a .ppt, an encrypted or a damaged file is an input error. */
export async function readPptx(shown: string, bytes: Uint8Array): Promise<PptxDeck> {
  if (isOleFile(bytes)) {
    throw /\.ppt$/iu.test(shown)
      ? inputError(`${shown}: an old PowerPoint deck (.ppt), which lectern cannot read`, 'Open it in PowerPoint or LibreOffice Impress and save it as .pptx')
      : inputError(
          `${shown}: the PowerPoint deck is encrypted (it has a password)`,
          'Remove the password (PowerPoint: File > Info > Protect Presentation) and save it again',
        );
  }
  const zip = await openOfficeZip(bytes, () =>
    inputError(
      `${shown}: not a PowerPoint deck that can be read (the file is damaged or not a .pptx)`,
      'Open it in PowerPoint or LibreOffice Impress and save it again as .pptx',
    ),
  );
  const text = async (path: string): Promise<string | null> => (await zip.file(path)?.async('string')) ?? null;
  const parse = await xmlParser();
  const presentationXml = await text('ppt/presentation.xml');
  if (!presentationXml)
    throw inputError(
      `${shown}: not a PowerPoint deck (no ppt/presentation.xml inside)`,
      'Pass a .pptx saved by PowerPoint, LibreOffice Impress or Google Slides',
    );
  const presentationRels = relations(await text('ppt/_rels/presentation.xml.rels'), 'ppt', parse);
  const order = descendants(parse(presentationXml).documentElement as unknown as XmlElement, ns.p, 'sldId').map(
    (s) => presentationRels.get(s.getAttributeNS(ns.r, 'id') ?? '')?.target ?? '',
  );
  const properties = coreProperties((await text('docProps/core.xml')) ?? '');

  const slides: PptxSlideContent[] = [];
  for (const path of order) {
    const xml = await text(path);
    if (!xml) continue;
    const folder = path.slice(0, path.lastIndexOf('/'));
    const rels = relations(await text(`${folder}/_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`), folder, parse);
    const root = parse(xml).documentElement as unknown as XmlElement;
    const shapes: PptxShape[] = [];
    let title = '';
    let subtitle = '';
    // The shapes in the order the slide lists them (groups opened), as a reader goes down the slide.
    const visit = async (tree: XmlElement): Promise<void> => {
      for (const node of Array.from(tree.childNodes).filter((n): n is XmlElement => n.nodeType === 1)) {
        if (node.localName === 'grpSp') await visit(node);
        else if (node.localName === 'sp') {
          const ph = descendants(node, ns.p, 'ph')[0];
          const type = ph ? ph.getAttribute('type') || 'body' : null;
          const body = child(node, ns.p, 'txBody');
          if (type === 'title' || type === 'ctrTitle') {
            title = paragraphsOf(body, false, rels)
              .map((p) => p.runs.map((r) => r.text).join(''))
              .join(' ')
              .replace(/\s+/gu, ' ')
              .trim();
            continue;
          }
          if (type === 'sldNum' || type === 'dt' || type === 'ftr' || type === 'hdr') continue;
          const paragraphs = paragraphsOf(body, type === 'body' || type === 'obj', rels).filter((p) => p.runs.some((r) => r.text.trim() !== ''));
          if (type === 'subTitle') {
            subtitle = paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
            shapes.push({ kind: 'text', paragraphs: paragraphs.map((p) => ({ ...p, bullet: false })) });
          } else if (paragraphs.length > 0) shapes.push({ kind: 'text', paragraphs });
        } else if (node.localName === 'graphicFrame') {
          const table = descendants(node, ns.a, 'tbl')[0];
          if (table)
            shapes.push({
              kind: 'table',
              rows: children(table, ns.a, 'tr').map((tr) =>
                children(tr, ns.a, 'tc').map((tc) =>
                  descendants(tc, ns.a, 't')
                    .map((t) => t.textContent ?? '')
                    .join(' ')
                    .trim(),
                ),
              ),
            });
          else shapes.push({ kind: 'other', what: 'chart, diagram or object' });
        } else if (node.localName === 'pic') {
          const embed = descendants(node, ns.a, 'blip')[0]?.getAttributeNS(ns.r, 'embed') ?? '';
          const target = rels.get(embed);
          const description = descendants(node, ns.p, 'cNvPr')[0]?.getAttribute('descr') ?? '';
          const media = target && !target.external ? await zip.file(target.target)?.async('uint8array') : undefined;
          if (media && target) shapes.push({ kind: 'picture', name: target.target.slice(target.target.lastIndexOf('/') + 1), data: media, alt: description });
          else shapes.push({ kind: 'other', what: 'linked or missing picture' });
        }
      }
    };
    const tree = descendants(root, ns.p, 'spTree')[0];
    if (tree) await visit(tree);
    const notesPath = [...rels.values()].find((r) => r.type.endsWith('/notesSlide'))?.target;
    const notesXml = notesPath ? await text(notesPath) : null;
    let notes = '';
    if (notesXml) {
      const notesRoot = parse(notesXml).documentElement as unknown as XmlElement;
      for (const sp of descendants(notesRoot, ns.p, 'sp')) {
        if (descendants(sp, ns.p, 'ph')[0]?.getAttribute('type') !== 'body') continue;
        notes = paragraphsOf(child(sp, ns.p, 'txBody'), false, new Map())
          .map((p) => p.runs.map((r) => r.text).join(''))
          .join('\n')
          .trim();
      }
    }
    slides.push({ title, subtitle, shapes, notes, hidden: root.getAttribute('show') === '0' });
  }
  return { ...properties, slides };
}
