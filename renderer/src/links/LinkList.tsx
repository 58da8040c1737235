// A card's links, read from its end ("reports failure of “…”", "failure reported in “…”"): each opens the
// other end, and each can be removed (Ctrl+Z brings it back).
import type { CSSProperties } from 'react';
import type { AnnotationLink, AnnotationView } from '../../../shared/model';
import { call } from '../api';
import { shortDate } from '../format';
import { report } from '../status-store';
import { highlightColor, shortQuote } from '../tag-colors';
import type { CardStory } from './card-story';
import { placeOf } from './link-candidates';
import { capitalized, relationPhrase } from './link-phrases';
import './links.css';

interface Props {
  highlight: AnnotationView;
  story: CardStory;
  /** Where focus goes once a link is removed (its row is gone). */
  onRemoved(): void;
}

export function LinkList({ highlight, story, onRemoved }: Props) {
  const links = highlight.links ?? [];
  if (links.length === 0) return null;

  const open = (link: AnnotationLink) => {
    const other = story.byId.get(link.annotationId);
    story.onOpenHighlight({ annotationId: link.annotationId, documentId: link.documentId, start: other?.start ?? 0 });
  };

  const remove = async (link: AnnotationLink) => {
    const phrase = relationPhrase(link.relation, link.direction);
    const gone = await call('unlinkAnnotations', { id: link.id });
    if (!gone) return;
    onRemoved();
    story.onChanged();
    report('info', `Link removed (${phrase} “${shortQuote(link.quote, 40)}”). Ctrl+Z brings it back.`);
  };

  return (
    <ul className="hl-links" aria-label="Links">
      {links.map((link) => {
        const other = story.byId.get(link.annotationId);
        const phrase = relationPhrase(link.relation, link.direction);
        const place = other ? placeOf(other, story.messages, story.documents) : null;
        const meta = place ? [shortDate(place.date), place.from ?? place.subject].filter(Boolean).join(' · ') : '';
        return (
          <li key={link.id} className="hl-link" style={{ '--link-hl': highlightColor(other, story.tags) } as CSSProperties}>
            <button type="button" className="hl-link-open" title="Open the linked highlight" onClick={() => open(link)}>
              <span className="hl-link-relation">{capitalized(phrase)}</span> <q className="hl-link-quote">{shortQuote(link.quote, 90)}</q>
              {meta ? <span className="hl-link-meta">{meta}</span> : null}
            </button>
            <button
              type="button"
              className="icon-button hl-link-remove"
              aria-label={`Remove link: ${phrase} “${shortQuote(link.quote, 60)}”`}
              title="Remove link"
              onClick={() => void remove(link)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
