// Titles for a section's slides: the heading, then for each continuation
// what it covers in the author's words (a lead-in term, a caption, a
// subject, a command), "(cont.)" only where nothing names it.
import { subjectOf } from './condense.ts';
import { countWords } from './sentences.ts';
import { titleLines, visibleText } from './text-size.ts';
import type { Unit } from './units.ts';

/**
 * A tutorial's slide is named by the command or identifier it shows first:
 * "Replacements: `--replace`", the heading and the author's code, in a
 * slide whose opening names nothing else.
 */
function codeName(group: Unit[], title: string): string | null {
  for (const unit of group.slice(0, 3)) {
    const span = /`([^`\n]{1,32})`/u.exec(unit.kind === 'point' ? unit.markdown : '')?.[0];
    const first = unit.kind === 'visual' && /^(?:```|~~~)/u.test(unit.markdown) ? (unit.markdown.split('\n')[1] ?? '') : '';
    // A shell command, or the name a definition opens with ("def merge_sort(items):" -> merge_sort).
    const definition =
      /^\s*(?:(?:pub\s+|export\s+|async\s+|static\s+)*(?:def|fn|func|function|class|struct|enum|trait|interface|type|module|proc|sub|defn?)\s+)([A-Za-z_][\w$!?]*)/u.exec(
        first,
      )?.[1];
    const command = /^\s*\$\s+\S/u.test(first) ? first.replace(/^\s*\$\s+/u, '').trim() : definition;
    const named = span !== undefined && /[\p{L}\p{N}]{2}/u.test(span) ? span : undefined;
    const code = named ?? (command && command.length <= 24 && !command.includes('`') && /\w/u.test(command) ? `\`${command}\`` : undefined);
    if (code && !visibleText(title).includes(visibleText(code))) return `${title}${title.includes(':') ? ' —' : ':'} ${code}`;
  }
  return null;
}

/** A term that names nothing on its own ("Here", "Note", "Example"). */
const emptyName =
  /^(?:here|this|that|these|those|note|notes|example|examples|see|also|e\.g|i\.e|tip|warning|important|optional|update|and|or|but|so|image|picture|figure|screenshot|img|diagram|photo|alt|demo)$/iu;
const names = (lead: string | null, skip: string): lead is string =>
  lead !== null &&
  lead !== skip &&
  countWords(lead) <= 8 &&
  !emptyName.test(
    visibleText(lead)
      .trim()
      .replace(/[.:!]$/u, ''),
  );

/** What names a group of units: the author's lead-in term, else the subject of its first point ("Strings in bash"). */
function nameOf(group: Unit[], skip: string): string | null {
  for (const unit of group) {
    if (unit.markdown === '') continue;
    if (names(unit.lead, skip)) return unit.lead;
    // A picture is named by its caption (the author's alt text).
    const alt = /^!\[([^\]]{3,60})\]\(/u.exec(unit.markdown)?.[1];
    if (alt && names(alt, skip)) return alt;
    const subject = unit.kind === 'point' ? subjectOf(unit.markdown) : null;
    if (subject && subject !== skip) return subject;
    if (unit !== group[0]) break;
  }
  return null;
}

/**
 * Titles for a section's slides: the heading, then for each continuation
 * what it covers in the author's words; a slide that only goes on with
 * the topic before it (the rest of a code block) says so: "Topic (cont.)".
 */
export function slideTitles(groups: Unit[][], title: string, esc: (text: string) => string, continued: string): string[] {
  let last = title;
  // Whether `last` names a picture or code (a slide goes on with those only when it goes on with the same block).
  let lastIsVisual = false;
  let previous = '';
  return groups.map((group, i) => {
    // A continuation title may not take more lines than the heading: the slide was planned for that room.
    const fits = (candidate: string | null): string | null => (candidate !== null && titleLines(esc(candidate)) <= titleLines(title) ? candidate : null);
    const name = i === 0 ? null : (fits(nameOf(group, title)) ?? fits(codeName(group, title)));
    // A slide that goes on with the block the last one ended in (a code block, a list) goes on with its name.
    const goesOn = group[0]?.block === groups[i - 1]?.[groups[i - 1]!.length - 1]?.block;
    const base = (goesOn || !lastIsVisual) && titleLines(`${last} ${continued}`) <= titleLines(title) ? last : title;
    let shown = i === 0 ? title : name ? esc(name) : `${base} ${continued}`;
    if (shown === previous || shown === `${previous} ${continued}`) shown = `${name ? esc(name) : last} ${continued}`;
    previous = shown;
    // The topic the next slide may go on with: the last one this slide names (a picture or code goes on with the slide's own).
    const own = shown.replace(/\s*\([^)]*\)$/u, '');
    for (const unit of group) {
      const named = unit.lead ?? (unit.kind === 'point' && unit.markdown !== '' ? subjectOf(unit.markdown) : null);
      if (names(named, title)) {
        last = esc(named);
        lastIsVisual = false;
      } else if (unit.kind === 'visual') {
        last = own;
        lastIsVisual = true;
      }
    }
    return shown;
  });
}
