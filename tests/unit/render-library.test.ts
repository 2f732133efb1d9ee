// stages/render-library.ts: the slide library page, in the theme's colours.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderLibraryHtml } from '../../scripts/stages/render-library.ts';

const card = { deck: 'week-1', id: 'intro', title: 'Intro <b>', section: null, thumbnail: null, href: null };

describe('renderLibraryHtml', () => {
  it('takes its colours from the theme tokens it is given, and no stylesheet can end its style element', () => {
    const html = renderLibraryHtml([card], ':where(.lectern-deck) { --lectern-accent: #123456; } </style><script>x()</script>');
    assert.match(html, /--lectern-accent: #123456/u);
    assert.match(html, /button \{[^}]*color: var\(--lectern-accent/u);
    assert.match(html, /<body class="lectern-deck">/u);
    assert.equal((html.match(/<\/style/giu) ?? []).length, 1);
    // The injected tag is text inside the one style element (CSS that does nothing), never an element of its own.
    assert.ok(html.indexOf('<script>x()') < html.search(/<\/style/iu), 'the injected script sits inside the style element');
    assert.match(html, /Intro &lt;b&gt;/u);
  });

  it('still reads without theme tokens (each colour has its fallback)', () => {
    const html = renderLibraryHtml([card]);
    for (const [, token, fallback] of html.matchAll(/var\((--lectern-[a-z-]+), (#[0-9a-f]{3,6})\)/gu)) assert.ok(token && fallback);
    assert.ok(!/var\(--lectern-[a-z-]+\)/u.test(html), 'every token has a fallback');
  });

  it("gives thumbnails the slides' shape: 16:9 by default, 4:3 for a 4:3 workspace", () => {
    const thumb = { ...card, thumbnail: 'thumbs/week-1/intro.png' };
    assert.match(renderLibraryHtml([thumb]), /aspect-ratio: 1280 \/ 720/u);
    const square = renderLibraryHtml([thumb], '', { width: 1024, height: 768 });
    assert.match(square, /aspect-ratio: 1024 \/ 768/u);
    assert.match(square, /width="320" height="240"/u);
  });
});
