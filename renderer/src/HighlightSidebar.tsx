// The right-hand sidebar: the open document's highlights in reading order (with their links and quoted
// copies), and the tag keys as a legend (each tag's description on hover).
import { useMemo, useRef } from 'react';
import type { AnnotationView, DocumentSummary, MessageSummary, TagView } from '../../shared/model';
import { CardList } from './CardList';
import { HighlightCard, type CardSlot } from './HighlightCard';
import type { CardStory } from './links/card-story';
import { indexMessages } from './links/message-index';
import { useCaseMessages } from './links/use-case-messages';
import { CopiesCache } from './quoted/copies-cache';
import { TagSwatch } from './TagSwatch';
import type { TagIndex } from './tag-colors';
import type { HighlightActions } from './use-highlights';

interface Props {
  highlights: readonly AnnotationView[];
  tags: readonly TagView[];
  tagIndex: TagIndex;
  activeId: string | null;
  actions: HighlightActions;
  onGo(highlight: AnnotationView): void;
  /** Every highlight of the case (to pick the other end of a link). */
  caseHighlights: readonly AnnotationView[];
  documents: readonly DocumentSummary[];
  /** The case's messages (dates, senders, subjects of highlights); read from main when not given. */
  messages?: readonly MessageSummary[];
  /** Opens a highlight of any document (a link's other end). */
  onOpenHighlight(target: { annotationId: string; documentId: number; start: number }): void;
  /** Opens a range of a document, selected (a quoted copy). */
  onOpenRange(documentId: number, start: number, end: number): void;
  /** Links or carried highlights changed: read highlights again. */
  onChanged(): void;
}

export function HighlightSidebar({ highlights, tags, tagIndex, activeId, actions, onGo, caseHighlights, documents, messages, onOpenHighlight, onOpenRange, onChanged }: Props) {
  const caseMessages = useCaseMessages(messages, documents);
  // Quoted copies read so far; a new list of documents (another case, an import) starts afresh.
  const copies = useMemo(() => new CopiesCache(), [documents]);
  const byId = useMemo(() => new Map(caseHighlights.map((h) => [h.id, h])), [caseHighlights]);
  const messageIndex = useMemo(() => indexMessages(caseMessages), [caseMessages]);
  const documentIndex = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const story = useMemo<CardStory>(
    () => ({ tags: tagIndex, highlights: caseHighlights, byId, messages: messageIndex, documents: documentIndex, copies, onOpenHighlight, onOpenRange, onChanged }),
    [tagIndex, caseHighlights, byId, messageIndex, documentIndex, copies, onOpenHighlight, onOpenRange, onChanged],
  );

  const scroller = useRef<HTMLDivElement>(null);
  const card = (h: AnnotationView, slot?: CardSlot) => (
    <HighlightCard
      key={h.id}
      highlight={h}
      tags={tagIndex}
      active={h.id === activeId}
      story={story}
      onGo={() => onGo(h)}
      onSaveNote={(noteJson) => actions.setNote(h.id, noteJson)}
      onDelete={() => void actions.remove(h.id)}
      {...(slot ? { slot } : {})}
    />
  );

  return (
    <aside className="sidebar" aria-labelledby="sidebar-title">
      <div className="pane-head">
        <h2 id="sidebar-title" className="pane-title">
          Highlights <span className="pane-count">{highlights.length}</span>
        </h2>
      </div>
      <div className="sidebar-scroll" ref={scroller}>
        {highlights.length === 0 ? (
          <p className="sidebar-empty">No highlights in this document yet. Select a passage, then press a tag’s key or pick the tag.</p>
        ) : (
          <CardList highlights={highlights} activeId={activeId} scroller={scroller} card={card} />
        )}
      </div>
      <footer className="tag-legend" aria-label="Tag keys">
        {tags.map((tag) => (
          <span key={tag.id} className="tag-legend-item" title={tag.description || undefined}>
            {tag.key ? <kbd>{tag.key}</kbd> : null}
            <TagSwatch color={tag.color} />
            {tag.name}
          </span>
        ))}
      </footer>
    </aside>
  );
}
