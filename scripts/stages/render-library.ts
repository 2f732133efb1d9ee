// The slide library page: every slide of the workspace as a card (thumbnail,
// deck, id, title), a search box, and a button copying the slide's reference.
// Its colours are the theme's tokens (`themeCss`: the theme's variables and
// the workspace's own stylesheet, as the caller reads them).
import { defaultFrame, type Frame } from './frame.ts';
import { escapeHtml } from './render-slide.ts';

export interface LibraryCard {
  deck: string;
  id: string;
  title: string;
  section: string | null;
  /** Thumbnail path relative to the library page, when there is one. */
  thumbnail: string | null;
  /** Link to the slide in its built deck, when the deck is built. */
  href: string | null;
}

const csp = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'";

export function renderLibraryHtml(cards: LibraryCard[], themeCss = '', frame: Frame = defaultFrame): string {
  // Thumbnails have the slides' shape (the workspace's frame: 16:9, 4:3...).
  const thumbHeight = Math.round((320 * frame.height) / frame.width);
  const items = cards
    .map((c) => {
      const ref = `${c.deck}/${c.id}`;
      const picture = c.thumbnail
        ? `<img src="${escapeHtml(c.thumbnail)}" alt="" loading="lazy" width="320" height="${thumbHeight}">`
        : '<div class="no-thumb">no picture</div>';
      const title = escapeHtml(c.title || c.id);
      return `<li class="card" data-search="${escapeHtml(`${ref} ${c.title} ${c.section ?? ''}`)}">
${c.href ? `<a href="${escapeHtml(c.href)}">${picture}</a>` : picture}
<p class="title">${title}</p>
<p class="ref"><code>${escapeHtml(ref)}</code>${c.section ? ` · ${escapeHtml(c.section)}` : ''}</p>
<button type="button" data-ref="${escapeHtml(ref)}">Copy reference</button>
</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Slide library</title>
<style>
${themeCss.replace(/<\/style/giu, '<\\/style')}
body { margin: 0; font: 15px/1.4 system-ui, sans-serif; color: var(--lectern-fg, #1d232d); background: var(--lectern-surface, #f2ece2); }
header { position: sticky; top: 0; background: var(--lectern-bg, #fbf8f3); border-bottom: 1px solid var(--lectern-rule, #ddd4c6); padding: 14px 24px; display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
h1 { font-size: 20px; margin: 0; }
input { font: inherit; padding: 6px 10px; min-width: 280px; border: 1px solid var(--lectern-paper-rule, #b9b1a4); border-radius: 6px; }
#count { color: var(--lectern-muted, #545b68); }
ul { list-style: none; margin: 0; padding: 24px; display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 20px; }
.card { background: var(--lectern-paper, #fff); border: 1px solid var(--lectern-rule, #ddd4c6); border-radius: 8px; padding: 10px; }
.card img, .no-thumb { display: block; width: 100%; height: auto; aspect-ratio: ${frame.width} / ${frame.height}; border-radius: 4px; background: var(--lectern-surface, #f2ece2); }
.no-thumb { display: grid; place-items: center; color: var(--lectern-muted, #545b68); }
.title { font-weight: 600; margin: 8px 0 2px; }
.ref { margin: 0 0 8px; color: var(--lectern-muted, #545b68); font-size: 13px; }
button { font: inherit; font-size: 13px; padding: 4px 10px; border: 1px solid var(--lectern-accent, #a63d26); color: var(--lectern-accent, #a63d26); background: var(--lectern-paper, #fff); border-radius: 6px; cursor: pointer; }
</style>
</head>
<body class="lectern-deck">
<header><h1>Slide library</h1><input id="search" type="search" placeholder="Search slides: deck, id, title, section" aria-label="Search slides"><span id="count">${cards.length} slides</span></header>
<ul>
${items}
</ul>
<script src="library.js"></script>
</body>
</html>
`;
}
