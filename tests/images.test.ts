// Images a deck cannot show: one missing from the document's folder, one on
// the web. The build goes on with a warning; the slide shows a placeholder
// with the alt text; the web address is in the notes; nothing is fetched.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openBrowser, runCli, scratchWorkspace, type RunResult, closeBrowser } from './helpers.ts';

const ws = scratchWorkspace();
let browser: Browser;
let built: RunResult;
const markdown = [
  '# Pictures',
  '',
  '## Missing',
  '',
  'The chart below was never drawn.',
  '',
  '![Sales by quarter](charts/sales.png)',
  '',
  '## Remote',
  '',
  'The photograph is on a web server.',
  '',
  '![A lecture hall](https://images.example.com/photos/hall.jpg)',
  '',
  '## Pair',
  '',
  'The data with labels, and without.',
  '',
  '![Labelled](images/labelled.png) ![Unlabelled](images/unlabelled.png)',
  '',
  'Both come from the same survey.',
  '',
  '## Row',
  '',
  'Here are the other six:',
  '',
  [2, 3, 4, 5, 6, 7].map((n) => `![](../../../../images/institutions/correlation-chart-${n}.png)`).join(' '),
  '',
].join('\n');

before(async () => {
  mkdirSync(join(ws.dir, 'docs'), { recursive: true });
  writeFileSync(join(ws.dir, 'docs', 'pictures.md'), markdown);
  built = runCli(['build', 'docs/pictures.md'], ws.dir);
  browser = await openBrowser();
});
after(async () => {
  await closeBrowser(browser);
  ws.remove();
});

/** The slide with this id as the deck shows it, and every request the page made. */
async function slide(id: string): Promise<{ placeholder: string; caption: string; notes: string; box: { width: number; height: number }; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(`${pathToFileURL(join(ws.dir, 'dist', 'pictures', 'index.html')).href}#/${id}`);
  await page.evaluate(() => window.lectern?.ready);
  const shown = await page.evaluate((slideId) => {
    const section = document.getElementById(slideId);
    const box = section?.querySelector('.lectern-placeholder')?.getBoundingClientRect();
    return {
      placeholder: section?.querySelector('.lectern-placeholder')?.textContent ?? '',
      caption: section?.querySelector('figcaption')?.textContent ?? '',
      notes: section?.querySelector('aside.notes')?.textContent ?? '',
      box: { width: box?.width ?? 0, height: box?.height ?? 0 },
    };
  }, id);
  await context.close();
  return { ...shown, requests };
}

