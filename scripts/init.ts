// `lectern init`: a commented starter config and an example document, so a
// new workspace builds a deck with its first command. Never overwrites a file.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inputError } from './errors.ts';
import { findConfig } from './edges/config-file.ts';
import { exists } from './edges/files.ts';

export const starterConfig = `// lectern's settings for this workspace. Flags override them, and a deck's
// manifest (slides/<deck>/deck.yaml) or its document overrides the theme,
// author and language. Remove what you do not need: every key is optional.
// Types and completion in an editor come with lectern installed in the
// project (npm install --save-dev lectern).
import { defineConfig } from 'lectern';

export default defineConfig({
  // theme: 'light',            // or 'dark': the colours of new decks
  // author: 'Your Name',       // when a document names no author
  // lang: 'en',                // when a document does not say (agenda and summary labels)

  // What "lectern build" writes besides dist/<deck>/index.html:
  pdf: true,                    // dist/<deck>/<deck>.pdf
  handouts: ['notes'],          // 'notes', 'notes-pages', '3up', '6up'
  // handoutTheme: 'light',     // handouts print light even for dark decks
  // png: false,                // a picture of each slide
  // singleFile: false,         // the deck in one self-contained .html file
  // pptx: false,               // editable PowerPoint slides with their notes
  // paper: 'a4',               // or 'letter' (default: from the locale)

  // browser: '/usr/bin/chromium', // Chrome/Chromium to print with
  // timeout: 60,               // seconds the browser may take for one step
  // wpm: 130,                  // speaking pace for --duration and check
  // duration: '50m',           // warn when the notes take longer to speak

  // Settings for one deck, over the ones above:
  decks: {
    // 'week-3': { theme: 'dark', handouts: ['3up'] },
  },
});
`;

export const exampleDocument = `---
title: Writing Slides From Notes
author: Your Name
---

# Writing Slides From Notes

This example shows what lectern does with a lecture written as notes. Edit it,
or replace it with your own document, and build again.

## Why start from notes

Notes are where the thinking happens. A lecturer writes full sentences to get
the argument straight, and the slides should carry only the points.

- Each section of the notes becomes one or more slides.
- The full sentences go to the speaker notes, so nothing is lost.
- Slides never overflow: long sections continue on the next slide.

## How a build works

1. lectern reads the document and finds its sections.
2. It writes one Markdown file per slide under \`slides/<deck>/\`.
3. It renders the deck to \`dist/<deck>/index.html\` and prints the PDFs.

\`\`\`sh
lectern build notes.md --pdf --handout notes
\`\`\`

## Editing the slides

The slide files are yours: edit one, and \`lectern build <deck>\` keeps the
edit. Building from the document again refuses to overwrite an edited slide
unless you pass \`--force\`, which keeps a copy of what it replaces.

## Summary

Write the lecture as notes, let lectern find the slides, and edit what it wrote.
`;

export interface InitResult {
  written: string[];
}

/** Writes lectern.config.ts and notes.md into `workspace`; refuses if either (or another config) is there. */
export async function initWorkspace(workspace: string): Promise<InitResult> {
  const existing = findConfig(workspace);
  if (existing !== null && existing.startsWith(`${workspace}/`))
    throw inputError(`${existing.slice(workspace.length + 1)}: this folder already has a config`, 'Edit it, or run lectern init in an empty folder');
  for (const name of ['lectern.config.ts', 'notes.md']) {
    if (await exists(join(workspace, name))) throw inputError(`${name}: already exists`, 'Run lectern init in an empty folder, or move the file away first');
  }
  await mkdir(workspace, { recursive: true });
  const written: string[] = [];
  // Exclusive creation: a file that appears meanwhile is not overwritten.
  for (const [name, text] of [
    ['lectern.config.ts', starterConfig],
    ['notes.md', exampleDocument],
  ] as const) {
    await writeFile(join(workspace, name), text, { flag: 'wx' });
    written.push(name);
  }
  return { written };
}
