// A decoded document -> its structure and its slide plan: the pure part of a
// build from a document, in one call, so that it can run on the main thread
// or in a worker (scripts/plan-worker.ts) with the same result.
import type { DeckPlan, DocumentModel, SourceDocument } from '../types.ts';
import { planDeck, type PlanOptions } from './plan-deck.ts';
import { splitMarkdown } from './split-markdown.ts';
import { splitText } from './split-text.ts';

/** Splits a document into its structure, by format. */
export function splitDocument(doc: SourceDocument): DocumentModel {
  return doc.format === 'markdown' ? splitMarkdown(doc.text) : splitText(doc.text);
}

export interface PlannedSource {
  model: DocumentModel;
  /** The options the plan was made with (the author settled). */
  options: PlanOptions;
  plan: DeckPlan;
  diagnostics: ReturnType<typeof planDeck>['diagnostics'];
}

/** The structure and the plan of a document; the author is the one given, else the document's, else `fallbackAuthor`. */
export function planSource(doc: SourceDocument, given: PlanOptions, fallbackAuthor: string | null = null): PlannedSource {
  const model = splitDocument(doc);
  const options = { ...given, author: given.author ?? model.author ?? fallbackAuthor };
  const planned = planDeck(model, options);
  return { model, options, plan: planned.value, diagnostics: planned.diagnostics };
}
