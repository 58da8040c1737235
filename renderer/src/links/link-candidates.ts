// The highlights a highlight can be linked to: every other highlight of the case with where it stands
// (message subject, date, sender, or the document's title), in story order, and filtered by words.
import type { AnnotationView, DocumentSummary, LinkRelation } from '../../../shared/model';
import { displayName, shortDate, sortTime } from '../format';
import type { TagIndex } from '../tag-colors';
import type { MessageIndex } from './message-index';

export interface LinkCandidate {
  highlight: AnnotationView;
  /** The message's subject, else the document's title. */
  subject: string;
  date: string | null;
  /** The sender's name, or null for a document without messages. */
  from: string | null;
  /** Everything the filter matches, lower-cased. */
  haystack: string;
}

/** Where a highlight stands, as one line: subject, date and sender (or the document's title). */
export function placeOf(
  highlight: Pick<AnnotationView, 'documentId' | 'start'>,
  messages: MessageIndex,
  documents: ReadonlyMap<number, DocumentSummary>,
): { subject: string; date: string | null; from: string | null } {
  const message = messages.at(highlight.documentId, highlight.start);
  const title = documents.get(highlight.documentId)?.title ?? `Document ${highlight.documentId}`;
  if (!message) return { subject: title, date: null, from: null };
  return { subject: message.subject || title, date: message.date, from: message.from ? displayName(message.from) : null };
}

export function buildCandidates(
  source: Pick<AnnotationView, 'id'>,
  highlights: readonly AnnotationView[],
  messages: MessageIndex,
  documents: ReadonlyMap<number, DocumentSummary>,
  tags: TagIndex,
): LinkCandidate[] {
  const list = highlights
    .filter((h) => h.id !== source.id)
    .map((highlight) => {
      const place = placeOf(highlight, messages, documents);
      const tagNames = highlight.tags.map((path) => tags.get(path)?.name ?? path);
      const haystack = [highlight.quote, highlight.note, ...tagNames, ...highlight.tags, place.subject, place.from ?? '', shortDate(place.date)]
        .join('\n')
        .toLowerCase();
      return { highlight, ...place, haystack };
    });
  return list.sort(
    (a, b) =>
      sortTime(a.date) - sortTime(b.date) ||
      a.highlight.documentId - b.highlight.documentId ||
      a.highlight.start - b.highlight.start ||
      a.highlight.end - b.highlight.end,
  );
}

/** Candidates holding every word of the query (any order, any field); all of them for an empty query. */
export function filterCandidates(candidates: readonly LinkCandidate[], query: string): LinkCandidate[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...candidates];
  return candidates.filter((c) => words.every((w) => c.haystack.includes(w)));
}

/** Whether the source already has this very link to the target (main refuses a second one). */
export function alreadyLinked(source: Pick<AnnotationView, 'links'>, targetId: string, relation: LinkRelation): boolean {
  return (source.links ?? []).some((l) => l.direction === 'outgoing' && l.annotationId === targetId && l.relation === relation);
}

/** The relation a new link most likely has, from the source's tags: a failure report reports failure of something. */
export function likelyRelation(source: Pick<AnnotationView, 'tags'>, tags: TagIndex): LinkRelation {
  const names = source.tags.map((path) => `${path} ${tags.get(path)?.name ?? ''}`.toLowerCase());
  if (names.some((n) => n.includes('fail'))) return 'reports failure of';
  if (names.some((n) => n.includes('contradict'))) return 'contradicts';
  if (names.some((n) => n.includes('fulfil'))) return 'fulfils';
  return 'responds to';
}
