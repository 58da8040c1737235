// The library's column header row: one sort button per column; the sorted column says which way it runs (aria-sort).
import { COLUMN_LABELS, SORT_COLUMNS, type LibrarySort, type SortColumn } from './library-sort';

interface Props {
  sort: LibrarySort;
  height: number;
  onSort(column: SortColumn): void;
}

/** Shorter words for the narrow pane; the full name is what assistive technology hears. */
const SHORT: Partial<Record<SortColumn, string>> = { document: 'Doc' };

export function LibraryColumns({ sort, height, onSort }: Props) {
  return (
    <div role="rowgroup" className="library-head">
      <div role="row" aria-rowindex={1} className="library-head-row" style={{ height }}>
        {SORT_COLUMNS.map((column, i) => {
          const sorted = sort.column === column;
          const direction = sort.descending ? 'descending' : 'ascending';
          return (
            <div
              key={column}
              role="columnheader"
              aria-colindex={i + 1}
              aria-sort={sorted ? direction : undefined}
              className={`library-colhead library-colhead-${column}${sorted ? ' library-colhead-sorted' : ''}`}
            >
              <button
                type="button"
                className="library-sort"
                title={sorted ? `Sorted by ${COLUMN_LABELS[column].toLowerCase()}, ${direction}; click to reverse` : `Sort by ${COLUMN_LABELS[column].toLowerCase()}`}
                onClick={() => onSort(column)}
              >
                {column === 'highlights' ? (
                  <HighlighterIcon />
                ) : SHORT[column] ? (
                  <span aria-hidden="true">{SHORT[column]}</span>
                ) : (
                  COLUMN_LABELS[column]
                )}
                {column === 'highlights' || SHORT[column] ? <span className="library-sr-only">{COLUMN_LABELS[column]}</span> : null}
                <span className="library-sort-arrow" aria-hidden="true">
                  {sorted ? (sort.descending ? '↓' : '↑') : ''}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function HighlighterIcon() {
  // A marker pen over a stroke of ink: the highlight count column.
  return (
    <svg className="library-sort-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M10.2 1.8 14.2 5.8 8.4 11.6 4.4 7.6Z M3.7 8.3 7.7 12.3 6.2 13.8 2.6 13.8 2.2 13.4 2.2 9.8Z" fill="currentColor" />
      <rect x="8.5" y="14" width="6.5" height="1.6" rx="0.8" fill="currentColor" opacity="0.55" />
    </svg>
  );
}
