// Where the page reader goes and what it focuses: a range of the text (a printed email, a find hit, a
// highlight) brought to a little below the view's top once its page's boxes are known, and a request to
// focus a highlight kept until its page is in the DOM.
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { AnnotationView, PageLayout, PageView } from '../../../shared/model';
import type { FocusRequest } from '../use-highlights';
import { COLUMN_PAD, yOf, type PageSlots } from './page-geometry';
import { pageOfOffset } from './page-marks';
import { boxAt } from './text-runs';

/** Where a place the reader goes to lands in the view: this share of the view's height from its top. */
const LAND_AT = 0.2;

interface Column {
  pages: readonly PageView[];
  layoutOf(pageIndex: number): PageLayout | undefined;
  slots: PageSlots;
  viewHeight: number;
  scrollTo(y: number): void;
  scrollRef: RefObject<HTMLElement | null>;
}

/**
 * Scrolls to a range: its page, and once the page's boxes are known its topmost line within the range
 * (a printed email's first character is often the page's stamp, printed at the bottom).
 */
export function usePlaceRange({ pages, layoutOf, slots, viewHeight, scrollTo, scrollRef }: Column): (start: number, end: number) => void {
  const pending = useRef<{ start: number; end: number; top: number } | null>(null);
  const placeRange = useCallback(
    (start: number, end: number) => {
      const pageIndex = pageOfOffset(pages, start);
      const page = pages[pageIndex]!;
      const layout = layoutOf(pageIndex);
      let highest = -Infinity;
      if (layout) {
        for (let offset = Math.max(start, layout.start); offset < Math.min(end, layout.end); offset++) {
          const box = boxAt(layout.boxes, offset - layout.start);
          if (box && box.top > box.bottom) highest = Math.max(highest, box.top);
        }
      }
      // Box tops are half-points from the page's bottom; an upright page from the origin is assumed here.
      const y =
        highest === -Infinity
          ? (slots.tops[pageIndex] ?? 0) - COLUMN_PAD / 2
          : yOf(slots, pageIndex, Math.min(1, Math.max(0, 1 - highest / 2 / page.height))) - viewHeight * LAND_AT;
      scrollTo(y);
      pending.current = layout ? null : { start, end, top: scrollRef.current?.scrollTop ?? 0 };
    },
    [pages, layoutOf, slots, viewHeight, scrollTo, scrollRef],
  );
  // The boxes of the page gone to have arrived: land on the line, unless the user scrolled meanwhile.
  useEffect(() => {
    const wanted = pending.current;
    if (!wanted || !layoutOf(pageOfOffset(pages, wanted.start))) return;
    pending.current = null;
    if (scrollRef.current && Math.abs(scrollRef.current.scrollTop - wanted.top) < 2) placeRange(wanted.start, wanted.end);
  }, [layoutOf, pages, placeRange, scrollRef]);
  return placeRange;
}

interface Focus {
  focusRequest: FocusRequest | null;
  highlights: ReadonlyMap<string, AnnotationView>;
  pages: readonly PageView[];
  /** The pages in the DOM. */
  first: number;
  last: number;
  placeRange(start: number, end: number): void;
  rootRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  /** Changes whenever the pages' drawings do, so a waiting request is tried again. */
  drawn: unknown;
}

/** Moves keyboard focus to a highlight on request (made, re-tagged, picked in the sidebar): to its part on the page where it starts. */
export function useHighlightFocus({ focusRequest, highlights, pages, first, last, placeRange, rootRef, scrollRef, drawn }: Focus): void {
  const pending = useRef<{ id: string; page: number } | null>(null);
  const tryFocus = useCallback(() => {
    const want = pending.current;
    const root = rootRef.current;
    if (!want || !root) return;
    const target = root.querySelector<HTMLElement>(`.pdf-page[data-page-index="${want.page}"] [data-focus-for="${CSS.escape(want.id)}"]`);
    if (!target) return;
    pending.current = null;
    target.scrollIntoView({ block: 'nearest' });
    target.focus({ preventScroll: true });
  }, [rootRef]);

  // Only a new request acts here; the pages it waits for are handled by the effect below.
  const handled = useRef<FocusRequest | null>(null);
  useLayoutEffect(() => {
    if (!focusRequest || handled.current === focusRequest) return;
    handled.current = focusRequest;
    if (focusRequest.id === null) {
      pending.current = null;
      scrollRef.current?.focus({ preventScroll: true });
      return;
    }
    const highlight = highlights.get(focusRequest.id);
    if (!highlight) return;
    const page = pageOfOffset(pages, highlight.start);
    pending.current = { id: highlight.id, page };
    if (page < first || page > last) placeRange(highlight.start, highlight.end);
    tryFocus();
  }, [focusRequest, highlights, pages, first, last, placeRange, scrollRef, tryFocus]);
  useLayoutEffect(() => tryFocus(), [drawn, tryFocus]);
}
