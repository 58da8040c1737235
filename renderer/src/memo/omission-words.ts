// Shortening a quote word by word: the quote's words with their code-point offsets, which of them a set of
// omissions leaves out, and the omissions that leave out a chosen set of words (each run of words one omission).
export interface QuoteWord {
  /** [start, end) in code points of the highlight's quote, as omissions count. */
  start: number;
  end: number;
  text: string;
}

/** The quote's words (runs of non-space characters, punctuation kept with them). */
export function quoteWords(quote: string): QuoteWord[] {
  const words: QuoteWord[] = [];
  let at = 0;
  let current: QuoteWord | null = null;
  for (const char of quote) {
    if (/\s/u.test(char)) {
      if (current) words.push(current);
      current = null;
    } else if (current) {
      current.end = at + 1;
      current.text += char;
    } else {
      current = { start: at, end: at + 1, text: char };
    }
    at += 1;
  }
  if (current) words.push(current);
  return words;
}

/** For each word, whether the omissions leave it out (a word counts as left out when an omission covers it whole). */
export function omittedWords(words: readonly QuoteWord[], omissions: readonly (readonly [number, number])[]): boolean[] {
  return words.map((word) => omissions.some(([start, end]) => start <= word.start && word.end <= end));
}

/**
 * The omissions that leave out the chosen words: one [start, end) per run of consecutive chosen words, taking
 * the space after the run too (up to the next word kept), so the words around the ellipsis are spaced once.
 */
export function omissionsFromWords(words: readonly QuoteWord[], omitted: readonly boolean[]): [number, number][] {
  const out: [number, number][] = [];
  let run: [number, number] | null = null;
  words.forEach((word, i) => {
    if (omitted[i]) {
      if (run) run[1] = word.end;
      else run = [word.start, word.end];
    } else if (run) {
      run[1] = word.start;
      out.push(run);
      run = null;
    }
  });
  if (run) out.push(run);
  return out;
}

/** Sets words [from, to] (either order) to `value`, leaving the others as they were. */
export function setWordRange(omitted: readonly boolean[], from: number, to: number, value: boolean): boolean[] {
  const [low, high] = from <= to ? [from, to] : [to, from];
  return omitted.map((old, i) => (i >= low && i <= high ? value : old));
}

/** Whether two lists of omissions are the same. */
export function sameOmissions(a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]): boolean {
  return a.length === b.length && a.every(([start, end], i) => start === b[i]![0] && end === b[i]![1]);
}
