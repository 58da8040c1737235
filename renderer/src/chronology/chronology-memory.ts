// What the chronology was showing when it was last closed (filters, grouping, the entry in focus), so
// coming back from the reader returns to the same place. Kept for the window's session only.
import { NO_FILTER, type Filter } from './chronology-model';

export interface ChronologyMemory {
  filter: Filter;
  byThread: boolean;
  /** The annotation of the entry that last had focus. */
  activeId: string | null;
}

let memory: ChronologyMemory = { filter: NO_FILTER, byThread: true, activeId: null };

export function recallChronology(): ChronologyMemory {
  return memory;
}

export function rememberChronology(change: Partial<ChronologyMemory>): void {
  memory = { ...memory, ...change };
}
