// Find in the document for the page reader: the query, every hit in the canonical text, the hit shown
// (new hits start from the page being read, in the same render, so the count never reads "0 of n"), and
// stepping through them with the shown hit brought into view.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { findAll, hitAtOrAfter, stepHit, type Hit } from './find-text';

export interface Find {
  query: string;
  setQuery(query: string): void;
  hits: readonly Hit[];
  capped: boolean;
  /** The hit shown, or -1. */
  index: number;
  current: Hit | null;
  step(direction: 1 | -1): void;
}

/** `readingFrom` is the offset where the page being read starts; `show` brings a hit into view. */
export function useFind(text: string, readingFrom: number, show: (hit: Hit) => void): Find {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = useMemo(() => findAll(text, deferred), [text, deferred]);
  const [shown, setShown] = useState<{ hits: readonly Hit[]; index: number }>({ hits: found.hits, index: -1 });
  const index = shown.hits === found.hits ? shown.index : hitAtOrAfter(found.hits, readingFrom);
  const from = useRef(readingFrom);
  from.current = readingFrom;

  const go = useCallback(
    (to: number) => {
      setShown({ hits: found.hits, index: to });
      const hit = found.hits[to];
      if (hit) show(hit);
    },
    [found.hits, show],
  );
  // New hits (the query changed): the first one from the page being read on comes into view.
  useEffect(() => {
    if (found.hits.length > 0) go(hitAtOrAfter(found.hits, from.current));
    // Only for new hits: `go` also changes when the column's geometry does.
  }, [found.hits]);

  const step = useCallback((direction: 1 | -1) => go(stepHit(found.hits.length, index, direction)), [go, found.hits.length, index]);
  return { query, setQuery, hits: found.hits, capped: found.capped, index, current: found.hits[index] ?? null, step };
}
