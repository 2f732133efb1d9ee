// Writes dist/<deck>/<deck>.pptx with pptxgenjs from the plan of
// stages/pptx-plan.ts: every slide editable (titles in the title placeholder,
// text as paragraphs and runs, code as monospaced text, tables as tables,
// images and display formulas as pictures), the notes in the notes pane, slide numbers, the
// theme's colours, fonts that every Office has, 16:9, the deck's properties.
// The same deck gives the same bytes: the zip's dates and the properties'
// times are fixed.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { Deck } from '../types.ts';
import { planPptx, pptxFrame, type Paragraph, type Placed, type Run } from '../stages/pptx-plan.ts';
import { defaultFrame, type Frame } from '../stages/frame.ts';
import { defaultAuthor } from './author.ts';
import { imageKind } from '../stages/image-kind.ts';
import { svgToPng, texPictures, type TexPicture } from './math-picture.ts';

/** The theme's colours (theme/variables.css), without the #. */
const palettes = {
  light: {
    bg: 'FBF8F3',
    fg: '1D232D',
    muted: '545B68',
    accent: 'A63D26',
    link: '1F4F73',
    codeBg: 'EFE9DF',
    rule: 'DDD4C6',
    code: { keyword: '7A2E8E', string: '2C6A36', number: '954000', comment: '5B616B', title: '1F4F73', attr: '8B3214' },
  },
  dark: {
    bg: '14181F',
    fg: 'EEF1F5',
    muted: 'AEB6C2',
    accent: 'F2906F',
    link: '8CC4EE',
    codeBg: '1B2028',
    rule: '333B47',
    code: { keyword: 'D9A8FF', string: '9FDC9B', number: 'FFB86C', comment: 'A3ABB6', title: '8CC4EE', attr: 'FFAB91' },
  },
};
/** Fonts every Office installation has, standing in for the theme's (Source Sans 3, Source Serif 4, JetBrains Mono). */
const fonts = { body: 'Calibri', heading: 'Georgia', mono: 'Consolas' };
/** A fixed time for the file's dates: the deck's own date when it has one. */
const fixedTime = (date: string | null): Date => {
  const parsed = date ? new Date(date) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : new Date(Date.UTC(2000, 0, 1));
};

type TextProps = { text: string; options?: Record<string, unknown> };

function runProps(run: Run, palette: (typeof palettes)['light']): Record<string, unknown> {
  return {
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italic: true } : {}),
    ...(run.code ? { fontFace: fonts.mono, highlight: palette.codeBg } : {}),
    ...(run.link ? { hyperlink: { url: run.link }, color: palette.link } : {}),
  };
}

function paragraphRuns(paragraphs: Paragraph[], palette: (typeof palettes)['light']): TextProps[] {
  const out: TextProps[] = [];
  paragraphs.forEach((p, index) => {
    const runs = p.runs.length > 0 ? p.runs : [{ text: '' }];
    // The paragraph's settings go on its first run (a bullet on a later run would start a new paragraph).
    const paragraph = {
      ...(p.list
        ? {
            bullet: p.list.ordered ? { type: 'number', indent: 24, ...(p.list.start ? { numberStartAt: p.list.start } : {}) } : { code: '25AA', indent: 22 },
            indentLevel: p.list.level,
          }
        : {}),
      paraSpaceAfter: 6,
    };
    runs.forEach((run, i) => {
      const last = i === runs.length - 1;
      const first = i === 0;
      out.push({
        text: run.text,
        options: {
          ...runProps(run, palette),
          ...(p.heading ? { bold: true } : {}),
          ...(p.quote ? { italic: true, color: palette.muted } : {}),
          ...(first ? paragraph : {}),
          ...(last && index < paragraphs.length - 1 ? { breakLine: true } : {}),
        },
      });
    });
  });
  return out;
}