describe('images the deck cannot show', () => {
  it('a picture whose file name holds spaces, its path written plainly as a site writes it: shown, copied, never reported missing', () => {
    mkdirSync(join(ws.dir, 'spaced', 'pics'), { recursive: true });
    writeFileSync(
      join(ws.dir, 'spaced', 'pics', 'my chart.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#c00"/></svg>',
    );
    writeFileSync(
      join(ws.dir, 'spaced', 'chart.md'),
      '# Charts\n\n## One\n\nThe chart below:\n\n![A red box](pics/my chart.svg)\n\n## Two\n\nMore text here.\n\n## Three\n\nCentred as Hugo themes write it:\n\n![A centred box](pics/my%20chart.svg#center)\n',
    );
    const build = runCli(['build', 'spaced/chart.md', '--deck', 'spaced'], ws.dir);
    assert.equal(build.status, 0, build.stderr);
    assert.doesNotMatch(build.stderr, /warning/u);
    const html = readFileSync(join(ws.dir, 'dist', 'spaced', 'index.html'), 'utf8');
    assert.match(html, /<img src="images\/my%20chart\.svg" alt="A red box"/u);
    // (A site's fragment after the file, "#center", names no other file.)
    assert.match(html, /<img src="images\/my%20chart\.svg[^"]*" alt="A centred box"/u);
    assert.doesNotMatch(html, /lectern-missing/u);
    const check = runCli(['check', 'spaced', '--json'], ws.dir);
    const report = JSON.parse(check.stdout) as { decks: { images: { missing: string[] } }[] };
    assert.deepEqual(report.decks[0]?.images.missing, []);
  });

  it('a missing image: the build warns on one line naming the file and the image, and goes on', () => {
    assert.equal(built.status, 0, built.stderr);
    const warnings = built.stderr.split('\n').filter((l) => l.includes('warning'));
    // Each missing image once: the chart, and the pair side by side; and each of the row's six from outside the folder.
    assert.equal(warnings.filter((l) => l.includes('not found')).length, 3, built.stderr);
    assert.match(
      warnings.find((l) => l.includes('not found')) ?? '',
      /^docs\/pictures\.md:7:1 warning image "charts\/sales\.png" not found \(looked for .*charts[\\/]sales\.png\)/u,
    );
    const outside = warnings.filter((l) => l.includes("outside the document's folder"));
    assert.equal(outside.length, 6, built.stderr);
    assert.match(
      outside[0] ?? '',
      /^docs\/pictures\.md:27:1 warning image "\.\.\/\.\.\/\.\.\/\.\.\/images\/institutions\/correlation-chart-2\.png" is outside the document's folder; its slide shows a placeholder\./u,
    );
  });

  it('a missing image: the slide shows a placeholder box with the alt text', async () => {
    const shown = await slide('missing');
    assert.equal(shown.placeholder, 'Missing image: charts/sales.png');
    assert.equal(shown.caption, 'Sales by quarter');
    assert.ok(shown.box.width > 300 && shown.box.height > 100, `placeholder of ${shown.box.width}x${shown.box.height}px`);
  });

  /** The placeholders of a slide as the deck shows them: text, size, and how far their text reaches past their box. */
  async function placeholders(id: string): Promise<{ text: string; width: number; height: number; spill: number }[]> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(join(ws.dir, 'dist', 'pictures', 'index.html')).href}#/${id}`);
    await page.evaluate(() => window.lectern?.ready);
    const boxes = await page.evaluate(
      (slideId) =>
        [...(document.getElementById(slideId)?.querySelectorAll('.lectern-placeholder') ?? [])].map((p) => {
          const box = p.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(p);
          const text = range.getBoundingClientRect();
          return { text: p.textContent ?? '', width: box.width, height: box.height, spill: Math.max(box.left - text.left, text.right - box.right) };
        }),
      id,
    );
    await context.close();
    return boxes;
  }

  it('missing images side by side: a row of placeholder boxes, each as tall as a picture would be, not a line', async () => {
    const boxes = await placeholders('pair');
    assert.deepEqual(
      boxes.map((b) => b.text),
      ['Missing image: images/labelled.png (Labelled)', 'Missing image: images/unlabelled.png (Unlabelled)'],
    );
    for (const b of boxes) assert.ok(b.height > 100 && b.width > 200, `placeholder of ${b.width}x${b.height}px`);
  });

  it('a row of six missing pictures with long paths: each path wraps inside its own box', async () => {
    const boxes = await placeholders('row');
    assert.equal(boxes.length, 6);
    assert.match(boxes[0]?.text ?? '', /correlation-chart-2\.png/u);
    for (const b of boxes) assert.ok(b.spill <= 0.5, `"${b.text}" spills ${b.spill}px out of its box`);
  });

  it('an image on the web: a placeholder naming its host on the slide, its address in the notes, and no request', async () => {
    const shown = await slide('remote');
    assert.equal(shown.placeholder, 'Image from images.example.com');
    assert.equal(shown.caption, 'A lecture hall');
    assert.match(shown.notes, /https:\/\/images\.example\.com\/photos\/hall\.jpg/u);
    assert.deepEqual(
      shown.requests.filter((u) => !u.startsWith('file:')),
      [],
    );
    assert.doesNotMatch(readFileSync(join(ws.dir, 'dist', 'pictures', 'index.html'), 'utf8'), /<img[^>]*example\.com/u);
  });

  it('an image inline in a sentence gets a placeholder in the line', () => {
    writeFileSync(
      join(ws.dir, 'docs', 'inline.md'),
      '# Inline\n\n## Logos\n\nOur logo ![the logo](https://cdn.example.org/logo.svg) and the old one ![old logo](old.png) side by side.\n',
    );
    const result = runCli(['build', 'docs/inline.md'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    const html = readFileSync(join(ws.dir, 'dist', 'inline', 'index.html'), 'utf8');
    assert.match(html, /<span class="lectern-placeholder">Image from cdn\.example\.org: the logo<\/span>/u);
    assert.match(html, /<span class="lectern-placeholder lectern-path">Missing image: old\.png \(old logo\)<\/span>/u);
  });

  it('a deck built from its slides warns of an image that is gone, and shows the placeholder', () => {
    const deck = join(ws.dir, 'slides', 'pictures');
    writeFileSync(join(deck, 'extra.md'), '---\nid: extra\nlayout: default\n---\n\n# Extra\n\n![Gone](images/gone.png)\n');
    writeFileSync(join(deck, 'deck.yaml'), readFileSync(join(deck, 'deck.yaml'), 'utf8').replace(/^ {2}- summary$/mu, '  - extra\n  - summary'));
    rmSync(join(ws.dir, 'dist', 'pictures'), { recursive: true, force: true });
    const result = runCli(['build', 'pictures'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^slides\/pictures warning image "images\/gone\.png" not found/mu);
    // (And of the row's pictures from outside its folder, as the document's build does.)
    assert.match(
      result.stderr,
      /^slides\/pictures warning image "\.\.\/\.\.\/\.\.\/\.\.\/images\/institutions\/correlation-chart-2\.png" is outside the deck's folder/mu,
    );
    assert.match(readFileSync(join(ws.dir, 'dist', 'pictures', 'index.html'), 'utf8'), /Missing image: images\/gone\.png/u);
  });
});

/**
 * What `measure` reads of slide `id` of the built deck `deck` at 1280×720, once the deck is ready and the slide's pictures
 * have loaded.
 */
async function onSlide<T>(deck: string, id: string, measure: (page: Page, id: string) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(join(ws.dir, 'dist', deck, 'index.html')).href}#/${id}`);
    await page.evaluate(() => window.lectern?.ready);
    await page.waitForFunction((slideId) => [...document.querySelectorAll<HTMLImageElement>(`#${slideId} img`)].every((img) => img.complete), id);
    return await measure(page, id);
  } finally {
    await context.close();
  }
}

