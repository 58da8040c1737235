// What a drop on a memo quotes: a dragged highlight itself; a dragged passage (a search hit), the highlight
// that holds it — a memo quotes only highlights, so a passage nobody highlighted is refused with the reason.
import { call } from '../api';
import { report } from '../status-store';
import type { DraggedEvidence } from './memo-drag';

/** The highlight ids to quote for a drop, or null (and the status line says why). */
export async function quotableIds(dropped: DraggedEvidence | null): Promise<string[] | null> {
  if (dropped === null) return null;
  if (dropped.kind === 'annotation') return [dropped.annotationId];
  const { documentId, start, end } = dropped.range;
  const highlights = await call('listAnnotations', { documentId });
  if (!highlights) return null;
  // The tightest highlight around the passage; else one it overlaps most.
  const holding = highlights.filter((h) => h.start <= start && h.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
  const overlap = (h: { start: number; end: number }) => Math.min(h.end, end) - Math.max(h.start, start);
  const best = holding[0] ?? highlights.filter((h) => overlap(h) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
  if (best) return [best.id];
  report('info', 'That passage is not highlighted yet: a memo quotes highlights (select it, press 1–9, then drag the highlight).');
  return null;
}
