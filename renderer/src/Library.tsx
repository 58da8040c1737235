// The library pane: every message and document as a virtualised tree grid (date, from, to, subject, document,
// highlights, review marks) that sorts by any column, filters by words, tag, sender, dates and review, and can
// group by thread; under its title, how far the review has come.
// Arrow keys, Home/End and Page Up/Down move the selection; Enter or a click opens; Left/Right close and open a thread.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ReviewProgress, TagView } from '../../shared/model';
import { call } from './api';
import { LibraryColumns } from './LibraryColumns';
import { LibraryFilterPanel } from './LibraryFilters';
import { highlightsByItem, usedTagPaths, type LibraryHighlight } from './library-highlights';
import { applyFilters, dayExtent, isFiltered, NO_FILTERS, senderChoices, type LibraryFilters, type LibraryItem } from './library-items';
import { recallLibraryView, rememberLibraryView, type LibraryView } from './library-memory';
import { nextUnreviewed } from './library-review';
import { LibraryItemRow, LibraryThreadRow } from './LibraryRow';
import { nextSort, sortLibrary, type SortColumn } from './library-sort';
import { libraryRows, threadKey, type LibraryRow } from './library-threads';
import { provideNext } from './review/review-next';
import { ReviewProgressLine } from './review/ReviewProgressLine';
import './library.css';
import './library-rows.css';

interface Props {
  items: readonly LibraryItem[];
  openKey: string | null;
  /** Highlights per document id: the counts shown until (or unless) `highlights` is given. */
  counts: ReadonlyMap<number, number>;
  /** Every highlight of the case: counts per message, and the tag filter. */
  highlights?: readonly LibraryHighlight[];
  /** The case's tags, offered by the tag filter (else the tags the highlights carry). */
  tags?: readonly TagView[];
  /** Where the sort order and the grouping are remembered. */
  caseId?: string;
  onOpen(item: LibraryItem): void;
}

/** Row heights in CSS pixels (fixed, so the virtualiser never has to measure); keep library.css in step. */
const ITEM_HEIGHT = 84;
const THREAD_HEIGHT = 56;
const HEAD_HEIGHT = 32;
/** Rows a Page Up/Down moves. */
const PAGE = 8;
const NONE: readonly LibraryHighlight[] = [];
const ALL_OPEN: ReadonlySet<string> = new Set();

const rowId = (key: string) => `library-${key}`;

