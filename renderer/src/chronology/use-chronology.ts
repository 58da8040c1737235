// Reads the whole chronology from main, and again whenever `version` says the story may have changed.
import { useEffect, useState } from 'react';
import type { ChronologyEntry } from '../../../shared/model';
import { call } from '../api';

export type ChronologyState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; entries: ChronologyEntry[] };

export function useChronology(version: number): ChronologyState {
  const [state, setState] = useState<ChronologyState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void call('chronology', {}).then((entries) => {
      if (!live) return;
      // A failed re-read keeps what was shown (main has reported the error in the status line).
      setState((now) => (entries ? { status: 'ready', entries } : now.status === 'ready' ? now : { status: 'failed' }));
    });
    return () => {
      live = false;
    };
  }, [version]);
  return state;
}
