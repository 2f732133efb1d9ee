// scripts/stages/hidden.ts: what the author hid (comments, template tags, solutions, hidden code lines) never reaches a slide or the notes,
// through the reader, the splitter and the planner, on lecture notes as lecturers write them (tests/fixtures/notes).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { everything, planOf } from './plans.ts';

describe('what the author hid', () => {
  it('keeps HTML comments, Liquid comments and tags out of slides and notes, and counts them', () => {
    const { model, plan } = planOf('jekyll-lecture.md');
    const all = everything(plan);
    for (const hidden of ['remember to mention the exam', 'walkthrough is secret', 'Solution: find', 'site.baseurl', '{%', '<!--'])
      assert.ok(!all.includes(hidden), `"${hidden}" is shown`);
    // {% raw %} only protects what it holds: the braces the author escaped stay.
    assert.match(all, /`\{\{ name \}\}`/u);
    assert.ok((model.hidden?.count ?? 0) >= 5, `${model.hidden?.count} hidden items`);
  });

  it("keeps an exercise's solution out and shows the exercise, without the fenced-div markers", () => {
    const text =
      '# Pipes\n\n## Sorting\n\nThe sort command orders lines.\n\n::::::: challenge\n\n## What does sort -n do?\n\nRun it on the file and compare the order of the lines.\n\n:::::: solution\n\nThe flag sorts numerically, so 10 comes after 9.\n\n```bash\n$ sort -n lengths.txt\n```\n\n::::::\n\n:::::::\n\nThe next section builds on this.\n';
    const model = splitMarkdown(text);
    const all = everything(planDeck(model, { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value);
    assert.match(all, /Run it on the file/u);
    assert.doesNotMatch(all, /sorts numerically|sort -n lengths|:::/u);
    assert.ok((model.hidden?.count ?? 0) >= 1);
  });

  it('drops mdBook includes and the lines a Rust example hides, and keeps attributes', () => {
    const all = everything(planOf('book-chapter.md').plan);
    assert.ok(!all.includes('{{#'), 'an include shows');
    assert.ok(!/^# fn main|^# \}/mu.test(all), 'a hidden Rust line shows');
    assert.match(all, /#\[allow\(unused\)\]/u);
    assert.match(all, /let x = 5;/u);
  });
});
