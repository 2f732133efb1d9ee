// A section's units -> slides: the least-cost split over estimated heights.
import type { Unit } from './units.ts';
import { columnItems, slideGeometry } from './text-size.ts';

export interface Budget {
  maxPoints: number;
  /** Words of prose a slide should show at most; a few more are allowed, at a cost, rather than leave a point alone on a slide. */
  maxWords: number;
  agendaItems: number;
  /**
   * Slides of paragraphs' points over `over` words pay `cost` for each word over (heavyWords), so they part where a
   * slide's words are too many: planDeck's second plan of a document whose slides show too many words (a median over
   * 33), over roomWords at 40 a word (not under it: check calls a point alone beside a slide that had room for it a
   * leftover); and its third, where the second still shows a median over check's limit (wordLimits.median), over 39
   * words down to 35 at 100 a word (a slide over the limit is worse than a point alone).
   */
  lighter?: { over: number; cost: number };
}

/** A unit that shows a block of code. (Here, not in units.ts, which imports this module: no cycle between the two.) */
export const isCode = (u: Unit): boolean => u.kind === 'visual' && /^(?:```|~~~)/u.test(u.markdown);

/** A unit that shows a quotation (or a part of a long one). */
export const isQuote = (u: Unit): boolean => u.kind === 'visual' && u.markdown.startsWith('>');

/**
 * The words of prose `check` lets a slide show, and the median slide (the issue's limits, and presenters' rule of thumb
 * of about 60): the planner keeps under them (hardWords, ledInWords; plan-deck's second, lighter plan over a median of 33).
 */
export const wordLimits = { slide: 60, median: 35 } as const;

/** A slide's budget unless the options give another: six points, forty words, ten agenda items a page. */
export const defaultBudget: Budget = { maxPoints: 6, maxWords: 35, agendaItems: 10 };

/**
 * Words a slide may hold when the alternative is a short point alone on the
 * next slide: a few more than the budget (40 at the default 35). Short
 * sections merge up to it, and `check` counts a neighbour as having room
 * for a lone point within it.
 */
export const roomWords = (budget: Budget): number => Math.round(budget.maxWords * 1.15);

/** Words of prose no slide of several points goes beyond (presenters' rule of thumb: about 60). */
const hardWords = 58;

/** Words of prose a lead-in sentence and the quotation or picture it introduces may take together on one slide. */
const ledInWords = wordLimits.slide;

/** A slide is planned to the room it has; where the estimate of text widths falls short, the browser's fit takes the type down a little (to 28 px at most). */
export const safety = 1;

/**
 * A sentence that leads into a picture, a formula or code, with it and nothing else, may take this much more than
 * the room: the browser's fit sets the slide's type a little smaller (to 0.78 at most), which is better than a
 * lead-in alone on one slide and what it introduces on the next.
 */
const leadInSlack = 1.2;

/**
 * A group's height. Items of a list in columns (Unit.paired) take half a row each where the group holds enough of
 * them to be set so (markdown.ts sets a list in columns from `columnItems` items); fewer, a row each.
 */
function groupHeight(group: Unit[]): number {
  const paired = new Map<number, number>();
  for (const u of group) if (u.paired !== undefined) paired.set(u.block, (paired.get(u.block) ?? 0) + 1);
  // A table wider than the slide is set smaller by the slide's fit, and the rest of its slide with it (Unit.scale).
  const fit = Math.min(1, ...group.map((u) => u.scale ?? 1));
  // Items two levels in or deeper that open the slide, their parents on the slide before, are shown at the margin
  // (plan-deck's bodyOf): at a first-level item's size, not a nested one's (0.86), as planned. (A linguistics lecture's
  // slide of five such items and a table had been planned to fit to the pixel, and overflowed at its smallest type.)
  // Items one level in have their parent's line over them again where the slide has room (withParentItem): nested.
  const indentOf = (u: Unit): number => (u.listItem ? (/^ */u.exec(u.markdown)?.[0].length ?? 0) : 0);
  const orphans = group[0]?.listItem && indentOf(group[0]) > 3 ? indentOf(group[0]) : 0;
  let promoted = orphans > 0;
  return group.reduce((n, u, k) => {
    if (promoted && (!u.listItem || indentOf(u) < orphans)) promoted = false;
    const grown = promoted && indentOf(u) === orphans ? 1 / 0.86 : 1;
    // Parts of one listing cut between two lines (no blank line there) that share a slide are one listing again
    // (plan-deck joins them): one box's padding.
    const before = group[k - 1];
    const joined = u.codeGap === 0 && before !== undefined && before.block === u.block && isCode(before) && isCode(u);
    const shown = (u.paired !== undefined && (paired.get(u.block) ?? 0) < columnItems ? u.paired : u.height) * (u.scale === undefined ? fit : 1);
    // Two blocks of code one under the other (a command over its output) have a gap between them that neither's height
    // holds (a point's height holds the gap under it): the slide's fit sets it smaller with the text.
    const gap = !joined && before !== undefined && isCode(before) && isCode(u) ? slideGeometry.blockGap * fit : 0;
    return n + shown * grown + gap - (joined ? slideGeometry.codePad : 0);
  }, 0);
}

/** 40 when units[from, to) hold part of a list in columns, fewer items than are set so, and the rest is on other slides. */
function brokenColumns(units: Unit[], from: number, to: number): number {
  const first = units[from];
  const last = units[to - 1];
  const cut = (u: Unit | undefined, beside: Unit | undefined): boolean => u?.paired !== undefined && beside?.paired !== undefined && beside.block === u.block;
  if (!cut(first, units[from - 1]) && !cut(last, units[to])) return 0;
  const block = cut(first, units[from - 1]) ? first?.block : last?.block;
  let count = 0;
  for (let k = from; k < to; k += 1) if (units[k]?.paired !== undefined && units[k]?.block === block) count += 1;
  return count < columnItems ? 40 : 0;
}

/**
 * A sentence that leads into a short list, with the whole list and nothing else, may take this much more than the room:
 * set a little smaller by the browser's fit (0.9 at most) rather than the list cut after its second item ("Broadly, they
 * discuss:" over five topics of a few words, two on one slide and three on the next).
 */
const listSlack = 1.1;

/** What blocks of code together may take over the room (fitsOne). */
const codeSlack = 1.1;

/** Whether units[from, to) are a lead-in sentence and the whole short list it introduces (units.ts keepShortList). */
function ledIntoList(units: Unit[], from: number, to: number): boolean {
  const lead = units[from];
  const first = units[from + 1];
  if (!lead?.keepWithNext || lead.kind !== 'point' || lead.listItem || !first?.listItem || to - from < 3) return false;
  const items = units.slice(from + 1, to);
  const block = first.block;
  return items.every((u) => u.shortList === true && u.block === block) && units[to]?.block !== block;
}

/** A picture kept with the caption under it (units.ts' captionUnder). */
export const captionedPicture = (unit: Unit | undefined): boolean => unit?.kind === 'visual' && unit.keepWithNext && unit.markdown.trimStart().startsWith('![');

/** A picture on the web, which is never fetched: it shows as a placeholder with its description (units.ts reads it too). */
export const remotePicture = /\]\(\s*<?https?:/iu;

/** A picture from the deck's own files (a remote one shows as a small placeholder, which is not set smaller). */
const localPicture = (u: Unit): boolean => /^!\[/u.test(u.markdown.trimStart()) && !remotePicture.test(u.markdown);

/** A displayed formula (`$$`). */
const formula = (u: Unit | undefined): boolean => u?.kind === 'visual' && u.markdown.trimStart().startsWith('$$');

/** [a lead-in, a formula, the point after it] or [a formula, the point after it], where the sentence goes on after the formula (units.ts). */
function runsThroughFormula(group: Unit[]): boolean {
  const [a, b, c] = group;
  const goesOn = (u: Unit | undefined): boolean => formula(u) && u?.keepWithNext === true;
  const lead = (u: Unit | undefined): boolean => u?.kind === 'point' && u.keepWithNext && !u.listItem;
  if (group.length === 2) return goesOn(a) && b?.kind === 'point';
  return group.length === 3 && lead(a) && goesOn(b) && c?.kind === 'point';
}

/**
 * A lead-in sentence and what it introduces, and nothing else: one picture, quotation, formula or block; a picture and
 * the caption under it ("The figure below displays…" over the picture and its caption, which had gone to the next slide
 * alone); or formulas one under the other ("its parameters would be" over μ and Σ, Σ alone on the next slide).
 */
function ledInto(group: Unit[]): boolean {
  const [lead, first, second] = group;
  if (lead?.kind !== 'point' || !lead.keepWithNext || first?.kind !== 'visual') return false;
  if (group.length === 2) return true;
  if (group.length === 3 && captionedPicture(first) && second?.kind === 'point' && !second.keepWithNext) return true;
  return group.slice(1).every(formula);
}

export function fitsOne(group: Unit[], room: number, budget: Budget, list = false): boolean {
  if (group.length <= 1) return true;
  // (Two items of a list in columns are one row: a point between them.)
  const points = group.reduce((n, u) => n + (u.kind === 'point' && u.markdown !== '' ? (u.paired !== undefined ? 0.5 : 1) : 0), 0);
  const words = group.reduce((n, u) => n + u.words, 0);
  const height = groupHeight(group);
  const ledIn = ledInto(group);
  // (A picture there is set smaller, as the slide's room lets it (theme/slide.css), down to about three fifths of its
  // usual height: better than the sentence that points at it on the slide before.)
  // So is a displayed formula's, whose estimate is some fifth over what Chromium sets (units.ts formulaFloor): "The following
  // equation provides…" had stood alone on a slide, its aligned rows on the next.
  const give = ledIn ? group.reduce((n, u) => n + (u.kind === 'visual' && localPicture(u) ? u.height * 0.4 : formula(u) ? u.height * 0.2 : 0), 0) : 0;
  // A sentence that runs through a displayed formula ("…the following recurrence relation:" over it, "where $c$ is…"
  // under it) is one sentence: with the lead-in, the formula and the words that close it, and nothing else, it may take
  // the room and the words a lead-in and its picture may (packUnits adds no cost for its words over the budget either),
  // rather than its last clause alone on the next slide.
  const through = runsThroughFormula(group);
  // Blocks of code one after another may take a tenth more than the room: the slide's fit sets code smaller, down to 22
  // px (0.85 of its size; their gaps and padding too, so not all the way). Five lines and seven of a talk's examples had
  // a slide each, half empty.
  // (Not code planned at 22 px already, Unit.scale: the fit sets it no smaller; nor any beside such a unit, which
  // groupHeight counts at that unit's size already: an R lecture's listing planned so, its last two lines a part of their
  // own, had been counted a tenth smaller again and the slide overflowed at its smallest type.)
  const floored = group.some((u) => u.scale !== undefined);
  const shrinks = (u: Unit): boolean => isCode(u) && u.scale === undefined && !floored;
  const code = group.every(shrinks);
  // So may code among text (a lead-in over it, a remark under it): where the text and the code set a tenth smaller fit.
  const codeHeight = group.reduce((n, u) => n + (shrinks(u) ? u.height : 0), 0);
  const squeezed = codeHeight > 0 && height - codeHeight * (1 - 1 / codeSlack) <= room * safety;
  return (
    (height - give <= room * safety * (ledIn || through ? leadInSlack : list ? listSlack : code ? codeSlack : 1) || squeezed) &&
    // (A sentence that leads into a short list is no point of its own: "Outline:" over six topics is one slide.)
    points <= budget.maxPoints + (list ? 1 : 0) &&
    // (A sentence that leads into what it introduces, a quotation, a picture or a short list, stays with it up to the
    // presenters' sixty words, not a lone lead-in or a list cut after its first item.)
    words <= Math.max(budget.maxWords, ledIn || list || through ? ledInWords : hardWords)
  );
}

const wordsOver = (group: Unit[], budget: Budget): number => Math.max(0, group.reduce((n, u) => n + u.words, 0) - budget.maxWords);

/**
 * Words over roomWords on a slide of two or more paragraphs' points and nothing else (no list's items, no lead-in, no
 * code or picture): the slides a lighter plan parts (Budget.lighter), where a chapter of long paragraphs had stood two
 * or three sentences of twenty words each to a slide. 0 for any other slide.
 */
export function heavyWords(group: Unit[], budget: Budget): number {
  if (group.length < 2 || group.some((u) => u.kind !== 'point' || u.item === true || u.keepWithNext)) return 0;
  return Math.max(0, group.reduce((n, u) => n + u.words, 0) - (budget.lighter?.over ?? roomWords(budget)));
}

/**
 * A short label in bold alone on its line over what it introduces ("**Money transfer without a transaction**"): a slide
 * it opens takes it for its title (one that fits a title's line; a longer one stays over its text).
 */
export const opensAsTitle = (unit: Unit | undefined): boolean =>
  unit !== undefined &&
  unit.kind === 'point' &&
  unit.keepWithNext &&
  !unit.listItem &&
  unit.lead !== null &&
  /^\*\*[^*\n]{1,40}\*\*$/u.test(unit.markdown.trim());

/**
 * Packs a section's units into slides: as few as fit, then the split that
 * costs least (at the author's own sub-topics rather than inside a list or a
 * code block, never after a lead-in sentence) and leaves the slides evenly
 * full (7 points -> 4 + 3, not 6 + 1).
 */
export function packUnits(units: Unit[], room: number, budget: Budget, firstRoom = room): Unit[][] {
  const n = units.length;
  // A list broken between slides leaves neither its first item alone at the foot of one slide (under the sentence that
  // leads into it) nor its last alone at the head of the next: an essay's six steps stood one, three and two on three
  // slides, the first under its lead-in on a slide otherwise empty. (A list of three too: "in one of three flavors:"
  // over its first item, the other two on the next slide.)
  // (Each break's cost once: a list's items counted per block, then the items before each break.)
  const total = new Map<number, number>();
  for (const u of units) if (u.listItem && u.item === true) total.set(u.block, (total.get(u.block) ?? 0) + 1);
  const stranded: number[] = [];
  const seen = new Map<number, number>();
  units.forEach((u, j) => {
    const before = units[j - 1];
    const list = total.get(u.block) ?? 0;
    const head = seen.get(u.block) ?? 0;
    const within = before?.listItem === true && u.listItem && before.block === u.block && list >= 3;
    stranded[j] = within && (head === 1 || list - head === 1) ? 60 : 0;
    if (u.listItem && u.item === true) seen.set(u.block, head + 1);
  });
  // A code block that opens the section, cut in parts for the room a lead-in would take, is cut between slides only where
  // its parts cannot share the first: a try with its three catches under its heading had stood as one catch on one slide
  // and two on the next, to spare the short remark under it a slide of its own. (Further down, its slide's title is
  // not known yet: there the parts go as they fit.)
  const opening = units.findIndex((u) => u.height > 0);
  const firstCode = units[opening];
  const parts = firstCode && isCode(firstCode) ? units.filter((u) => u.block === firstCode.block && isCode(u)) : [];
  const whole = parts.length > 1 && fitsOne(parts, firstRoom, budget);
  const wholeCode = units.map((u, j) => (whole && j > opening && u.block === firstCode?.block && isCode(u) ? 90 : 0));
  const best: number[] = [0];
  const from: number[] = [0];
  for (let i = 1; i <= n; i += 1) {
    best[i] = Infinity;
    for (let j = i - 1; j >= 0; j -= 1) {
      const group = units.slice(j, i);
      // The first slide has the room under the section's heading (`firstRoom`), the later ones the room under their titles;
      // a later one that opens with a label in bold over what follows is titled by it, and shows it no more (plan-deck).
      const space = j === 0 ? firstRoom : room + (opensAsTitle(units[j]) ? (units[j]?.height ?? 0) : 0);
      const list = ledIntoList(units, j, i);
      if (!fitsOne(group, space, budget, list)) {
        if (fitsOne(group, Math.max(room, firstRoom), budget, list)) continue;
        // (A longer group may fit where this one does not when it holds enough items of a list in columns to set them so:
        // only while it holds fewer than that. Past it, a longer group takes more room, never less: the search stops, as
        // for any other unit, or a list of thousands of short items would be planned in cubic time.)
        const block = group[0]?.block;
        if (group[0]?.paired !== undefined && group.filter((u) => u.paired !== undefined && u.block === block).length < columnItems) continue;
        break;
      }
      // A lead-in stays with what it introduces, unless the two cannot share a slide; a command stays with its output,
      // but where a lead-in, a command and its output cannot share one, the output goes on rather than the lead-in stay behind.
      // (A picture stays with its caption as a lead-in does.)
      const kept = units[j - 1]?.keepWithNext ? (units[j - 1]?.kind === 'visual' && !captionedPicture(units[j - 1]) ? 300 : 1000) : null;
      const breakCost = j === 0 ? 0 : (kept ?? (units[j]?.breakCost ?? 1) * 6) + (stranded[j] ?? 0) + (wholeCode[j] ?? 0);
      const fill = Math.min(1, groupHeight(group) / space);
      // A slide with one short point beside its neighbours reads as a leftover.
      // (So does one sentence alone under a "(cont.)" title, where the slide before holds it too: a specification's
      // sections of two or three long sentences had stood a sentence a slide.)
      const lonely = group.length === 1 && group[0]?.kind === 'point' && fill < (j > 0 ? 0.4 : 0.3) ? 60 : 0;
      // One that ends with a topic's name and its picture, the topic's text on the next slide ("3、最小的游戏机" over its
      // picture at a slide's foot, what it says over the page): the name goes with the text it names.
      let named = group.length - 1;
      while (named >= 0 && !((group[named] as Unit).lead !== null && (group[named] as Unit).keepWithNext && (group[named] as Unit).kind === 'point'))
        named -= 1;
      const headless =
        named > 0 &&
        group.slice(named + 1).every((u) => u.kind === 'visual' && /^!\[/u.test(u.markdown.trimStart())) &&
        units[i]?.kind === 'point' &&
        units[i]?.lead === null
          ? 150
          : 0;
      // One that runs on past a rule the author drew between two parts mixes them.
      const ruled = 30 * group.filter((u, k) => k > 0 && u.afterRule === true).length;
      // A part of a list in columns too short to be set so shows in one column beside parts in two.
      const broken = brokenColumns(units, j, i);
      const cost =
        (best[j] ?? Infinity) +
        100 +
        breakCost +
        lonely +
        headless +
        ruled +
        broken +
        40 * (1 - fill) ** 2 +
        15 * (runsThroughFormula(group) ? 0 : wordsOver(group, budget)) +
        (budget.lighter ? budget.lighter.cost * heavyWords(group, budget) : 0);
      if (cost < (best[i] ?? Infinity)) {
        best[i] = cost;
        from[i] = j;
      }
    }
  }
  const groups: Unit[][] = [];
  for (let i = n; i > 0; i = from[i] ?? 0) groups.unshift(units.slice(from[i] ?? 0, i));
  return groups;
}
