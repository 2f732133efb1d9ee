// Plans for the unit tests: a document model planned as `lectern build` plans
// doc.txt, and the lecture-note fixtures (tests/fixtures/notes) read, split and
// planned as a build would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { readDocument } from '../../scripts/stages/read-document.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { splitText } from '../../scripts/stages/split-text.ts';
import type { DeckPlan, DocumentModel } from '../../scripts/types.ts';
import { fixtures } from './helpers.ts';

export const plan = (model: DocumentModel, format: 'text' | 'markdown' = 'text') =>
  planDeck(model, { file: 'doc.txt', fileName: 'doc.txt', format, author: 'Tester' });

/** The slides a Markdown text is planned into, as `plan` plans it. */
export const markdownSlides = (text: string) => plan(splitMarkdown(text), 'markdown').value.slides;

const notes = join(fixtures, 'notes');
export const source = (file: string): string => readFileSync(join(notes, file), 'utf8');
export function planOf(file: string): { model: DocumentModel; plan: DeckPlan } {
  const doc = readDocument(file, readFileSync(join(notes, file)));
  const model = doc.format === 'markdown' ? splitMarkdown(doc.text) : splitText(doc.text);
  return { model, plan: planDeck(model, { file, fileName: file, format: doc.format, author: 'T' }).value };
}
export const everything = (plan: DeckPlan): string => plan.slides.map((s) => `${s.title}\n${s.body}\n${s.notes}`).join('\n');
/** Slides as a failing assertion shows them: each title over its body (or the bodies alone), a rule between. */
export const slidesShown = (slides: { title: string; body: string }[], titled = true): string =>
  slides.map((s) => (titled ? `${s.title}\n${s.body}` : s.body)).join('\n---\n');
export const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`\n]+)`/gu)].map((m) => m[1] ?? '');
