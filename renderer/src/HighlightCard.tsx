// One highlight in the sidebar: its tags (their descriptions on hover), its quote (which jumps to it in the
// text, and can be dragged into a memo), its links to other highlights and "Link…", "Quote" (into the memo),
// where later replies quote it, its note, and a delete button.
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { AnnotationView } from '../../shared/model';
import type { CardStory } from './links/card-story';
import { LinkList } from './links/LinkList';
import { LinkPicker } from './links/LinkPicker';
import { dragHighlight } from './memo/memo-drag';
import { QuoteButton } from './memo/QuoteButton';
import { NoteEditor } from './NoteEditor';
import { QuotedCopies } from './quoted/QuotedCopies';
import { TagSwatch } from './TagSwatch';
import { highlightColor, shortQuote, type TagIndex } from './tag-colors';

interface Props {
  highlight: AnnotationView;
  tags: TagIndex;
  active: boolean;
  story: CardStory;
  onGo(): void;
  /** Saves the note's rich text (null: no note); false when main refused it. */
  onSaveNote(noteJson: string | null): Promise<boolean>;
  onDelete(): void;
  /** In a long, virtualised list: where the card sits, and how the list measures it. */
  slot?: CardSlot;
}

/** A card's place in a virtualised list (see CardList.tsx). */
export interface CardSlot {
  index: number;
  top: number;
  measure(element: HTMLLIElement | null): void;
}

const STATUS_TEXT = { ok: null, drifted: 'Re-anchored: the text moved', orphaned: 'Orphaned: its text was not found' } as const;

export function HighlightCard({ highlight, tags, active, story, onGo, onSaveNote, onDelete, slot }: Props) {
  const status = STATUS_TEXT[highlight.status];
  const [picking, setPicking] = useState(false);
  const linkButton = useRef<HTMLButtonElement>(null);
  // Focus goes back to "Link…" once the picker is gone (while it is open, the rest of the window is inert).
  const wasPicking = useRef(false);
  useEffect(() => {
    if (wasPicking.current && !picking) linkButton.current?.focus();
    wasPicking.current = picking;
  }, [picking]);
  return (
    <li
      className={active ? 'hl-card hl-card-active' : 'hl-card'}
      data-annotation-id={highlight.id}
      ref={slot?.measure}
      data-index={slot?.index}
      style={{ '--hl': highlightColor(highlight, tags), ...(slot ? { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${slot.top}px)` } : {}) } as CSSProperties}
    >
      <div className="hl-card-top">
        <ul className="tag-chips" aria-label="Tags">
          {highlight.tags.length === 0 ? <li className="tag-chip tag-chip-none">Untagged</li> : null}
          {highlight.tags.map((path) => {
            const tag = tags.get(path);
            return (
              <li key={path} className="tag-chip" title={tag?.description || undefined}>
                <TagSwatch color={tag?.color ?? '#868e96'} />
                {tag?.name ?? path}
              </li>
            );
          })}
        </ul>
        <div className="hl-card-actions">
          <button
            ref={linkButton}
            type="button"
            className="hl-card-link"
            aria-label={`Link “${shortQuote(highlight.quote, 40)}” to another highlight`}
            aria-haspopup="dialog"
            title="Link to another highlight"
            onClick={() => setPicking(true)}
          >
            Link…
          </button>
          <QuoteButton annotationId={highlight.id} quote={highlight.quote} className="hl-card-link" />
          <button type="button" className="icon-button" aria-label={`Delete highlight “${shortQuote(highlight.quote, 40)}”`} title="Delete highlight" onClick={onDelete}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
      <button
        type="button"
        className="hl-card-quote"
        onClick={onGo}
        aria-label={`Go to highlight “${shortQuote(highlight.quote, 80)}”`}
        draggable
        onDragStart={(event) => dragHighlight(event, highlight.id, highlight.quote)}
      >
        <q>{shortQuote(highlight.quote)}</q>
      </button>
      {status ? <p className="hl-card-status">{status}</p> : null}
      <LinkList highlight={highlight} story={story} onRemoved={() => linkButton.current?.focus()} />
      <QuotedCopies highlight={highlight} story={story} />
      <NoteEditor id={highlight.id} note={highlight.note} noteJson={highlight.noteJson} onSave={onSaveNote} onDone={onGo} />
      {picking ? (
        <LinkPicker
          source={highlight}
          story={story}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </li>
  );
}