/** Writes the deck as a .pptx to `file`, in the shape of the deck's frame; image paths in slides are relative to `deckDir`. */
export async function writePptx(deck: Deck, deckDir: string, file: string, deckFrame: Frame = defaultFrame): Promise<void> {
  const module = (await import('pptxgenjs')) as unknown as { default: new () => import('pptxgenjs').default };
  const pptx = new module.default();
  const palette = palettes[deck.meta.theme];
  const frame = pptxFrame(deckFrame);
  if (frame.height === 7.5) pptx.layout = 'LAYOUT_WIDE';
  else {
    pptx.defineLayout({ name: 'LECTERN', width: frame.width, height: frame.height });
    pptx.layout = 'LECTERN';
  }
  pptx.title = deck.meta.title;
  pptx.author = deck.meta.author ?? defaultAuthor() ?? '';
  pptx.subject = deck.meta.subject ?? deck.meta.subtitle ?? '';
  pptx.company = '';
  pptx.theme = { headFontFace: fonts.heading, bodyFontFace: fonts.body };
  const number = {
    x: frame.width - 1.1,
    y: frame.height - 0.55,
    w: 0.7,
    h: 0.35,
    fontFace: fonts.body,
    fontSize: 11,
    color: palette.muted,
    align: 'right' as const,
  };
  pptx.defineSlideMaster({
    title: 'LECTERN',
    background: { color: palette.bg },
    objects: [
      { rect: { x: frame.x, y: frame.titleY - 0.12, w: 0.55, h: 0.06, fill: { color: palette.accent } } },
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: frame.x,
            y: frame.titleY,
            w: frame.width - 2 * frame.x,
            h: frame.titleH,
            fontFace: fonts.heading,
            fontSize: frame.titleSize,
            color: palette.fg,
            align: 'left',
            valign: 'middle',
            margin: 0,
          },
          text: '',
        },
      },
    ],
    slideNumber: number,
  });
  pptx.defineSlideMaster({
    title: 'LECTERN-TITLE',
    background: { color: palette.bg },
    objects: [
      { rect: { x: 0, y: 0, w: 0.12, h: frame.height, fill: { color: palette.accent } } },
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: frame.x,
            y: 2.3,
            w: frame.width - 2 * frame.x,
            h: 1.6,
            fontFace: fonts.heading,
            fontSize: 54,
            bold: true,
            color: palette.fg,
            align: 'left',
            valign: 'bottom',
            margin: 0,
          },
          text: '',
        },
      },
    ],
    slideNumber: number,
  });

  const plan = planPptx(deck, frame);
  const tex = plan.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'math' ? [b.tex] : [])));
  const drawing: Drawing = { deckDir, palette, formulas: await texPictures(tex, `#${palette.fg}`) };
  for (const planned of plan) {
    const hero = planned.layout === 'title' || planned.layout === 'divider';
    const slide = pptx.addSlide({ masterName: hero ? 'LECTERN-TITLE' : 'LECTERN' });
    if (planned.title) slide.addText(planned.title, { placeholder: 'title' });
    // Under a big title, the body starts lower.
    const blocks: Placed[] = hero ? planned.blocks.map((b) => ({ ...b, y: b.y + 2.5, h: Math.min(b.h, frame.bodyBottom - b.y - 2.5) })) : planned.blocks;
    for (const block of blocks) await addBlock(slide as unknown as SlideApi, block, drawing);
    if (planned.notes) slide.addNotes(planned.notes);
  }
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
  const bytes = await fixDates(written, fixedTime(deck.meta.date));
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, file);
}

type SlideApi = {
  addText: (text: TextProps[] | string, options: Record<string, unknown>) => unknown;
  addTable: (rows: unknown[], options: Record<string, unknown>) => unknown;
  addImage: (options: Record<string, unknown>) => unknown;
};

/** What the blocks of every slide are drawn with: the deck folder (for images), the colours, the formulas' pictures. */
interface Drawing {
  deckDir: string;
  palette: (typeof palettes)['light'];
  formulas: Map<string, TexPicture>;
}

/** A display formula as a picture: at the size the slides show it (KaTeX's display math: 1.21 times the body text), within its box, centred. */
function addFormula(slide: SlideApi, block: Placed & { kind: 'math' }, drawing: Drawing): void {
  const picture = drawing.formulas.get(block.tex);
  if (!picture) return;
  const em = (block.size * 1.21) / 72;
  const scale = Math.min(1, block.w / (picture.widthEm * em), block.h / (picture.heightEm * em));
  const w = picture.widthEm * em * scale;
  const h = picture.heightEm * em * scale;
  slide.addImage({ data: `data:image/png;base64,${picture.png.toString('base64')}`, x: block.x + (block.w - w) / 2, y: block.y, w, h, altText: block.tex });
}

