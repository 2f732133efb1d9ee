// edges/asciidoc.ts and stages/asciidoc-markdown.ts: an AsciiDoc document, read by Asciidoctor, planned as the Markdown it becomes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAsciidoc } from '../../scripts/edges/asciidoc.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';

const guide = [
  '= Building a Web Service',
  'Dana Writer <dana@example.org>',
  ':toc:',
  ':project_id: gs-service',
  '',
  'This guide walks you through building a service.',
  '',
  '// a comment the reader never sees',
  '',
  '[[build]]',
  '== What You Will Build',
  '',
  'You will build a service that answers at `http://localhost:8080/greeting`.',
  '',
  'NOTE: If your IDE has the integration, you can do this from your IDE.',
  '',
  '.The reply',
  '====',
  '[source,json]',
  '----',
  '{"id":1,"content":"Hello, World!"}',
  '----',
  '====',
  '',
  '== What You Need',
  '',
  '. Go to https://start.spring.io[the Initializr].',
  '. Click *Generate*.',
  '',
  'include::https://example.org/macros/prereq.adoc[]',
  '',
  '[source,java]',
  '----',
  'include::complete/src/main/java/Greeting.java[]',
  '----',
  '',
  'Project id:: the name of the project, {project_id}.',
  '',
  '|===',
  '|Flag |Meaning',
  '',
  '|`-v`',
  '|verbose',
  '|===',
].join('\n');

