// The search results: a list box of hits grouped by message (or document), each group headed by its
// subject or title, sender, date and file, each hit with its page and stamp (PDFs) and its snippet with
// the matched words marked. The field above keeps focus and moves through it (aria-activedescendant).
import { useEffect, type KeyboardEvent } from 'react';
import { dragHighlight, dragRange } from '../memo/memo-drag';
import type { ResultGroup, ResultHit } from './search-groups';
import { snippetParts, type QueryWords } from './snippet';

interface Props {
  id: string;
  groups: readonly ResultGroup[];
  words: QueryWords;
  /** The hit the keys act on (-1: none yet). */
  active: number;
  /** The hit last opened in the reader, if any. */
  opened: number | null;
  busy: boolean;
  onActive(index: number): void;
  onOpen(index: number): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

function Snippet({ text, words }: { text: string; words: QueryWords }) {
  return (
    <span className="search-snippet">
      {snippetParts(text.replace(/\s+/g, ' '), words).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}

function groupLabel(group: ResultGroup): string {
  return [group.title, group.sender ? `from ${group.sender}` : null, group.date || null, group.source].filter(Boolean).join(', ');
}

function Hit({ item, words, active, opened, onActive, onOpen }: { item: ResultHit; words: QueryWords; active: boolean; opened: boolean; onActive(): void; onOpen(): void }) {
  const meta = [item.where, item.label].filter(Boolean).join(' · ');
  const className = ['search-hit', active ? 'search-hit-active' : '', opened ? 'search-hit-opened' : ''].filter(Boolean).join(' ');
  return (
    <div
      id={item.id}
      role="option"
      aria-selected={active}
      className={className}
      data-annotation-id={item.hit.annotationId}
      // Into a memo: a highlight's note hit is that highlight; a text hit, the highlight that holds its words.
      draggable={item.hit.annotationId !== undefined || item.hit.start !== undefined}
      onDragStart={(event) => {
        const { annotationId, documentId, start, end } = item.hit;
        if (annotationId) dragHighlight(event, annotationId, item.hit.snippet);
        else if (start !== undefined) dragRange(event, { documentId, start, end: end ?? start }, item.hit.snippet);
      }}
      // A hit that can be dragged must get the mousedown that starts the drag.
      onMouseDown={(e) => {
        if (!e.currentTarget.draggable) e.preventDefault();
      }}
      onMouseEnter={onActive}
      onClick={onOpen}
    >
      {meta ? <span className="search-hit-meta">{meta}</span> : null}
      <Snippet text={item.hit.snippet} words={words} />
    </div>
  );
}

export function SearchResults({ id, groups, words, active, opened, busy, onActive, onOpen, onKeyDown }: Props) {
  const activeId = groups.flatMap((g) => g.hits).find((h) => h.index === active)?.id;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  return (
    <div id={id} className="search-results" role="listbox" aria-label="Search results" aria-busy={busy} aria-activedescendant={activeId} tabIndex={0} hidden={groups.length === 0} onKeyDown={onKeyDown}>
      {groups.map((group) => (
        <div key={group.key} className="search-group" role="group" aria-label={groupLabel(group)}>
          <div className="search-group-head" aria-hidden="true">
            <span className="search-group-title">{group.title}</span>
            <span className="search-group-meta">
              {group.sender ? <span className="search-group-sender">{group.sender}</span> : null}
              {group.date ? <span className="search-group-date">{group.date}</span> : null}
              {group.source ? <span className="search-group-source">{group.source}</span> : null}
            </span>
          </div>
          {group.hits.map((item) => (
            <Hit key={item.id} item={item} words={words} active={item.index === active} opened={item.index === opened} onActive={() => onActive(item.index)} onOpen={() => onOpen(item.index)} />
          ))}
        </div>
      ))}
    </div>
  );
}