async function addBlock(slide: SlideApi, block: Placed, drawing: Drawing): Promise<void> {
  const { deckDir, palette } = drawing;
  const box = { x: block.x, y: block.y, w: block.w, h: block.h };
  if (block.kind === 'math') {
    addFormula(slide, block, drawing);
    return;
  }
  if (block.kind === 'text') {
    slide.addText(paragraphRuns(block.paragraphs, palette), {
      ...box,
      fontFace: fonts.body,
      fontSize: block.size,
      color: palette.fg,
      valign: 'top',
      margin: 0,
      fit: 'shrink',
      lineSpacingMultiple: 1.1,
    });
  } else if (block.kind === 'code') {
    // One paragraph per line of code, as typed (spaces kept), in the slides' highlight colours.
    const lines = block.colours.flatMap((runs, i) => {
      const parts = runs.length > 0 ? runs : [{ text: ' ', kind: null }];
      return parts.map((run, k) => ({
        text: run.text,
        options: {
          ...(run.kind ? { color: palette.code[run.kind] } : {}),
          ...(run.kind === 'comment' ? { italic: true } : {}),
          breakLine: k === parts.length - 1 && i < block.colours.length - 1,
        },
      }));
    });
    slide.addText(lines, {
      ...box,
      fontFace: fonts.mono,
      fontSize: block.size,
      color: palette.fg,
      fill: { color: palette.codeBg },
      valign: 'top',
      margin: 8,
      fit: 'shrink',
    });
  } else if (block.kind === 'table') {
    const rows = block.rows.map((cells, r) =>
      cells.map((runs) => ({
        text: runs.map((run) => ({ text: run.text, options: runProps(run, palette) })),
        options: {
          bold: r === 0,
          fontFace: fonts.body,
          fontSize: Math.max(10, block.size * 0.8),
          color: palette.fg,
          border: { type: 'solid', pt: 0.75, color: palette.rule },
        },
      })),
    );
    slide.addTable(rows, { ...box, h: undefined, autoPage: false });
  } else {
    // A picture at the size the slide shows it: within its box, its proportions kept.
    if (/^[a-z][a-z0-9+.-]*:/iu.test(block.src)) {
      slide.addText(`[${block.alt || 'image'}: ${block.src}]`, { ...box, h: 0.5, fontFace: fonts.body, fontSize: 14, color: palette.muted });
      return;
    }
    const path = isAbsolute(block.src) ? block.src : join(deckDir, decodeURI(block.src));
    try {
      const data = await readFile(path);
      const kind = imageKind(data);
      if (kind === null) throw new Error('not an image');
      // image-size (pptxgenjs's own dependency) reads the proportions of every kind imageKind knows.
      const { imageSize } = await import('image-size');
      const size = imageSize(data);
      const width = size.width ?? 4;
      const height = size.height ?? 3;
      const scale = Math.min(block.w / width, block.h / height);
      // An SVG goes in as a PNG drawn from it (pptxgenjs cannot make the PNG that PowerPoint wants beside an SVG in Node).
      const picture = kind === 'svg' ? await svgToPng(data, width * scale * 192) : data;
      slide.addImage({
        data: `data:image/${kind === 'svg' ? 'png' : kind};base64,${picture.toString('base64')}`,
        x: block.x + (block.w - width * scale) / 2,
        y: block.y,
        w: width * scale,
        h: height * scale,
        altText: block.alt,
      });
    } catch {
      slide.addText(`[${block.alt || 'image'}: ${block.src}]`, { ...box, h: 0.5, fontFace: fonts.body, fontSize: 14, color: palette.muted });
    }
  }
}

/**
 * pptxgenjs writes paragraph properties before every run of a paragraph; a
 * reader takes the last, so a bullet set on the first run is lost. Only the
 * first is kept, as OOXML has it (one a:pPr, first in its a:p).
 */
function onePropertiesPerParagraph(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/gu, (_, inner: string) => {
    let seen = false;
    return `<a:p>${inner.replace(/<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/gu, (pPr) => {
      if (seen) return '';
      seen = true;
      return pPr;
    })}</a:p>`;
  });
}

/** The same bytes for the same deck: every zip entry's date, and the creation and change times in the properties, set to `time`. */
async function fixDates(bytes: Buffer, time: Date): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const stamp = time.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (!entry || entry.dir) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml')
      data = Buffer.from(data)
        .toString('utf8')
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/gu, `$1${stamp}$2`);
    if (/^ppt\/slides\/slide\d+\.xml$/u.test(name)) data = onePropertiesPerParagraph(Buffer.from(data).toString('utf8'));
    out.file(name, data, { date: time, createFolders: false });
  }
  return out.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}
