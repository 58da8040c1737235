// Shortening a quote word by word: words keep their code-point offsets (what omissions count), choices become
// one omission per run of words, and what shortenedQuote then shows.
import { describe, expect, it } from 'vitest';
import { shortenedQuote } from '../../shared/memo-state';
import { omissionsFromWords, omittedWords, quoteWords, sameOmissions, setWordRange } from '../../renderer/src/memo/omission-words';

const QUOTE = 'We were pinged by HQ this morning indicating that we failed at this\ntasking.';

describe('quote words', () => {
  it('are the runs of non-space characters with their code-point offsets', () => {
    const words = quoteWords(QUOTE);
    expect(words.map((w) => w.text)).toEqual(['We', 'were', 'pinged', 'by', 'HQ', 'this', 'morning', 'indicating', 'that', 'we', 'failed', 'at', 'this', 'tasking.']);
    for (const w of words) expect(Array.from(QUOTE).slice(w.start, w.end).join('')).toBe(w.text);
  });

  it('count characters outside the BMP as one, as omissions do', () => {
    const quote = 'Flag 🇺🇸 then 𝒜 word';
    const words = quoteWords(quote);
    expect(words.map((w) => [w.text, w.start, w.end])).toEqual([
      ['Flag', 0, 4],
      ['🇺🇸', 5, 7],
      ['then', 8, 12],
      ['𝒜', 13, 14],
      ['word', 15, 19],
    ]);
    expect(shortenedQuote(quote, omissionsFromWords(words, [false, true, true, false, false]))).toBe('Flag … 𝒜 word');
  });

  it('of an empty or blank quote are none', () => {
    expect(quoteWords('')).toEqual([]);
    expect(quoteWords(' \n\t ')).toEqual([]);
  });
});

describe('omissions from chosen words', () => {
  const words = quoteWords(QUOTE);

  it('are one range per run of chosen words, from the first word’s start to the next word kept', () => {
    const chosen = words.map((w) => w.text === 'this' || w.text === 'morning');
    expect(omissionsFromWords(words, chosen)).toEqual([
      [21, 34],
      [63, 68],
    ]);
    expect(shortenedQuote(QUOTE, omissionsFromWords(words, chosen))).toBe('We were pinged by HQ … indicating that we failed at … tasking.');
  });

  it('read back as the same chosen words', () => {
    const chosen = words.map((_, i) => i === 0 || i === 1 || i === 13);
    expect(omittedWords(words, omissionsFromWords(words, chosen))).toEqual(chosen);
    expect(shortenedQuote(QUOTE, omissionsFromWords(words, chosen))).toBe('… pinged by HQ this morning indicating that we failed at this …');
  });

  it('count a word only when an omission covers it whole', () => {
    expect(omittedWords(words, [[3, 9]])).toEqual(words.map((w) => w.text === 'were'));
    expect(omittedWords(words, [[3, 7]])).toEqual(words.map((w) => w.text === 'were'));
    expect(omittedWords(words, [[4, 20]])).toEqual(words.map((w) => w.text === 'pinged' || w.text === 'by' || w.text === 'HQ'));
  });

  it('end at the last word’s end when the run reaches the end of the quote', () => {
    expect(omissionsFromWords(words, words.map((_, i) => i >= 12))).toEqual([[63, 76]]);
    expect(shortenedQuote(QUOTE, [[63, 76]])).toBe('We were pinged by HQ this morning indicating that we failed at …');
  });

  it('are none when nothing is chosen', () => {
    expect(omissionsFromWords(words, words.map(() => false))).toEqual([]);
  });

  it('change a range of words either way round, leaving the rest', () => {
    const start = words.map((_, i) => i === 0);
    expect(setWordRange(start, 4, 2, true)).toEqual(words.map((_, i) => i === 0 || (i >= 2 && i <= 4)));
    expect(setWordRange(setWordRange(start, 4, 2, true), 3, 3, false)).toEqual(words.map((_, i) => i === 0 || i === 2 || i === 4));
  });

  it('are compared pair by pair', () => {
    expect(sameOmissions([[1, 2]], [[1, 2]])).toBe(true);
    expect(sameOmissions([[1, 2]], [[1, 3]])).toBe(false);
    expect(sameOmissions([], [[1, 3]])).toBe(false);
  });
});

describe('shortenedQuote with omissions that leave spaces on both sides', () => {
  it('puts one space on each side of every ellipsis', () => {
    expect(shortenedQuote('a b c d e', [[2, 3], [6, 7]])).toBe('a … c … e');
    expect(shortenedQuote('a b c d e', [[0, 2], [6, 9]])).toBe('… b c …');
    expect(shortenedQuote('a b c', [])).toBe('a b c');
  });
});
