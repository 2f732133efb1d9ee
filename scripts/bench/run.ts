// npm run bench: lectern against the floor (Chromium launching, loading a
// built page and printing one PDF) and against Marp CLI, measured in one run on
// this machine, as medians of whole processes with all their children.
// Writes dist/bench/results.json and dist/bench/BENCHMARKS.md; prints the table.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, homedir, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { browserArgs, findBrowser } from '../edges/browser.ts';
import { packageRoot } from '../edges/paths.ts';
import { generateDocument } from './generate.ts';
import { linearity } from './linear.ts';
import { backgroundProcesses, measure, median, timed, type Measure } from './measure.ts';

const quick = process.argv.includes('--quick');
const bin = join(packageRoot, 'scripts', 'lectern.mjs');
const floorScript = join(packageRoot, 'scripts', 'bench', 'floor.mjs');
const ws = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
const log = (line: string): void => void process.stderr.write(`${line}\n`);
/** The background processes the bench started: stopped when it ends. */
const backgrounds = new Set<number>();

interface Row {
  name: string;
  slides: number;
  full: Measure;
  html: Measure;
  /** The HTML-only build answered by the background process (null: it did not start). */
  warm: Measure | null;
  floor: Measure;
  marpHtml: Measure | null;
  marpPdf: Measure | null;
}

/**
 * Runs a command `times` times as timed() (its wall time) and `times` times
 * as measure() (its CPU time and memory), alternately, and keeps the medians.
 */
async function repeat(times: number, run: (how: typeof measure) => Promise<Measure>): Promise<Measure> {
  const alone: Measure[] = [];
  const watched: Measure[] = [];
  for (let i = 0; i < times; i += 1) {
    for (const [how, into] of [
      [timed, alone],
      [measure, watched],
    ] as const) {
      const m = await run(how);
      if (m.code !== 0) throw new Error(`a benchmarked command failed (${m.code}): ${m.stderr.split('\n')[0]}`);
      into.push(m);
    }
  }
  return {
    wallMs: median(alone.map((r) => r.wallMs)),
    cpuMs: median(watched.map((r) => r.cpuMs)),
    peakMB: median(watched.map((r) => r.peakMB)),
    peakPssMB: median(watched.map((r) => r.peakPssMB)),
    code: 0,
    stderr: '',
  };
}

// Every command runs in a fresh process of its own (LECTERN_DAEMON=0), but the HTML-only builds measured
// with lectern's background process running: that process has an idle time of its own, so it is the bench's alone.
const fresh = { LECTERN_DAEMON: '0' };
const withBackground = { LECTERN_DAEMON_IDLE: '299' };
const lectern = (...args: string[]): Promise<Measure> => measure(process.execPath, [bin, ...args], ws, fresh);
/** lectern measured by `how` (timed or measure). */
const lecternBy = (how: typeof measure, ...args: string[]): Promise<Measure> => how(process.execPath, [bin, ...args], ws, fresh);

/** The bench's background process (see withBackground) once it listens, after a build started it; null if none does in 60 s. */
async function backgroundProcess(): Promise<number | null> {
  for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const listening = backgroundProcesses(['LECTERN_DAEMON_IDLE=299']).find((b) => existsSync(b.socket));
    if (listening) return listening.pid;
  }
  return null;
}

function slideCount(deck: string): number {
  const manifest = readFileSync(join(ws, 'slides', deck, 'deck.yaml'), 'utf8');
  return (manifest.match(/^ {2}- /gmu) ?? []).length;
}

/** Marp CLI, installed once into the user's cache (it is a peer measured here, not a dependency). */
function marpBin(): string | null {
  const dir = join(homedir(), '.cache', 'lectern-bench', 'marp');
  const marp = join(dir, 'node_modules', '.bin', 'marp');
  if (existsSync(marp)) return marp;
  log('installing Marp CLI into ~/.cache/lectern-bench/marp (once) ...');
  mkdirSync(dir, { recursive: true });
  const result = spawnSync('npm', ['install', '--prefix', dir, '@marp-team/marp-cli@4', '--no-audit', '--no-fund'], { encoding: 'utf8', timeout: 300_000 });
  return result.status === 0 && existsSync(marp) ? marp : null;
}

