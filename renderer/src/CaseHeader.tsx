// The case view's top bar: the app and case name, the case-wide views (search, chronology, codebook),
// import, export and saving a copy, undo/redo, and closing the case.
import type { CaseInfo } from '../../shared/ipc';
import { SaveCopyButton } from './SaveCopyButton';

interface Props {
  info: CaseInfo;
  onImport(): void;
  onExport(): void;
  onSearch(): void;
  chronologyOpen: boolean;
  onChronology(): void;
  onCodebook(): void;
  onUndo(): void;
  onRedo(): void;
  onClose(): void;
}

export function CaseHeader({ info, onImport, onExport, onSearch, chronologyOpen, onChronology, onCodebook, onUndo, onRedo, onClose }: Props) {
  return (
    <header className="case-header">
      <div className="case-header-title">
        <span className="brand" aria-hidden="true">
          Casemark
        </span>
        <h1 className="case-title" title={info.path}>
          {info.title || 'Untitled case'}
        </h1>
      </div>
      <div className="case-header-actions">
        <button type="button" className="button button-quiet" onClick={onSearch} aria-keyshortcuts="Control+Shift+F Meta+Shift+F" title="Search the case (Ctrl+Shift+F)">
          Search
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={onChronology}
          aria-pressed={chronologyOpen}
          aria-keyshortcuts="Control+Shift+L Meta+Shift+L"
          title="The tagged passages in date order (Ctrl+Shift+L)"
        >
          Chronology
        </button>
        <button type="button" className="button button-quiet" onClick={onCodebook} aria-keyshortcuts="Control+Shift+K Meta+Shift+K" title="Tags: rename, recolour, merge (Ctrl+Shift+K)">
          Codebook…
        </button>
        <span className="case-header-gap" aria-hidden="true" />
        <button type="button" className="button button-quiet" onClick={onImport} aria-keyshortcuts="Control+I Meta+I" title="Import files (Ctrl+I)">
          Import…
        </button>
        <button type="button" className="button button-quiet" onClick={onExport} aria-keyshortcuts="Control+Shift+E Meta+Shift+E" title="Annotated PDFs, evidence table, chronology, bundle (Ctrl+Shift+E)">
          Export…
        </button>
        <SaveCopyButton />
        <button type="button" className="button button-quiet" onClick={onUndo} aria-keyshortcuts="Control+Z Meta+Z" title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" className="button button-quiet" onClick={onRedo} aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z" title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close case
        </button>
      </div>
    </header>
  );
}
