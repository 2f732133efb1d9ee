// The theme as the audience sees it: contrast on every slide in both
// variants, type that stays readable on a full slide, a custom stylesheet,
// the single-file deck opened on its own.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { exampleDocument, fixtures, openBrowser, readPdf, runCli, scratchWorkspace, closeBrowser } from './helpers.ts';

const ws = scratchWorkspace();
let browser: Browser;
const build = (...args: string[]): void => {
  const result = runCli(['build', ...args], ws.dir);
  assert.equal(result.status, 0, result.stderr);
};

before(async () => {
  build(exampleDocument, '--deck', 'light');
  build(exampleDocument, '--deck', 'dark', '--theme', 'dark');
  build(join(fixtures, 'corpus', 'sorting-lecture.md'), '--deck', 'lecture', '--single-file');
  // Slides as the author wrote them, rendered as they are (a document would be planned to fit instead):
  // imported as a reveal.js deck, then built from its slide files.
  const imported = runCli(['import', join(fixtures, 'theme', 'readable.md'), '--deck', 'readable', '--format', 'reveal'], ws.dir);
  assert.equal(imported.status, 0, imported.stderr);
  build('readable');
  // Pictures larger than a slide, side by side and under the steps of a list.
  const picture = (fill: string): string =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><rect width="1600" height="1200" fill="${fill}"/></svg>`;
  writeFileSync(join(ws.dir, 'wide-a.svg'), picture('#4682b4'));
  writeFileSync(join(ws.dir, 'wide-b.svg'), picture('#b47846'));
  writeFileSync(
    join(ws.dir, 'steps.md'),
    [
      '# Steps',
      '## Setting up',
      'Plug the cable into the display, then into the board, as shown below:',
      '![](wide-a.svg) ![](wide-b.svg)',
      '## Assembly',
      '1. Place the first guard on the back of the display.\n\n    ![](wide-a.svg)',
      '2. Place the board on top of the guard.\n\n    b. Turn it over, as pictured below:\n\n    ![](wide-b.svg)',
      '3. Tighten the four screws.',
    ].join('\n\n'),
  );
  build('steps.md', '--deck', 'steps', '--pdf', '--handout', 'notes');
  // A Hebrew lecture with a formula: the slide reads right to left, the formula left to right.
  writeFileSync(
    join(ws.dir, 'hebrew.md'),
    '# פיזיקה\n\n## חוק גאוס\n\nהשדה החשמלי של כדור טעון הוא:\n\n$$\\vec{E} = \\frac{Q_{enclosed}}{4\\pi \\epsilon_0 r^2}$$\n\n## סיכום\n\nהשדה יורד עם ריבוע המרחק.\n',
  );
  build('hebrew.md', '--deck', 'hebrew');
  build(join(fixtures, 'theme', 'marks.md'), '--deck', 'marks-light');
  build(join(fixtures, 'theme', 'marks.md'), '--deck', 'marks-dark', '--theme', 'dark');
  browser = await openBrowser();
});
after(async () => {
  await closeBrowser(browser);
  ws.remove();
});

async function open(file: string, hash = ''): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // tsx names inner functions through a helper; functions passed to the page need it there too.
  await context.addInitScript('window.__name = (f) => f;');
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href + hash);
  await page.evaluate(() => window.lectern?.ready);
  return { page, requests };
}

/** Lowest WCAG contrast ratio of any text on the current slide, with where it is. */
function worstContrast(): { ratio: number; where: string } {
  const parse = (c: string): number[] => (c.match(/[\d.]+/gu) ?? []).map(Number);
  const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
    const f = (v: number): number => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c[3] ?? 0) > 0.5) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  let worst = { ratio: 21, where: '' };
  const slide = document.querySelector('.reveal .slides > section.present');
  const texts = [...(slide?.querySelectorAll('*') ?? []), ...document.querySelectorAll('.reveal .slide-number')];
  for (const el of texts) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    const style = getComputedStyle(el);
    if (!own || style.visibility === 'hidden' || style.display === 'none') continue;
    const fg = parse(style.color);
    const alpha = fg[3] ?? 1;
    const bg = background(el);
    const mixed = fg.slice(0, 3).map((v, i) => v * alpha + (bg[i] ?? 0) * (1 - alpha));
    const [l1, l2] = [luminance(mixed), luminance(bg)].sort((a, b) => b - a) as [number, number];
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    if (ratio / needed < worst.ratio / 4.5)
      worst = {
        ratio: (ratio / needed) * 4.5,
        where: `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 40)}" ${style.color} on rgb(${bg.join(',')}) ratio ${ratio.toFixed(2)} (needs ${needed})`,
      };
  }
  return worst;
}

