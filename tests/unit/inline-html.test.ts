// scripts/stages/inline-html.ts: a built page as one self-contained file.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { inlineHtml, type Asset } from '../../scripts/stages/inline-html.ts';
import { bytes } from './helpers.ts';

const files = new Map<string, Asset>([
  [
    'assets/deck.css',
    {
      mime: 'text/css',
      bytes: bytes('@font-face { src: url("../fonts/a.woff2?v=1") } .x { background: url(#clip) } .y { background: url(img/missing.png) } </style>'),
    },
  ],
  ['fonts/a.woff2', { mime: 'font/woff2', bytes: bytes('FONT') }],
  ['assets/deck.js', { mime: 'text/javascript', bytes: bytes('document.write("</script>");') }],
  ['pics/p.png', { mime: 'image/png', bytes: bytes('PNG') }],
]);
const data = (mime: string, text: string): string => `data:${mime};base64,${Buffer.from(text).toString('base64')}`;

describe('inlineHtml (one self-contained file)', () => {
  const page =
    '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'">' +
    '<link rel="stylesheet" href="assets/deck.css"><link rel="stylesheet" href="assets/gone.css">' +
    '<script src="assets/deck.js"></script><img src="pics/p.png" alt="p">';
  const html = inlineHtml(page, (path) => files.get(path));

  it('inlines stylesheets with the files their url()s name, relative to the stylesheet, and leaves what it cannot find', () => {
    assert.ok(html.includes(`url("${data('font/woff2', 'FONT')}")`), html);
    assert.ok(html.includes('url(#clip)') && html.includes('url(img/missing.png)'));
    assert.ok(html.includes('<link rel="stylesheet" href="assets/gone.css">'));
    assert.ok(html.includes('<\\/style>') && !html.includes('</style> </style>'), 'a stylesheet cannot end its own <style>');
    assert.ok(html.includes(`<img src="${data('image/png', 'PNG')}"`));
  });

  it('inlines scripts, unable to end their own element, and allows exactly them by their hash', () => {
    const code = 'document.write("<\\/script>");';
    assert.ok(html.includes(`<script>${code}</script>`), html);
    const hash = createHash('sha256').update(code).digest('base64');
    assert.ok(html.includes(`content="script-src 'sha256-${hash}'"`), html);
  });
});
