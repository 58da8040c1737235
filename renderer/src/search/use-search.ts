// Runs the panel's search a moment after the typing stops (and at once when it is opened), keeping the
// results of the search that was asked last: a slower, older answer never replaces a newer one.
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../shared/model';
import { attempt } from '../attempt';
import { sameParams, type SearchParams } from './search-request';

/** Hits asked of main at most (the contract's limit). */
export const SEARCH_LIMIT = 500;
/** How long typing must pause before searching. */
const DEBOUNCE_MS = 220;

export interface SearchState {
  /** The search these results answer; null before any. */
  params: SearchParams | null;
  hits: SearchHit[];
  /** A search is waiting or running. */
  busy: boolean;
  /** Main refused the search (its reason). */
  error: string | null;
  /** The limit was reached: there may be more hits. */
  capped: boolean;
}

const EMPTY: SearchState = { params: null, hits: [], busy: false, error: null, capped: false };

export function useSearch(params: SearchParams | null): SearchState {
  const [state, setState] = useState<SearchState>(EMPTY);
  const asked = useRef(0);
  const first = useRef(true);
  const shown = useRef<SearchParams | null>(null);

  useEffect(() => {
    const serial = ++asked.current;
    // The search the panel opens with (a query remembered from before) runs at once; typing waits for a pause.
    const delay = first.current ? 0 : DEBOUNCE_MS;
    first.current = false;
    if (params === null) {
      shown.current = null;
      setState(EMPTY);
      return;
    }
    if (sameParams(params, shown.current)) {
      // Typed back to what is shown before the pause ended: those results stand.
      setState((s) => (s.busy ? { ...s, busy: false } : s));
      return;
    }
    setState((s) => (s.busy ? s : { ...s, busy: true }));
    const run = async () => {
      const outcome = await attempt('search', { ...params, limit: SEARCH_LIMIT });
      if (serial !== asked.current) return;
      shown.current = params;
      setState(
        outcome.ok
          ? { params, hits: outcome.value, busy: false, error: null, capped: outcome.value.length >= SEARCH_LIMIT }
          : { params, hits: [], busy: false, error: outcome.error, capped: false },
      );
    };
    const timer = window.setTimeout(() => void run(), delay);
    return () => window.clearTimeout(timer);
  }, [params]);

  return state;
}
