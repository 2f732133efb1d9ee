// scripts/stages/labels.ts: the words lectern adds, in the deck's language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { labels } from '../../scripts/stages/labels.ts';

describe('labels', () => {
  it("speaks the deck's language, by its primary subtag and whatever its case", () => {
    assert.equal(labels('fr-CA').agenda, 'Plan');
    assert.equal(labels('DE').summary, 'Zusammenfassung');
    assert.equal(labels('nl').continued, '(vervolg)');
  });
  it('falls back to English for a language it has no words for', () => {
    assert.deepEqual(labels('ja'), labels('en'));
    assert.deepEqual(labels(''), { agenda: 'Agenda', summary: 'Summary', introduction: 'Introduction', continued: '(cont.)' });
  });
});
