// The export dialog: what (this document, the highlights of one tag, or the whole case), which formats
// (annotated PDFs, evidence table as CSV or Excel, chronology as Markdown or PDF, bundle, REFI-QDA,
// Web Annotation JSON-LD), and where (main shows the system's folder chooser). Export shows progress
// file by file with a Cancel that stops between files, then every file written with its size, the
// bundle marked verified by a recipient's check, and anything that could not be written with the reason.
import { useEffect, useId, useRef, useState } from 'react';
import type { CaseInfo, ExportFormat, ExportProgress, ExportResult, ExportScope } from '../../../shared/ipc';
import type { DocumentSummary, TagView } from '../../../shared/model';
import { call, listen } from '../api';
import { attempt } from '../attempt';
import { trapTab } from '../codebook/focus-trap';
import { ExportChoices } from './ExportChoices';
import { ExportResults } from './ExportResults';
import { FORMAT_CHOICES, recallFormats, rememberFormats } from './export-formats';
import './export.css';
import { useModal } from '../use-modal';

export interface ExportDialogProps {
  info: CaseInfo;
  /** The document open in the reader, if any ("this document"). */
  document: DocumentSummary | null;
  onClose(): void;
}

type Phase = { kind: 'choose'; error?: string } | { kind: 'running'; progress: ExportProgress | null; cancelling: boolean } | { kind: 'done'; result: ExportResult };

export function ExportDialog({ info, document, onClose }: ExportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [scope, setScope] = useState<ExportScope>('case');
  const [tags, setTags] = useState<TagView[]>([]);
  const [tag, setTag] = useState('');
  const [formats, setFormats] = useState<ExportFormat[]>(recallFormats);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const running = phase.kind === 'running';

  // A modal over the case; on closing, focus goes back to what had it (the Export… button, the reader).
  useModal(dialog, () => dialog.current?.querySelector<HTMLInputElement>('input[name$="-scope"]:checked'));

  useEffect(() => {
    let live = true;
    void call('listTags', {}).then((all) => {
      if (!live || !all) return;
      setTags(all);
      setTag((now) => now || (all.find((t) => t.count > 0) ?? all[0])?.path || '');
    });
    return () => void (live = false);
  }, []);

  // Focus follows the work: to Cancel while it runs, to Done when it ends, back to the choices after.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (phase.kind === 'running') element.querySelector<HTMLElement>('.export-actions button')?.focus();
    else if (phase.kind === 'done') element.querySelector<HTMLElement>('.export-done')?.focus();
    else if (!element.contains(window.document.activeElement) || window.document.activeElement === element) {
      element.querySelector<HTMLInputElement>('input[name$="-scope"]:checked')?.focus();
    }
  }, [phase.kind]);

  useEffect(() => listen('exportProgress', (p) => p && setPhase((now) => (now.kind === 'running' ? { ...now, progress: p } : now))), []);

  const toggle = (format: ExportFormat, on: boolean) =>
    setFormats((now) => {
      const next = FORMAT_CHOICES.map((c) => c.format).filter((f) => (f === format ? on : now.includes(f)));
      rememberFormats(next);
      return next;
    });

  const scopeReady = scope === 'case' || (scope === 'document' && document !== null) || (scope === 'tag' && tag !== '');

  async function start() {
    if (formats.length === 0 || !scopeReady) return;
    setPhase({ kind: 'running', progress: null, cancelling: false });
    const outcome = await attempt('exportCase', {
      formats,
      scope,
      ...(scope === 'document' && document ? { documentId: document.id } : {}),
      ...(scope === 'tag' ? { tag } : {}),
    });
    if (!outcome.ok) setPhase({ kind: 'choose', error: outcome.error });
    else if (outcome.value === null) setPhase({ kind: 'choose' });
    else setPhase({ kind: 'done', result: outcome.value });
  }

  async function cancel() {
    setPhase((now) => (now.kind === 'running' ? { ...now, cancelling: true } : now));
    await call('cancelExport', {});
  }

  const progress = phase.kind === 'running' ? phase.progress : null;

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-help`}
      aria-busy={running}
      onCancel={(event) => {
        event.preventDefault();
        if (!running) onClose();
      }}
      onKeyDown={(event) => trapTab(event, dialog.current)}
    >
      <h2 id={`${id}-title`}>Export</h2>
      <p id={`${id}-help`} className="export-help">
        From “{info.title || 'this case'}”. Files are written into a folder you choose; nothing there is overwritten.
      </p>

      {phase.kind !== 'done' && (
        <ExportChoices
          id={id}
          document={document}
          tags={tags}
          scope={scope}
          tag={tag}
          formats={formats}
          disabled={running}
          onScope={setScope}
          onTag={setTag}
          onFormat={toggle}
        />
      )}

      {phase.kind === 'choose' && phase.error && (
        <p className="export-error" role="alert">
          {phase.error}
        </p>
      )}
      {phase.kind === 'running' && (
        <div className="export-progress" role="status">
          <progress max={Math.max(1, progress?.total ?? 1)} value={progress?.done ?? 0} aria-label="Export progress" />
          <p>
            {progress ? `${Math.min(progress.done + 1, progress.total)} of ${progress.total} · ${progress.label}` : 'Choose a folder…'}
            {phase.cancelling ? ' · stopping after this file…' : ''}
          </p>
        </div>
      )}
      {phase.kind === 'done' && <ExportResults result={phase.result} />}

      <div className="export-actions">
        {running ? (
          <button type="button" className="button" onClick={() => void cancel()} disabled={phase.cancelling}>
            Cancel export
          </button>
        ) : (
          <>
            {phase.kind === 'done' && (
              <button type="button" className="button export-back" onClick={() => setPhase({ kind: 'choose' })}>
                Change choices
              </button>
            )}
            <button type="button" className={`button${phase.kind === 'done' ? ' export-done' : ''}`} onClick={onClose}>
              {phase.kind === 'done' ? 'Done' : 'Cancel'}
            </button>
            <button type="button" className="button button-primary" onClick={() => void start()} disabled={formats.length === 0 || !scopeReady}>
              {phase.kind === 'done' ? 'Export again…' : 'Export…'}
            </button>
          </>
        )}
      </div>
    </dialog>
  );
}
