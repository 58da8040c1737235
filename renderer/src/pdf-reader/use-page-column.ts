// The scrolling column of pages: its size and scroll position, the zoom (a scale, or fit-width that
// follows the pane's width), each page's slot, and the pages in view. A zoom keeps the place being
// read where it was: the same spot of the same page stays at the top of the view.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { clampScale, fitWidthScale, PAGE_HEAD, pageAt, pageSlots, pagesInView, placeOf, yOf, type PageSize, type PageSlots } from './page-geometry';

export type Zoom = 'fit' | number;

/** Pages kept in the DOM beyond each edge of the view. */
const MARGIN_PAGES = 1;

export interface PageColumn {
  /** CSS px per point. */
  scale: number;
  slots: PageSlots;
  /** The pages in the DOM: those in view and MARGIN_PAGES more each way; empty before the pane is measured. */
  first: number;
  last: number;
  /** The page being read: the one a quarter of the way down the view. */
  current: number;
  viewWidth: number;
  viewHeight: number;
  scrollTo(y: number): void;
}

export function usePageColumn(scrollRef: RefObject<HTMLElement | null>, sizes: readonly PageSize[], zoom: Zoom): PageColumn {
  const [view, setView] = useState({ width: 0, height: 0, top: 0 });

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const measure = () => setView((v) => (v.width === element.clientWidth && v.height === element.clientHeight ? v : { ...v, width: element.clientWidth, height: element.clientHeight }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [scrollRef]);

  const scale = zoom === 'fit' ? fitWidthScale(sizes, view.width) : clampScale(zoom);
  const slots = useMemo(() => pageSlots(sizes, scale), [sizes, scale]);

  // Where the reader is, as a page and a fraction of it, updated on every scroll; restored after a zoom.
  const place = useRef({ page: 0, fraction: 0 });
  const slotsRef = useRef(slots);
  const frame = useRef(0);
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onScroll = () => {
      place.current = placeOf(slotsRef.current, element.scrollTop);
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => setView((v) => (v.top === element.scrollTop ? v : { ...v, top: element.scrollTop })));
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame.current);
      element.removeEventListener('scroll', onScroll);
    };
  }, [scrollRef]);

  useLayoutEffect(() => {
    if (slotsRef.current === slots) return;
    const previous = slotsRef.current;
    slotsRef.current = slots;
    const element = scrollRef.current;
    if (!element || previous.tops.length !== slots.tops.length) return;
    // The same spot of the same page at the top of the view, at the new size.
    const top = Math.max(0, yOf(slots, place.current.page, place.current.fraction) - (place.current.fraction === 0 ? PAGE_HEAD : 0));
    element.scrollTop = top;
    setView((v) => ({ ...v, top: element.scrollTop }));
  }, [slots, scrollRef]);

  const scrollTo = useCallback(
    (y: number) => {
      const element = scrollRef.current;
      if (!element) return;
      element.scrollTop = Math.max(0, y);
      place.current = placeOf(slotsRef.current, element.scrollTop);
      setView((v) => ({ ...v, top: element.scrollTop }));
    },
    [scrollRef],
  );

  const measured = view.width > 0 && sizes.length > 0;
  const { first, last } = measured ? pagesInView(slots, view.top, view.height, MARGIN_PAGES) : { first: 0, last: -1 };
  const current = measured ? pageAt(slots, view.top + Math.min(view.height / 4, 240)) : 0;
  return { scale, slots, first, last, current, viewWidth: view.width, viewHeight: view.height, scrollTo };
}
