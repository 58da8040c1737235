// Review state of what the reader shows (placeholder until it lands).
import type { DocumentSummary, MessageSummary } from '../../../shared/model';

export interface ReviewBarProps {
  document: DocumentSummary;
  /** The open message, or null when the reader shows a document on its own. */
  message: MessageSummary | null;
  /** Review state changed: read the library again. */
  onChanged(): void;
}

export function ReviewBar(_props: ReviewBarProps) {
  return null;
}
