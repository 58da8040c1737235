// Lays out a stretch of canonical text as flat pieces for the reader: plain text, highlighted runs and
// markers. Runs never nest, so no focusable highlight ever sits inside another (nested buttons are an
// accessibility failure); where highlights overlap, the innermost (then the newest) is drawn on top.

export interface LayoutHighlight {
  id: string;
  start: number;
  end: number;
  /** ISO time; among highlights of equal length the newest is drawn on top. */
  createdAt: string;
}

export type Piece =
  | { kind: 'text'; start: number; end: number }
  | {
      kind: 'mark';
      start: number;
      end: number;
      /** The highlight drawn here. */
      id: string;
      /** Every highlight covering this run, the drawn one first. */
      ids: string[];
      /** The first run drawn for this highlight: the one that takes keyboard focus. */
      first: boolean;
    }
  | {
      /** A highlight hidden everywhere by others (e.g. two on the same words) still gets a focus target. */
      kind: 'marker';
      id: string;
      at: number;
    };

/** True when a is drawn over b. */
function onTop(a: LayoutHighlight, b: LayoutHighlight): boolean {
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  if (lengthA !== lengthB) return lengthA < lengthB;
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt;
  return a.id > b.id;
}

function byPrecedence(a: LayoutHighlight, b: LayoutHighlight): number {
  if (a.id === b.id) return 0;
  return onTop(a, b) ? -1 : 1;
}

/** The pieces of [from, to): contiguous, in order, covering it exactly (markers take no text). */
export function layoutHighlights(from: number, to: number, highlights: readonly LayoutHighlight[]): Piece[] {
  if (to <= from) return [];
  const inside = highlights.filter((h) => h.end > from && h.start < to && h.end > h.start);
  const cuts = new Set<number>([from, to]);
  for (const h of inside) {
    cuts.add(Math.max(h.start, from));
    cuts.add(Math.min(h.end, to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  // A sweep: which highlights start at each cut, kept sorted by start so the active set is cheap to update.
  const byStart = [...inside].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: LayoutHighlight[] = [];
  const pieces: Piece[] = [];
  const drawn = new Set<string>();
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((h) => h.end > start);
    while (next < byStart.length && Math.max(byStart[next]!.start, from) <= start) active.push(byStart[next++]!);
    const covering = active.filter((h) => h.end >= end).sort(byPrecedence);
    const top = covering[0];
    if (!top) {
      const last = pieces.at(-1);
      if (last?.kind === 'text' && last.end === start) last.end = end;
      else pieces.push({ kind: 'text', start, end });
      continue;
    }
    pieces.push({ kind: 'mark', start, end, id: top.id, ids: covering.map((h) => h.id), first: !drawn.has(top.id) });
    drawn.add(top.id);
  }
  return withMarkers(pieces, inside, drawn);
}

/** Puts a marker for each never-drawn highlight just before the first run that covers it. */
function withMarkers(pieces: Piece[], inside: readonly LayoutHighlight[], drawn: ReadonlySet<string>): Piece[] {
  const hidden = new Set(inside.filter((h) => !drawn.has(h.id)).map((h) => h.id));
  if (hidden.size === 0) return pieces;
  const out: Piece[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'mark') {
      for (const id of piece.ids) {
        if (!hidden.has(id)) continue;
        hidden.delete(id);
        out.push({ kind: 'marker', id, at: piece.start });
      }
    }
    out.push(piece);
  }
  return out;
}
