// scripts/edges/images.ts findDocumentImages: which pictures a document's slides show, from which files.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { findDocumentImages } from '../../scripts/edges/images.ts';
import { scratchWorkspace } from './helpers.ts';

const ws = scratchWorkspace('lectern-document-images-');
after(() => ws.remove());

/** A PNG of one pixel. */
const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('findDocumentImages', () => {
  it("reads a path from a site's root (a Jekyll page's \"/Images/Week03/tree.png\") in the document's folder, where the file is", async () => {
    const doc = join(ws.dir, 'site');
    mkdirSync(join(doc, 'Images', 'Week03'), { recursive: true });
    writeFileSync(join(doc, 'Images', 'Week03', 'tree.png'), pixel);
    const body = '![A tree](/Images/Week03/tree.png)\n\n![Gone](/Images/Week03/gone.png)\n\n![Up](../up.png)';
    const found = await findDocumentImages(doc, [body], 'week03.md', body);
    assert.equal(found.images.get('/Images/Week03/tree.png')?.target, 'images/tree.png');
    // (One that is not there, and one from above the folder, stay placeholders that say they are outside it.)
    const outside = found.diagnostics.filter((d) => d.rule === 'image-outside').map((d) => d.message);
    assert.equal(outside.length, 2, outside.join('\n'));
    assert.match(outside[0] ?? '', /"\/Images\/Week03\/gone\.png" is outside/u);
    assert.equal(found.images.size, 1);
  });
});

describe("findDocumentImages, a path from a site's root", () => {
  it("is read from the folder the site generator serves at its root (Slidev's public/, Hugo's static/), beside or above the document", async () => {
    const doc = join(ws.dir, 'talk');
    mkdirSync(join(doc, 'public'), { recursive: true });
    mkdirSync(join(ws.dir, 'static', 'img'), { recursive: true });
    writeFileSync(join(doc, 'public', 'recording.png'), pixel);
    writeFileSync(join(ws.dir, 'static', 'img', 'mic.png'), pixel);
    const body = '![Recording](/recording.png)\n\n![Mic](/img/mic.png)\n\n![Gone](/gone.png)';
    const found = await findDocumentImages(doc, [body], 'slides.md', body);
    assert.equal(found.images.get('/recording.png')?.file, join(doc, 'public', 'recording.png'));
    assert.equal(found.images.get('/img/mic.png')?.file, join(ws.dir, 'static', 'img', 'mic.png'));
    assert.equal(found.images.has('/gone.png'), false);
  });
});

describe('findDocumentImages, a picture named by its file alone', () => {
  it('is the one file of that name below the document\'s folder (an Obsidian vault\'s "![[diagram.png]]" in img/)', async () => {
    const doc = join(ws.dir, 'vault');
    mkdirSync(join(doc, 'img'), { recursive: true });
    mkdirSync(join(doc, 'a'), { recursive: true });
    mkdirSync(join(doc, 'b'), { recursive: true });
    writeFileSync(join(doc, 'img', 'monitor.png'), pixel);
    writeFileSync(join(doc, 'a', 'twice.png'), pixel);
    writeFileSync(join(doc, 'b', 'twice.png'), pixel);
    const body = '![](monitor.png)\n\n![](twice.png)';
    const found = await findDocumentImages(doc, [body], 'notes.md', body);
    assert.equal(found.images.get('monitor.png')?.file, join(doc, 'img', 'monitor.png'));
    // (Two files of that name: no guess, a placeholder and a warning.)
    assert.equal(found.images.has('twice.png'), false);
    assert.match(found.diagnostics.map((d) => d.message).join('\n'), /image "twice\.png" not found/u);
  });
});

describe("findDocumentImages, a GitBook page's picture", () => {
  it('is read from the book\'s .gitbook/assets above the page\'s folder ("../.gitbook/assets/Frame 63.png"), and from no other hidden folder', async () => {
    const book = join(ws.dir, 'book');
    const page = join(book, 'chapter');
    mkdirSync(join(book, '.gitbook', 'assets'), { recursive: true });
    mkdirSync(page, { recursive: true });
    writeFileSync(join(book, '.gitbook', 'assets', 'Frame 63.png'), pixel);
    mkdirSync(join(book, '.private'), { recursive: true });
    writeFileSync(join(book, '.private', 'other.png'), pixel);
    const body = '![](<../.gitbook/assets/Frame 63.png>)\n\n![](../.gitbook/assets/Frame%2063.png)\n\n![](../.private/other.png)';
    const found = await findDocumentImages(page, [body], 'chapter/page.md', body);
    assert.equal(found.images.get('../.gitbook/assets/Frame%2063.png')?.target, 'images/Frame 63.png');
    assert.equal(found.images.has('../.private/other.png'), false);
    assert.match(found.diagnostics.map((d) => d.message).join('\n'), /"\.\.\/\.private\/other\.png" is outside/u);
  });
});

