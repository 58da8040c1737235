// Which colour a highlight is drawn in (its first tag's), and how a highlight is described to a screen reader.
import type { AnnotationView, TagView } from '../../shared/model';

/** For highlights whose tags the case no longer has, or that have none. */
export const UNTAGGED_COLOR = '#868e96';

export type TagIndex = ReadonlyMap<string, TagView>;

export function indexTags(tags: readonly TagView[]): TagIndex {
  return new Map(tags.map((t) => [t.path, t]));
}

export function highlightColor(highlight: Pick<AnnotationView, 'tags'> | undefined, tags: TagIndex): string {
  const first = highlight?.tags[0];
  return (first && tags.get(first)?.color) || UNTAGGED_COLOR;
}

export function tagNames(highlight: Pick<AnnotationView, 'tags'>, tags: TagIndex): string {
  if (highlight.tags.length === 0) return 'untagged';
  return highlight.tags.map((path) => tags.get(path)?.name ?? path).join(', ');
}

/** Quotes longer than this many characters are shortened in labels and lists. */
const QUOTE_LIMIT = 140;

export function shortQuote(quote: string, limit = QUOTE_LIMIT): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1).trimEnd()}…` : flat;
}

export function highlightLabel(highlight: Pick<AnnotationView, 'tags' | 'quote'>, tags: TagIndex): string {
  return `Highlight, ${tagNames(highlight, tags)}: “${shortQuote(highlight.quote, 80)}”`;
}

/** Tags in keyboard order (1–9 first), then by name. */
export function keyedTags(tags: readonly TagView[]): TagView[] {
  return [...tags].sort((a, b) => (a.key ?? 99) - (b.key ?? 99) || a.name.localeCompare(b.name));
}
