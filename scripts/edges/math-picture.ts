// Formulas and SVG images as pictures, for the .pptx (PowerPoint's text
// boxes cannot hold typeset math, and pptxgenjs cannot make the PNG that an
// SVG picture needs beside it when it runs in Node). MathJax typesets TeX as
// SVG without a browser; resvg rasterises SVG. Both load only when a deck
// asks for them.
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import type { LiteElement } from '@mathjax/src/js/adaptors/lite/Element.js';

/** A picture of a formula: its PNG (transparent, drawn at `pxPerEm` pixels a em) and its size in em. */
export interface TexPicture {
  png: Buffer;
  widthEm: number;
  heightEm: number;
}

/** Pixels per em the formulas are drawn at: sharp at 40 pt on a 4K screen. */
const pxPerEm = 160;

type Converter = (tex: string, display: boolean) => Promise<string>;
let converter: Promise<Converter> | null = null;

/** MathJax's TeX input and SVG output, loaded once (its fonts' data load as the formulas need them). */
function texToSvg(): Promise<Converter> {
  converter ??= (async () => {
    const [{ mathjax }, { TeX }, { SVG }, { liteAdaptor }, { RegisterHTMLHandler }] = await Promise.all([
      import('@mathjax/src/js/mathjax.js'),
      import('@mathjax/src/js/input/tex.js'),
      import('@mathjax/src/js/output/svg.js'),
      import('@mathjax/src/js/adaptors/liteAdaptor.js'),
      import('@mathjax/src/js/handlers/html.js'),
    ]);
    await Promise.all([
      import('@mathjax/src/js/util/asyncLoad/esm.js'),
      import('@mathjax/src/js/input/tex/base/BaseConfiguration.js'),
      import('@mathjax/src/js/input/tex/ams/AmsConfiguration.js'),
      import('@mathjax/src/js/input/tex/newcommand/NewcommandConfiguration.js'),
      import('@mathjax/src/js/input/tex/noundefined/NoUndefinedConfiguration.js'),
    ]);
    const adaptor = liteAdaptor();
    RegisterHTMLHandler(adaptor);
    const document = mathjax.document('', {
      InputJax: new TeX({ packages: ['base', 'ams', 'newcommand', 'noundefined'] }),
      OutputJax: new SVG({ fontCache: 'none' }),
    });
    return async (tex: string, display: boolean) => adaptor.innerHTML((await document.convertPromise(tex, { display })) as LiteElement);
  })();
  return converter;
}

async function resvg(): Promise<typeof ResvgClass> {
  return (await import('@resvg/resvg-js')).Resvg;
}

/** An SVG as a PNG `width` pixels wide (its proportions kept). */
export async function svgToPng(svg: string | Buffer, width: number): Promise<Buffer> {
  const Resvg = await resvg();
  return new Resvg(svg, { fitTo: { mode: 'width', value: Math.max(1, Math.round(width)) }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

/** Each formula (TeX, display style) as a picture in `colour` (#rrggbb). */
export async function texPictures(formulas: string[], colour: string): Promise<Map<string, TexPicture>> {
  const pictures = new Map<string, TexPicture>();
  if (formulas.length === 0) return pictures;
  const convert = await texToSvg();
  for (const tex of new Set(formulas)) {
    const svg = (await convert(tex, true)).replace(/currentColor/gu, colour);
    // The viewBox is in thousandths of an em.
    const box = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/u.exec(svg);
    const widthEm = Number(box?.[3] ?? 1000) / 1000;
    const heightEm = Number(box?.[4] ?? 1000) / 1000;
    pictures.set(tex, { png: await svgToPng(svg, widthEm * pxPerEm), widthEm, heightEm });
  }
  return pictures;
}
