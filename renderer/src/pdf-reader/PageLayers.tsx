// What lies over a page's image, in its unrotated frame (page-frame.ts): the marks (redaction outlines,
// find hits, highlights in their tags' colours) and, on top, the transparent text. Every text span
// carries data-offset, the canonical offset of its first character, so selection-offsets.ts maps a
// selection across lines and pages to canonical offsets by construction.
import { memo, type CSSProperties } from 'react';
import type { AnnotationView } from '../../../shared/model';
import { highlightColor, highlightLabel, type TagIndex } from '../tag-colors';
import type { Hit } from './find-text';
import { boxToFrame, type PageFrame } from './page-frame';
import { rangeRects, type HighlightPart, type PageRange } from './page-rects';
import { fontBoxRatio, LAYER_FONT, textWidth } from './text-measure';
import type { Box, TextPiece } from './text-runs';

/** The keys that act on a focused highlight (use-reader-keys.ts), as the email reader announces them. */
const HIGHLIGHT_KEYS = '1 2 3 4 5 6 7 8 9 Delete';
/** Highlights and hits reach this share of a line's height above and below its ink. */
const PAD = 0.14;

interface TextProps {
  text: string;
  pieces: readonly TextPiece[];
  frame: PageFrame;
  scale: number;
}

function runStyle(text: string, piece: TextPiece & { kind: 'run' }, frame: PageFrame, scale: number): CSSProperties {
  const rect = boxToFrame(piece.box, frame, scale);
  const height = Math.max(rect.height, 1);
  const fontSize = height / fontBoxRatio();
  const width = textWidth(text.slice(piece.start, piece.inkEnd), fontSize);
  const scaleX = width > 0 && rect.width > 0 ? rect.width / width : 1;
  return { left: rect.left, top: rect.top, fontSize, lineHeight: `${height}px`, transform: `scaleX(${scaleX.toFixed(4)})` };
}

export const PageText = memo(function PageText({ text, pieces, frame, scale }: TextProps) {
  let lastSize = 10;
  return (
    <div className="pdf-text" style={{ fontFamily: LAYER_FONT }}>
      {pieces.map((piece) => {
        if (piece.kind === 'run') {
          const style = runStyle(text, piece, frame, scale);
          lastSize = Number(style.fontSize);
          return (
            <span key={piece.start} data-offset={piece.start} style={style}>
              {text.slice(piece.start, piece.end)}
            </span>
          );
        }
        const at = piece.at ? boxToFrame({ left: piece.at.x, right: piece.at.x, top: piece.at.y, bottom: piece.at.y }, frame, scale) : { left: 0, top: 0 };
        return (
          <span key={piece.start} className="pdf-gap" data-offset={piece.start} style={{ left: at.left, top: at.top - lastSize, fontSize: lastSize }}>
            {text.slice(piece.start, piece.end)}
          </span>
        );
      })}
      {/* While a selection is dragged, this covers the empty parts of the page so the selection does not jump. */}
      <div className="pdf-text-end" />
    </div>
  );
});

function padded(rect: Box, frame: PageFrame, scale: number): CSSProperties {
  const css = boxToFrame(rect, frame, scale);
  const pad = css.height * PAD;
  return { left: css.left - 1, top: css.top - pad, width: css.width + 2, height: css.height + 2 * pad };
}

interface MarksProps {
  page: PageRange & { redactions: number[][] };
  pieces: readonly TextPiece[];
  boxes: ArrayLike<number>;
  frame: PageFrame;
  scale: number;
  parts: readonly HighlightPart[];
  highlights: ReadonlyMap<string, AnnotationView>;
  tags: TagIndex;
  /** Highlights whose keyboard stop is on this page (their first part in the pages shown). */
  tabbable: ReadonlySet<string>;
  activeId: string | null;
  hits: readonly Hit[];
  currentHit: Hit | null;
}

export const PageMarks = memo(function PageMarks({ page, pieces, boxes, frame, scale, parts, highlights, tags, tabbable, activeId, hits, currentHit }: MarksProps) {
  return (
    <div className="pdf-marks">
      {page.redactions.map(([left = 0, bottom = 0, right = 0, top = 0], i) => (
        <div key={`r${i}`} className="pdf-redaction" role="img" aria-label="Redacted area" style={boxToFrame({ left, bottom, right, top }, frame, scale)} />
      ))}
      {hits.flatMap((hit) =>
        rangeRects(page, pieces, boxes, hit.start, hit.end).map((rect, i) => (
          <div key={`h${hit.start}-${i}`} className={hit === currentHit ? 'pdf-hit pdf-hit-current' : 'pdf-hit'} style={padded(rect, frame, scale)} />
        )),
      )}
      {parts.map((part) => {
        const highlight = highlights.get(part.id);
        const colour = highlightColor(highlight, tags);
        const active = part.id === activeId;
        return part.rects.map((rect, i) => {
          const style = { ...padded(rect, frame, scale), '--hl': colour } as CSSProperties;
          const className = active ? 'pdf-hl pdf-hl-active' : 'pdf-hl';
          if (i > 0 || !highlight) return <div key={`${part.id}-${i}`} className={className} data-annotation-id={part.id} style={style} />;
          const label = `${highlightLabel(highlight, tags)}${part.starts ? '' : ' (continued from the page before)'}`;
          return (
            <div
              key={`${part.id}-${i}`}
              className={className}
              data-annotation-id={part.id}
              data-focus-for={part.id}
              tabIndex={tabbable.has(part.id) ? 0 : -1}
              role="button"
              aria-label={label}
              aria-keyshortcuts={HIGHLIGHT_KEYS}
              style={style}
            />
          );
        });
      })}
    </div>
  );
});
