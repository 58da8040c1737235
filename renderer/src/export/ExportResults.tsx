// What an export wrote: each file (or the bundle's folder) with its kind and size, the bundle marked
// verified when a recipient's check of it passed, and each document it could not write with the reason.
import type { ExportedFile, ExportResult } from '../../../shared/ipc';
import { fileSize } from '../format';
import { FORMAT_LABEL, fileName, resultSummary } from './export-formats';

export function ExportResults({ result }: { result: ExportResult }) {
  // The bundle first (its check is what a recipient will see), then what could not be written, then the rest.
  const bundles = result.files.filter((f) => f.format === 'bundle');
  const others = result.files.filter((f) => f.format !== 'bundle');
  return (
    <section className="export-results" aria-label="Export results">
      <p className="export-summary" role="status">
        {resultSummary(result)} into <span className="export-folder">{result.folder}</span>
      </p>
      <ul>
        {bundles.map(row)}
        {result.failures.map((f) => (
          <li key={`${f.format}-${f.documentId ?? ''}-${f.reason}`} className="export-file export-failed">
            <span className="export-file-name">{f.title ?? FORMAT_LABEL[f.format]}</span>
            <span className="export-file-kind">Not written</span>
            <span className="export-reason">{f.reason}</span>
          </li>
        ))}
        {others.map(row)}
      </ul>
    </section>
  );

  function row(f: ExportedFile) {
    return (
      <li key={f.path} className="export-file">
        <span className="export-file-name" title={f.path}>
          {fileName(f.path)}
          {f.format === 'bundle' ? '/' : ''}
        </span>
        <span className="export-file-kind">{f.format === 'pdf' ? 'Annotated PDF' : FORMAT_LABEL[f.format]}</span>
        <span className="export-file-size">{f.format === 'bundle' ? `${f.files ?? 0} files · ${fileSize(f.bytes)}` : fileSize(f.bytes)}</span>
        {f.format === 'bundle' && result.bundle && (
          <span className={`export-verified ${result.bundle.verified ? 'is-ok' : 'is-bad'}`}>
            {result.bundle.verified ? '✓ Verified: every file as its manifest says' : `Not verified: ${result.bundle.problems.join('; ')}`}
          </span>
        )}
      </li>
    );
  }
}
