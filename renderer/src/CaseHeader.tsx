// The case view's top bar: the app and case name, undo/redo, and closing the case.
import type { CaseInfo } from '../../shared/ipc';

interface Props {
  info: CaseInfo;
  onImport(): void;
  onUndo(): void;
  onRedo(): void;
  onClose(): void;
}

export function CaseHeader({ info, onImport, onUndo, onRedo, onClose }: Props) {
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
        <button type="button" className="button button-quiet" onClick={onImport} aria-keyshortcuts="Control+I Meta+I" title="Import files (Ctrl+I)">
          Import…
        </button>
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
