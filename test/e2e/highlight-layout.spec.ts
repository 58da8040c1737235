// The reader's highlight layout (renderer/src/highlight-layout.ts), a pure function tested here because the
// renderer's tests live in the e2e suite: flat runs, the innermost highlight on top, markers for hidden ones.
import { layoutHighlights, type LayoutHighlight } from '../../renderer/src/highlight-layout';
import { expect, test } from './harness';

const at = (id: string, start: number, end: number, createdAt = '2024-01-01T00:00:00.000Z'): LayoutHighlight => ({ id, start, end, createdAt });

test('plain text is one run; a highlight splits it into text, mark, text', () => {
  expect(layoutHighlights(10, 20, [])).toEqual([{ kind: 'text', start: 10, end: 20 }]);
  expect(layoutHighlights(10, 20, [at('a', 12, 15)])).toEqual([
    { kind: 'text', start: 10, end: 12 },
    { kind: 'mark', start: 12, end: 15, id: 'a', ids: ['a'], first: true },
    { kind: 'text', start: 15, end: 20 },
  ]);
  expect(layoutHighlights(10, 10, [at('a', 12, 15)])).toEqual([]);
});

test('highlights are clipped to the shown range, and those outside it are left out', () => {
  expect(layoutHighlights(10, 20, [at('a', 0, 12), at('b', 18, 40), at('c', 30, 35)])).toEqual([
    { kind: 'mark', start: 10, end: 12, id: 'a', ids: ['a'], first: true },
    { kind: 'text', start: 12, end: 18 },
    { kind: 'mark', start: 18, end: 20, id: 'b', ids: ['b'], first: true },
  ]);
});

test('overlaps never nest: the inner highlight is drawn over the outer, which continues after it', () => {
  expect(layoutHighlights(0, 10, [at('outer', 0, 10), at('inner', 3, 5)])).toEqual([
    { kind: 'mark', start: 0, end: 3, id: 'outer', ids: ['outer'], first: true },
    { kind: 'mark', start: 3, end: 5, id: 'inner', ids: ['inner', 'outer'], first: true },
    { kind: 'mark', start: 5, end: 10, id: 'outer', ids: ['outer'], first: false },
  ]);
});

test('partial overlaps: the shorter highlight wins the shared words', () => {
  expect(layoutHighlights(0, 10, [at('long', 0, 6), at('short', 4, 8)])).toEqual([
    { kind: 'mark', start: 0, end: 4, id: 'long', ids: ['long'], first: true },
    { kind: 'mark', start: 4, end: 6, id: 'short', ids: ['short', 'long'], first: true },
    { kind: 'mark', start: 6, end: 8, id: 'short', ids: ['short'], first: false },
    { kind: 'text', start: 8, end: 10 },
  ]);
});

test('two highlights on the same words: the newer is drawn, the older gets a marker to focus', () => {
  const older = at('older', 2, 6, '2024-01-01T00:00:00.000Z');
  const newer = at('newer', 2, 6, '2024-06-01T00:00:00.000Z');
  expect(layoutHighlights(0, 8, [older, newer])).toEqual([
    { kind: 'text', start: 0, end: 2 },
    { kind: 'marker', id: 'older', at: 2 },
    { kind: 'mark', start: 2, end: 6, id: 'newer', ids: ['newer', 'older'], first: true },
    { kind: 'text', start: 6, end: 8 },
  ]);
});

test('runs cover the range exactly, in order, whatever the highlights', () => {
  // A deterministic scatter of overlapping highlights (a linear congruential sequence, not Math.random).
  let seed = 7;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const highlights = Array.from({ length: 60 }, (_, i) => {
    const start = next(480);
    return at(`h${i}`, start, start + 1 + next(40), `2024-01-01T00:00:${String(next(60)).padStart(2, '0')}.000Z`);
  });
  const pieces = layoutHighlights(20, 500, highlights);
  let cursor = 20;
  for (const piece of pieces) {
    if (piece.kind === 'marker') continue;
    expect(piece.start).toBe(cursor);
    expect(piece.end).toBeGreaterThan(piece.start);
    cursor = piece.end;
  }
  expect(cursor).toBe(500);
  // Every highlight inside the range has exactly one focus target: a first run or a marker.
  const targets = pieces.flatMap((p) => ((p.kind === 'mark' && p.first) || p.kind === 'marker' ? [p.id] : [])).sort();
  const inside = highlights.filter((h) => h.end > 20 && h.start < 500).map((h) => h.id).sort();
  expect(targets).toEqual(inside);
});
