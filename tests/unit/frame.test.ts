// scripts/stages/frame.ts: the slide's size, as the stylesheets declare it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LecternError } from '../../scripts/errors.ts';
import { defaultFrame, frameFromCss, sameFrame } from '../../scripts/stages/frame.ts';

describe('frameFromCss', () => {
  const theme = { file: 'theme/variables.css', css: ':root {\n  --lectern-slide-width: 1280px;\n  --lectern-slide-height: 720px;\n}\n' };

  it("takes the theme's frame, then what a custom stylesheet sets, the last value winning and comments ignored", () => {
    assert.deepEqual(frameFromCss([theme]), { width: 1280, height: 720 });
    const custom = {
      file: 'custom.css',
      css: '/* --lectern-slide-width: 400px; */\n:root { --lectern-slide-height: 900px; }\n.print { --lectern-slide-height: 960px }',
    };
    assert.deepEqual(frameFromCss([theme, custom]), { width: 1280, height: 960 });
    assert.deepEqual(frameFromCss([]), defaultFrame);
    assert.ok(sameFrame(frameFromCss([theme]), defaultFrame));
    assert.ok(!sameFrame(frameFromCss([theme, custom]), defaultFrame));
  });

  it('refuses a size that is not in px or out of range, naming the file, the property and the fix', () => {
    for (const value of ['50%', '100px', '5000px', 'calc(2 * 640px)']) {
      assert.throws(
        () => frameFromCss([theme, { file: 'slides/d/custom.css', css: `:root { --lectern-slide-width: ${value}; }` }]),
        (error: unknown) =>
          error instanceof LecternError &&
          error.kind === 'input' &&
          error.toLine() ===
            `slides/d/custom.css: --lectern-slide-width must be a size in px from 320 to 4096, not "${value}". Write it as a pixel size, e.g. --lectern-slide-width: 1024px`,
      );
    }
  });
});
