// A document's attachments, below the message: each opens in the reader when Casemark could read it
// (emails, PDFs, text), and any can be saved as its original bytes. Nothing is ever handed to another
// program: an attachment from a release may be hostile.
import type { DocumentSummary } from '../../shared/model';
import { call } from './api';
import { fileSize, plural } from './format';
import { kindLabel } from './library-items';
import { report } from './status-store';

interface Props {
  /** The attachments, in order. */
  attachments: readonly DocumentSummary[];
  /** Opens an attachment in the reader. */
  onOpen(document: DocumentSummary): void;
}

/** Whether the reader has something to show: text, messages or pages. */
const readable = (d: DocumentSummary) => d.kind !== 'attachment' || d.messageCount > 0 || d.pageCount > 0;

async function saveCopy(d: DocumentSummary): Promise<void> {
  const saved = await call('saveDocumentCopy', { documentId: d.id });
  if (saved) report('info', `Saved a copy of “${d.fileName ?? d.title}” to ${saved.path}.`);
}

export function Attachments({ attachments, onOpen }: Props) {
  if (attachments.length === 0) return null;
  return (
    <section className="attachments" aria-labelledby="attachments-title">
      <h2 id="attachments-title" className="list-heading attachments-title">
        {plural(attachments.length, 'attachment')}
      </h2>
      <ul className="attachment-list">
        {attachments.map((d) => {
          const name = d.fileName ?? d.title;
          return (
            <li key={d.id} className="attachment">
              <span className="attachment-name" title={name}>
                {name}
              </span>
              <span className="attachment-meta">
                {kindLabel(d)} · {fileSize(d.size)}
                {d.pageCount > 0 ? ` · ${plural(d.pageCount, 'page')}` : ''}
              </span>
              <span className="attachment-actions">
                {readable(d) && (
                  <button type="button" className="button button-quiet" onClick={() => onOpen(d)} aria-label={`Open ${name}`}>
                    Open
                  </button>
                )}
                <button type="button" className="button button-quiet" onClick={() => void saveCopy(d)} aria-label={`Save a copy of ${name}`}>
                  Save a copy…
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