describe('an AsciiDoc document', () => {
  it('becomes Markdown: its title and author, sections, admonitions, listings in their language, lists, links and tables; no comment, anchor or table of contents', async () => {
    const { markdown, warnings } = await readAsciidoc(guide);
    assert.deepEqual(warnings, []);
    assert.match(markdown, /^---\ntitle: Building a Web Service\nauthor: Dana Writer\n---\n/u);
    assert.match(markdown, /^## What You Will Build$/mu);
    assert.match(markdown, /^> \*\*Note:\*\* If your IDE has the integration/mu);
    // A titled example is captioned as Asciidoctor captions it.
    assert.match(markdown, /^\*\*Example 1\. The reply\*\*$/mu);
    assert.match(markdown, /^```json\n\{"id":1,"content":"Hello, World!"\}\n```$/mu);
    assert.match(markdown, /^1\. {1,2}Go to \[the Initializr\]\(https:\/\/start\.spring\.io\)\.$/mu);
    assert.match(markdown, /\*\*Project id\*\*\n\nthe name of the project, gs-service\./u);
    assert.match(markdown, /^\| Flag \| Meaning \|$/mu);
    // An include is not read (secure mode): a link to what it would include, in prose (named by its file, not by a shared
    // macro's whole address) or in a listing.
    assert.match(markdown, /\[prereq\.adoc\]\(https:\/\/example\.org\/macros\/prereq\.adoc\)/u);
    assert.match(markdown, /\[complete\/src\/main\/java\/Greeting\.java\]\(complete\/src\/main\/java\/Greeting\.java\)/u);
    assert.doesNotMatch(markdown, /a comment the reader never sees|\[\[build\]\]|Table of Contents|link:|role=include|:toc:/u);
  });

  it('is planned as its Markdown is: titled by its title, its sections the agenda, code kept as written', async () => {
    const { markdown } = await readAsciidoc(guide);
    const plan = planDeck(splitMarkdown(markdown), { file: 'guide.adoc', fileName: 'guide.adoc', format: 'markdown' }).value;
    assert.equal(plan.meta.title, 'Building a Web Service');
    const agenda = plan.slides.find((s) => s.id === 'agenda');
    assert.match(agenda?.body ?? '', /What You Will Build[\s\S]*What You Need/u);
    assert.ok(plan.slides.some((s) => s.body.includes('{"id":1,"content":"Hello, World!"}')));
  });

  it('reads a header that includes its attributes (not read) with no author taken from the include, and no {reference} to them shown', async () => {
    const text = [
      '[[history]]',
      '= History of Operating Systems',
      'include::../config/attributes.adoc[]',
      ':chapdir: C03',
      '',
      '*Reading time:* {reading-time}',
      '',
      '== First generation',
      '',
      'No operating systems yet.',
      '{windows_api} is the interface of Windows, in its dynamic libraries ({dll}): `kernel32.dll`.',
      '',
      '[source,c]',
      '----',
      'int main(void) { return {count}; }',
      '----',
      '',
    ].join('\n');
    const { markdown } = await readAsciidoc(text);
    assert.match(markdown, /^title: History of Operating Systems$/mu);
    assert.doesNotMatch(markdown, /author:|link:|role=include|attributes\.adoc|\{reading-time\}/u);
    // A label whose value is such an attribute alone says nothing.
    assert.doesNotMatch(markdown, /Reading time/u);
    // An attribute set in the file not read shows its name as words, not its braces, nor nothing (the sentence keeps its
    // subject); code keeps its braces as written.
    assert.match(markdown, /\bwindows api is the interface of Windows, in its dynamic libraries \(dll\): `kernel32\.dll`\.$/mu);
    assert.match(markdown, /int main\(void\) \{ return \{count\}; \}/u);
  });

  it("shows a key as a key and a button as its label (`kbd:[Save]`, `btn:[OK]`), not the macro's text", async () => {
    const doc = await readAsciidoc(['= Keys', '', '== Steps', '', '* Press kbd:[Ctrl+S], then btn:[OK].', '* Then kbd:[Save].', ''].join('\n'));
    assert.match(doc.markdown, /<kbd>Ctrl<\/kbd>\+<kbd>S<\/kbd>, then \*\*OK\*\*/u, doc.markdown);
    assert.doesNotMatch(doc.markdown, /kbd:|btn:/u);
  });

  it('keeps a literal block as written, as a listing: HTML in it is its text, never a heading', async () => {
    const { markdown } = await readAsciidoc('== Templates\n\nType the following code:\n\n[literal]\n<h1>Hello World!</h1>\n\nThen save it.\n');
    assert.match(markdown, /^```\n<h1>Hello World!<\/h1>\n```$/mu);
    const model = splitMarkdown(markdown);
    assert.ok(!model.sections.some((s) => s.heading.includes('Hello')), JSON.stringify(model.sections.map((s) => s.heading)));
  });

  it('shows a listing without its callouts and the line comments that hold them ("//<1>" had left "//" at the end of a line)', async () => {
    const text =
      '== Store\n\n[source,java]\n----\nModel model = mapper.clone(value); //<1>\nrecipe.accept(model); // <2>\nint x = 1; // keep me\n----\n<1> copies the model\n<2> runs the recipe\n';
    const { markdown } = await readAsciidoc(text);
    assert.match(markdown, /^Model model = mapper\.clone\(value\);$/mu);
    assert.match(markdown, /^recipe\.accept\(model\);$/mu);
    assert.match(markdown, /^int x = 1; \/\/ keep me$/mu);
  });

  it("writes Asciidoctor's ellipsis and dash without the zero-width space it sets after them", async () => {
    const { markdown } = await readAsciidoc('= FAQ\n\n== I just upgraded, and ...\n\nRead it first -- then come back.\n');
    assert.match(markdown, /^## I just upgraded, and …$/mu, markdown);
    assert.ok(!markdown.includes('\u200b'), JSON.stringify(markdown));
  });

  it("keeps a placeholder in angle brackets as text, in a term and in a sentence ('-C <path>::')", async () => {
    const { markdown } = await readAsciidoc(
      '= tig(1)\n\n== OPTIONS\n\n-C <path>::\n\tRun as if Tig was started in <path> instead.\n\n+<number>::\n\tShow line <number>.\n',
    );
    const model = splitMarkdown(markdown);
    const plan = planDeck(model, { file: 'tig.adoc', fileName: 'tig.adoc', format: 'markdown', author: 'T' }).value;
    const shown = plan.slides.map((s) => `${s.body}\n${s.notes}`).join('\n');
    assert.match(shown, /started in \\?<path\\?> instead/u);
    assert.match(shown, /line \\?<number\\?>/u);
  });

  it('says what Asciidoctor found wrong, with its line', async () => {
    const { warnings } = await readAsciidoc('= Doc\n\n== One\n\nText.\n\n==== Too deep\n\nMore.\n');
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0] ?? '', /^line 7: section title out of sequence/u);
  });
});

describe("an AsciiDoc document's labels", () => {
  it('are in the language it is written in, where it sets none of its own', async () => {
    const spanish = [
      '= Hilos',
      '',
      'En el modelo de proceso que hemos descrito hasta el momento, cada proceso tiene una única secuencia de instrucciones que se ejecuta en la CPU, y los hilos son una de las formas de tener varias.',
      '',
      'NOTE: Si se quiere ejecutar varias tareas al mismo tiempo, es mejor usar procesos que hilos para la fiabilidad del sistema.',
      '',
      '.Esquema de los procesos',
      'image::procesos.svg[]',
    ].join('\n');
    const { markdown } = await readAsciidoc(spanish);
    assert.match(markdown, /\*\*Nota:\*\*/u);
    assert.match(markdown, /Figura 1\. Esquema de los procesos/u);
    assert.doesNotMatch(markdown, /Figure 1|\*\*Note:\*\*/u);
    // Its own label stays.
    assert.match((await readAsciidoc(`:figure-caption: Imagen\n${spanish}`)).markdown, /Imagen 1\. Esquema/u);
  });
});
