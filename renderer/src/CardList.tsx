// The sidebar's cards. A document with few highlights lists them all; one with many (a release's
// hundreds or thousands) lists only the cards in view and a few around them, measured as they are
// drawn, so the page stays small however many there are. The active highlight's card is always
// drawn and scrolled into view, so focus, "edit note" and the reader's highlight keys reach it.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, type ReactNode, type RefObject } from 'react';
import type { AnnotationView } from '../../shared/model';
import type { CardSlot } from './HighlightCard';

/** From this many highlights on, only the cards in view are drawn. */
export const VIRTUAL_FROM = 40;
/** A card's height before it is measured (tags, quote, an empty note). */
const ESTIMATE = 190;
/** The gap between cards (sidebar.css, .hl-cards), in pixels. */
const GAP = 10;

interface Props {
  highlights: readonly AnnotationView[];
  activeId: string | null;
  scroller: RefObject<HTMLElement | null>;
  card(highlight: AnnotationView, slot?: CardSlot): ReactNode;
}

export function CardList({ highlights, activeId, scroller, card }: Props) {
  if (highlights.length < VIRTUAL_FROM) return <ol className="hl-cards">{highlights.map((h) => card(h))}</ol>;
  return <VirtualCards highlights={highlights} activeId={activeId} scroller={scroller} card={card} />;
}

function VirtualCards({ highlights, activeId, scroller, card }: Props) {
  const active = activeId === null ? -1 : highlights.findIndex((h) => h.id === activeId);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return active >= 0 && !indexes.includes(active) ? [...indexes, active].sort((a, b) => a - b) : indexes;
    },
    [active],
  );
  const virtualizer = useVirtualizer({
    count: highlights.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATE,
    getItemKey: (index) => highlights[index]!.id,
    rangeExtractor,
    overscan: 4,
    gap: GAP,
  });

  useEffect(() => {
    if (active >= 0) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, virtualizer]);

  return (
    <ol className="hl-cards hl-cards-virtual" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => card(highlights[item.index]!, { index: item.index, top: item.start, measure: virtualizer.measureElement }))}
    </ol>
  );
}