export function Library({ items, openKey, counts, highlights, tags, caseId, onOpen }: Props) {
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [view, setView] = useState<LibraryView>(() => recallLibraryView(caseId));
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [cursorKey, setCursorKey] = useState<string | null>(openKey);
  const listRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const byKey = useMemo(() => new Map(items.map((item) => [item.key, item])), [items]);
  const byItem = useMemo(() => (highlights ? highlightsByItem(items, highlights) : null), [items, highlights]);
  const countOf = useCallback(
    (item: LibraryItem) => (byItem ? (byItem.get(item.key)?.length ?? 0) : (counts.get(item.documentId) ?? 0)),
    [byItem, counts],
  );
  const shown = useMemo(() => applyFilters(items, filters, (item) => byItem?.get(item.key) ?? NONE), [items, filters, byItem]);
  const sorted = useMemo(() => sortLibrary(shown, view.sort, countOf), [shown, view.sort, countOf]);
  const rows = useMemo(() => libraryRows(sorted, view.grouped, collapsed), [sorted, view.grouped, collapsed]);
  // A thread row counts the highlights of the messages listed under it.
  const threadCounts = useMemo(() => {
    const sums = new Map<string, number>();
    for (const item of sorted) {
      if (item.kind !== 'message') continue;
      const key = threadKey(item.message.threadId);
      sums.set(key, (sums.get(key) ?? 0) + countOf(item));
    }
    return sums;
  }, [sorted, countOf]);

  // How far the review has come: read again whenever the items (and so their marks) are.
  const [progress, setProgress] = useState<ReviewProgress | null>(null);
  useEffect(() => {
    let current = true;
    void call('reviewProgress', {}).then((read) => {
      if (current && read) setProgress(read);
    });
    return () => {
      current = false;
    };
  }, [items]);

  const senders = useMemo(() => senderChoices(items), [items]);
  const extent = useMemo(() => dayExtent(items), [items]);
  const tagPaths = useMemo(() => (highlights ? (tags ? tags.map((t) => t.path).sort((a, b) => a.localeCompare(b)) : usedTagPaths(highlights)) : null), [tags, highlights]);

  // The selection stays on its row through sorting and filtering; else it falls to the open item, inside a
  // closed thread to the thread's row, else to the first row.
  const indexOf = useMemo(() => new Map(rows.map((row, i) => [row.key, i])), [rows]);
  const cursor = useMemo(() => {
    for (const key of [cursorKey, openKey]) {
      if (key === null) continue;
      const at = indexOf.get(key);
      if (at !== undefined) return at;
      const item = byKey.get(key);
      const thread = item?.kind === 'message' ? indexOf.get(threadKey(item.message.threadId)) : undefined;
      if (thread !== undefined) return thread;
    }
    return 0;
  }, [cursorKey, openKey, indexOf, byKey]);

  // An item opened from elsewhere (a highlight in another message, say) becomes the selection, its thread opened.
  useEffect(() => {
    setCursorKey(openKey);
    const item = openKey === null ? undefined : byKey.get(openKey);
    if (item?.kind !== 'message') return;
    const key = threadKey(item.message.threadId);
    setCollapsed((prev) => (prev.has(key) ? new Set([...prev].filter((k) => k !== key)) : prev));
    // Only a change of the open item does this, not a reload of the items (so byKey is left out on purpose).
  }, [openKey]);

  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const estimateSize = useCallback((index: number) => (rows[index]?.kind === 'thread' ? THREAD_HEIGHT : ITEM_HEIGHT), [rows]);
  // The selected row stays rendered even when scrolled out of view, so aria-activedescendant always points at it.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return cursor < rows.length && !indexes.includes(cursor) ? [...indexes, cursor].sort((a, b) => a - b) : indexes;
    },
    [cursor, rows.length],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => listRef.current,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: 6,
    // The column header sits above the rows inside the scrolling grid, and stays there (sticky).
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });

  // After a new sort or grouping, bring the selection back into view.
  const cursorRef = useRef(cursor);
  cursorRef.current = cursor;
  useEffect(() => {
    virtualizer.scrollToIndex(cursorRef.current, { align: 'auto' });
  }, [view, virtualizer]);

  const toggle = useCallback((key: string, expand?: boolean) => {
    setCollapsed((prev) => {
      const open = expand ?? prev.has(key);
      if (open === !prev.has(key)) return prev;
      const next = new Set(prev);
      if (open) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const activate = useCallback(
    (key: string) => {
      setCursorKey(key);
      const item = byKey.get(key);
      if (item) onOpen(item);
      else toggle(key);
    },
    [byKey, onOpen, toggle],
  );

  // "Reviewed, next" in the review bar: the next unreviewed item in the order listed (threads as if open).
  const nextStep = useRef({ sorted, grouped: view.grouped, activate });
  nextStep.current = { sorted, grouped: view.grouped, activate };
  const scrollWanted = useRef<string | null>(null);
  useEffect(
    () =>
      provideNext((fromKey) => {
        const { sorted: now, grouped, activate: open } = nextStep.current;
        const order = libraryRows(now, grouped, ALL_OPEN).flatMap((row) => (row.kind === 'item' ? [row.item] : []));
        const next = nextUnreviewed(order, fromKey);
        if (!next) return false;
        scrollWanted.current = next.key;
        open(next.key);
        return true;
      }),
    [],
  );
  // ...and its row comes into view, once listed (its thread may have to open first).
  useEffect(() => {
    const at = scrollWanted.current === null ? undefined : indexOf.get(scrollWanted.current);
    if (at === undefined) return;
    scrollWanted.current = null;
    virtualizer.scrollToIndex(at, { align: 'auto' });
  }, [indexOf, cursor, virtualizer]);

  function changeView(next: LibraryView): void {
    setView(next);
    rememberLibraryView(caseId, next);
  }

  function move(to: number): void {
    if (rows.length === 0) return;
    const next = Math.min(Math.max(to, 0), rows.length - 1);
    setCursorKey(rows[next]!.key);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onListKey(event: KeyboardEvent<HTMLDivElement>): void {
    // Keys pressed on a column header's button are the button's own.
    if (event.target !== event.currentTarget) return;
    const row: LibraryRow | undefined = rows[cursor];
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(cursor + 1),
      ArrowUp: () => move(cursor - 1),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      PageDown: () => move(cursor + PAGE),
      PageUp: () => move(cursor - PAGE),
      Enter: () => {
        if (row) activate(row.key);
      },
      ArrowRight: () => {
        if (row?.kind !== 'thread') return;
        if (row.expanded) move(cursor + 1);
        else toggle(row.key, true);
      },
      ArrowLeft: () => {
        if (row?.kind === 'thread') toggle(row.key, false);
        else if (row?.thread) move(indexOf.get(row.thread) ?? cursor);
      },
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  }

  function updateFilters(patch: Partial<LibraryFilters>): void {
    setFilters((current) => ({ ...current, ...patch }));
  }

  function clearFilters(): void {
    setFilters(NO_FILTERS);
    searchRef.current?.focus();
  }

  const filtered = isFiltered(filters);
  const panelFilters = [filters.tag, filters.sender, filters.since ?? filters.until, filters.review === 'all' ? null : filters.review].filter((f) => f !== null).length;
  const active = rows[cursor];
  return (
    <nav className="library" aria-labelledby="library-title">
      <div className="pane-head">
        <div className="library-title-row">
          <h2 id="library-title" className="pane-title">
            Library <span className="pane-count">{shown.length === items.length ? items.length : `${shown.length} of ${items.length}`}</span>
          </h2>
          <label className="library-toggle">
            <input type="checkbox" checked={view.grouped} onChange={(event) => changeView({ ...view, grouped: event.target.checked })} />
            Group by thread
          </label>
        </div>
        <ReviewProgressLine
          progress={progress}
          flaggedShown={filters.review === 'flagged'}
          onToggleFlagged={() => updateFilters({ review: filters.review === 'flagged' ? 'all' : 'flagged' })}
        />
        <div className="library-search-row">
          <input
            ref={searchRef}
            type="search"
            className="filter-query"
            placeholder="Sender, subject, date…"
            aria-label="Filter the library"
            aria-controls="library-list"
            value={filters.text}
            onChange={(event) => updateFilters({ text: event.target.value })}
            onKeyDown={(event) => {
              // Down arrow goes from the filter into its results, as in a combobox.
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                listRef.current?.focus();
              } else if (event.key === 'Enter') {
                const first = rows.find((r) => r.kind === 'item');
                if (first) activate(first.key);
              }
            }}
          />
          <button
            type="button"
            className={`filters-button library-filters-button${filtersOpen ? ' filters-button-open' : ''}`}
            aria-expanded={filtersOpen}
            aria-controls="library-filters"
            aria-label={panelFilters > 0 ? `Filters, ${panelFilters} active` : 'Filters'}
            title="Filter by tag, sender and date"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            <FunnelIcon />
            {panelFilters > 0 ? (
              <span className="library-filter-badge" aria-hidden="true">
                {panelFilters}
              </span>
            ) : null}
          </button>
        </div>
        {filtersOpen ? <LibraryFilterPanel id="library-filters" filters={filters} tags={tagPaths} senders={senders} extent={extent} onChange={updateFilters} /> : null}
      </div>
      <div className={`library-summary${filtered ? ' library-summary-active' : ''}`}>
        <span aria-live="polite">{filtered ? `${shown.length} of ${items.length} shown` : ''}</span>
        {filtered ? (
          <button type="button" className="library-clear" onClick={clearFilters}>
            Clear filters
          </button>
        ) : null}
      </div>
      <div
        ref={listRef}
        id="library-list"
        className={`library-list${rows.length === 0 ? ' library-list-empty' : ''}`}
        role="treegrid"
        tabIndex={0}
        aria-label="Messages and documents"
        aria-rowcount={rows.length + 1}
        aria-colcount={6}
        aria-activedescendant={active ? rowId(active.key) : undefined}
        onKeyDown={onListKey}
      >
        <LibraryColumns sort={view.sort} height={HEAD_HEIGHT} onSort={(column: SortColumn) => changeView({ ...view, sort: nextSort(view.sort, column) })} />
        {rows.length > 0 ? (
          <div role="rowgroup" className="library-body" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((virtual) => {
              const row = rows[virtual.index]!;
              const common = { id: rowId(row.key), rowIndex: virtual.index + 2, top: virtual.start - HEAD_HEIGHT, selected: virtual.index === cursor, onActivate: activate };
              return row.kind === 'thread' ? (
                <LibraryThreadRow key={row.key} row={row} highlights={threadCounts.get(row.key) ?? 0} {...common} />
              ) : (
                <LibraryItemRow key={row.key} row={row} open={row.key === openKey} highlights={countOf(row.item)} {...common} />
              );
            })}
          </div>
        ) : null}
      </div>
      {shown.length === 0 ? <p className="library-empty">{items.length === 0 ? 'No documents yet. Import emails or PDFs to begin.' : 'Nothing matches the filters.'}</p> : null}
    </nav>
  );
}

function FunnelIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M2 3.2h12l-4.6 5.4v4.2l-2.8 1.4V8.6Z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}