describe('findDocumentImages, a path with escaped reserved signs', () => {
  it('is the file named with them ("Wavelength%3Dslitwidth.gif" is Wavelength=slitwidth.gif); an escaped slash climbs out of nothing', async () => {
    const doc = join(ws.dir, 'waves');
    mkdirSync(join(doc, 'pics'), { recursive: true });
    writeFileSync(join(doc, 'pics', 'Wavelength=slitwidth.gif'), pixel);
    writeFileSync(join(ws.dir, 'secret.png'), pixel);
    const body = '![Slit](pics/Wavelength%3Dslitwidth.gif)\n\n![Up](..%2Fsecret.png)';
    const found = await findDocumentImages(doc, [body], 'waves.md', body);
    assert.equal(found.images.get('pics/Wavelength%3Dslitwidth.gif')?.file, join(doc, 'pics', 'Wavelength=slitwidth.gif'));
    assert.equal(found.images.has('..%2Fsecret.png'), false);
  });
});

describe('findDocumentImages, a path without an extension', () => {
  it('is the picture of that name in a format a browser shows ("figs/cap3/requisitos", as a Pandoc book writes it)', async () => {
    const doc = join(ws.dir, 'book3');
    mkdirSync(join(doc, 'figs', 'cap3'), { recursive: true });
    writeFileSync(join(doc, 'figs', 'cap3', 'requisitos.png'), pixel);
    writeFileSync(join(doc, 'figs', 'cap3', 'requisitos.pdf'), 'not shown');
    const body = '![Requisitos](figs/cap3/requisitos)\n\n![Gone](figs/cap3/nada)';
    const found = await findDocumentImages(doc, [body], 'cap3.md', body);
    assert.equal(found.images.get('figs/cap3/requisitos')?.file, join(doc, 'figs', 'cap3', 'requisitos.png'));
    assert.equal(found.images.get('figs/cap3/requisitos')?.target, 'images/requisitos.png');
    assert.match(found.diagnostics.map((d) => d.message).join('\n'), /image "figs\/cap3\/nada" not found/u);
  });

  it('or with Sphinx\'s "any extension" ("img/carpet.*"), is the picture of that name a browser shows', async () => {
    const doc = join(ws.dir, 'sphinx');
    mkdirSync(join(doc, 'img'), { recursive: true });
    writeFileSync(join(doc, 'img', 'carpet.png'), pixel);
    writeFileSync(join(doc, 'img', 'carpet.pdf'), 'not shown');
    const body = '![Carpet](img/carpet.*)\n\n![Gone](img/none.*)';
    const found = await findDocumentImages(doc, [body], 'profiling.rst', body);
    assert.equal(found.images.get('img/carpet.*')?.target, 'images/carpet.png');
    assert.match(found.diagnostics.map((d) => d.message).join('\n'), /image "img\/none\.\*" not found/u);
  });
});

describe("findDocumentImages, a picture in a folder beside the document's", () => {
  it('is read from up to three levels above ("../images/x.png", a Jupyter Book\'s "../../images/x.png", a site\'s "/img/x.png"), never further, from a hidden folder or through a link', async () => {
    const course = join(ws.dir, 'course');
    const page = join(course, 'book', 'week1', 'notes');
    mkdirSync(page, { recursive: true });
    mkdirSync(join(course, 'book', 'images'), { recursive: true });
    mkdirSync(join(course, 'img'), { recursive: true });
    mkdirSync(join(course, '.hidden'), { recursive: true });
    writeFileSync(join(course, 'book', 'images', 'ramp.png'), pixel);
    writeFileSync(join(course, 'img', 'site.png'), pixel);
    writeFileSync(join(course, '.hidden', 'x.png'), pixel);
    writeFileSync(join(ws.dir, 'far.png'), pixel);
    symlinkSync(join(ws.dir, 'far.png'), join(course, 'book', 'images', 'link.png'));
    const body = [
      '![](../../images/ramp.png)',
      '![](/img/site.png)',
      '![](../../../../far.png)',
      '![](../../../.hidden/x.png)',
      '![](../../images/../../img/site.png)',
      '![](../../images/link.png)',
    ].join('\n\n');
    const found = await findDocumentImages(page, [body], 'notes.md', body);
    assert.equal(found.images.get('../../images/ramp.png')?.target, 'images/ramp.png');
    assert.equal(found.images.get('/img/site.png')?.target, 'images/site.png');
    for (const src of ['../../../../far.png', '../../../.hidden/x.png', '../../images/link.png']) assert.equal(found.images.has(src), false, src);
    const outside = found.diagnostics.filter((d) => d.rule === 'image-outside').map((d) => d.message);
    assert.equal(outside.length, 4, outside.join('\n'));
  });
});

describe('findDocumentImages, a picture named in another case than its file', () => {
  it('is the one file of that name whatever its case ("walnut.png" for Walnut.png), not when two files differ in case only', async () => {
    const doc = join(ws.dir, 'book');
    mkdirSync(join(doc, 'images'), { recursive: true });
    writeFileSync(join(doc, 'images', 'Walnut.png'), pixel);
    writeFileSync(join(doc, 'images', 'Pair.png'), pixel);
    writeFileSync(join(doc, 'images', 'PAIR.png'), pixel);
    const body = '![A walnut](./images/walnut.png)\n\n![Two](images/pair.png)';
    const found = await findDocumentImages(doc, [body], 'what_is.md', body);
    assert.equal(found.images.get('./images/walnut.png')?.file, join(doc, 'images', 'Walnut.png'));
    assert.equal(found.images.has('images/pair.png'), false);
  });
});
