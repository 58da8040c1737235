// The library's rows: a message or a document as one row of the six columns (laid out as a compact card, its
// review marks beside the highlight count), and a thread's header row (subject, message count, days, how many
// reviewed) that opens and closes its group.
import { memo, type CSSProperties, type ReactNode } from 'react';
import { displayName, longDate, plural, shortDate } from './format';
import { kindLabel } from './library-items';
import { itemLabel, threadLabel } from './library-labels';
import { reviewOf, type ReviewMark } from './library-review';
import type { ItemRow, ThreadRow } from './library-threads';
import { CheckIcon, FlagIcon } from './review/ReviewIcons';

interface ItemProps {
  row: ItemRow;
  id: string;
  rowIndex: number;
  top: number;
  selected: boolean;
  open: boolean;
  highlights: number;
  onActivate(key: string): void;
}

/** The last cell: the review marks, then the highlight count. */
function MarksAndCount({ mark, highlights }: { mark: ReviewMark; highlights: number }) {
  const title = [mark.reviewed ? 'Reviewed' : '', mark.flagged ? 'Flagged' : '', highlights > 0 ? plural(highlights, 'highlight') : ''].filter(Boolean).join(' · ');
  return (
    <Cell column={6} className="library-highlights" title={title}>
      {mark.reviewed ? (
        <span className="library-mark library-mark-reviewed">
          <CheckIcon size={13} />
        </span>
      ) : null}
      {mark.flagged ? (
        <span className="library-mark library-mark-flagged">
          <FlagIcon size={12} />
        </span>
      ) : null}
      {highlights > 0 ? <span className="library-count">{highlights}</span> : null}
    </Cell>
  );
}

function Cell({ column, className, title, children }: { column: number; className: string; title?: string; children?: ReactNode }) {
  return (
    <div role="gridcell" aria-colindex={column} className={`library-cell ${className}`} title={title || undefined}>
      {children}
    </div>
  );
}

export const LibraryItemRow = memo(function LibraryItemRow({ row, id, rowIndex, top, selected, open, highlights, onActivate }: ItemProps) {
  const { item } = row;
  const mark = reviewOf(item);
  const className = [
    'library-row',
    `library-row-${item.kind}`,
    row.level === 2 ? 'library-row-child' : '',
    highlights > 0 ? 'library-row-counted' : '',
    mark.reviewed ? 'library-row-reviewed' : '',
    mark.flagged ? 'library-row-flagged' : '',
    selected ? 'library-row-selected' : '',
    open ? 'library-row-open' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const style: CSSProperties = { transform: `translateY(${top}px)` };
  const common = {
    id,
    role: 'row',
    'aria-label': itemLabel(item, highlights),
    'aria-selected': selected,
    'aria-current': open ? ('true' as const) : undefined,
    'aria-rowindex': rowIndex,
    'aria-level': row.level,
    'aria-posinset': row.position,
    'aria-setsize': row.setSize,
    className,
    style,
    onClick: () => onActivate(item.key),
  };

  if (item.kind === 'document') {
    return (
      <div {...common}>
        <Cell column={1} className="library-date" />
        <Cell column={2} className="library-from" />
        <Cell column={3} className="library-to" />
        <Cell column={4} className="library-subject" title={item.title}>
          {item.title}
        </Cell>
        <Cell column={5} className="library-document" title={[kindLabel(item.document), item.document.fileName].filter(Boolean).join(' · ')}>
          <span className="library-kind">{kindLabel(item.document)}</span>
          {item.document.fileName ? <span className="library-file">{item.document.fileName}</span> : null}
        </Cell>
        <MarksAndCount mark={mark} highlights={highlights} />
      </div>
    );
  }

  const { message } = item;
  const to = message.to.map(displayName).join(', ');
  return (
    <div {...common}>
      <Cell column={1} className="library-date" title={longDate(message.date, message.rawDate)}>
        <time dateTime={message.date ?? undefined}>{shortDate(message.date) || 'Undated'}</time>
      </Cell>
      <Cell column={2} className="library-from" title={message.from ?? undefined}>
        {displayName(message.from)}
      </Cell>
      <Cell column={3} className="library-to" title={message.to.join(', ')}>
        {to ? (
          <>
            <span className="library-to-label" aria-hidden="true">
              to{' '}
            </span>
            {to}
          </>
        ) : null}
      </Cell>
      <Cell column={4} className="library-subject" title={item.title}>
        {item.title}
      </Cell>
      <Cell column={5} className="library-document" title={item.source}>
        {item.source}
      </Cell>
      <MarksAndCount mark={mark} highlights={highlights} />
    </div>
  );
});

interface ThreadProps {
  row: ThreadRow;
  id: string;
  rowIndex: number;
  top: number;
  selected: boolean;
  highlights: number;
  onActivate(key: string): void;
}

export const LibraryThreadRow = memo(function LibraryThreadRow({ row, id, rowIndex, top, selected, highlights, onActivate }: ThreadProps) {
  const className = ['library-row', 'library-row-thread', row.expanded ? 'library-row-expanded' : '', selected ? 'library-row-selected' : ''].filter(Boolean).join(' ');
  return (
    <div
      id={id}
      role="row"
      aria-label={threadLabel(row, highlights)}
      aria-selected={selected}
      aria-expanded={row.expanded}
      aria-rowindex={rowIndex}
      aria-level={1}
      aria-posinset={row.position}
      aria-setsize={row.setSize}
      className={className}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onActivate(row.key)}
    >
      <div role="gridcell" aria-colindex={1} aria-colspan={6} className="library-cell library-thread" title={row.subject}>
        <span className="library-twisty" aria-hidden="true" />
        <span className="library-thread-subject">{row.subject}</span>
        <span className="library-thread-meta">
          {row.size} messages · {row.span}
          {row.reviewed > 0 ? ` · ${row.reviewed === row.size ? 'all' : row.reviewed} reviewed` : ''}
        </span>
        <span className="library-thread-marks">
          {row.flagged > 0 ? (
            <span className="library-mark library-mark-flagged">
              <FlagIcon size={12} />
              {row.flagged > 1 ? row.flagged : null}
            </span>
          ) : null}
          {highlights > 0 ? <span className="library-count">{highlights}</span> : null}
        </span>
      </div>
    </div>
  );
});
