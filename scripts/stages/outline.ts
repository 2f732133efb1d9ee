// The PDFs' outline (bookmarks): the title slide and agenda, then each section
// of the document, with its slides under it when it has several.
import type { Deck, OutlineEntry } from '../types.ts';
import { slideTitle } from './render-slide.ts';

export function planOutline(deck: Deck): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  let group: { section: string; entry: OutlineEntry } | null = null;
  for (const slide of deck.slides) {
    const title = slideTitle(slide) || slide.id;
    const own: OutlineEntry = { title, slide: slide.id, children: [] };
    if (slide.section === null || slide.layout === 'title' || slide.layout === 'agenda') {
      entries.push(own);
      group = null;
      continue;
    }
    if (group && group.section === slide.section) {
      // A second slide of the section: the section entry now lists its slides.
      if (group.entry.children.length === 0) group.entry.children.push({ ...group.entry, title: group.entry.title, children: [] });
      group.entry.children.push(own);
      group.entry.title = slide.section;
      continue;
    }
    group = { section: slide.section, entry: own };
    entries.push(own);
  }
  return entries;
}
