// scripts/stages/tex-delimiters.ts: LaTeX's \( \) and \[ \] as the $ and $$ lectern typesets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { texDelimiters } from '../../scripts/stages/tex-delimiters.ts';

describe('texDelimiters', () => {
  it("writes inline and displayed formulas with dollars, kramdown's doubled backslashes too, line for line", () => {
    const text = 'Rendered:\n\n\\[\n\\frac{a}{b} = c\n\\]\n\nThe gradient with respect to \\\\(w_{y_i}\\\\) is \\(x^2\\), or \\[y = 1\\] inline.';
    const out = texDelimiters(text);
    assert.equal(out, 'Rendered:\n\n$$\n\\frac{a}{b} = c\n$$\n\nThe gradient with respect to $w_{y_i}$ is $x^2$, or $$y = 1$$ inline.');
    assert.equal(out.split('\n').length, text.split('\n').length);
  });

  it('leaves alone brackets that hold no TeX, and code', () => {
    const text = 'An escaped \\[citation needed\\] and \\(see above\\).\n\n`\\(x^2\\)` in a span.\n\n```tex\n\\[ x^2 \\]\n```';
    assert.equal(texDelimiters(text), text);
  });
});