describe('the theme', () => {
  for (const variant of ['light', 'dark']) {
    it(`${variant}: every text on every slide meets WCAG AA contrast`, async () => {
      const { page } = await open(join(ws.dir, 'dist', variant, 'index.html'));
      const total = await page.evaluate(() => window.Reveal?.getTotalSlides() ?? 0);
      assert.equal(total, 9);
      for (let i = 0; i < total; i += 1) {
        await page.evaluate((n) => window.Reveal?.slide(n), i);
        const worst = await page.evaluate(worstContrast);
        assert.ok(worst.ratio >= 4.5, `slide ${i + 1}: ${worst.where}`);
      }
      const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.reveal .slides > section') as Element).backgroundColor);
      const [r = 0] = (bg.match(/\d+/gu) ?? []).map(Number);
      assert.ok(variant === 'dark' ? r < 60 : r > 200, `${variant} background is ${bg}`);
      await page.context().close();
    });
  }

  it("shows the author's highlights (==text==) as a band behind the words, readable in both variants", async () => {
    for (const variant of ['light', 'dark']) {
      const { page } = await open(join(ws.dir, 'dist', `marks-${variant}`, 'index.html'), '#/what-to-remember');
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll('section.present .slide-body mark')].map((m) => ({ text: m.textContent, bg: getComputedStyle(m).backgroundColor })),
      );
      assert.deepEqual(
        marks.map((m) => m.text),
        ['first rule', 'check the result', 'marked words'],
      );
      const slideBg = await page.evaluate(() => getComputedStyle(document.querySelector('.reveal .slides > section') as Element).backgroundColor);
      assert.ok(
        marks.every((m) => m.bg !== slideBg && m.bg !== 'rgba(0, 0, 0, 0)'),
        `${variant}: ${JSON.stringify(marks)} on ${slideBg}`,
      );
      const worst = await page.evaluate(worstContrast);
      assert.ok(worst.ratio >= 4.5, `${variant}: ${worst.where}`);
      await page.context().close();
    }
  });

  it('a custom stylesheet in the workspace overrides colours through custom properties, in the light and the dark variant', async () => {
    mkdirSync(join(ws.dir, 'theme'), { recursive: true });
    writeFileSync(
      join(ws.dir, 'theme', 'custom.css'),
      '.lectern-deck, .lectern-print { --lectern-accent: rgb(0, 102, 51); --lectern-font-heading: Georgia, serif; }\n',
    );
    for (const variant of ['light', 'dark']) {
      build(variant);
      const { page } = await open(join(ws.dir, 'dist', variant, 'index.html'), '#/mutual-distrust');
      const accent = await page.evaluate(() => getComputedStyle(document.querySelector('section.present li') as Element, '::before').backgroundColor);
      assert.equal(accent, 'rgb(0, 102, 51)', variant);
      assert.match(await page.evaluate(() => getComputedStyle(document.querySelector('section.present h1') as Element).fontFamily), /^Georgia/u, variant);
      await page.context().close();
    }
  });

  it('a stylesheet that sets another slide size (4:3) changes the frame, the PDF pages, the pictures and the .pptx', async () => {
    const four = scratchWorkspace();
    try {
      mkdirSync(join(four.dir, 'theme'), { recursive: true });
      writeFileSync(join(four.dir, 'theme', 'custom.css'), '.lectern-deck, .lectern-print { --lectern-slide-width: 1024px; --lectern-slide-height: 768px; }\n');
      const built = runCli(['build', exampleDocument, '--deck', 'square', '--pdf', '--handout', 'notes', '--png', '--pptx'], four.dir);
      assert.equal(built.status, 0, built.stderr);
      const pdf = await readPdf(join(four.dir, 'dist', 'square', 'square.pdf'));
      assert.deepEqual(new Set(pdf.sizes.map((s) => `${s.width}x${s.height}`)), new Set(['768x576']));
      const png = readFileSync(join(four.dir, 'dist', 'square', 'png', '1-title.png'));
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1024, 768]);
      const pptx = await JSZip.loadAsync(readFileSync(join(four.dir, 'dist', 'square', 'square.pptx')));
      const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/u.exec((await pptx.file('ppt/presentation.xml')?.async('string')) ?? '');
      assert.ok(size && Math.abs(Number(size[1]) / Number(size[2]) - 4 / 3) < 0.001, `the .pptx slide is ${size?.[1]} x ${size?.[2]} EMU`);
      const { page } = await open(join(four.dir, 'dist', 'square', 'index.html'));
      const shown = await page.evaluate(() => {
        // reveal.js's typings leave its config's sizes out.
        const config = (window.Reveal as unknown as { getConfig(): { width?: number; height?: number } } | undefined)?.getConfig();
        const slide = document.querySelector('.reveal .slides > section') as HTMLElement;
        return {
          width: config?.width,
          height: config?.height,
          box: [slide.offsetWidth, slide.offsetHeight],
          overflowing: window.lectern?.overflowing() ?? ['?'],
        };
      });
      assert.deepEqual(shown, { width: 1024, height: 768, box: [1024, 768], overflowing: [] });
      await page.context().close();
      const print = await open(join(four.dir, 'dist', 'square', 'print.html'));
      const ratio = await print.page.evaluate(() => {
        void window.lectern?.setMode?.('notes', {});
        const frame = document.querySelector('.print-item .slide-frame') as HTMLElement;
        return frame.offsetWidth / frame.offsetHeight;
      });
      assert.ok(Math.abs(ratio - 4 / 3) < 0.02, `the handout's slide picture is ${ratio.toFixed(3)}:1`);
      // The 3-up handout's ruled lines are as tall as the slide beside them (the printer's viewport is the paper's printable width: 174 mm).
      await print.page.setViewportSize({ width: Math.floor((174 * 96) / 25.4), height: 1000 });
      const beside = await print.page.evaluate(() => {
        void window.lectern?.setMode?.('3up', { pageWidthMm: 174, pageHeightMm: 259 });
        const item = document.querySelector('.print-item:not(.fragment-step)') as HTMLElement;
        return [(item.querySelector('.slide-frame') as HTMLElement).offsetHeight, (item.querySelector('.handout-lines') as HTMLElement).offsetHeight];
      });
      assert.ok(Math.abs((beside[0] ?? 0) - (beside[1] ?? 0)) <= 2, `slide ${beside[0]} px tall, its lines ${beside[1]} px`);
      await print.page.context().close();
      const bad = scratchWorkspace();
      mkdirSync(join(bad.dir, 'theme'), { recursive: true });
      writeFileSync(join(bad.dir, 'theme', 'custom.css'), '.lectern-deck { --lectern-slide-width: 50%; }\n');
      const refused = runCli(['build', exampleDocument, '--deck', 'bad'], bad.dir);
      bad.remove();
      assert.equal(refused.status, 2);
      assert.match(refused.stderr, /custom\.css: --lectern-slide-width must be a size in px/u);
    } finally {
      four.remove();
    }
  });

  it('the single-file deck opens alone, renders its fonts, math and image, and asks for nothing', async () => {
    const alone = join(ws.dir, 'alone');
    mkdirSync(alone, { recursive: true });
    copyFileSync(join(ws.dir, 'dist', 'lecture', 'lecture.html'), join(alone, 'lecture.html'));
    const { page, requests } = await open(join(alone, 'lecture.html'));
    const others = requests.filter((u) => !u.startsWith('data:') && u !== pathToFileURL(join(alone, 'lecture.html')).href);
    assert.deepEqual(others, []);
    assert.ok(
      await page.evaluate(
        () => document.fonts.check('36px "Source Sans 3"') && [...document.fonts].some((f) => f.family.includes('Source Sans 3') && f.status === 'loaded'),
      ),
    );
    assert.ok(await page.evaluate(() => (window.Reveal?.getTotalSlides() ?? 0) > 10));
    assert.ok(
      await page.evaluate(
        () => document.querySelector('.katex') !== null && [...document.fonts].some((f) => f.family.startsWith('KaTeX') && f.status === 'loaded'),
      ),
      'KaTeX fonts',
    );
    const image = await page.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('figure img');
      return img ? { src: img.src.slice(0, 22), width: img.naturalWidth } : null;
    });
    assert.deepEqual(image, { src: 'data:image/png;base64,', width: 320 });
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await popup.waitForFunction(() => (document.querySelector('.speaker-controls-time .clock-value')?.textContent ?? '') !== '0:00 AM', undefined, {
      timeout: 15_000,
    });
    await page.context().close();
  });
});