/** The same slides as a Marp deck: the bodies of the slide files between --- rules. */
function marpDeck(deck: string): string {
  const dir = join(ws, 'slides', deck);
  const ids = (readFileSync(join(dir, 'deck.yaml'), 'utf8').match(/^ {2}- (.+)$/gmu) ?? []).map((l) => l.slice(4));
  const bodies = ids.map((id) =>
    readFileSync(join(dir, `${id}.md`), 'utf8')
      .replace(/^---\n[\s\S]*?\n---\n/u, '')
      .replace(/\nNote:\n([\s\S]*)$/u, '\n<!--\n$1\n-->'),
  );
  return `---\nmarp: true\npaginate: true\n---\n\n${bodies.join('\n\n---\n\n')}\n`;
}

async function serveLatency(browserPath: string): Promise<number[]> {
  const doc = join(ws, 'example.txt');
  const server = spawn(process.execPath, [bin, 'serve', doc, '--deck', 'served', '--port', '0', '--force'], { cwd: ws });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /at (http:\/\/\S+)/u.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    server.on('exit', () => reject(new Error('serve stopped')));
  });
  const browser = await chromium.launch({ executablePath: browserPath, args: browserArgs() });
  const page = await browser.newPage();
  await page.goto(`${url}#/mutual-distrust`);
  await page.evaluate(() => window.lectern?.ready);
  await page.waitForTimeout(300);
  const file = join(ws, 'slides', 'served', 'mutual-distrust.md');
  const times: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const started = Date.now();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^# .*$/mu, `# Mutual Distrust ${i}`));
    await page.waitForFunction((t) => document.querySelector('section.present h1')?.textContent === t, `Mutual Distrust ${i}`, {
      polling: 'raf',
      timeout: 10_000,
    });
    times.push(Date.now() - started);
    await page.waitForTimeout(150);
  }
  await browser.close();
  server.kill('SIGINT');
  return times;
}

const s = (ms: number): string => (ms / 1000).toFixed(2);
const ratio = (a: number, b: number): string => (b > 0 ? (a / b).toFixed(2) : 'n/a');

