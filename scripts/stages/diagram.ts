// Drawings made of characters (svgbob's ```bob, ditaa, box-drawing characters, ASCII frames and arrows): a
// picture, not code to read line by line. Planning never cuts one between slides, and the theme never wraps its
// lines: the slide's fit sets it smaller instead (theme/slide.css, scripts/client/fit.ts). Pure.

/** Languages of fenced blocks that hold a drawing (svgbob, ditaa, goat, or plain "ascii"). */
const drawingLanguages = /^(?:bob|svgbob|ditaa|goat|ascii|asciiart|ascii-art|asciiflow|diagram|drawing|art)$/iu;

/** A line drawn with box-drawing or block characters. */
const boxDrawing = /[\u2500-\u257F\u2580-\u259F]/u;

/**
 * A terminal's progress bar, a run of blocks beside its percentage ("100% |████████| 102kB 6.2MB/s", "[▓▓▓░░] 60%"):
 * a line of a command's output, no drawing.
 */
const progressBar = /\d{1,3}(?:\.\d+)?%\s*[|[]?[\u2580-\u259F ]{3,}|[\u2580-\u259F ]{3,}[|\]]?\s*\d{1,3}(?:\.\d+)?%/u;

/**
 * A line drawn in ASCII: a corner on a rule ("+-----+", ".------."), a rule between bars, an arrow along a rule
 * ("o---+-->"), or the rule of bit positions an RFC draws a protocol's header with ("+-+-+-+-+").
 */
const asciiFrame = /[+.'`][-=~]{3,}|[-=~]{3,}[+.'`]|\|[^|\n]*[-=_]{3,}[^|\n]*\||[-=]{2,}>|<[-=]{2,}|^\s*[|:]\s.*\s[|:]\s*$|(?:\+-){4,}\+?/u;

/** A line of a drawing's connectors and nothing else: bars, slashes, arrowheads ("   |", "   ^", "  v", " / \\"). */
const connectorLine = /^\s*(?:[|/\\^]|v(?=\s|$))(?:\s*(?:[|/\\^<>+]|v(?=\s|$)))*\s*$/u;

/** A table's rule drawn in ASCII, with a junction between columns: "+------+-----+", "----+------" (psql), "|---|---|". */
export const tableRule = /^\s*[+|]?[-=]{2,}(?:[+|][-=]{2,})+[+|]?\s*$/u;

/** A table's row drawn in ASCII: cells between bars ("| ANV01 | 1001 |", " id | name"). */
const tableRow = /^\s*\|.*\|\s*$|\S\s+\|\s+\S/u;

/**
 * Whether a code block is a drawing: its language says so, or three lines or more, most of them drawn (box-drawing
 * characters, or ASCII corners, frames and arrows) and more marks than letters over all, or a table drawn in ASCII (a
 * database's answer, "+----+" rules between "| … |" rows): its columns line up only while its lines are whole.
 */
export function isDrawing(info: string, lines: string[]): boolean {
  const language =
    info
      .trim()
      .split(/[\s{},]+/u)
      .find((w) => w !== '') ?? '';
  if (drawingLanguages.test(language)) return true;
  const drawn = lines.filter((l) => l.trim() !== '');
  if (drawn.length < 3) return false;
  const box = drawn.filter((l) => boxDrawing.test(l) && !progressBar.test(l)).length;
  if (box >= drawn.length * 0.3) return true;
  const rules = drawn.filter((l) => tableRule.test(l)).length;
  // Under or over the table, a line or two of its own ("14 rows in set (0.00 sec)", "(3 rows)").
  if (rules >= 1 && rules + drawn.filter((l) => !tableRule.test(l) && tableRow.test(l)).length >= Math.max(3, drawn.length - 2)) return true;
  // Rows between bars at the same columns, with no rule among them: a part of a table drawn in ASCII cut between slides
  // (its rules stayed with the first part), still a picture whose columns line up only while its lines are whole.
  const edges = drawn.map((l) => (/^\s*\|.*\|\s*$/u.test(l) ? `${l.indexOf('|')}:${l.trimEnd().length}` : ''));
  if (drawn.length >= 4 && edges[0] !== '' && edges.every((e) => e === edges[0])) return true;
  // A tree drawn in ASCII, as `pstree` and `tree -A` print one ("systemd-+-ModemManager---2*[{ModemManager}]" over
  // "        |-NetworkManager…" over "        `-udisksd"): most lines branch off with "|-", "`-" or "-+-", their columns in
  // line only while their lines are whole (wrapped, the tree was lost over fourteen slides).
  // (Not one wider than a slide shows at the smallest type a drawing takes, 14 px, about 120 columns: wrapped as code,
  // it is still read.)
  const branches = drawn.filter((l) => /^\s*(?:\|\s+)*[|`]-|-[+`]-/u.test(l)).length;
  if (drawn.length >= 4 && branches >= drawn.length * 0.6 && drawn.every((l) => l.trimEnd().length <= 120)) return true;
  // (A line of connectors alone, "      |", "      ^", "      v" between boxes, is drawn too.)
  const frames = drawn.filter((l) => asciiFrame.test(l) || connectorLine.test(l)).length;
  const text = drawn.join('').replace(/\s/gu, '');
  const letters = (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
  return frames >= drawn.length * 0.5 && letters < text.length * 0.5;
}

/**
 * A Mermaid diagram's source (a fence whose language is `mermaid`, "```mermaid {scale: 0.7}" too): drawn in the deck
 * by Mermaid, as GitHub and the sites that render Markdown draw it; a picture to planning, never cut.
 */
export const isMermaid = (info: string): boolean => /^mermaid(?:\s|\{|$)/iu.test(info.trim());