describe('readable however full the slide', () => {
  const source = readFileSync(join(fixtures, 'theme', 'readable.md'), 'utf8');
  const code = /```js\n([^]*?\n)```/u.exec(source)?.[1] ?? '';

  /** Each slide of the readable deck as it is shown: sizes, fit, and its code. */
  async function slides(page: Page): Promise<
    {
      id: string;
      layout: string;
      fit: string;
      title: number;
      body: number;
      pre: { size: number; scroll: number; client: number; text: string; ligatures: string }[];
    }[]
  > {
    const total = await page.evaluate(() => window.Reveal?.getTotalSlides() ?? 0);
    const shown = [];
    for (let i = 0; i < total; i += 1) {
      await page.evaluate((n) => window.Reveal?.slide(n), i);
      shown.push(
        await page.evaluate(() => {
          const slide = document.querySelector('.reveal .slides > section.present') as HTMLElement;
          const px = (el: Element | null): number => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
          return {
            id: slide.id,
            layout: slide.className,
            fit: slide.style.getPropertyValue('--lectern-fit'),
            title: px(slide.querySelector('h1')),
            body: px(slide),
            pre: [...slide.querySelectorAll('pre')].map((pre) => ({
              size: px(pre),
              scroll: pre.scrollWidth,
              client: pre.clientWidth,
              text: pre.textContent ?? '',
              ligatures: getComputedStyle(pre.querySelector('code') as Element).fontVariantLigatures,
            })),
          };
        }),
      );
    }
    return shown;
  }

  it('titles keep one size on every slide; body text and code stay large enough to read', async () => {
    const { page } = await open(join(ws.dir, 'dist', 'readable', 'index.html'));
    const shown = (await slides(page)).filter((s) => !s.layout.includes('layout-title'));
    assert.ok(
      shown.some((s) => s.id === 'full' && s.fit !== ''),
      'the full slide was fitted',
    );
    assert.deepEqual([...new Set(shown.map((s) => s.title))], [58], JSON.stringify(shown.map((s) => [s.id, s.title])));
    for (const s of shown) assert.ok(s.body >= 28, `${s.id}: body text at ${s.body}px`);
    const pres = shown.filter((s) => !['drawing', 'aligned', 'tall-and-wide'].includes(s.id)).flatMap((s) => s.pre);
    assert.equal(pres.length, 1);
    for (const pre of pres) {
      assert.ok(pre.size >= 22, `code at ${pre.size}px`);
      assert.ok(pre.scroll <= pre.client, `code clipped: ${pre.scroll}px wide in ${pre.client}px`);
      assert.equal(pre.text, code, 'the code as written, with nothing added for the wrapped line');
      assert.equal(pre.ligatures, 'none');
    }
    await page.context().close();
  });

  it('a display formula wider than the slide shrinks to fit its width, and the rest of the slide keeps its size', async () => {
    const { page } = await open(join(ws.dir, 'dist', 'readable', 'index.html'), '#/formula');
    const shown = await page.evaluate(() => {
      const slide = document.querySelector('section.present') as HTMLElement;
      const formula = slide.querySelector('.katex-block') as HTMLElement;
      const body = slide.querySelector('.slide-body') as HTMLElement;
      return {
        scroll: formula.scrollWidth,
        client: formula.clientWidth,
        bodyRight: body.getBoundingClientRect().right,
        right: formula.getBoundingClientRect().right,
        size: parseFloat(getComputedStyle(formula).fontSize),
        text: parseFloat(getComputedStyle(slide.querySelector('p') as Element).fontSize),
        red: slide.querySelectorAll('[style*="#cc0000"]').length,
      };
    });
    assert.ok(shown.scroll <= shown.client + 1 && shown.right <= shown.bodyRight + 1, `the formula is ${shown.scroll}px wide in ${shown.client}px`);
    assert.ok(shown.size < shown.text, `the formula kept its size (${shown.size}px)`);
    assert.ok(shown.text >= 28, `the text beside it shrank to ${shown.text}px`);
    assert.equal(shown.red, 0, 'a LaTeX command was not understood');
    await page.context().close();
  });

  it('a formula on a slide of Hebrew reads left to right, its fraction whole: not mirrored with the text around it', async () => {
    const { page } = await open(join(ws.dir, 'dist', 'hebrew', 'index.html'), '');
    const shown = await page.evaluate(() => {
      const formula = document.querySelector('.katex-display .katex') as HTMLElement;
      const sub = formula.querySelector('.msupsub') as HTMLElement;
      const base = sub.previousElementSibling as HTMLElement;
      return {
        dir: document.documentElement.getAttribute('dir'),
        direction: getComputedStyle(formula).direction,
        // "Q" before its subscript "enclosed", left to right.
        order: base.getBoundingClientRect().left < sub.getBoundingClientRect().left,
      };
    });
    assert.equal(shown.dir, 'rtl');
    assert.equal(shown.direction, 'ltr');
    assert.ok(shown.order, 'the subscript stands left of its base');
    await page.context().close();
  });

  it('a numbered formula as wide as the slide is set smaller until its number stands clear of it, not over its last symbols', async () => {
    const { page } = await open(join(ws.dir, 'dist', 'readable', 'index.html'), '#/numbered-formula');
    const shown = await page.evaluate(() => {
      const slide = document.querySelector('section.present') as HTMLElement;
      const formula = slide.querySelector('.katex-block') as HTMLElement;
      const tag = formula.querySelector('.katex-tag') as HTMLElement;
      const bases = [...formula.querySelectorAll('.katex-html > .katex-base, .katex-html > .base')].map((b) => b.getBoundingClientRect().right);
      return {
        tag: tag.getBoundingClientRect().left,
        formula: Math.max(...bases),
        body: (slide.querySelector('.slide-body') as HTMLElement).getBoundingClientRect().right,
        right: tag.getBoundingClientRect().right,
      };
    });
    assert.ok(shown.tag >= shown.formula, `the number starts at ${shown.tag}px, the formula ends at ${shown.formula}px`);
    assert.ok(shown.right <= shown.body + 1, `the number ends at ${shown.right}px, the slide's body at ${shown.body}px`);
    await page.context().close();
  });

  it('a display formula far wider than the slide is broken after its operators, at its own size, and nothing overflows', async () => {
    const { page } = await open(join(ws.dir, 'dist', 'readable', 'index.html'), '#/long-formula');
    const shown = await page.evaluate(() => {
      const slide = document.querySelector('section.present') as HTMLElement;
      const body = slide.querySelector('.slide-body') as HTMLElement;
      const block = slide.querySelector('.katex-block') as HTMLElement;
      const visible = [...block.querySelectorAll<HTMLElement>('.katex')].filter((k) => k.offsetParent !== null);
      const runs = [...(visible[0]?.querySelectorAll<HTMLElement>('.katex-html > *') ?? [])].map((b) => b.getBoundingClientRect());
      return {
        overflow: slide.getAttribute('data-overflow'),
        visible: visible.length,
        rows: new Set(runs.map((r) => Math.round(r.bottom))).size,
        right: Math.max(...runs.map((r) => r.right)),
        bodyRight: body.getBoundingClientRect().right,
        size: parseFloat(getComputedStyle(block).fontSize),
        text: parseFloat(getComputedStyle(slide.querySelector('p') as Element).fontSize),
      };
    });
    assert.equal(shown.overflow, null, 'the slide overflows');
    assert.equal(shown.visible, 1, 'one formula shows');
    assert.ok(shown.rows >= 2, `the formula shows in ${shown.rows} row(s)`);
    assert.ok(shown.right <= shown.bodyRight + 1, `the formula ends at ${shown.right}px, the slide's body at ${shown.bodyRight}px`);
    assert.equal(shown.size, shown.text, `the formula is set at ${shown.size}px beside text at ${shown.text}px`);
    await page.context().close();
  });

  it('an inline formula too wide for its line (one group KaTeX cannot break) takes a smaller type of its own and stays inside the slide', async () => {
    const { page } = await open(join(ws.dir, 'dist', 'readable', 'index.html'), '#/inline-formula');
    const shown = await page.evaluate(() => {
      const slide = document.querySelector('section.present') as HTMLElement;
      const body = slide.querySelector('.slide-body') as HTMLElement;
      const formula = slide.querySelector('.katex') as HTMLElement;
      const parts = [...formula.querySelectorAll('.katex-html > *')].map((p) => p.getBoundingClientRect().right);
      return {
        overflow: slide.getAttribute('data-overflow'),
        right: Math.max(...parts),
        bodyRight: body.getBoundingClientRect().right,
        size: parseFloat(getComputedStyle(formula).fontSize),
        text: parseFloat(getComputedStyle(slide.querySelector('li') as Element).fontSize),
      };
    });
    assert.equal(shown.overflow, null, 'the slide overflows');
    assert.ok(shown.right <= shown.bodyRight + 1, `the formula ends at ${shown.right}px, the slide's body at ${shown.bodyRight}px`);
    assert.ok(shown.size < shown.text, `the formula kept its size (${shown.size}px)`);
    assert.ok(shown.text >= 28, `the text beside it shrank to ${shown.text}px`);
    await page.context().close();
  });

  it('a display formula too tall for the slide at the smallest type takes a smaller type of its own, and nothing overflows', async () => {
    const { page } = await open(join(ws.dir, 'dist', 'readable', 'index.html'), '#/tall-formula');
    const shown = await page.evaluate(() => {
      const slide = document.querySelector('section.present') as HTMLElement;
      const body = slide.querySelector('.slide-body') as HTMLElement;
      const formula = slide.querySelector('.katex-block') as HTMLElement;
      return {
        overflow: slide.getAttribute('data-overflow'),
        height: body.scrollHeight,
        room: body.clientHeight,
        size: parseFloat(getComputedStyle(formula).fontSize),
        text: parseFloat(getComputedStyle(slide.querySelector('p') as Element).fontSize),
      };
    });
    assert.equal(shown.overflow, null, `the slide overflows: ${shown.height}px in ${shown.room}px`);
    assert.ok(shown.height <= shown.room + 1, `${shown.height}px in ${shown.room}px`);
    assert.ok(shown.size < shown.text, `the formula kept its size (${shown.size}px)`);
    await page.context().close();
  });

  it('a table keeps identifiers and paths whole when it can, and stays inside the slide', async () => {
    const { page } = await open(join(ws.dir, 'dist', 'readable', 'index.html'), '#/table');
    const cells = await page.evaluate(() => {
      const slide = document.querySelector('section.present') as HTMLElement;
      const body = slide.querySelector('.slide-body') as HTMLElement;
      const table = slide.querySelector('table') as HTMLElement;
      // A code span broken inside a word shows on two lines: more than one box.
      const broken = [...slide.querySelectorAll('td code')]
        .filter((c) => !/\s/u.test(c.textContent ?? '') && c.getClientRects().length > 1)
        .map((c) => c.textContent);
      return { broken, tableRight: table.getBoundingClientRect().right, bodyRight: body.getBoundingClientRect().right };
    });
    assert.deepEqual(cells.broken, []);
    assert.ok(cells.tableRight <= cells.bodyRight + 1, `the table ends at ${cells.tableRight}px, the body at ${cells.bodyRight}px`);
    await page.context().close();
  });

  it('a drawing wider and taller than the slide is set smaller to fit, whole: no line wrapped, nothing clipped, as written', async () => {
    const drawn = /```bob\n([^]*?\n)```/u.exec(source)?.[1] ?? '';
    const { page } = await open(join(ws.dir, 'dist', 'readable', 'index.html'), '#/drawing');
    const shown = await page.evaluate(() => {
      const slide = document.querySelector('.reveal .slides > section.present') as HTMLElement;
      const pre = slide.querySelector('pre') as HTMLElement;
      const lines = [...pre.querySelectorAll('.line')];
      const lineHeight = parseFloat(getComputedStyle(lines[0] as Element).lineHeight);
      const body = slide.querySelector('.slide-body') as HTMLElement;
      return {
        drawing: pre.classList.contains('lectern-drawing'),
        size: parseFloat(getComputedStyle(pre).fontSize),
        wrapped: lines.filter((l) => l.getBoundingClientRect().height > lineHeight * 1.5).length,
        wide: pre.scrollWidth - pre.clientWidth,
        bottom: pre.getBoundingClientRect().bottom - body.getBoundingClientRect().bottom,
        overflow: slide.getAttribute('data-overflow'),
        text: pre.textContent ?? '',
      };
    });
    assert.ok(shown.drawing, 'marked as a drawing');
    assert.ok(shown.size < 22, `set smaller than code: ${shown.size}px`);
    assert.equal(shown.wrapped, 0, 'no line of the drawing wraps');
    assert.ok(shown.wide <= 1, `clipped: ${shown.wide}px wider than its box`);
    assert.ok(shown.bottom <= 1, `runs ${shown.bottom}px past the slide's body`);
    assert.equal(shown.overflow, null);
    assert.equal(shown.text, drawn);
    await page.context().close();
  });

  it('code whose lines would wrap at its size but fit at 22 px is set just that much smaller: aligned comments stay aligned', async () => {
    const written = /```c\n([^]*?\n)```/u.exec(source)?.[1] ?? '';
    const { page } = await open(join(ws.dir, 'dist', 'readable', 'index.html'), '#/aligned');
    const shown = await page.evaluate(() => {
      const pre = document.querySelector('.reveal .slides > section.present pre') as HTMLElement;
      const lines = [...pre.querySelectorAll('.line')];
      const lineHeight = parseFloat(getComputedStyle(lines[0] as Element).lineHeight);
      return {
        size: parseFloat(getComputedStyle(pre).fontSize),
        wrapped: lines.filter((l) => l.getBoundingClientRect().height > lineHeight * 1.5).length,
        text: pre.textContent ?? '',
      };
    });
    assert.ok(shown.size >= 22 && shown.size < 25.5, `code at ${shown.size}px`);
    assert.equal(shown.wrapped, 0, 'no line wraps');
    assert.equal(shown.text, written);
    await page.context().close();
  });

  it('code set smaller to fit its width, and still too tall for the slide, is set smaller again, never below 22 px: nothing overflows', async () => {
    const written = /```python\n([^]*?\n)```/u.exec(source)?.[1] ?? '';
    const { page } = await open(join(ws.dir, 'dist', 'readable', 'index.html'), '#/tall-and-wide');
    const shown = await page.evaluate(() => {
      const slide = document.querySelector('.reveal .slides > section.present') as HTMLElement;
      const pre = slide.querySelector('pre') as HTMLElement;
      const body = slide.querySelector('.slide-body') as HTMLElement;
      const lines = [...pre.querySelectorAll('.line')];
      const lineHeight = parseFloat(getComputedStyle(lines[0] as Element).lineHeight);
      return {
        size: parseFloat(getComputedStyle(pre).fontSize),
        wrapped: lines.filter((l) => l.getBoundingClientRect().height > lineHeight * 1.5).length,
        bottom: pre.getBoundingClientRect().bottom - body.getBoundingClientRect().bottom,
        overflow: slide.getAttribute('data-overflow'),
        text: pre.textContent ?? '',
      };
    });
    assert.ok(shown.size >= 22 && shown.size < 26, `code at ${shown.size}px`);
    assert.equal(shown.wrapped, 0, 'no line wraps');
    assert.ok(shown.bottom <= 1, `runs ${shown.bottom}px past the slide's body`);
    assert.equal(shown.overflow, null);
    assert.equal(shown.text, written);
    await page.context().close();
  });

  it("pictures larger than the slide, side by side or under a list's steps, are set in the room the slide has", async () => {
    const { page } = await open(join(ws.dir, 'dist', 'steps', 'index.html'));
    const total = await page.evaluate(() => window.Reveal?.getTotalSlides() ?? 0);
    const shown: { id: string; overflow: string | null; pictures: { top: number; left: number; bottom: number; width: number }[]; body: number }[] = [];
    for (let i = 0; i < total; i += 1) {
      await page.evaluate((n) => window.Reveal?.slide(n), i);
      // The slide's pictures loaded (and the slide fitted again after them).
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('.reveal .slides > section.present .slide-body img')].every(
          (img) => img.complete && img.naturalWidth > 0,
        ),
      );
      await page.evaluate(() => window.lectern?.ready);
      shown.push(
        await page.evaluate(() => {
          const slide = document.querySelector('.reveal .slides > section.present') as HTMLElement;
          const body = slide.querySelector('.slide-body')?.getBoundingClientRect().bottom ?? 0;
          const pictures = [...slide.querySelectorAll('.slide-body img')].map((img) => {
            const r = img.getBoundingClientRect();
            return { top: r.top, left: r.left, bottom: r.bottom, width: r.width };
          });
          return { id: slide.id, overflow: slide.getAttribute('data-overflow'), pictures, body };
        }),
      );
    }
    assert.deepEqual(
      shown.filter((s) => s.overflow !== null).map((s) => s.id),
      [],
    );
    for (const s of shown)
      for (const p of s.pictures) assert.ok(p.bottom <= s.body + 1 && p.width > 100, `${s.id}: ${JSON.stringify(p)} in a body ending at ${s.body}`);
    // Both pictures of the row on one slide, side by side.
    const row = shown.find((s) => s.pictures.length === 2);
    assert.ok(row, JSON.stringify(shown.map((s) => [s.id, s.pictures.length])));
    const [a, b] = row?.pictures ?? [];
    assert.ok(a && b && Math.abs(a.top - b.top) <= 2 && b.left > a.left + a.width - 1, JSON.stringify(row));
    // Every step's picture is on a slide, not only in the notes.
    assert.equal(
      shown.reduce((n, s) => n + s.pictures.length, 0),
      4,
    );
    await page.context().close();
  });

  it("sets the pictures the notes hold small in the notes handout: the step's photo is on its slide already", async () => {
    const handout = await readPdf(join(ws.dir, 'dist', 'steps', 'steps-handout.pdf'));
    // Four pictures of 1600 x 1200 in the notes, each a page wide, took six pages; set small, three.
    assert.ok(handout.pages <= 4, `${handout.pages} pages`);
    assert.match(handout.pageTexts.join(' ').replace(/\s+/gu, ' '), /Place the board on top of the guard/u);
  });

  it('a long code line wraps onto a marked, indented continuation line', async () => {
    const { page } = await open(join(ws.dir, 'dist', 'readable', 'index.html'), '#/code');
    const long = await page.evaluate(() => {
      const line = [...document.querySelectorAll('section.present pre .line')].find((l) => (l.textContent ?? '').length > 100) as HTMLElement;
      const lineHeight = parseFloat(getComputedStyle(line).lineHeight);
      const rects = [...line.getClientRects()];
      return { height: line.getBoundingClientRect().height, lineHeight, marker: getComputedStyle(line).backgroundImage, rects: rects.length };
    });
    assert.ok(long.height >= 1.9 * long.lineHeight, `the long line takes ${long.height}px, a line is ${long.lineHeight}px`);
    assert.match(long.marker, /linear-gradient/u);
    await page.context().close();
  });

  it('in a loose list, ordered or not, nested or not, each marker is on the first line of its item', async () => {
    const { page } = await open(join(ws.dir, 'dist', 'readable', 'index.html'), '#/loose');
    const items = await page.evaluate(() =>
      [...document.querySelectorAll('section.present li')].map((li) => {
        // The marker (li::before) is the item's first inline box: it sits on the item's first line, at its top.
        const text = document.createRange();
        const first = li.querySelector('p')?.firstChild ?? li.firstChild;
        text.selectNodeContents(first as Node);
        const firstLine = text.getClientRects()[0];
        return {
          text: (li.textContent ?? '').trim().slice(0, 20),
          loose: li.querySelector(':scope > p') !== null,
          item: li.getBoundingClientRect().top,
          line: firstLine?.top ?? -1,
        };
      }),
    );
    assert.equal(items.length, 5);
    assert.ok(
      items.every((i) => i.loose),
      'the list is loose',
    );
    for (const i of items) assert.ok(Math.abs(i.line - i.item) <= 4, `"${i.text}": marker at ${i.item}px, its text at ${i.line}px`);
    await page.context().close();
  });

  it("an item that opens with a word longer than the line (a file's path) starts on its marker's line", async () => {
    const { page } = await open(join(ws.dir, 'dist', 'readable', 'index.html'), '#/paths');
    const items = await page.evaluate(() =>
      [...document.querySelectorAll('section.present li')].map((li) => {
        const text = document.createRange();
        text.selectNodeContents(li);
        const lines = [...text.getClientRects()].filter((r) => r.width > 0);
        const marker = getComputedStyle(li, '::before');
        return {
          text: (li.textContent ?? '').trim().slice(0, 30),
          item: li.getBoundingClientRect().top,
          first: Math.min(...lines.map((r) => r.top)),
          lineHeight: parseFloat(getComputedStyle(li).lineHeight),
          marker: marker.content !== 'none' && marker.display !== 'none',
        };
      }),
    );
    assert.equal(items.length, 4);
    for (const i of items) {
      assert.ok(i.marker, `"${i.text}" has a marker`);
      // Its text on the item's first line: not a line below the marker.
      assert.ok(i.first - i.item < i.lineHeight * 0.5, `"${i.text}": item at ${i.item}px, its text from ${i.first}px (a line is ${i.lineHeight}px)`);
    }
    await page.context().close();
  });
});
