// Sentences -> short slide points. Every rule only removes connective words or
// splits at clause boundaries, so a point never says what the author did not;
// the full sentence always stays in the speaker notes.
import { countWords } from './sentences.ts';

const leadingConnective =
  /^(?:however|moreover|furthermore|additionally|in addition|also|thus|therefore|consequently|as a result|meanwhile|indeed|in fact|nevertheless|nonetheless|in summary|in conclusion|to sum up|to summari[sz]e|to conclude|in short|overall|all in all|in closing|summing up|in sum|to recap|taken together|first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly|for example|for instance),\s+/iu;
const leadingSubordinate = /^(?:while|whereas|although|though)\s+([^,]{8,}),\s+(.+)$/iu;
const contrastSplit = /,\s+(?:while|whereas)\s+|;\s+/u;
const resultClause = /,\s+(?:revealing|showing|indicating|suggesting|meaning|proving|demonstrating|signalling|signaling) that\s+/u;

const capitalise = (text: string): string => text.replace(/^(\P{L}*)(\p{L})/u, (_, pre: string, ch: string) => pre + ch.toLocaleUpperCase());

function tidy(point: string): string {
  return capitalise(point.trim().replace(/[.;:,]+$/u, '').replace(/\s+/gu, ' '));
}

/** Splits one sentence into one to three short points. */
export function condenseSentence(sentence: string): string[] {
  let text = sentence.trim();
  for (let m = leadingConnective.exec(text); m; m = leadingConnective.exec(text)) text = text.slice(m[0].length);
  const parts: string[] = [];
  const sub = leadingSubordinate.exec(text);
  if (sub && sub[1] && sub[2] && countWords(sub[2]) >= 3) {
    parts.push(sub[1], sub[2]);
  } else {
    parts.push(...text.split(contrastSplit));
  }
  const points = parts.flatMap((part) => part.split(resultClause));
  // A fragment of one or two words reads as a mistake: keep the sentence whole instead.
  if (points.some((p) => countWords(p) < 3)) return [tidy(text)];
  return points.map(tidy).filter((p) => p !== '');
}
