// A range to reveal in the page reader (a search hit): the column goes to it, and once its pages' text
// layer is in the DOM (pages are virtualised, their boxes arrive later) it becomes the selection, with
// focus on the pages, so 1–9 tag exactly that range.
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import { markRevealed, selectTextRange, wasRevealed } from '../reader-editor/reveal-range';
import type { RevealRequest } from '../reveal';

interface Options {
  reveal: RevealRequest | null;
  documentId: number;
  /** The column is measured: placing a range means something. */
  measured: boolean;
  placeRange(start: number, end: number): void;
  rootRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  /** Changes whenever the pages' drawings do, so a waiting request is tried again. */
  drawn: unknown;
}

export function useRevealRange({ reveal, documentId, measured, placeRange, rootRef, scrollRef, drawn }: Options): void {
  const pending = useRef<RevealRequest | null>(null);
  const trySelect = useCallback(() => {
    const want = pending.current;
    const root = rootRef.current;
    const scroller = scrollRef.current;
    if (!want || !root || !scroller) return;
    if (!selectTextRange(root, want.start, want.end, scroller, null)) return;
    pending.current = null;
    markRevealed(want);
  }, [rootRef, scrollRef]);

  // Only a new request acts here (after the place of an opened message, so it wins); the pages it waits
  // for are handled by the effect below.
  useLayoutEffect(() => {
    if (!reveal || reveal.documentId !== documentId || !measured || wasRevealed(reveal) || pending.current === reveal) return;
    if (reveal.end <= reveal.start) {
      markRevealed(reveal);
      return;
    }
    pending.current = reveal;
    placeRange(reveal.start, reveal.end);
    trySelect();
  }, [reveal, documentId, measured, placeRange, trySelect]);
  useLayoutEffect(() => trySelect(), [drawn, trySelect]);
}
