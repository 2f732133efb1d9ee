// Word documents in: a .docx made here (with the docx package) is planned
// like the Markdown it becomes: its heading styles are the sections, lists
// keep their nesting, marks and links and code stay, tables stay tables,
// images come along, footnotes go to the notes, and comments and deleted text
// are nowhere. A .doc, an encrypted and a damaged file are one-line errors.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { fixtures, runCli, scratchWorkspace } from './helpers.ts';

const ws = scratchWorkspace('lectern-word-');
after(() => ws.remove());
const when = new Date(Date.UTC(2020, 0, 1)).toISOString();

before(async () => {
  const png = readFileSync(join(fixtures, 'import', 'cloud.png'));
  const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    title: 'Plate Tectonics',
    creator: 'Dr. Mary Tharp',
    footnotes: { 1: { children: [new Paragraph('Wegener published his book in 1915.')] } },
    comments: { children: [{ id: 0, author: 'Editor', date: new Date(0), children: [new Paragraph('Remember to mention the exam')] }] },
    numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Plate Tectonics', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Continental Drift', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('The coastlines of Africa and South America '),
              new TextRun({ text: 'fit together', bold: true }),
              new TextRun(', as '),
              new TextRun({ text: 'Wegener', italics: true }),
              new TextRun(' noticed.'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('Fossils match across the oceans.'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('Run '),
              new TextRun({ text: 'plates --list', font: 'Courier New' }),
              new TextRun(' to see them, or read '),
              new ExternalHyperlink({ children: [new TextRun('the survey')], link: 'https://example.org/survey' }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('The old theory was '),
              new DeletedTextRun({ text: 'completely wrong', id: 1, author: 'Ed', date: when }),
              new InsertedTextRun({ text: 'incomplete', id: 2, author: 'Ed', date: when }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ text: 'Evidence', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Matching rock layers', bullet: { level: 0 } }),
          new Paragraph({ text: 'in Brazil and in Ghana', bullet: { level: 1 } }),
          new Paragraph({ text: 'Glacial scratches', bullet: { level: 0 } }),
          new Paragraph({ text: 'Measure the gap', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'Date the rocks', numbering: { reference: 'steps', level: 0 } }),
          new Table({ rows: [new TableRow({ children: [cell('Plate'), cell('Speed (cm/yr)')] }), new TableRow({ children: [cell('Pacific'), cell('7')] })] }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: png,
                transformation: { width: 200, height: 120 },
                altText: { name: 'ridge', description: 'A cloud over a ridge', title: 'ridge' },
              }),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: 'Sea-Floor Spreading', bold: true })] }),
          new Paragraph('New crust forms at mid-ocean ridges and spreads outward over millions of years.'),
        ],
      },
    ],
  });
  writeFileSync(join(ws.dir, 'plates.docx'), await Packer.toBuffer(doc));
});

const slideText = (deck: string): string =>
  readdirSync(join(ws.dir, 'slides', deck))
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(ws.dir, 'slides', deck, f), 'utf8'))
    .join('\n');

