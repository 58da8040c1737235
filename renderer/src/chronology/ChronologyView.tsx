// The chronology (placeholder until it lands).
import type { ChronologyEntry, TagView } from '../../../shared/model';

export interface ChronologyViewProps {
  tags: readonly TagView[];
  /** Changes whenever highlights, tags or links may have changed: read the chronology again. */
  version: number;
  /** Opens an entry's passage in the reader. */
  onOpen(entry: ChronologyEntry): void;
  onClose(): void;
}

export function ChronologyView({ onClose }: ChronologyViewProps) {
  return (
    <section className="chronology" aria-label="Chronology">
      <button type="button" onClick={onClose}>
        Back to the reader
      </button>
    </section>
  );
}
