// scripts/edges/custom-css.ts: a custom stylesheet's copy and the files its url()s point at.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readThemeTokens, writeCustomCss } from '../../scripts/edges/custom-css.ts';
import { scratchWorkspace } from './helpers.ts';

const ws = scratchWorkspace('lectern-custom-css-');
after(() => ws.remove());

describe('custom stylesheet', () => {
  it('points each url() at its copy, and only url()s', async () => {
    const theme = join(ws.dir, 'theme');
    mkdirSync(join(theme, 'img'), { recursive: true });
    writeFileSync(join(theme, 'a.png'), 'one');
    writeFileSync(join(theme, 'img', 'a.png'), 'two');
    writeFileSync(join(theme, 'custom.css'), '/* a.png */\n.x { background: url(a.png); }\n.y { background: url("img/a.png"); }\n');
    await writeCustomCss(join(theme, 'custom.css'), join(ws.dir, 'assets'));
    const css = readFileSync(join(ws.dir, 'assets', 'custom.css'), 'utf8');
    const target = (selector: string): string => /url\("?([^")]+)/u.exec(css.slice(css.indexOf(selector)))?.[1] ?? '';
    assert.equal(readFileSync(join(ws.dir, 'assets', target('.x')), 'utf8'), 'one');
    assert.equal(readFileSync(join(ws.dir, 'assets', target('.y')), 'utf8'), 'two');
    assert.ok(css.startsWith('/* a.png */'), css);
  });

  it("reads the theme's tokens, a custom stylesheet's values winning: the frame and the handout furniture's colour", async () => {
    assert.deepEqual(await readThemeTokens(null), { frame: { width: 1280, height: 720 }, furniture: '#6b7280' });
    const custom = join(ws.dir, 'tokens.css');
    writeFileSync(custom, '.lectern-print { --lectern-paper-muted: #334455; --lectern-slide-height: 960px; }\n');
    assert.deepEqual(await readThemeTokens(custom), { frame: { width: 1280, height: 960 }, furniture: '#334455' });
  });
});