describe('Word documents', () => {
  it('a .docx builds like the Markdown it holds: sections, marks, lists, tables, images, footnotes in the notes', () => {
    const result = runCli(['build', 'plates.docx'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    const list = runCli(['list', 'plates', '--json'], ws.dir);
    const titles = (JSON.parse(list.stdout) as { title: string }[]).map((s) => s.title);
    assert.equal(titles[0], 'Plate Tectonics');
    for (const title of ['Continental Drift', 'Evidence', 'Sea-Floor Spreading']) assert.ok(titles.includes(title), `${title}: ${titles.join(' | ')}`);
    assert.match(readFileSync(join(ws.dir, 'slides', 'plates', 'deck.yaml'), 'utf8'), /^author: Dr\. Mary Tharp$/mu, 'the author from the properties');
    const text = slideText('plates');
    assert.match(text, /\*\*fit together\*\*, as \*Wegener\* noticed/u);
    assert.match(text, /`plates --list`/u, 'a run in a code font is code');
    assert.match(text, /\[the survey\]\(https:\/\/example\.org\/survey\)/u);
    assert.match(text, /^- Matching rock layers\n {2,4}- in Brazil and in Ghana/mu, 'nesting kept');
    assert.match(text, /^1\. Measure the gap\n2\. Date the rocks/mu);
    assert.match(text, /The old theory was incomplete\./u);
    assert.doesNotMatch(text, /completely wrong|Remember to mention the exam/u, 'deleted text and comments are nowhere');
    // The footnote is in the notes of the slide that cites it, not on any slide.
    const drift = readFileSync(join(ws.dir, 'slides', 'plates', 'continental-drift.md'), 'utf8');
    const [shown, notes] = drift.split('\nNote:\n');
    assert.doesNotMatch(shown ?? '', /1915/u);
    assert.match(notes ?? '', /Wegener published his book in 1915\./u);
    const html = readFileSync(join(ws.dir, 'dist', 'plates', 'index.html'), 'utf8');
    assert.match(html, /<table>[\s\S]*<th>Plate<\/th>[\s\S]*<td>Pacific<\/td>/u);
    const image = readdirSync(join(ws.dir, 'slides', 'plates', 'images'));
    assert.deepEqual(image, ['word-1.png']);
    assert.deepEqual(readFileSync(join(ws.dir, 'slides', 'plates', 'images', 'word-1.png')), readFileSync(join(fixtures, 'import', 'cloud.png')));
    assert.match(html, /<img[^>]+alt="A cloud over a ridge"/u);
    const check = runCli(['check', 'plates', '--json'], ws.dir);
    assert.equal((JSON.parse(check.stdout) as { decks: { coverage: { share: number } }[] }).decks[0]?.coverage.share, 1, check.stdout);
  });

  it("ordered lists keep Word's numbers: a list that starts at 3, one that goes on after a paragraph, one restarted", async () => {
    const decimal = (reference: string, start?: number) => ({
      reference,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, ...(start ? { start } : {}) }],
    });
    const doc = new Document({
      numbering: { config: [decimal('clauses', 3), decimal('steps')] },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Bread', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Terms', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Third clause of the contract', numbering: { reference: 'clauses', level: 0 } }),
            new Paragraph({ text: 'Fourth clause of the contract', numbering: { reference: 'clauses', level: 0 } }),
            new Paragraph({ text: 'Method', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Mix the flour and the water', numbering: { reference: 'steps', level: 0 } }),
            new Paragraph('Wait an hour before the next step.'),
            new Paragraph({ text: 'Bake the loaf for forty minutes', numbering: { reference: 'steps', level: 0 } }),
            new Paragraph({ text: 'Again', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Knead the second batch', numbering: { reference: 'steps', level: 0, instance: 2 } }),
          ],
        },
      ],
    });
    writeFileSync(join(ws.dir, 'bread.docx'), await Packer.toBuffer(doc));
    const result = runCli(['build', 'bread.docx'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    const text = slideText('bread');
    assert.match(text, /^3\. Third clause of the contract\n4\. Fourth clause of the contract$/mu, 'a list that starts at 3');
    assert.match(text, /^1\. Mix the flour and the water$/mu);
    assert.match(text, /^2\. Bake the loaf for forty minutes$/mu, 'the list goes on after the paragraph');
    assert.match(text, /^1\. Knead the second batch$/mu, 'a restarted list');
  });

  it('a .doc, an encrypted and a damaged .docx are one-line errors with what to do, and nothing is written', () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    writeFileSync(join(ws.dir, 'old.doc'), ole);
    writeFileSync(join(ws.dir, 'locked.docx'), ole);
    writeFileSync(join(ws.dir, 'broken.docx'), 'PK not really a zip');
    const cases: [string, RegExp][] = [
      ['old.doc', /old\.doc: an old Word document \(\.doc\).*save it as \.docx/u],
      ['locked.docx', /locked\.docx: the Word document is encrypted.*Remove the password/u],
      ['broken.docx', /broken\.docx: not a Word document that can be read.*save it again as \.docx/u],
    ];
    for (const [file, message] of cases) {
      const result = runCli(['build', file], ws.dir);
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1);
      const deck = file.replace(/\..*$/u, '');
      assert.ok(!existsSync(join(ws.dir, 'slides', deck)) && !existsSync(join(ws.dir, 'dist', deck)), `${file}: nothing written`);
    }
  });
});
