// What a highlight card needs to tell its part of the story: the case's other highlights and messages
// (to name a link's other end and to pick one), the quoted-copies cache, and how to open or re-read things.
import type { AnnotationView, DocumentSummary } from '../../../shared/model';
import type { CopiesCache } from '../quoted/copies-cache';
import type { TagIndex } from '../tag-colors';
import type { MessageIndex } from './message-index';

export interface CardStory {
  tags: TagIndex;
  /** Every highlight of the case (empty until read). */
  highlights: readonly AnnotationView[];
  /** The same, by id. */
  byId: ReadonlyMap<string, AnnotationView>;
  messages: MessageIndex;
  documents: ReadonlyMap<number, DocumentSummary>;
  copies: CopiesCache;
  onOpenHighlight(target: { annotationId: string; documentId: number; start: number }): void;
  onOpenRange(documentId: number, start: number, end: number): void;
  /** Links or highlights changed: read them again. */
  onChanged(): void;
}
