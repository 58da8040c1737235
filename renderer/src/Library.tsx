// The library pane: a text filter over every message and document, as a virtualised listbox
// (arrow keys, Home/End, Page Up/Down move the selection; Enter or a click opens).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { filterLibrary, type LibraryItem } from './library-items';
import { LibraryRow } from './LibraryRow';

interface Props {
  items: readonly LibraryItem[];
  openKey: string | null;
  counts: ReadonlyMap<number, number>;
  onOpen(item: LibraryItem): void;
}

/** Every row's height in CSS pixels (fixed, so the virtualiser never has to measure). */
const ROW_HEIGHT = 84;
/** Rows a Page Up/Down moves. */
const PAGE = 8;

const rowId = (key: string) => `library-${key}`;

export function Library({ items, openKey, counts, onOpen }: Props) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => filterLibrary(items, filter), [items, filter]);
  const [cursor, setCursor] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => listRef.current, estimateSize: () => ROW_HEIGHT, overscan: 6 });

  // The selection follows the open item (opened from elsewhere, or after filtering) when it is listed.
  useEffect(() => {
    const at = shown.findIndex((item) => item.key === openKey);
    setCursor(at >= 0 ? at : 0);
  }, [shown, openKey]);

  function move(to: number): void {
    if (shown.length === 0) return;
    const next = Math.min(Math.max(to, 0), shown.length - 1);
    setCursor(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onListKey(event: KeyboardEvent<HTMLDivElement>): void {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(cursor + 1),
      ArrowUp: () => move(cursor - 1),
      Home: () => move(0),
      End: () => move(shown.length - 1),
      PageDown: () => move(cursor + PAGE),
      PageUp: () => move(cursor - PAGE),
      Enter: () => {
        const item = shown[cursor];
        if (item) onOpen(item);
      },
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  }

  const active = shown[cursor];
  return (
    <nav className="library" aria-labelledby="library-title">
      <div className="pane-head">
        <h2 id="library-title" className="pane-title">
          Library <span className="pane-count">{shown.length === items.length ? items.length : `${shown.length} of ${items.length}`}</span>
        </h2>
        <input
          type="search"
          className="library-filter"
          placeholder="Filter by sender, subject, date…"
          aria-label="Filter the library"
          aria-controls="library-list"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={(event) => {
            // Down arrow goes from the filter into its results, as in a combobox.
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              listRef.current?.focus();
            } else if (event.key === 'Enter' && shown[0]) {
              onOpen(shown[0]);
            }
          }}
        />
      </div>
      {shown.length === 0 ? <p className="library-empty">{items.length === 0 ? 'This case has no documents yet.' : 'Nothing matches the filter.'}</p> : null}
      <div
        ref={listRef}
        id="library-list"
        className="library-list"
        role="listbox"
        tabIndex={0}
        aria-label="Messages and documents"
        aria-activedescendant={active ? rowId(active.key) : undefined}
        onKeyDown={onListKey}
      >
        <div role="presentation" className="library-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const item = shown[row.index]!;
            return (
              <div key={item.key} role="presentation" className="library-slot" style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}>
                <LibraryRow
                  item={item}
                  id={rowId(item.key)}
                  selected={row.index === cursor}
                  open={item.key === openKey}
                  highlights={counts.get(item.documentId) ?? 0}
                  onOpen={() => {
                    setCursor(row.index);
                    onOpen(item);
                  }}
                />
              </div>
            );
          })}
        </div>
      </div>
    </nav>
  );
}
