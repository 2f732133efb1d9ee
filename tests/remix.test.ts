// Remix: talks composed from slides of other decks by stable id, independent
// copies, the slide library, and decks imported from reveal.js and Marp.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { ListedSlide } from '../scripts/remix.ts';
import { exampleDocument, fixtures, openBrowser, readPdf, repoRoot, runCli, scratchWorkspace, squash, closeBrowser } from './helpers.ts';

const ws = scratchWorkspace();
let browser: Browser;
const cli = (...args: string[]): ReturnType<typeof runCli> => runCli(args, ws.dir);
const ok = (...args: string[]): string => {
  const result = cli(...args);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
};
const talkFile = join(ws.dir, 'talks', 'week-1.yaml');
const talk = `title: Trust and Sorting
author: A. Lecturer
slides:
  - pact/mutual-distrust
  - sorting/section:Quicksort
  - pact/summary
`;
const titles = (deck: string): string[] =>
  [...readFileSync(join(ws.dir, 'dist', deck, 'index.html'), 'utf8').matchAll(/<header class="slide-title"><h1>(.*?)<\/h1>/gu)].map((m) =>
    (m[1] ?? '').replace(/<[^>]+>/gu, ''),
  );

before(async () => {
  ok('build', exampleDocument, '--deck', 'pact');
  ok('build', join(fixtures, 'corpus', 'sorting-lecture.md'), '--deck', 'sorting');
  mkdirSync(join(ws.dir, 'talks'), { recursive: true });
  writeFileSync(talkFile, talk);
  browser = await openBrowser();
});
after(async () => {
  await closeBrowser(browser);
  ws.remove();
});

describe('talks', () => {
  it('a talk built from slides of two decks has them in order, with their notes, in the HTML and the handout', async () => {
    ok('build', 'talks/week-1.yaml', '--pdf', '--handout', 'notes');
    // The section is the Quicksort slide and its continuations, titled by what each one covers.
    const quicksort = (JSON.parse(ok('list', 'sorting', '--json')) as ListedSlide[]).filter((s) => /^quicksort(?:-\d+)?$/u.test(s.id));
    assert.ok(quicksort.length >= 2, 'the Quicksort section continues over several slides');
    assert.deepEqual(titles('week-1'), ['Trust and Sorting', 'Mutual Distrust', ...quicksort.map((s) => s.title), 'Summary']);
    assert.equal(quicksort[0]?.title, 'Quicksort');
    assert.ok(quicksort.every((s) => !/\(\d+\/\d+\)/u.test(s.title)));
    const handout = squash((await readPdf(join(ws.dir, 'dist', 'week-1', 'week-1-handout.pdf'))).pageTexts.join('\n'));
    const order = ['Both sides were aware of the other', 'Quicksort chooses a pivot', 'In summary, while the Nazi-Soviet Pact'].map((t) =>
      handout.indexOf(squash(t)),
    );
    assert.ok(order.every((i) => i >= 0) && order[0]! < order[1]! && order[1]! < order[2]!, `notes missing or out of order: ${order.join(',')}`);
  });

  it('an edit to a source slide flows into the talk on the next build', () => {
    const file = join(ws.dir, 'slides', 'pact', 'mutual-distrust.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('# Mutual Distrust', '# Mutual Suspicion'));
    ok('build', 'talks/week-1.yaml');
    assert.equal(titles('week-1')[1], 'Mutual Suspicion');
  });

  it('a renamed source slide stops the build with the talk file, line, reference and closest id; nothing is written', () => {
    const before = readFileSync(join(ws.dir, 'dist', 'week-1', 'index.html'), 'utf8');
    const slides = join(ws.dir, 'slides', 'pact');
    renameSync(join(slides, 'mutual-distrust.md'), join(slides, 'mutual-distrust-2.md'));
    writeFileSync(
      join(slides, 'mutual-distrust-2.md'),
      readFileSync(join(slides, 'mutual-distrust-2.md'), 'utf8').replace('id: mutual-distrust', 'id: mutual-distrust-2'),
    );
    writeFileSync(join(slides, 'deck.yaml'), readFileSync(join(slides, 'deck.yaml'), 'utf8').replace('  - mutual-distrust\n', '  - mutual-distrust-2\n'));
    const result = cli('build', 'talks/week-1.yaml');
    assert.equal(result.status, 2);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(
      result.stderr,
      /talks\/week-1\.yaml:4: "pact\/mutual-distrust": deck "pact" has no slide "mutual-distrust" \(closest: pact\/mutual-distrust-2\)/u,
    );
    assert.equal(readFileSync(join(ws.dir, 'dist', 'week-1', 'index.html'), 'utf8'), before);
    writeFileSync(talkFile, talk.replace('pact/mutual-distrust', 'pact/mutual-distrust-2'));
    const missingDeck = cli('build', 'talks/week-1.yaml');
    assert.equal(missingDeck.status, 0, missingDeck.stderr);
    writeFileSync(talkFile, talk.replace('pact/mutual-distrust', 'pakt/mutual-distrust-2'));
    assert.match(cli('build', 'talks/week-1.yaml').stderr, /talks\/week-1\.yaml:4: .*no deck "pakt" \(closest: pact\)/u);
    // Several bad references: all of them, in one line.
    writeFileSync(talkFile, talk.replace('pact/mutual-distrust', 'pakt/mutual-distrust-2').replace('pact/summary', 'pact/sumary'));
    const several = cli('build', 'talks/week-1.yaml');
    assert.equal(several.status, 2);
    assert.equal(several.stderr.trim().split('\n').length, 1, several.stderr);
    assert.match(
      several.stderr,
      /2 references name nothing: talks\/week-1\.yaml:4: .*no deck "pakt".*; talks\/week-1\.yaml:6: .*no slide "sumary" \(closest: pact\/summary\)/u,
    );
    writeFileSync(talkFile, talk.replace('pact/mutual-distrust', 'pact/mutual-distrust-2'));
  });

  it("lectern list --json gives deck, id, title and file per slide; remix records each slide's source", () => {
    const all = JSON.parse(ok('list', '--json')) as ListedSlide[];
    const first = all.find((s) => s.deck === 'pact' && s.id === 'agenda');
    assert.deepEqual(first, { deck: 'pact', id: 'agenda', title: 'Agenda', file: 'slides/pact/agenda.md' });
    assert.equal(all.filter((s) => s.deck === 'sorting').length, (JSON.parse(ok('list', 'sorting', '--json')) as unknown[]).length);
    ok('remix', 'talks/week-1.yaml', '--deck', 'week-1-copy');
    const copy = JSON.parse(ok('list', 'week-1-copy', '--json')) as ListedSlide[];
    const quicksort = (JSON.parse(ok('list', 'sorting', '--json')) as ListedSlide[])
      .filter((s) => /^quicksort(?:-\d+)?$/u.test(s.id))
      .map((s) => `sorting/${s.id}`);
    assert.deepEqual(
      copy.map((s) => s.source ?? null),
      [null, 'pact/mutual-distrust-2', ...quicksort, 'pact/summary'],
    );
    assert.equal(cli('remix', 'talks/week-1.yaml', '--deck', 'week-1-copy').status, 2, 'replacing a deck needs --force');
    ok('build', 'week-1-copy');
  });

  it('serve refuses a talk file and says how to preview it', () => {
    const result = cli('serve', 'talks/week-1.yaml', '--port', '0');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /not a talk file\. Remix it into a deck and serve that/u);
  });
});

