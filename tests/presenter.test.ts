// Small things a presenter sees (issue 18): the title slide's number clear of
// its accent bar, and an author shown only where somebody named one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { browserWorkspace, readPdf, runCli } from './helpers.ts';

const setup = browserWorkspace();
const ws = setup.ws;

const lecture =
  '# Week one\n\n## Sorting\n\nSorting puts things in order. It is the first step of many algorithms.\n\n## Searching\n\nBinary search halves the range at each step. It needs sorted input.\n';

describe('what a presenter sees', () => {
  it('an author is shown only where the document or --author names one; the PDF metadata still says who made it', async () => {
    // A machine whose git knows a user name: it must not be stamped on the slides.
    const home = join(ws.dir, 'home');
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, '.gitconfig'), '[user]\n\tname = Machine User\n');
    writeFileSync(join(ws.dir, 'week1.md'), lecture);
    const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
    const result = runCli(['build', 'week1.md', '--handout', 'notes'], ws.dir, env);
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(readFileSync(join(ws.dir, 'slides', 'week1', 'title.md'), 'utf8'), /Machine User/u);
    assert.doesNotMatch(readFileSync(join(ws.dir, 'dist', 'week1', 'index.html'), 'utf8'), /Machine User/u);
    const handout = await readPdf(join(ws.dir, 'dist', 'week1', 'week1-handout.pdf'));
    assert.doesNotMatch(handout.pageTexts.join(' '), /Machine User/u, "the handout header shows the machine's user");
    assert.equal(handout.info.Author, 'Machine User');
    const named = runCli(['build', 'week1.md', '--deck', 'named', '--author', 'Grace Hopper'], ws.dir, env);
    assert.equal(named.status, 0, named.stderr);
    assert.match(readFileSync(join(ws.dir, 'dist', 'named', 'index.html'), 'utf8'), /Grace Hopper/u);
  });

  /** Where the first slide's number sits in its frame (px from either edge, at the slide's scale), and the page's direction. */
  async function slideNumberOf(deck: string): Promise<{ fromLeft: number; fromRight: number; width: number; scale: number; dir: string } | null> {
    const page = await setup.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(pathToFileURL(join(ws.dir, 'dist', deck, 'index.html')).href);
    await page.evaluate(() => window.lectern?.ready);
    const place = await page.evaluate(() => {
      const number = document.querySelector('.reveal .slide-number')?.getBoundingClientRect();
      const slide = document.querySelector('.reveal .slides > section.present')?.getBoundingClientRect();
      return number && slide
        ? {
            fromLeft: number.left - slide.left,
            fromRight: slide.right - number.right,
            width: number.width,
            scale: slide.width / 1280,
            dir: document.documentElement.dir,
          }
        : null;
    });
    await page.close();
    return place;
  }

  it("the title slide's number sits clear of its accent bar", async () => {
    const box = await slideNumberOf('week1');
    assert.ok(box && box.width > 0, 'no slide number on the title slide');
    // The bar is 18 px of a 1280 px slide.
    assert.ok(box.fromLeft > 18 * box.scale, `the number starts ${box.fromLeft.toFixed(1)} px from the slide's edge, under the bar`);
  });

  it('a right-to-left deck mirrors the slide number with its bullets and accent bar', async () => {
    writeFileSync(
      join(ws.dir, 'arabic.md'),
      '# محاضرة\n\n## الجزء الأول\n\nهذا نص عربي قصير في الجزء الأول من المحاضرة.\n\n## الجزء الثاني\n\nوهذا نص آخر في الجزء الثاني من المحاضرة.\n',
    );
    const result = runCli(['build', 'arabic.md'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    const place = await slideNumberOf('arabic');
    assert.equal(place?.dir, 'rtl');
    assert.ok(place && place.fromRight < place.fromLeft && place.fromRight > 0, JSON.stringify(place));
  });

  it('mixed scripts: each block takes its own direction, every script extracts from the PDF word for word, symbols print as typed', async (t) => {
    const words = ['التصادمات', 'الجسيمات', 'الفيزياء', 'الحديثة', 'בעברית', 'והאנרגיה', 'नमस्ते', 'परीक्षण', 'ภาษาไทย', '日本語のテキスト'];
    writeFileSync(
      join(ws.dir, 'mixed.md'),
      [
        '# Mixed scripts',
        '## Collisions',
        'The physics of collisions is described below in English first.',
        'تصف هذه الفقرة التصادمات بين الجسيمات في الفيزياء الحديثة.',
        '- An English point about momentum\n- נקודה בעברית על התנע והאנרגיה\n- नमस्ते दुनिया, यह एक परीक्षण है\n- ภาษาไทยเป็นภาษาที่สวยงาม\n- 日本語のテキストも正しく抽出されるべきです',
        '## Symbols',
        'As typed: x ≤ y, a ≥ b, A ⊆ B, ∀x ∃y, ∂f/∂x, x ⇒ y, ⟨a, b⟩, x ≠ 0 in ℝ and ℕ, x₂ and 10⁻³',
        // (Words of another script inside a formula, which KaTeX's fonts do not draw: in the deck's fonts, not empty boxes.)
        'A product in words: $\\theta^t と x の積$.',
        '## A tree',
        '```\nsrc/\n├── main.rs\n└── lib.rs  # a → b\n```',
      ].join('\n\n'),
    );
    const result = runCli(['build', 'mixed.md', '--pdf'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    const page = await setup.browser.newPage();
    await page.goto(pathToFileURL(join(ws.dir, 'dist', 'mixed', 'print.html')).href);
    await page.evaluate(() => window.lectern?.ready);
    const directions = await page.evaluate(() =>
      [...document.querySelectorAll('section.lectern-slide :is(p, li)')].map((e) => `${getComputedStyle(e).direction} ${e.textContent?.trim().slice(0, 12)}`),
    );
    await page.close();
    assert.ok(
      directions.some((d) => /^rtl تصف/u.test(d)),
      directions.join(' | '),
    );
    assert.ok(
      directions.some((d) => /^rtl נקודה/u.test(d)),
      directions.join(' | '),
    );
    assert.ok(directions.some((d) => /^ltr The physics/u.test(d)) && directions.some((d) => /^ltr An English/u.test(d)), directions.join(' | '));
    // The symbols come from the fonts lectern ships (KaTeX's), in a deck with no formula at all.
    const { PDFDocument, PDFDict, PDFName } = await import('pdf-lib');
    const doc = await PDFDocument.load(readFileSync(join(ws.dir, 'dist', 'mixed', 'mixed.pdf')));
    const fonts = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) =>
        object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font') ? String(object.get(PDFName.of('BaseFont'))) : '',
      )
      .filter(Boolean);
    assert.ok(
      fonts.some((f) => /KaTeX_Main/u.test(f)),
      `symbols drawn by ${fonts.join(', ')}`,
    );
    // ≠, ℝ and ℕ from Noto Sans Math, x₂ from Adobe's full Source Sans 3, the tree from Source Code Pro: nothing from the system's fonts.
    assert.ok(fonts.some((f) => /NotoSansMath/u.test(f)) && fonts.some((f) => /SourceCodePro/u.test(f)), `symbols drawn by ${fonts.join(', ')}`);
    assert.deepEqual(
      fonts.filter((f) => /DejaVu|Liberation|NotoSansMono|FreeS(?:ans|erif)|Symbola/u.test(f)),
      [],
      'a system font drew part of the text',
    );
    // Word for word as a reader extracts it: poppler's pdftotext (pdf.js returns right-to-left text in visual order).
    const text = spawnSync('pdftotext', [join(ws.dir, 'dist', 'mixed', 'mixed.pdf'), '-'], { encoding: 'utf8' });
    if (text.status !== 0) {
      t.skip('pdftotext (poppler-utils) is not installed');
      return;
    }
    const tokens = new Set(text.stdout.split(/[\s.,،\u200e\u200f\u202a-\u202e]+/u));
    for (const word of words) assert.ok(tokens.has(word) || text.stdout.includes(word), `"${word}" does not extract whole: ${text.stdout}`);
    assert.doesNotMatch(text.stdout, /الت صادمات|الج سيمات/u);
    assert.match(text.stdout, /とxの積/u);
  });
  it('Korean breaks its lines between words, never inside one', async () => {
    const point = '모델 파라미터를 조정하여 비용 함수를 최소화하는 방향으로 학습을 반복하고 결과를 추가 확인합니다';
    writeFileSync(join(ws.dir, 'korean.md'), ['# 선형 회귀', '## 모델 훈련', `- ${point} ${point}`, '- 두 번째 항목', '## 정리', '- 끝'].join('\n\n'));
    const result = runCli(['build', 'korean.md'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    const page = await setup.browser.newPage();
    await page.goto(pathToFileURL(join(ws.dir, 'dist', 'korean', 'print.html')).href);
    await page.evaluate(() => window.lectern?.ready);
    // Each line of the long item, as the browser laid it out: every one ends at a word's end.
    const lines = await page.evaluate(() => {
      const item = [...document.querySelectorAll('section.lectern-slide li')].find((li) => (li.textContent ?? '').length > 60);
      const text = item?.firstChild;
      if (!item || !text || text.nodeType !== Node.TEXT_NODE) return [];
      const range = document.createRange();
      const rows = new Map<number, string>();
      for (let k = 0; k < (text.textContent ?? '').length; k += 1) {
        range.setStart(text, k);
        range.setEnd(text, k + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        rows.set(top, (rows.get(top) ?? '') + (text.textContent ?? '')[k]);
      }
      return [...rows.values()];
    });
    await page.close();
    assert.ok(lines.length >= 2, JSON.stringify(lines));
    const words = new Set(point.split(' '));
    for (const line of lines.slice(0, -1)) assert.ok(words.has(line.trim().split(' ').at(-1) ?? ''), `a line ends inside a word: ${JSON.stringify(lines)}`);
  });
  it('a talk of a given length: its time in the manifest, each slide its share, and a pacing bar in the speaker view', async () => {
    writeFileSync(join(ws.dir, 'paced.md'), lecture);
    const result = runCli(['build', 'paced.md', '--duration', '12m'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    assert.match(readFileSync(join(ws.dir, 'slides', 'paced', 'deck.yaml'), 'utf8'), /^duration: 12$/mu);
    const html = readFileSync(join(ws.dir, 'dist', 'paced', 'index.html'), 'utf8');
    const timings = [...html.matchAll(/data-timing="(\d+)"/gu)].map((m) => Number(m[1]));
    assert.ok(timings.length >= 4, html.slice(0, 200));
    assert.equal(
      timings.reduce((a, b) => a + b, 0),
      12 * 60,
      "the slides share the talk's 12 minutes",
    );
    // A rebuild from the slides keeps the length from the manifest.
    const again = runCli(['build', 'paced'], ws.dir);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(
      [...readFileSync(join(ws.dir, 'dist', 'paced', 'index.html'), 'utf8').matchAll(/data-timing="(\d+)"/gu)].reduce((a, m) => a + Number(m[1]), 0),
      12 * 60,
    );

    const page = await setup.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(pathToFileURL(join(ws.dir, 'dist', 'paced', 'index.html')).href);
    await page.evaluate(() => window.lectern?.ready);
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await popup.waitForSelector('.lectern-pacing');
    const bar = async (): Promise<{ segments: number; slide: string | undefined; state: string | undefined; status: string }> =>
      popup.evaluate(() => {
        const box = document.querySelector<HTMLElement>('.lectern-pacing');
        return {
          segments: document.querySelectorAll('.lectern-pacing-slide').length,
          slide: box?.dataset.slide,
          state: box?.dataset.state,
          status: document.querySelector('.lectern-pacing-status')?.textContent ?? '',
        };
      });
    const first = await bar();
    assert.equal(first.segments, timings.length);
    assert.equal(first.slide, '0');
    assert.equal(first.state, 'on-time', first.status);
    // Two slides on at once: the talk is now ahead of its plan.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // (Read in the same moment the bar shows the third slide: reveal.js's speaker view sends its own slide back to the
    // deck half a second after it changes, so on a busy machine the deck may step back to the second slide for a moment
    // and on again, and a second read could fall in between.)
    const later = (await (
      await popup.waitForFunction(() => {
        const box = document.querySelector<HTMLElement>('.lectern-pacing');
        const status = document.querySelector('.lectern-pacing-status')?.textContent ?? '';
        return box?.dataset.slide === '2' && /slide 3 planned/u.test(status) ? { state: box.dataset.state, status } : null;
      })
    ).jsonValue()) as { state: string | undefined; status: string };
    assert.equal(later.state, 'ahead', later.status);
    assert.match(later.status, /ahead · slide 3 planned/u);
    await popup.close();
    await page.close();
  });
});