/**
 * Builds deck `deck` from `lines` of Markdown, written to `<deck>/<deck>.md` beside its pictures (`img/<name>`, each its
 * SVG text), and asserts the build succeeded.
 */
function buildWithPictures(deck: string, pictures: Record<string, string>, lines: string[]): void {
  const dir = join(ws.dir, deck);
  mkdirSync(join(dir, 'img'), { recursive: true });
  for (const [name, svg] of Object.entries(pictures)) writeFileSync(join(dir, 'img', name), svg);
  writeFileSync(join(dir, `${deck}.md`), [...lines, ''].join('\n'));
  const build = runCli(['build', `${deck}/${deck}.md`, '--deck', deck], ws.dir);
  assert.equal(build.status, 0, build.stderr);
}

describe('a wide picture beside a few lines of text', () => {
  it('goes under them across the slide; a square one stays in the column beside them', async () => {
    const svg = (w: number, h: number): string =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#36c"/></svg>`;
    buildWithPictures('shapes', { 'wide.svg': svg(400, 200), 'square.svg': svg(300, 300) }, [
      '# Shapes',
      '',
      '## Wide',
      '',
      '- The chart of two panels shows both policies.',
      '',
      '![Two panels](img/wide.svg)',
      '',
      '## Square',
      '',
      '- The chart shows one policy.',
      '',
      '![One panel](img/square.svg)',
    ]);
    const width = (page: Page, id: string): Promise<number> =>
      page.evaluate((slideId) => document.querySelector(`#${slideId} figure img`)?.getBoundingClientRect().width ?? 0, id);
    const widths = { wide: await onSlide('shapes', 'wide', width), square: await onSlide('shapes', 'square', width) };
    // The slide is 1280 px wide: a column beside a list is under half of it.
    assert.ok((widths.wide ?? 0) > 700, `the wide picture is ${widths.wide} px wide`);
    assert.ok((widths.square ?? 0) < 640, `the square picture is ${widths.square} px wide`);
  });
});