describe('the slide library', () => {
  it('lists every slide with a thumbnail, and its search and copy button work in the browser', async () => {
    ok('library');
    const total = (JSON.parse(ok('list', '--json')) as ListedSlide[]).length;
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(ws.dir, 'dist', 'library', 'index.html')).href);
    assert.equal(await page.locator('.card').count(), total);
    assert.equal(await page.locator('.card img').count(), total);
    const loaded = await page.$$eval('.card img', (imgs) => imgs.slice(0, 3).map((img) => (img as HTMLImageElement).naturalWidth));
    assert.deepEqual(loaded, [320, 320, 320]);
    await page.fill('#search', 'quicksort');
    const quicksort = (JSON.parse(ok('list', 'sorting', '--json')) as ListedSlide[]).filter((s) => /^quicksort(?:-\d+)?$/u.test(s.id)).length;
    assert.equal(await page.locator('.card:not([hidden])').count(), 2 * quicksort, 'the quicksort slides in sorting, and as many in the remixed copy');
    await page.click('.card:not([hidden]) button');
    await page.waitForFunction(() => document.body.dataset.copied !== undefined);
    assert.match(String(await page.evaluate(() => document.body.dataset.copied)), /^(?:sorting|week-1-copy)\/quicksort$/u);
    await page.close();
  });
});

