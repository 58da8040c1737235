// One passage of the chronology: its date, people, tags, quote, note, links and citation. Click or Enter opens
// it; "Quote" (or dragging its words) puts it in a memo.
import type { CSSProperties, MouseEvent } from 'react';
import type { ChronologyEntry } from '../../../shared/model';
import { displayName, longDate, shortDate } from '../format';
import { TagSwatch } from '../TagSwatch';
import { highlightColor, shortQuote, UNTAGGED_COLOR, type TagIndex } from '../tag-colors';
import { relationPhrase } from '../links/link-phrases';
import { dragHighlight } from '../memo/memo-drag';
import { QuoteButton } from '../memo/QuoteButton';
import { entryCitation } from '../../../shared/chronology';
import { dateSourceNote, sameSubject } from './chronology-model';

/** Where an entry stands in the whole chronology, for links and chains to point at. */
export interface Placed {
  entry: ChronologyEntry;
  number: number;
}

export interface ChainPlace {
  number: number;
  step: number;
  of: number;
}

interface Props {
  entry: ChronologyEntry;
  number: number;
  tags: TagIndex;
  /** The one entry reached by Tab (the others by the arrow keys). */
  tabbable: boolean;
  showSubject: boolean;
  chain: ChainPlace | undefined;
  /** Every passage of the chronology, filtered or not, by annotation. */
  placed: ReadonlyMap<string, Placed>;
  register(id: string, element: HTMLLIElement | null): void;
  onFocus(): void;
  onOpen(): void;
  onJump(annotationId: string): void;
  onCopy(text: string): void;
}

/** The text that tells what Enter does on an entry (shown once, above the list). */
export const KEYS_HINT_ID = 'chrono-keys-hint';

export function entryElementId(annotationId: string): string {
  return `chrono-entry-${annotationId}`;
}

/** Names of the recipients, "cc" ones after. */
function recipients(e: ChronologyEntry): string {
  const to = e.to.map(displayName).join(', ');
  const cc = e.cc.map(displayName).join(', ');
  return [to, cc ? `cc ${cc}` : ''].filter(Boolean).join(' · ');
}

/** Clicks on the entry's own buttons, or that end a text selection, do not open it. */
function opensOnClick(event: MouseEvent): boolean {
  if (event.target instanceof Element && event.target.closest('button, a, input, select')) return false;
  const selection = window.getSelection();
  return !selection || selection.isCollapsed;
}

export function ChronologyItem({ entry, number, tags, tabbable, showSubject, chain, placed, register, onFocus, onOpen, onJump, onCopy }: Props) {
  const cite = entryCitation(entry);
  const dateNote = dateSourceNote(entry);
  const people = recipients(entry);
  return (
    <li
      ref={(element) => register(entry.annotationId, element)}
      id={entryElementId(entry.annotationId)}
      className={chain ? 'chrono-entry chrono-entry-linked' : 'chrono-entry'}
      data-annotation-id={entry.annotationId}
      tabIndex={tabbable ? 0 : -1}
      aria-describedby={KEYS_HINT_ID}
      style={{ '--hl': highlightColor(entry, tags) } as CSSProperties}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocus();
      }}
      onClick={(event) => {
        if (opensOnClick(event)) onOpen();
      }}
    >
      <div className="chrono-entry-top">
        <span className="chrono-number">
          <span className="chrono-sr-only">Entry </span>
          {number}
        </span>
        {entry.date ? (
          <time className="chrono-date" dateTime={entry.date}>
            {longDate(entry.date, null)}
          </time>
        ) : (
          <span className="chrono-date chrono-undated">Undated</span>
        )}
        {dateNote ? <span className="chrono-date-note">({dateNote})</span> : null}
        {chain ? (
          <span className="chrono-chain-badge">
            Chain {chain.number} · step {chain.step} of {chain.of}
          </span>
        ) : null}
        <button type="button" className="chrono-copy" aria-label={`Copy citation of entry ${number}`} title={`Copy “${cite}”`} onClick={() => onCopy(cite)}>
          Copy citation
        </button>
        <QuoteButton annotationId={entry.annotationId} quote={entry.quote} className="chrono-copy" />
      </div>
      <p className="chrono-people">
        {entry.from || people ? (
          <>
            <span className="chrono-from" title={entry.from ?? undefined}>
              {entry.from ? displayName(entry.from) : 'Unknown sender'}
            </span>
            {people ? (
              <>
                <span aria-hidden="true"> → </span>
                <span className="chrono-sr-only"> to </span>
                <span title={[...entry.to, ...entry.cc].join(', ')}>{people}</span>
              </>
            ) : null}
          </>
        ) : (
          <span className="chrono-doc">{entry.documentTitle}</span>
        )}
      </p>
      {showSubject && entry.subject ? <p className="chrono-subject">{entry.subject}</p> : null}
      <ul className="chrono-tags" aria-label="Tags">
        {entry.tags.map((path) => (
          <li key={path} className="chrono-tag" title={path}>
            <TagSwatch color={tags.get(path)?.color ?? UNTAGGED_COLOR} />
            {tags.get(path)?.name ?? path}
          </li>
        ))}
      </ul>
      <blockquote className="chrono-quote" draggable title="Drag into a memo to quote it there" onDragStart={(event) => dragHighlight(event, entry.annotationId, entry.quote)}>
        <p>“{shortQuote(entry.quote, 600)}”</p>
      </blockquote>
      {entry.note ? (
        <p className="chrono-note">
          <span className="chrono-label">Note</span> {entry.note}
        </p>
      ) : null}
      {entry.links.length > 0 ? (
        <ul className="chrono-links" aria-label="Links">
          {entry.links.map((link) => {
            const other = placed.get(link.annotationId);
            const phrase = relationPhrase(link.relation, link.direction);
            return (
              <li key={`${link.direction}:${link.relation}:${link.annotationId}`} className="chrono-link">
                <span aria-hidden="true">{link.direction === 'outgoing' ? '↳ ' : '↰ '}</span>
                <span className="chrono-link-relation">{phrase}:</span>{' '}
                {other ? (
                  <button type="button" className="chrono-link-target" onClick={() => onJump(link.annotationId)} title="Go to this passage in the chronology">
                    {other.number}. “{shortQuote(other.entry.quote, 70)}”{other.entry.date ? ` (${shortDate(other.entry.date)})` : ' (undated)'}
                  </button>
                ) : (
                  <span className="chrono-link-missing">an untagged passage, not in the chronology</span>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="chrono-cite">
        <cite>{cite}</cite>
        {/* The document, where the citation does not already name it (an email's title is its subject). */}
        {entry.messageId !== null && !sameSubject(entry.documentTitle, entry.subject) ? (
          <span className="chrono-source" title={`SHA-256 ${entry.sha256}`}>
            {' '}
            · {entry.documentTitle}
          </span>
        ) : null}
      </p>
    </li>
  );
}
