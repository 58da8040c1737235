// Dragging evidence onto a memo: a highlight carries its id under a MIME type of our own; a passage that is not
// (yet) a highlight, such as a search hit, carries its range, and the memo quotes the highlight that holds it.
export const ANNOTATION_MIME = 'application/x-casemark-annotation';
export const RANGE_MIME = 'application/x-casemark-range';

export interface DraggedRange {
  documentId: number;
  start: number;
  end: number;
}

export type DraggedEvidence = { kind: 'annotation'; annotationId: string } | { kind: 'range'; range: DraggedRange };

interface Dragging {
  dataTransfer: DataTransfer | null;
}

/** Starts dragging a highlight: its id for a memo, its words for anywhere else text can be dropped. */
export function dragHighlight(event: Dragging, annotationId: string, quote: string): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(ANNOTATION_MIME, annotationId);
  event.dataTransfer.setData('text/plain', quote);
  event.dataTransfer.effectAllowed = 'copy';
}

/** Starts dragging a passage by its range of a document's text. */
export function dragRange(event: Dragging, range: DraggedRange, text: string): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(RANGE_MIME, JSON.stringify(range));
  event.dataTransfer.setData('text/plain', text);
  event.dataTransfer.effectAllowed = 'copy';
}

/** Whether a drag (while it is over a target, when only the types can be read) carries evidence for a memo. */
export function carriesEvidence(event: Dragging): boolean {
  const types = event.dataTransfer?.types ?? [];
  return types.includes(ANNOTATION_MIME) || types.includes(RANGE_MIME);
}

function isRange(value: unknown): value is DraggedRange {
  if (typeof value !== 'object' || value === null) return false;
  const { documentId, start, end } = value as Record<string, unknown>;
  return Number.isInteger(documentId) && Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) >= (start as number);
}

/** What a drop carries, or null when it is not evidence (or is malformed). */
export function droppedEvidence(event: Dragging): DraggedEvidence | null {
  const transfer = event.dataTransfer;
  if (!transfer) return null;
  const id = transfer.getData(ANNOTATION_MIME).trim();
  if (id) return { kind: 'annotation', annotationId: id };
  const raw = transfer.getData(RANGE_MIME);
  if (!raw) return null;
  try {
    const range = JSON.parse(raw) as unknown;
    return isRange(range) ? { kind: 'range', range } : null;
  } catch {
    return null;
  }
}
