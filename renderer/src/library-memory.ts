// Remembers how the library of each case is sorted and whether it is grouped by thread, across sessions
// (a reading preference, unlike the open item, which view-memory keeps for the window's session only).
import { DEFAULT_SORT, SORT_COLUMNS, type LibrarySort } from './library-sort';

export interface LibraryView {
  sort: LibrarySort;
  grouped: boolean;
}

export const DEFAULT_VIEW: LibraryView = { sort: DEFAULT_SORT, grouped: false };

const PREFIX = 'casemark:library:';

/** The stored view, or the default for a case never seen, for storage that is unavailable or for a value that is not ours. */
export function recallLibraryView(caseId: string | undefined): LibraryView {
  if (caseId === undefined) return DEFAULT_VIEW;
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(PREFIX + caseId) ?? 'null');
    return parseView(stored) ?? DEFAULT_VIEW;
  } catch {
    // Disabled storage or a damaged value: start from the default order.
    return DEFAULT_VIEW;
  }
}

export function rememberLibraryView(caseId: string | undefined, view: LibraryView): void {
  if (caseId === undefined) return;
  try {
    localStorage.setItem(PREFIX + caseId, JSON.stringify(view));
  } catch {
    // Not remembering is harmless: the next session starts from the default order.
  }
}

export function parseView(value: unknown): LibraryView | null {
  if (typeof value !== 'object' || value === null) return null;
  const { sort, grouped } = value as { sort?: { column?: unknown; descending?: unknown }; grouped?: unknown };
  const column = SORT_COLUMNS.find((c) => c === sort?.column);
  if (!column || typeof sort?.descending !== 'boolean' || typeof grouped !== 'boolean') return null;
  return { sort: { column, descending: sort.descending }, grouped };
}