async function main(): Promise<void> {
  const choice = await findBrowser(undefined);
  // The floor's Chromium runs with lectern's flags: the same browser, set up the same way.
  const args = JSON.stringify(browserArgs());
  copyFileSync(join(packageRoot, 'slides', 'nazi-soviet-pact.txt'), join(ws, 'example.txt'));
  // --sizes 100,2000 measures only those generated documents (with the example).
  const sizesArg = process.argv[process.argv.indexOf('--sizes') + 1];
  const sizes =
    process.argv.includes('--sizes') && sizesArg
      ? sizesArg
          .split(',')
          .map(Number)
          .filter((n) => n > 0)
      : quick
        ? [100]
        : [100, 200, 500, 2000];
  for (const size of sizes) writeFileSync(join(ws, `gen-${size}.md`), generateDocument(size));
  log(`workspace ${ws}; browser ${choice.path}`);
  await lectern('--version');
  await lectern('build', 'example.txt', '--deck', 'warm', '--pdf');
  const marp = marpBin();

  const rows: Row[] = [];
  for (const [name, file, runs] of [['example', 'example.txt', 5], ...sizes.map((n) => [`${n} slides`, `gen-${n}.md`, n >= 500 ? 1 : 3] as const)] as const) {
    const deck = `bench-${rows.length}`;
    log(`measuring ${name} ...`);
    const full = await repeat(runs, (how) => lecternBy(how, 'build', file, '--deck', deck, '--pdf', '--handout', 'notes', '--force'));
    // HTML-only builds take a fraction of a second: more runs for a steadier median.
    const quickRuns = Math.max(runs, 5);
    const html = await repeat(quickRuns, (how) => lecternBy(how, 'build', file, '--deck', deck, '--force'));
    // The same build again and again with the background process running: after a first build, which leaves it.
    let warm: Measure | null = null;
    const htmlArgs = ['build', file, '--deck', deck, '--force'];
    if ((await measure(process.execPath, [bin, ...htmlArgs], ws, withBackground)).code === 0) {
      const pid = await backgroundProcess();
      if (pid !== null) {
        backgrounds.add(pid);
        warm = await repeat(quickRuns, (how) => how(process.execPath, [bin, ...htmlArgs], ws, withBackground, [pid]));
      }
    }
    const floor = await repeat(runs, (how) =>
      how(process.execPath, [floorScript, choice.path, join(ws, 'dist', deck, 'print.html'), join(ws, 'floor.pdf'), args], ws),
    );
    let marpHtml: Measure | null = null;
    let marpPdf: Measure | null = null;
    // Marp CLI side by side up to a couple of hundred slides (its PDF of 2,000 takes minutes).
    if (marp && (name === 'example' || (file.startsWith('gen-') && Number(file.slice(4, -3)) <= 200))) {
      writeFileSync(join(ws, `${deck}-marp.md`), marpDeck(deck));
      marpHtml = await repeat(quickRuns, (how) => how(marp, [`${deck}-marp.md`, '-o', `${deck}-marp.html`], ws));
      marpPdf = await repeat(runs, (how) => how(marp, [`${deck}-marp.md`, '--pdf', '-o', `${deck}-marp.pdf`], ws, { CHROME_PATH: choice.path }));
    }
    rows.push({ name, slides: slideCount(deck), full, html, warm, floor, marpHtml, marpPdf });
  }

  log('measuring a batch of 20 documents ...');
  const batchFiles = Array.from({ length: 20 }, (_, i) => `batch-${i + 1}.md`);
  batchFiles.forEach((f, i) => writeFileSync(join(ws, f), generateDocument(10, i + 2)));
  const batch = await repeat(quick ? 1 : 3, (how) => lecternBy(how, 'build', ...batchFiles, '--pdf', '--handout', 'notes', '--force'));

  log('measuring serve ...');
  const serve = await serveLatency(choice.path);

  log('measuring how text stages grow with the input ...');
  const linear = linearity();

  const example = rows[0] as Row;
  const small = rows.find((r) => r.name === '100 slides');
  const large = rows[rows.length - 1] as Row;
  const perSlide = (r: Row, m: 'full' | 'floor'): number => (r[m].wallMs - (small ?? r)[m].wallMs) / Math.max(1, r.slides - (small ?? r).slides);

  const lines: string[] = [];
  lines.push(
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${choice.path}.`,
  );
  lines.push(
    "Medians of whole processes, CPU and peak memory summed over every process they start (Chromium included). Wall time is measured on runs with nothing watching them; CPU and memory on as many runs alongside, sampled from /proc every 10 ms (that sampling slows a command it watches). Memory: PSS (shared pages split between the processes that share them, so Chromium's binary counts once) and RSS summed (shared pages counted once per process, an upper bound).",
  );
  lines.push('');
  lines.push('| what | slides | wall s | CPU s | peak PSS MB | peak RSS sum MB | wall ÷ floor |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    lines.push(
      `| floor: launch, load, print one PDF — ${r.name} | ${r.slides} | ${s(r.floor.wallMs)} | ${s(r.floor.cpuMs)} | ${r.floor.peakPssMB.toFixed(0)} | ${r.floor.peakMB.toFixed(0)} | 1.00 |`,
    );
    lines.push(
      `| lectern build --pdf --handout notes — ${r.name} | ${r.slides} | ${s(r.full.wallMs)} | ${s(r.full.cpuMs)} | ${r.full.peakPssMB.toFixed(0)} | ${r.full.peakMB.toFixed(0)} | ${ratio(r.full.wallMs, r.floor.wallMs)} |`,
    );
    lines.push(
      `| lectern build (HTML only, a fresh process) — ${r.name} | ${r.slides} | ${s(r.html.wallMs)} | ${s(r.html.cpuMs)} | ${r.html.peakPssMB.toFixed(0)} | ${r.html.peakMB.toFixed(0)} | ${ratio(r.html.wallMs, r.floor.wallMs)} |`,
    );
    if (r.warm)
      lines.push(
        `| lectern build (HTML only, background process running) — ${r.name} | ${r.slides} | ${s(r.warm.wallMs)} | ${s(r.warm.cpuMs)} | ${r.warm.peakPssMB.toFixed(0)} | ${r.warm.peakMB.toFixed(0)} | ${ratio(r.warm.wallMs, r.floor.wallMs)} |`,
      );
    if (r.marpHtml)
      lines.push(
        `| Marp CLI, Markdown to HTML — ${r.name} | ${r.slides} | ${s(r.marpHtml.wallMs)} | ${s(r.marpHtml.cpuMs)} | ${r.marpHtml.peakPssMB.toFixed(0)} | ${r.marpHtml.peakMB.toFixed(0)} | ${ratio(r.marpHtml.wallMs, r.floor.wallMs)} |`,
      );
    if (r.marpPdf)
      lines.push(
        `| Marp CLI, Markdown to PDF — ${r.name} | ${r.slides} | ${s(r.marpPdf.wallMs)} | ${s(r.marpPdf.cpuMs)} | ${r.marpPdf.peakPssMB.toFixed(0)} | ${r.marpPdf.peakMB.toFixed(0)} | ${ratio(r.marpPdf.wallMs, r.floor.wallMs)} |`,
      );
  }
  lines.push(
    `| batch: 20 documents of ~10 slides, one command | 20 decks | ${s(batch.wallMs)} | ${s(batch.cpuMs)} | ${batch.peakPssMB.toFixed(0)} | ${batch.peakMB.toFixed(0)} | ${ratio(batch.wallMs / 20, example.floor.wallMs)} per deck |`,
  );
  lines.push('');
  lines.push('Targets, as ratios measured in this run:');
  lines.push(`- example deck, slides PDF + notes handout ÷ floor: ${ratio(example.full.wallMs, example.floor.wallMs)} (target ≤ 1.3)`);
  for (const r of rows)
    if (r.marpHtml) {
      const warm = r.warm ? `with the background process running ${ratio(r.warm.wallMs, r.marpHtml.wallMs)}, ` : '';
      lines.push(
        `- HTML only ÷ Marp CLI HTML, ${r.name} (${r.slides} slides): ${warm}in a fresh process ${ratio(r.html.wallMs, r.marpHtml.wallMs)} (target < 0.33)`,
      );
    }
  if (small && large !== small) {
    lines.push(
      `- per slide, ${small.slides} → ${large.slides} slides: lectern ${perSlide(large, 'full').toFixed(1)} ms, floor ${perSlide(large, 'floor').toFixed(1)} ms, ratio ${ratio(perSlide(large, 'full'), perSlide(large, 'floor'))} (target ≤ 2)`,
    );
    const mid = rows.find((r) => r.name === '500 slides');
    if (mid)
      lines.push(
        `- time per slide (whole build ÷ slides): ${rows
          .slice(1)
          .map((r) => `${r.slides} slides ${(r.full.wallMs / r.slides).toFixed(1)} ms`)
          .join(', ')} (flat = linear)`,
      );
    lines.push(
      `- peak memory of every process at ${large.slides} slides: ${large.full.peakPssMB.toFixed(0)} MB PSS, ${large.full.peakMB.toFixed(0)} MB RSS summed (target < 1024)`,
    );
  }
  lines.push(`- batch, per deck ÷ single-deck floor: ${ratio(batch.wallMs / 20, example.floor.wallMs)} (target well under 1)`);
  lines.push(`- serve, saving a slide file to the changed page: median ${median(serve)} ms of ${serve.join(', ')} (target < 100)`);
  lines.push('');
  lines.push(
    'Text stages on pathological input (read, split, plan; in this process), milliseconds at 100k, 200k and 400k characters, and the worst ratio per doubling (2 = linear, 4 = quadratic; target ≤ 2.5):',
  );
  lines.push('');
  lines.push('| input | 100k | 200k | 400k | worst ×2 |');
  lines.push('|---|---:|---:|---:|---:|');
  for (const row of linear) lines.push(`| ${row.shape} | ${row.ms.map((m) => m.toFixed(0)).join(' | ')} | ${row.worst.toFixed(2)} |`);
  const table = lines.join('\n');

  const out = join(packageRoot, 'dist', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, browser: choice.path, rows, batch, serveMs: serve, linear }, null, 2)}\n`,
  );
  writeFileSync(join(out, 'BENCHMARKS.md'), `# lectern benchmarks\n\n${table}\n`);
  process.stdout.write(`${table}\n\nWritten to dist/bench/results.json and dist/bench/BENCHMARKS.md\n`);
  rmSync(ws, { recursive: true, force: true });
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const pid of backgrounds) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // gone already
      }
    }
  });
