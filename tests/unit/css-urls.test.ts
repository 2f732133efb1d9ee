// scripts/stages/css-urls.ts: the url() references of a stylesheet.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cssUrlRefs, isDataUrl, mapCssUrls, urlPath } from '../../scripts/stages/css-urls.ts';

const css = [
  "@font-face { src: url(fonts/a.woff2?v=2#iefix) format('woff2'), url('fonts/b.woff') format('woff'); }",
  '.logo { background: url("img/logo.svg"); }',
  '.dot { background: url(data:image/png;base64,iVBORw0KGgo=); }',
  '.none { background: url(""); }',
].join('\n');

describe('cssUrlRefs', () => {
  it('reads every url() as written, quoted or not, in order', () => {
    assert.deepEqual(cssUrlRefs(css), ['fonts/a.woff2?v=2#iefix', 'fonts/b.woff', 'img/logo.svg', 'data:image/png;base64,iVBORw0KGgo=', '']);
    assert.deepEqual(cssUrlRefs(css).map(urlPath), ['fonts/a.woff2', 'fonts/b.woff', 'img/logo.svg', 'data:image/png;base64,iVBORw0KGgo=', '']);
    assert.deepEqual(cssUrlRefs(css).map(isDataUrl), [false, false, false, true, false]);
  });
});

describe('mapCssUrls', () => {
  it('replaces each url() with what the change gives for its reference, and leaves the rest of the sheet as it was', () => {
    const out = mapCssUrls(css, (ref, whole) => (isDataUrl(ref) ? whole : `url("copied/${urlPath(ref)}")`));
    assert.match(out, /src: url\("copied\/fonts\/a\.woff2"\) format\('woff2'\), url\("copied\/fonts\/b\.woff"\) format\('woff'\);/u);
    assert.match(out, /url\(data:image\/png;base64,iVBORw0KGgo=\)/u);
    assert.equal(
      mapCssUrls('a { color: red; }', () => 'none'),
      'a { color: red; }',
    );
  });
});
