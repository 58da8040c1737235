// The codebook manager (placeholder until it lands).
import type { TagView } from '../../../shared/model';

export interface CodebookDialogProps {
  tags: readonly TagView[];
  /** Tags changed: read tags and highlights again. */
  onChanged(): void;
  onClose(): void;
}

export function CodebookDialog({ onClose }: CodebookDialogProps) {
  return (
    <div role="dialog" aria-label="Codebook">
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
