// Quotes appended to a memo that is not open (a drop on the memo list), and the titles new memos get.
import { describe, expect, it } from 'vitest';
import { EMPTY_MEMO, isMemoState, memoQuotes } from '../../shared/memo-state';
import { appendQuotes, untitledTitle } from '../../renderer/src/memo/memo-content';

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: text ? [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] : [] });
const memo = (...children: unknown[]) => JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } });

describe('appending quotes to a stored memo', () => {
  it('puts them at the end, in order, as blocks a memo accepts, with a paragraph after to write on', () => {
    const content = appendQuotes(memo(paragraph('Facts.')), ['a1', 'b2']);
    expect(isMemoState(content)).toBe(true);
    expect(memoQuotes(content)).toEqual([
      { type: 'evidence-quote', version: 1, annotationId: 'a1', omissions: [] },
      { type: 'evidence-quote', version: 1, annotationId: 'b2', omissions: [] },
    ]);
    const types = (JSON.parse(content) as { root: { children: { type: string }[] } }).root.children.map((c) => c.type);
    expect(types).toEqual(['paragraph', 'evidence-quote', 'evidence-quote', 'paragraph']);
  });

  it('uses the empty paragraph already at the end instead of leaving it above the quotes', () => {
    const content = appendQuotes(EMPTY_MEMO, ['a1']);
    const types = (JSON.parse(content) as { root: { children: { type: string }[] } }).root.children.map((c) => c.type);
    expect(types).toEqual(['evidence-quote', 'paragraph']);
  });

  it('keeps the quotes already there, first', () => {
    const once = appendQuotes(memo(paragraph('Facts.')), ['a1']);
    expect(memoQuotes(appendQuotes(once, ['c3'])).map((q) => q.annotationId)).toEqual(['a1', 'c3']);
  });

  it('starts from an empty memo when the stored state is malformed', () => {
    const content = appendQuotes('{"root": 5}', ['a1']);
    expect(isMemoState(content)).toBe(true);
    expect(memoQuotes(content).map((q) => q.annotationId)).toEqual(['a1']);
  });
});

describe('the title of a new memo', () => {
  it('is "Untitled memo", then numbered past the ones the case has', () => {
    expect(untitledTitle([])).toBe('Untitled memo');
    expect(untitledTitle(['Statement of facts'])).toBe('Untitled memo');
    expect(untitledTitle(['Untitled memo'])).toBe('Untitled memo 2');
    expect(untitledTitle(['untitled memo', 'Untitled memo 2', 'Untitled memo 4'])).toBe('Untitled memo 3');
  });
});
