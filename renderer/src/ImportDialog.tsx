// The import dialog: choose files or a folder (main shows the system chooser), or import what was
// dropped on the window; follow the progress main pushes, then read every file's outcome — imported,
// duplicate, or failed with its reason.
import { useEffect, useRef, useState } from 'react';
import type { ImportProgress, ImportResult } from '../../shared/model';
import { call, listen } from './api';

/** What to import as soon as the dialog opens: dropped paths, or a chooser (files, or a folder). */
export interface ImportStart {
  paths?: string[];
  folder?: boolean;
}

interface Props {
  /** Starts at once (File › Import, a drop); without it the dialog waits for the user to choose. */
  start?: ImportStart;
  onClose(imported: boolean): void;
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function ImportDialog({ start, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [results, setResults] = useState<ImportResult[] | null>(null);
  // Whether any batch of this dialog added documents: the library must then be read again.
  const [added, setAdded] = useState(false);

  useEffect(() => listen('importProgress', (p) => p && setProgress(p)), []);

  const started = useRef(false);
  useEffect(() => {
    dialog.current?.showModal();
    // Once, even when React runs effects twice in development.
    if (start && !started.current) {
      started.current = true;
      void run(start);
    }
  }, []);

  async function run(what: ImportStart) {
    setRunning(true);
    setResults(null);
    setProgress(null);
    const outcome = await call('importFiles', what.paths ? { paths: what.paths } : { folder: what.folder ?? false });
    setRunning(false);
    if (outcome) {
      setResults(outcome);
      if (outcome.some((r) => r.status === 'imported')) setAdded(true);
    }
  }

  const close = () => onClose(added);
  const count = (status: ImportResult['status']) => (results ?? []).filter((r) => r.status === status).length;
  const fraction = progress && progress.total > 0 ? (progress.filesDone + (progress.pageTotal ? (progress.pagesDone ?? 0) / progress.pageTotal : 0)) / progress.total : 0;

  return (
    <dialog ref={dialog} className="import-dialog" aria-labelledby="import-title" onCancel={(event) => (running ? event.preventDefault() : close())}>
      <h2 id="import-title">Import files</h2>
      <p className="import-help">PDFs (text or scanned), .eml, .msg, .mbox, text and HTML. A folder is read with everything inside it. You can also drop files on the window.</p>
      {running && (
        <div className="import-progress" role="status">
          <progress max={1} value={fraction} aria-label="Import progress" />
          <p>
            {progress && progress.total > 0 ? `${progress.filesDone} of ${progress.total} files` : 'Starting…'}
            {progress?.pageTotal ? ` · page ${progress.pagesDone ?? 0} of ${progress.pageTotal}` : ''}
            {progress?.messagesDone ? ` · ${progress.messagesDone} messages` : ''}
            {progress?.path ? ` · ${fileName(progress.path)}` : ''}
          </p>
        </div>
      )}
      {results && (
        <section className="import-results" aria-label="Import outcomes">
          <p className="import-summary" role="status">
            {results.length === 0 ? 'Nothing was chosen.' : `${count('imported')} imported · ${count('duplicate')} already in the case · ${count('failed')} failed`}
          </p>
          <ul>
            {results.map((r) => (
              <li key={r.path} className={`import-result import-${r.status}`}>
                <span className="import-status">{r.status}</span>
                <span className="import-file" title={r.path}>
                  {fileName(r.path)}
                </span>
                {r.error && <span className="import-reason">{r.error}</span>}
                {r.warnings?.map((w) => (
                  <span key={w} className="import-reason">
                    {w}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="import-actions">
        <button type="button" className="button button-primary" onClick={() => void run({})} disabled={running}>
          {results ? 'Import more files…' : 'Choose files…'}
        </button>
        <button type="button" className="button" onClick={() => void run({ folder: true })} disabled={running}>
          Choose a folder…
        </button>
        <button type="button" className="button" onClick={close} disabled={running}>
          {results ? 'Done' : 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}
