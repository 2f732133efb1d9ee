// scripts/stages/handout-furniture.ts: a handout's header and page numbers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { footerPages, footerTemplate, furnitureColour, headerTemplate } from '../../scripts/stages/handout-furniture.ts';
import { deck } from './helpers.ts';

describe('handout furniture', () => {
  it("heads each page with the deck's title and author, escaped, inside the page's side margins", () => {
    const header = headerTemplate(deck('d', [], { title: 'Rock & <Roll>', author: 'A. "Lecturer"' }).meta, 12);
    assert.match(header, /padding:0 12mm/u);
    assert.match(header, /<span>Rock &amp; &lt;Roll&gt;<\/span><span>A\. &quot;Lecturer&quot;<\/span>/u);
    assert.match(headerTemplate(deck('d', []).meta, 10), /<span><\/span><\/div>$/u, 'no author: an empty place, not "null"');
    // A title is shown as its words, without its Markdown; other characters as written.
    const marked = headerTemplate(deck('d', [], { title: 'Learn **T**est *Driven* `snake_case`<br>and [TDD](https://x.org)' }).meta, 12);
    assert.match(marked, /<span>Learn Test Driven snake_case and TDD<\/span>/u);
    assert.match(footerTemplate(), /<span class="pageNumber"><\/span> \/ <span class="totalPages"><\/span>/u);
  });

  it('numbers the pages of a handout printed in parts across the parts, "n / total", each part a document of its own', () => {
    const docs = footerPages(7, { widthMm: 210, heightMm: 297 }, 3);
    assert.equal(docs.length, 3);
    const numbers = docs.map((d) => [...d.matchAll(/<div class="f">(\d+) \/ (\d+)<\/div>/gu)].map((m) => `${m[1]}/${m[2]}`));
    assert.deepEqual(numbers, [['1/7', '2/7', '3/7'], ['4/7', '5/7', '6/7'], ['7/7']]);
    for (const doc of docs) assert.match(doc, /@page\{size:210mm 297mm;margin:0\}/u);
  });

  it("is coloured with the theme's --lectern-paper-muted, the last literal colour winning; anything else cannot reach the style attribute", () => {
    const theme = { css: ':where(.lectern-print) { --lectern-paper-muted: #6b7280; }' };
    assert.equal(furnitureColour([theme]), '#6b7280');
    assert.equal(furnitureColour([theme, { css: '.lectern-print { --lectern-paper-muted: rgb(10, 20, 30); }' }]), 'rgb(10, 20, 30)');
    assert.equal(furnitureColour([theme, { css: '/* --lectern-paper-muted: red; */ .x { --lectern-paper-muted: var(--y); }' }]), '#6b7280');
    assert.equal(furnitureColour([theme, { css: '.x { --lectern-paper-muted: red"><script>x()</script> }' }]), '#6b7280');
    assert.match(headerTemplate(deck('d', []).meta, 10, 'teal'), /color:teal;/u);
    assert.match(footerTemplate('#123'), /color:#123;/u);
    assert.match(footerPages(1, { widthMm: 210, heightMm: 297 }, 3, 'navy')[0] ?? '', /\.f\{[^}]*color:navy\}/u);
  });
});
