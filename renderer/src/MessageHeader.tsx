// The header block of an email (subject, from, to, cc, date) or, for a document without messages, its title and kind.
import type { ReactNode } from 'react';
import type { DocumentSummary, MessageSummary } from '../../shared/model';
import { longDate, plural } from './format';
import { kindLabel } from './library-items';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export function MessageHeader({ message, document }: { message: MessageSummary; document: DocumentSummary }) {
  return (
    <header className="reader-header">
      <h2 className="reader-subject">{message.subject?.trim() || 'No subject'}</h2>
      <dl className="reader-fields">
        <Field label="From">{message.from ?? 'Unknown sender'}</Field>
        {message.to.length > 0 ? <Field label="To">{message.to.join('; ')}</Field> : null}
        {message.cc.length > 0 ? <Field label="Cc">{message.cc.join('; ')}</Field> : null}
        <Field label="Date">
          <time dateTime={message.date ?? undefined}>{longDate(message.date, message.rawDate)}</time>
        </Field>
      </dl>
      <p className="reader-source">
        {document.fileName ?? document.title}
        {document.exemptions.length > 0 ? ` · Exemptions ${document.exemptions.join(' ')}` : ''}
        {document.pageCount > 0 ? ` · ${plural(document.pageCount, 'page')}` : ''}
      </p>
    </header>
  );
}

export function DocumentHeader({ document }: { document: DocumentSummary }) {
  return (
    <header className="reader-header">
      <h2 className="reader-subject">{document.title || document.fileName || `Document ${document.id}`}</h2>
      <p className="reader-source">
        {kindLabel(document)}
        {document.fileName ? ` · ${document.fileName}` : ''}
        {document.pageCount > 0 ? ` · ${plural(document.pageCount, 'page')}` : ''}
      </p>
    </header>
  );
}
