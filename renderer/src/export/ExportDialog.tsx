// The export dialog (placeholder until it lands).
import type { CaseInfo } from '../../../shared/ipc';
import type { DocumentSummary } from '../../../shared/model';

export interface ExportDialogProps {
  info: CaseInfo;
  /** The document open in the reader, if any ("this document"). */
  document: DocumentSummary | null;
  onClose(): void;
}

export function ExportDialog({ onClose }: ExportDialogProps) {
  return (
    <div role="dialog" aria-label="Export">
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
