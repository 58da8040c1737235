// The export dialog's choices: what (this document, the highlights of a tag, the whole case) and
// which formats, each with a line saying what it writes. Native radios, a select and checkboxes, so
// the keyboard and screen readers work as everywhere.
import type { ExportFormat, ExportScope } from '../../../shared/ipc';
import type { DocumentSummary, TagView } from '../../../shared/model';
import { FORMAT_CHOICES } from './export-formats';

export interface ExportChoicesProps {
  /** A prefix for ids and the radio group's name. */
  id: string;
  document: DocumentSummary | null;
  tags: readonly TagView[];
  scope: ExportScope;
  tag: string;
  formats: readonly ExportFormat[];
  disabled: boolean;
  onScope(scope: ExportScope): void;
  onTag(tag: string): void;
  onFormat(format: ExportFormat, on: boolean): void;
}

export function ExportChoices({ id, document, tags, scope, tag, formats, disabled, onScope, onTag, onFormat }: ExportChoicesProps) {
  return (
    <div className="export-choices">
      <fieldset className="export-what" disabled={disabled}>
        <legend>What</legend>
        <label className="export-option">
          <input type="radio" name={`${id}-scope`} value="document" checked={scope === 'document'} disabled={!document} onChange={() => onScope('document')} />
          <span>
            This document
            <span className="export-detail">{document ? `“${document.title}”` : 'Open a document in the reader first.'}</span>
          </span>
        </label>
        <label className="export-option">
          <input type="radio" name={`${id}-scope`} value="tag" checked={scope === 'tag'} disabled={tags.length === 0} onChange={() => onScope('tag')} />
          <span>The highlights of a tag</span>
        </label>
        <select className="export-tag" aria-label="Tag to export" value={tag} disabled={disabled || scope !== 'tag'} onChange={(event) => onTag(event.target.value)}>
          {tags.map((t) => (
            <option key={t.id} value={t.path}>
              {t.path} ({t.count})
            </option>
          ))}
        </select>
        <label className="export-option">
          <input type="radio" name={`${id}-scope`} value="case" checked={scope === 'case'} onChange={() => onScope('case')} />
          <span>The whole case</span>
        </label>
      </fieldset>

      <fieldset className="export-formats" disabled={disabled}>
        <legend>Formats</legend>
        {FORMAT_CHOICES.map((c) => (
          <label key={c.format} className="export-option">
            <input type="checkbox" checked={formats.includes(c.format)} onChange={(event) => onFormat(c.format, event.target.checked)} aria-describedby={`${id}-${c.format}`} />
            <span>
              {c.label}
              <span id={`${id}-${c.format}`} className="export-detail">
                {c.detail}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
