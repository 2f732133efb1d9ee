// scripts/stages/select-fonts.ts: the fonts a deck's text needs, and only the faces it uses.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFonts } from '../../scripts/edges/fonts.ts';
import { codePointsOf, fontSourcesFor, selectFontFaces, withEntities } from '../../scripts/stages/select-fonts.ts';
import { repoRoot, scratchWorkspace } from './helpers.ts';

describe('fontSourcesFor', () => {
  it("adds a font for each other script the text uses, once per family, to the theme's own", () => {
    const latin = fontSourcesFor('Plain English text.');
    const mixed = fontSourcesFor('Plain text, עברית and more עברית, and हिन्दी.');
    const families = (sources: { family: string }[]): string[] => [...new Set(sources.map((s) => s.family))];
    assert.ok(!families(latin).includes('Lectern Hebrew'));
    assert.ok(families(mixed).includes('Lectern Hebrew'));
    assert.ok(families(mixed).includes('Lectern Devanagari'));
    // The theme's fonts come first, whatever the text.
    assert.deepEqual(
      mixed.slice(0, latin.length).map((s) => s.css),
      latin.map((s) => s.css),
    );
    // One entry per weight of the family, not one per occurrence of its script.
    assert.equal(mixed.filter((s) => s.family === 'Lectern Hebrew').length, 2);
  });

  it("draws CJK punctuation in a Latin text (a word processor's 〈1,2,0〉) and a combining arrow over a letter (y⃑)", () => {
    const families = new Set(fontSourcesFor('Let y⃑ = 〈1,2,0〉 be the response.').map((s) => s.family));
    assert.ok(families.has('Lectern CJK'), [...families].join(', '));
    assert.ok(families.has('Lectern Symbols'), [...families].join(', '));
  });

  it('draws arrows and signs no other font has ("🠔 Stack pointer", braille) with Noto Sans Symbols 2, only its faces the text uses', async () => {
    const ws = scratchWorkspace('lectern-fonts-');
    try {
      const css = await writeFonts(ws.dir, 'Heap 🠔 Stack pointer, ⠓ in braille.');
      const faces = [...css.matchAll(/font-family: 'Lectern Symbols 2';[^}]*?url\(fonts\/([^)]+)\)/gu)].map((m) => m[1]);
      for (const face of ['braille', 'symbols']) assert.ok(faces.includes(`noto-sans-symbols-2-${face}-400-normal.woff2`), faces.join(', '));
      assert.ok(!faces.some((f) => /mayan|math/u.test(f ?? '')), faces.join(', '));
      for (const face of faces) assert.ok(existsSync(join(ws.dir, 'fonts', face ?? '')), `${face} copied`);
      assert.doesNotMatch(await writeFonts(ws.dir, 'Plain text.'), /Lectern Symbols 2/u);
      // A character written as an entity gets its font too ("&#65291;", a full-width plus, is in the CJK font's forms).
      assert.match(await writeFonts(ws.dir, 'Select **&#65291; Create a resource**.'), /font-family: 'Lectern CJK'/u);
      assert.match(readFileSync(join(repoRoot, 'theme', 'variables.css'), 'utf8'), /--lectern-font-scripts:[^;]*'Lectern Symbols 2'/u);
    } finally {
      ws.remove();
    }
  });
});

describe('selectFontFaces', () => {
  const css = [
    "@font-face { font-family: 'X'; font-weight: 400; src: url(./files/x-latin-400.woff2) format('woff2'); unicode-range: U+0000-00FF; }",
    "@font-face { font-family: 'X'; font-weight: 400; src: url(./files/x-greek-400.woff2) format('woff2'); unicode-range: U+0370-03FF; }",
    "@font-face { font-family: 'X'; font-weight: 400; src: url(./files/x-cyrillic-400.woff2) format('woff2'); unicode-range: U+0400-045F, U+0490-0491; }",
  ].join('\n');
  const source = { css: '@fontsource/x/400.css', family: 'Lectern X' };

  it('keeps the faces whose ranges meet the text, renamed and pointed at fonts/', () => {
    const chosen = selectFontFaces([{ source, css }], codePointsOf('Alpha is α.'));
    assert.deepEqual([...chosen.files.values()], ['x-latin-400.woff2', 'x-greek-400.woff2']);
    assert.deepEqual([...chosen.files.keys()], ['@fontsource/x/files/x-latin-400.woff2', '@fontsource/x/files/x-greek-400.woff2']);
    assert.match(chosen.css, /font-family: 'Lectern X';/u);
    assert.match(chosen.css, /src: url\(fonts\/x-greek-400\.woff2\) format\('woff2'\);/u);
    assert.doesNotMatch(chosen.css, /cyrillic/u);
  });

  it('always keeps printable ASCII, and finds a code point at the edge of a range', () => {
    assert.ok(codePointsOf('').has(0x41));
    const edge = selectFontFaces([{ source, css }], codePointsOf('\u0491'));
    assert.ok(edge.files.has('@fontsource/x/files/x-cyrillic-400.woff2'));
    assert.ok(!edge.files.has('@fontsource/x/files/x-greek-400.woff2'));
  });

  it('counts a character outside the Basic Multilingual Plane once, as one code point', () => {
    const points = codePointsOf('a😀b');
    assert.ok(points.has(0x1f600));
    assert.ok(![...points].some((p) => p >= 0xd800 && p <= 0xdfff), 'no half of a surrogate pair');
  });
});

describe('a character a slide writes as an entity', () => {
  it('gets its font as one written as itself ("**&#65291; Create a resource**", a full-width plus)', () => {
    const text = withEntities('Select **&#65291; Create a resource**, then &amp; and &eacute;.');
    assert.ok(
      fontSourcesFor(text).some((s) => s.family === 'Lectern CJK'),
      JSON.stringify(fontSourcesFor(text)),
    );
    assert.ok(codePointsOf(text).has(0xff0b));
    assert.ok(!fontSourcesFor('Select **+ Create a resource**.').some((s) => s.family === 'Lectern CJK'));
  });
});
