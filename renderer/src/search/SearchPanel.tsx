// Search across the case (placeholder until the search panel lands).
import type { DocumentSummary, SearchHit, TagView } from '../../../shared/model';

export interface SearchPanelProps {
  tags: readonly TagView[];
  documents: readonly DocumentSummary[];
  /** Opens the passage of a hit in the reader, selected. */
  onOpen(hit: SearchHit): void;
  /** Highlights were made or undone from the results: read them again. */
  onChanged(): void;
  onClose(): void;
}

export function SearchPanel({ onClose }: SearchPanelProps) {
  return (
    <nav className="search-panel" aria-label="Search the case">
      <button type="button" className="button button-quiet" onClick={onClose}>
        Back to the library
      </button>
    </nav>
  );
}