describe('two pictures after a point of a list', () => {
  it('stand one under the other, never over each other, inside the slide', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><rect width="300" height="300" fill="#36c"/></svg>';
    buildWithPictures('pair', { 'a.svg': svg, 'b.svg': svg }, ['# Pair', '', '## Links', '', '- Cables join the boxes.']);
    // The slide as its author rewrote it (planning gives each picture its own slide beside a point; a deck's remote
    // pictures, small placeholders, share one).
    const slide = ['---', 'id: links', 'layout: default', '---', '', '# Links', '', '- Cables join the boxes.', ''];
    writeFileSync(join(ws.dir, 'slides', 'pair', 'links.md'), [...slide, '![Cables](img/a.svg)', '', '![Radio](img/b.svg)', ''].join('\n'));
    const rebuilt = runCli(['build', 'pair'], ws.dir);
    assert.equal(rebuilt.status, 0, rebuilt.stderr);
    const shown = await onSlide('pair', 'links', (page) =>
      page.evaluate(() => {
        const body = document.querySelector('#links .slide-body')?.getBoundingClientRect();
        const boxes = [...document.querySelectorAll('#links figure')].map((f) => f.getBoundingClientRect());
        return { body: body ? { top: body.top, bottom: body.bottom } : null, boxes: boxes.map((b) => ({ top: b.top, bottom: b.bottom })) };
      }),
    );
    const [first, second] = shown.boxes;
    assert.equal(shown.boxes.length, 2);
    assert.ok(first && second && second.top >= first.bottom - 1, `the figures overlap: ${JSON.stringify(shown.boxes)}`);
    assert.ok(shown.body && second && second.bottom <= shown.body.bottom + 1, `the second figure ends below the body: ${JSON.stringify(shown)}`);
  });
});

describe('a picture over lines of text whose last holds a fraction', () => {
  it("takes the room the lines leave, and the fraction's ink stays inside the slide's body", async () => {
    buildWithPictures('mean', {}, ['# Mean value', '', '## The theorem', '', 'Let $a < b$.']);
    // The slide as its author rewrote it: paragraphs under a picture (missing: its placeholder takes the same room).
    const slide = ['---', 'id: the-theorem', 'layout: default', '---', '', '# The theorem', '', '![A secant and a tangent](img/graph.svg)', ''];
    const text = ['Let $a < b$,', '$f: [a, b] \\to \\mathbb{R}$ continuous,', '$f$ differentiable on $(a, b)$', ''];
    const last = "Then some $\\xi \\in (a, b)$ has $f'(\\xi) = \\tfrac{f(b) - f(a)}{b - a}$";
    writeFileSync(join(ws.dir, 'slides', 'mean', 'the-theorem.md'), [...slide, ...text, last, ''].join('\n'));
    const rebuilt = runCli(['build', 'mean'], ws.dir);
    assert.equal(rebuilt.status, 0, rebuilt.stderr);
    const shown = await onSlide('mean', 'the-theorem', (page) =>
      page.evaluate(() => {
        const section = document.getElementById('the-theorem');
        const body = section?.querySelector('.slide-body');
        return {
          over: (body?.scrollHeight ?? 0) - (body?.clientHeight ?? 0),
          flagged: section?.hasAttribute('data-overflow') ?? true,
          fraction: section?.querySelector('.slide-body > p:last-child .katex .mfrac') !== null,
          placeholder: section?.querySelector('.lectern-placeholder') !== null,
        };
      }),
    );
    assert.ok(shown.fraction && shown.placeholder, 'the slide shows its placeholder and the fraction in its last line');
    assert.ok(shown.over <= 1, `the slide's body overflows by ${shown.over} px`);
    assert.equal(shown.flagged, false);
  });
});

