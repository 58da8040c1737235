// The character boxes of the pages in and near view, read from main in chunks of a few pages (the
// contract allows 50) and kept for a while, so scrolling back is instant and a 5,000-page release never
// holds more than a few dozen pages' boxes.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PageLayout } from '../../../shared/model';
import { call } from '../api';

/** Pages per request: a screenful and its neighbours in one round trip, small enough to arrive fast. */
export const CHUNK_PAGES = 8;
/** Chunks kept; the ones farthest from the pages in view go first. */
const KEEP_CHUNKS = 12;

interface Store {
  documentId: number;
  chunks: Map<number, PageLayout[] | 'loading'>;
}

export function usePageLayouts(documentId: number, pageCount: number, first: number, last: number): (pageIndex: number) => PageLayout | undefined {
  const store = useRef<Store>({ documentId, chunks: new Map() });
  const [version, setVersion] = useState(0);
  if (store.current.documentId !== documentId) store.current = { documentId, chunks: new Map() };

  useEffect(() => {
    if (last < first || pageCount === 0) return;
    const current = store.current;
    const from = Math.floor(first / CHUNK_PAGES);
    const to = Math.floor(Math.min(last, pageCount - 1) / CHUNK_PAGES);
    for (let chunk = from; chunk <= to; chunk++) {
      if (current.chunks.has(chunk)) continue;
      current.chunks.set(chunk, 'loading');
      const start = chunk * CHUNK_PAGES;
      void call('pageLayouts', { documentId, from: start, to: Math.min(pageCount, start + CHUNK_PAGES) }).then((layouts) => {
        if (store.current !== current) return;
        if (layouts) current.chunks.set(chunk, layouts);
        else current.chunks.delete(chunk);
        setVersion((v) => v + 1);
      });
    }
    // Forget the chunks farthest from the view once more than KEEP_CHUNKS are held.
    if (current.chunks.size > KEEP_CHUNKS) {
      const centre = (from + to) / 2;
      const far = [...current.chunks.keys()].filter((c) => c < from || c > to).sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
      for (const chunk of far.slice(0, current.chunks.size - KEEP_CHUNKS)) current.chunks.delete(chunk);
    }
  }, [documentId, pageCount, first, last]);

  return useMemo(() => {
    const { chunks } = store.current;
    return (pageIndex: number) => {
      const chunk = chunks.get(Math.floor(pageIndex / CHUNK_PAGES));
      return chunk && chunk !== 'loading' ? chunk.find((layout) => layout.pageIndex === pageIndex) : undefined;
    };
    // A new function after each arrival (version), so pages that waited for their boxes draw them.
  }, [documentId, version]);
}
