// The example document at each stage boundary: what the golden files hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { readDocument } from '../../scripts/stages/read-document.ts';
import { splitText } from '../../scripts/stages/split-text.ts';
import { stateFile, writeSlides } from '../../scripts/stages/write-slides.ts';
import { exampleDocument, fixtures } from './helpers.ts';

export const goldenDir = join(fixtures, 'golden', 'nazi-soviet-pact');

/** File name -> expected content, for every golden file. */
export function computeGolden(): Map<string, string> {
  const doc = readDocument('slides/nazi-soviet-pact.txt', readFileSync(exampleDocument));
  const model = splitText(doc.text);
  const plan = planDeck(model, {
    file: doc.path,
    fileName: 'nazi-soviet-pact.txt',
    format: doc.format,
    author: 'A. Lecturer',
    source: '../nazi-soviet-pact.txt',
  });
  const out = new Map<string, string>();
  out.set('sections.json', `${JSON.stringify(model, null, 2)}\n`);
  out.set('plan.json', `${JSON.stringify(plan, null, 2)}\n`);
  for (const [file, text] of writeSlides(plan.value, 'lectern golden')) {
    if (file !== stateFile) out.set(join('slides', file), text);
  }
  return out;
}