describe('pictures in the cells of a table', () => {
  it('stand three lines of the table high, as planning counts them: a table of large plots does not overflow its slide', async () => {
    buildWithPictures(
      'cells',
      { 'plot.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><circle cx="300" cy="300" r="280" fill="#36c"/></svg>' },
      [
        '# Cells',
        '',
        '## Plots',
        '',
        '| Case | Plot | What it shows |',
        '| --- | --- | --- |',
        '| one | ![](img/plot.svg) | the mean of the data |',
        '| two | ![](img/plot.svg) | the variance of the data |',
        '| three | ![](img/plot.svg) | both, in two dimensions |',
      ],
    );
    const shown = await onSlide('cells', 'plots', (page) =>
      page.evaluate(() => {
        const cell = document.querySelector('#plots td');
        const line = cell ? Number.parseFloat(getComputedStyle(cell).lineHeight) : 0;
        const heights = [...document.querySelectorAll('#plots :is(th, td) img')].map((img) => img.getBoundingClientRect().height);
        const slide = document.getElementById('plots');
        const body = slide?.querySelector('.slide-body');
        return { line, heights, over: (body?.scrollHeight ?? 0) - (body?.clientHeight ?? 0) };
      }),
    );
    assert.equal(shown.heights.length, 3);
    assert.ok(
      shown.heights.every((h) => h > 0 && h <= 3 * shown.line + 1),
      `pictures ${shown.heights.join(', ')} px high, a line ${shown.line} px`,
    );
    assert.ok(shown.over <= 1, `the slide's body overflows by ${shown.over} px`);
  });
});

describe("a figure's grid of six plots", () => {
  it('is one slide of pictures in two rows of three, inside the slide, its caption under them', async () => {
    const pictures: Record<string, string> = {};
    const cells: string[] = [];
    for (let k = 1; k <= 6; k += 1) {
      pictures[`p${k}.svg`] = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400" fill="#${k}3c"/></svg>`;
      cells.push(`    <div class="col one">\n      <img src="img/p${k}.svg" />\n    </div>`);
    }
    buildWithPictures('grid', pictures, [
      '# Grid',
      '',
      '## Six values',
      '',
      '<figure class="l-body">',
      '  <div class="row">',
      ...cells.slice(0, 3),
      '  </div>',
      '  <div class="row">',
      ...cells.slice(3),
      '  </div>',
      '  <figcaption>The density for six values of alpha.</figcaption>',
      '</figure>',
    ]);
    const shown = await onSlide('grid', 'six-values', (page) =>
      page.evaluate(() => {
        const slide = document.getElementById('six-values');
        const bounds = slide?.getBoundingClientRect();
        const boxes = [...(slide?.querySelectorAll('.slide-body img') ?? [])].map((img) => img.getBoundingClientRect());
        return {
          tops: [...new Set(boxes.map((b) => Math.round(b.top)))].length,
          lefts: [...new Set(boxes.map((b) => Math.round(b.left)))].length,
          inside: boxes.every((b) => bounds !== undefined && b.height > 60 && b.top >= bounds.top && b.bottom <= bounds.bottom),
          caption: slide?.querySelector('.slide-body')?.textContent?.includes('six values of alpha') ?? false,
        };
      }),
    );
    assert.deepEqual(shown, { tops: 2, lefts: 3, inside: true, caption: true });
  });
});
