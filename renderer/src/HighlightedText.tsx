// The selectable text of a message or document, with its highlights drawn in: every character sits in a
// span whose data-offset (OFFSET_ATTRIBUTE) is its canonical offset, which selection-offsets.ts reads back.
import { forwardRef, memo, useImperativeHandle, useLayoutEffect, useMemo, useRef, type CSSProperties } from 'react';
import type { AnnotationView } from '../../shared/model';
import { missingCase } from '../../shared/result';
import { layoutHighlights, type Piece } from './highlight-layout';
import { highlightColor, highlightLabel, type TagIndex } from './tag-colors';
import type { FocusRequest } from './use-highlights';

interface Props {
  id: string;
  text: string;
  from: number;
  to: number;
  highlights: readonly AnnotationView[];
  tags: TagIndex;
  focusRequest: FocusRequest | null;
  /** What a screen reader calls the text, e.g. "Message text". */
  label: string;
  /** A plain click on a highlight (not the end of a drag-selection). */
  onHighlightClick(id: string): void;
}

/** The element that takes focus for a highlight: its first drawn run, or its marker. */
export function focusTarget(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-focus-for="${CSS.escape(id)}"]`);
}

function colorStyle(color: string, under?: string): CSSProperties {
  return { '--hl': color, ...(under ? { '--hl-under': under } : {}) } as CSSProperties;
}

function renderPiece(piece: Piece, text: string, byId: ReadonlyMap<string, AnnotationView>, tags: TagIndex) {
  switch (piece.kind) {
    case 'text':
      return (
        <span key={`t${piece.start}`} data-offset={piece.start}>
          {text.slice(piece.start, piece.end)}
        </span>
      );
    case 'mark': {
      const highlight = byId.get(piece.id);
      const under = piece.ids[1] ? highlightColor(byId.get(piece.ids[1]), tags) : undefined;
      const focusable = piece.first
        ? { 'data-focus-for': piece.id, tabIndex: 0, role: 'button', 'aria-label': highlight ? highlightLabel(highlight, tags) : undefined }
        : {};
      return (
        <mark
          key={`m${piece.id}:${piece.start}`}
          className={piece.ids.length > 1 ? 'hl hl-overlap' : 'hl'}
          data-annotation-id={piece.id}
          data-annotation-ids={piece.ids.join(' ')}
          style={colorStyle(highlightColor(highlight, tags), under)}
          aria-keyshortcuts={piece.first ? '1 2 3 4 5 6 7 8 9 Delete' : undefined}
          {...focusable}
        >
          <span data-offset={piece.start}>{text.slice(piece.start, piece.end)}</span>
        </mark>
      );
    }
    case 'marker': {
      const highlight = byId.get(piece.id);
      return (
        <mark
          key={`k${piece.id}`}
          className="hl-marker"
          data-annotation-id={piece.id}
          data-focus-for={piece.id}
          tabIndex={0}
          role="button"
          aria-label={highlight ? `${highlightLabel(highlight, tags)} (under another highlight)` : undefined}
          aria-keyshortcuts="1 2 3 4 5 6 7 8 9 Delete"
          style={colorStyle(highlightColor(highlight, tags))}
        />
      );
    }
    default:
      return missingCase(piece);
  }
}

export const HighlightedText = memo(
  forwardRef<HTMLDivElement, Props>(function HighlightedText({ id, text, from, to, highlights, tags, focusRequest, label, onHighlightClick }, ref) {
    const root = useRef<HTMLDivElement>(null);
    useImperativeHandle(ref, () => root.current!, []);
    // Orphaned highlights have no trustworthy place in the text; the sidebar lists them instead.
    const placed = useMemo(() => highlights.filter((h) => h.status !== 'orphaned'), [highlights]);
    const pieces = useMemo(() => layoutHighlights(from, to, placed), [from, to, placed]);
    const byId = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);

    useLayoutEffect(() => {
      const element = root.current;
      if (!focusRequest || !element) return;
      const target = focusRequest.id ? focusTarget(element, focusRequest.id) : null;
      // Without a target (e.g. it was deleted) focus stays in the text, where the reader already is.
      target?.scrollIntoView({ block: 'nearest' });
      (target ?? element).focus({ preventScroll: true });
      // Only this request: later renders must not pull focus back.
    }, [focusRequest]);

    return (
      <div
        ref={root}
        id={id}
        className="reader-text"
        role="region"
        aria-label={label}
        tabIndex={-1}
        onClick={(event) => {
          const mark = (event.target as Element).closest<HTMLElement>('[data-annotation-id]');
          const selection = window.getSelection();
          if (mark && (!selection || selection.isCollapsed)) onHighlightClick(mark.dataset.annotationId!);
        }}
      >
        {pieces.map((piece) => renderPiece(piece, text, byId, tags))}
      </div>
    );
  }),
);