describe('bringing old decks in', () => {
  it('a reveal.js Markdown deck keeps its slide count, order and notes', () => {
    ok('import', join(fixtures, 'import', 'reveal-deck.md'), '--deck', 'plates');
    const slides = JSON.parse(ok('list', 'plates', '--json')) as ListedSlide[];
    assert.deepEqual(
      slides.map((s) => s.title),
      ['Plate Tectonics', 'Continental Drift', 'Sea-Floor Spreading', 'Magnetic Stripes', 'Subduction', 'Summary'],
    );
    const read = (id: string): string => readFileSync(join(ws.dir, 'slides', 'plates', `${id}.md`), 'utf8');
    assert.match(read('continental-drift'), /Note:\nAlfred Wegener proposed continental drift in 1912/u);
    assert.match(read('continental-drift'), /^fragments: true$/mu);
    assert.match(read('magnetic-stripes'), /Note:\nThe stripes were the evidence/u);
    assert.doesNotMatch(read('sea-floor-spreading'), /\.slide:/u);
    assert.match(read('summary'), /ridge --> spreading --> subduction\n---\n```/u, 'a --- inside code is not a slide break');
  });

  it('a Marp deck keeps its slide count, order and notes; directives are not notes', () => {
    const out = ok('import', join(fixtures, 'import', 'marp-deck.md'), '--deck', 'water');
    assert.match(out, /5 slides \(marp\)/u);
    const slides = JSON.parse(ok('list', 'water', '--json')) as ListedSlide[];
    assert.deepEqual(
      slides.map((s) => s.id),
      ['title', 'evaporation', 'condensation', 'part-two-returning-to-earth', 'precipitation'],
    );
    const read = (id: string): string => readFileSync(join(ws.dir, 'slides', 'water', `${id}.md`), 'utf8');
    assert.match(read('title'), /Note:\nStart by asking where the water in a glass was a week ago\./u);
    assert.match(read('evaporation'), /Note:\nAbout 86 percent/u);
    assert.doesNotMatch(read('title'), /_class|paginate/u);
    assert.match(read('part-two-returning-to-earth'), /^layout: divider$/mu);
    assert.ok(existsSync(join(ws.dir, 'slides', 'water', 'images', 'cloud.png')), 'the image came along');
    ok('build', 'water');
  });
  /** The slide files of a deck, and what `import --json` reported. */
  const imported = (
    file: string,
    deck: string,
    ...flags: string[]
  ): {
    report: { format: string; slides: number; notes: number; fragments: number; hiddenComments: number; notCarried: { what: string; slides: number[] }[] };
    slides: ListedSlide[];
    read: (id: string) => string;
  } => {
    const report = JSON.parse(ok('import', join(fixtures, 'import', file), '--deck', deck, '--json', ...flags)) as ReturnType<typeof imported>['report'];
    const slides = JSON.parse(ok('list', deck, '--json')) as ListedSlide[];
    return { report, slides, read: (id) => readFileSync(join(ws.dir, 'slides', deck, `${id}.md`), 'utf8') };
  };
  const bodies = (_deck: string, slides: ListedSlide[]): string =>
    slides.map((s) => readFileSync(join(ws.dir, s.file), 'utf8').split('\nNote:\n')[0]).join('\n');

  it('a reveal.js page: its data-markdown sections with their own separators, an external file, notes, fragments, and a report', () => {
    const { report, slides, read } = imported('reveal-page/index.html', 'tides');
    assert.equal(report.format, 'reveal');
    assert.deepEqual(
      slides.map((s) => s.title),
      ['Tides', 'Two Bulges', 'The Far Bulge', 'Period', 'Spring Tides', 'Neap Tides', 'Tide Tables', 'Tidal Power'],
    );
    // A vertical stack stays together under its first title.
    assert.equal(slides[2]?.section, 'Two Bulges');
    assert.match(read('two-bulges'), /Note:\nDraw the Earth with two bulges\./u);
    assert.match(read('tide-tables'), /Note:\nRead the table from left to right\./u, 'data-separator-notes');
    assert.match(read('tide-tables'), /^fragments: true$/mu);
    assert.match(read('tidal-power'), /\$\$P = \\tfrac12/u, 'a formula in a code span is math');
    assert.doesNotMatch(bodies('tides', slides), /draft: check|\.slide:|\.element:|<!--/u, 'no comment reaches a slide');
    assert.equal(report.hiddenComments, 1);
    const lost = Object.fromEntries(report.notCarried.map((n) => [n.what, n.slides]));
    assert.deepEqual(lost['fragment order (data-fragment-index): shown top to bottom'], [7]);
    assert.deepEqual(lost['background (slide attribute)'], [8]);
    assert.ok(
      report.notCarried.some((n) => /written in HTML/u.test(n.what)),
      JSON.stringify(report.notCarried),
    );
  });

  it('reveal-md: ---- makes vertical slides, Note: the notes, front matter the title', () => {
    const { report, slides, read } = imported('reveal-md-deck.md', 'glaciers');
    assert.equal(report.format, 'reveal-md');
    assert.deepEqual(
      slides.map((s) => s.title),
      ['Glaciers', 'Accumulation', 'Ablation', 'Balance', 'Summary'],
    );
    assert.deepEqual(
      slides.slice(1, 4).map((s) => s.section),
      ['Accumulation', 'Accumulation', 'Accumulation'],
    );
    assert.match(read('ablation'), /Note:\nShow the photo of the calving front\./u);
    assert.deepEqual(report.notCarried, []);
  });

  it('Marp: directives (global, _scoped), headingDivider, class lead, bg images, fit headings, emoji, comments as notes', async () => {
    const { report, slides, read } = imported('marp-directives.md', 'volcanoes');
    assert.equal(report.format, 'marp');
    assert.deepEqual(
      slides.map((s) => s.id),
      ['title', 'magma', 'eruptions', 'part-two', 'hazards'],
    );
    assert.match(read('title'), /^layout: title$/mu);
    assert.match(read('part-two'), /^layout: divider$/mu);
    assert.match(read('title'), /Where rock melts 🔥/u);
    assert.match(read('eruptions'), /^# Eruptions$/mu, 'the fit mark is not a note or text');
    assert.match(read('eruptions'), /Note:\nMention Krakatoa, 1883\./u);
    assert.match(read('hazards'), /^fragments: true$/mu, "Marp's * list is a fragment list");
    assert.match(read('magma'), /!\[\]\(images\/lava\.png\)/u);
    assert.doesNotMatch(bodies('volcanoes', slides), /_class|header:|backgroundColor|<!--/u);
    const lost = Object.fromEntries(report.notCarried.map((n) => [n.what, n.slides]));
    // Slides numbered as Marp numbers them: its headingDivider makes an empty slide 4 after the ---, which lectern leaves out.
    assert.deepEqual(lost['header or footer (directive)'], [2, 3, 5, 6], 'a global directive holds from its slide on');
    assert.deepEqual(lost['split background image: shown as a picture on the slide'], [2]);
    assert.deepEqual(lost['empty slide left out'], [4]);
    // Marp's own engine agrees: its slides and each slide's notes.
    const { Marp } = await import('@marp-team/marp-core');
    const marp = new Marp().render(readFileSync(join(fixtures, 'import', 'marp-directives.md'), 'utf8'));
    assert.equal(marp.comments.length, slides.length + 1);
    assert.deepEqual(
      marp.comments.filter((_, i) => i !== 3).map((c) => c.length),
      slides.map((s) => (read(s.id).includes('\nNote:\n') ? 1 : 0)),
    );
    // The deck title without its Markdown marks, in the manifest and so in the PDF metadata.
    assert.match(readFileSync(join(ws.dir, 'slides', 'volcanoes', 'deck.yaml'), 'utf8'), /^title: Volcanoes and Vents$/mu);
  });

  it('Slidev: head matter, per-slide front matter and layouts, v-clicks, notes in the last comment, src: includes; Vue and styles listed', () => {
    const { report, slides, read } = imported('slidev/slides.md', 'rivers');
    assert.equal(report.format, 'slidev');
    assert.deepEqual(
      slides.map((s) => s.title),
      ['Rivers', 'The Upper Course', 'Erosion', 'Meanders', 'Deltas', 'Summary'],
    );
    assert.match(read('title'), /^layout: title$/mu);
    assert.match(read('the-upper-course'), /^layout: divider$/mu);
    assert.match(read('erosion'), /^fragments: true$/mu);
    assert.match(read('erosion'), /Note:\nVertical erosion dominates here\./u);
    assert.match(read('meanders'), /^fragments: true$/mu, 'v-click on an element');
    assert.match(read('deltas'), /Note:\nShow the Nile delta from space\./u, 'the included file, with its notes');
    assert.match(read('summary'), /Array<string>.*<b>not a tag<\/b>/u, 'code is left as written');
    const shown = bodies('rivers', slides);
    assert.doesNotMatch(shown, /This one is hidden|<Tweet|carbon:|<style|v-clicks|\{\{|::right::/u);
    assert.match(shown, /From source to sea 🌊/u);
    const lost = Object.fromEntries(report.notCarried.map((n) => [n.what, n.slides]));
    assert.deepEqual(lost['Vue component left out'], [1, 3]);
    assert.deepEqual(lost['<style> block'], [3]);
    assert.deepEqual(lost['layout two-cols'], [4]);
    assert.deepEqual(lost['template expression {{ }} left out'], [6]);
    // The one-line report says the same.
    const line = ok('import', join(fixtures, 'import', 'slidev', 'slides.md'), '--deck', 'rivers-again');
    assert.match(
      line,
      /^Imported 6 slides \(slidev\) into slides\/rivers-again\/: 4 with notes, 2 with fragments; 1 comment\(s\) kept out of the slides; not carried as they were: .*Vue component left out \(slides 1, 3\)/u,
    );
    ok('build', 'rivers');
  });
  it('export: a lectern deck as Marp and as reveal.js Markdown renders in those tools with the same slides and notes, and imports back the same', async () => {
    // A deck with a title, an agenda, sections, a summary, notes on every slide, and fragments on one.
    const agenda = join(ws.dir, 'slides', 'pact', 'agenda.md');
    writeFileSync(agenda, readFileSync(agenda, 'utf8').replace('layout: agenda', 'layout: agenda\nfragments: true'));
    const deck = JSON.parse(ok('list', 'pact', '--json')) as ListedSlide[];
    const notesOf = (id: string): string => (readFileSync(join(ws.dir, 'slides', 'pact', `${id}.md`), 'utf8').split('\nNote:\n')[1] ?? '').trim();
    assert.match(ok('export', 'pact', '--format', 'marp'), /Exported \d+ slides \(marp\) to dist\/pact\/pact-marp\.md/u);
    ok('export', 'pact', '--format', 'reveal', '--out', 'shared/pact-reveal.md');

    // Marp's own engine: one section per slide, each slide's notes as its comment, the fragment list as Marp's.
    const { Marp } = await import('@marp-team/marp-core');
    const marp = new Marp().render(readFileSync(join(ws.dir, 'dist', 'pact', 'pact-marp.md'), 'utf8'));
    assert.equal(marp.html.match(/<section\b/gu)?.length, deck.length);
    assert.deepEqual(
      marp.comments.map((c) => squash(c.join(' '))),
      deck.map((s) => squash(notesOf(s.id))),
    );
    assert.ok(/data-marpit-fragment/u.test(marp.html), 'the agenda shows item by item');

    // reveal.js itself, with its Markdown and notes plugins, in Chromium.
    const reveal = join(repoRoot, 'node_modules', 'reveal.js', 'dist');
    const markdown = readFileSync(join(ws.dir, 'shared', 'pact-reveal.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
    const page = join(ws.dir, 'shared', 'reveal.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${pathToFileURL(join(reveal, 'reveal.css')).href}"></head><body><div class="reveal"><div class="slides"><section data-markdown><textarea data-template>${markdown.replace(/<\/textarea/giu, '&lt;/textarea')}</textarea></section></div></div>` +
        `<script src="${pathToFileURL(join(reveal, 'reveal.js')).href}"></script><script src="${pathToFileURL(join(reveal, 'plugin', 'markdown.js')).href}"></script><script src="${pathToFileURL(join(reveal, 'plugin', 'notes.js')).href}"></script>` +
        '<script>window.ready = Reveal.initialize({ plugins: [RevealMarkdown, RevealNotes] });</script></body></html>',
    );
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.evaluate(() => (window as unknown as { ready: Promise<unknown> }).ready);
    const shown = await tab.evaluate(() => {
      const api = (window as unknown as { Reveal: { getSlides(): HTMLElement[] } }).Reveal;
      return api.getSlides().map((s) => ({
        title: s.querySelector('h1, h2')?.textContent ?? '',
        notes: s.querySelector('aside.notes')?.textContent ?? '',
        fragments: s.querySelectorAll('.fragment').length,
      }));
    });
    await tab.close();
    assert.deepEqual(
      shown.map((s) => s.title),
      deck.map((s) => s.title),
    );
    assert.deepEqual(
      shown.map((s) => squash(s.notes)),
      deck.map((s) => squash(notesOf(s.id))),
    );
    assert.ok((shown[1]?.fragments ?? 0) >= 2, JSON.stringify(shown[1]));

    // Both read back to the same slides: titles, layouts, fragments, notes.
    const summary = (name: string): string[] =>
      (JSON.parse(ok('list', name, '--json')) as ListedSlide[]).map((s) => {
        const text = readFileSync(join(ws.dir, s.file), 'utf8');
        return `${s.title}|${/layout: (\w+)/u.exec(text)?.[1]}|${/fragments: true/u.test(text)}|${squash(text.split('\nNote:\n')[1] ?? '')}`;
      });
    ok('import', join('dist', 'pact', 'pact-marp.md'), '--deck', 'pact-from-marp');
    ok('import', join('shared', 'pact-reveal.md'), '--deck', 'pact-from-reveal');
    assert.deepEqual(summary('pact-from-marp'), summary('pact'));
    assert.deepEqual(summary('pact-from-reveal'), summary('pact'));
  });
});
