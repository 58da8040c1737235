// One row of the library: a message (sender, date, subject, recipients) or a document (title, kind), with its highlight count.
import { memo } from 'react';
import { displayName, plural, shortDate } from './format';
import { kindLabel, type LibraryItem } from './library-items';

interface Props {
  item: LibraryItem;
  id: string;
  selected: boolean;
  open: boolean;
  highlights: number;
  onOpen(): void;
}

export const LibraryRow = memo(function LibraryRow({ item, id, selected, open, highlights, onOpen }: Props) {
  const className = ['library-row', selected ? 'library-row-selected' : '', open ? 'library-row-open' : ''].filter(Boolean).join(' ');
  const label =
    item.kind === 'message'
      ? `${item.title}, from ${displayName(item.message.from)}, ${shortDate(item.message.date) || 'undated'}`
      : `${item.title}, ${kindLabel(item.document)}`;
  const count = highlights > 0 ? <span className="library-count" aria-label={plural(highlights, 'highlight')}>{highlights}</span> : null;
  return (
    <div
      id={id}
      role="option"
      aria-label={highlights > 0 ? `${label}, ${plural(highlights, 'highlight')}` : label}
      aria-selected={selected}       aria-current={open ? 'true' : undefined}
      className={className}
      onClick={onOpen}
    >
      <div className="library-line">
        <span className="library-from">{item.kind === 'message' ? displayName(item.message.from) : item.title}</span>
        {count}
      </div>
      {item.kind === 'message' ? (
        <>
          <div className="library-subject">{item.title}</div>
          <div className="library-meta">
            <time dateTime={item.message.date ?? undefined}>{shortDate(item.message.date) || 'Undated'}</time>
            {item.message.to.length > 0 ? ` · to ${item.message.to.map(displayName).join(', ')}` : ''}
          </div>
        </>
      ) : (
        <>
          <div className="library-subject library-kind">{kindLabel(item.document)}</div>
          <div className="library-meta">{item.document.fileName ?? ''}</div>
        </>
      )}
    </div>
  );
});
