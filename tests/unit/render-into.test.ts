// scripts/pipeline.ts renderInto: the deck's pages and files into a dist folder; a copy that fails is the build's error.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { prepareDist, renderInto } from '../../scripts/pipeline.ts';
import type { Deck } from '../../scripts/types.ts';
import { scratchWorkspace } from './helpers.ts';

const ws = scratchWorkspace('lectern-render-into-');
after(() => ws.remove());

describe('renderInto', () => {
  it("rejects with the copy's error when a file cannot be copied while the pages render, never as an unhandled rejection", async () => {
    const deckDir = join(ws.dir, 'slides', 'd');
    mkdirSync(join(deckDir, 'images'), { recursive: true });
    // A PNG of one pixel.
    writeFileSync(
      join(deckDir, 'images', 'a.png'),
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
    );
    const dist = join(ws.dir, 'dist');
    const base = await prepareDist(dist);
    // A file where the picture's folder goes: its copy fails at once, long before the pages are written.
    writeFileSync(join(dist, 'images'), 'in the way');
    const slides = Array.from({ length: 30 }, (_, i) => ({
      id: `s-${i}`,
      file: `s-${i}.md`,
      layout: 'section' as const,
      fragments: false,
      section: null,
      body: `# Slide ${i}\n\n- a point with $x^${i}$\n\n![a](images/a.png)`,
      notes: 'Notes.',
    }));
    const deck: Deck = { name: 'd', meta: { title: 'D', subtitle: null, author: null, date: null, theme: 'light', lang: 'en', source: null }, slides };
    const unhandled: unknown[] = [];
    const record = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      await assert.rejects(renderInto(dist, deck, base, deckDir, ws.dir), /EEXIST|ENOTDIR|not a directory|file already exists/u);
      // A turn of the event loop for a rejection nobody handled to be reported.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('unhandledRejection', record);
    }
    assert.deepEqual(unhandled, []);
  });
});
