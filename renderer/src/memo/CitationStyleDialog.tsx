// The case's citation style: the default legal form, or a template of the case's own ({from}, {date}, {stamp}…,
// optional parts in [[double brackets]]), with what is wrong with it and an example as it is typed. Saving is
// one undo step of the case; every memo's citations follow.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { citation } from '../../../shared/citation';
import { citationFields, formatCitation, templateProblems } from '../../../shared/memo-citations';
import { call } from '../api';
import { trapTab } from '../codebook/focus-trap';
import { report } from '../status-store';
import { useModal } from '../use-modal';

interface Props {
  onSaved(): void;
  onClose(): void;
}

/** The passage the example shows (the sample case's order). */
const EXAMPLE = {
  title: 'Due Tonight for S1 – URGENT',
  subject: 'Due Tonight for S1 – URGENT',
  from: 'Harlan Placeholder <ero-hq@example.gov>',
  to: ['ERO Field Office Directors <ero-fods@example.gov>'],
  cc: [],
  date: '2017-02-10T16:12:00-05:00',
  stamp: '2017-ICLI-00026 000123',
  page: 0,
  documentId: 1,
};

const STARTER = '{from} to {to}, {subject} ({date})[[, at {stamp}]]';

export function CitationStyleDialog({ onSaved, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), help: useId(), problems: useId() };
  const [loaded, setLoaded] = useState(false);
  const [placeholders, setPlaceholders] = useState<string[]>([]);
  const [own, setOwn] = useState(false);
  const [template, setTemplate] = useState(STARTER);
  const [busy, setBusy] = useState(false);

  useModal(dialog, () => field.current ?? dialog.current?.querySelector<HTMLElement>('input'));

  useEffect(() => {
    void call('citationStyle', {}).then((style) => {
      if (!style) return;
      setPlaceholders(style.placeholders);
      setOwn(style.template !== null);
      if (style.template !== null) setTemplate(style.template);
      setLoaded(true);
    });
  }, []);

  const problems = useMemo(() => (own ? templateProblems(template) : []), [own, template]);
  const example = own ? (problems.length === 0 ? formatCitation(template, citationFields(EXAMPLE)) : '') : citation(EXAMPLE);

  function insert(placeholder: string): void {
    const input = field.current;
    const at = input?.selectionStart ?? template.length;
    const end = input?.selectionEnd ?? at;
    setTemplate(template.slice(0, at) + placeholder + template.slice(end));
    requestAnimationFrame(() => {
      input?.focus();
      input?.setSelectionRange(at + placeholder.length, at + placeholder.length);
    });
  }

  async function save(): Promise<void> {
    if (own && problems.length > 0) return;
    setBusy(true);
    const done = await call('setCitationStyle', { template: own ? template.trim() : null });
    setBusy(false);
    if (!done) return;
    report('info', own ? 'Citation style saved: the memos cite with it. Ctrl+Z undoes it.' : 'Citations are back to the default style.');
    onSaved();
    onClose();
  }

  return (
    <dialog
      ref={dialog}
      className="memo-cite-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.help}
      onKeyDown={(event) => {
        trapTab(event, dialog.current);
        // The dialog's keys are its own, not the memo's or the window's.
        event.stopPropagation();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={ids.title}>Citation style</h2>
      <p id={ids.help} className="memo-cite-help">
        How the memos of this case cite a quote the first time (a repeat of the same source is cited <i>Id.</i>).
      </p>
      <fieldset className="memo-cite-choices" disabled={!loaded || busy}>
        <legend className="memo-cite-legend">Style</legend>
        <label className="memo-cite-choice">
          <input type="radio" name="memo-cite-style" checked={!own} onChange={() => setOwn(false)} />
          Default legal style
        </label>
        <label className="memo-cite-choice">
          <input type="radio" name="memo-cite-style" checked={own} onChange={() => setOwn(true)} />
          This case’s own template
        </label>
      </fieldset>
      {own ? (
        <div className="memo-cite-template">
          <label className="memo-cite-label" htmlFor={`${ids.title}-template`}>
            Template
          </label>
          <input
            ref={field}
            id={`${ids.title}-template`}
            type="text"
            className="memo-cite-input"
            value={template}
            maxLength={2000}
            spellCheck={false}
            aria-invalid={problems.length > 0}
            aria-describedby={problems.length > 0 ? ids.problems : undefined}
            onChange={(event) => setTemplate(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void save();
              }
            }}
          />
          <div className="memo-cite-placeholders" role="group" aria-label="Insert a placeholder">
            {placeholders.map((p) => (
              <button key={p} type="button" className="memo-cite-placeholder" onClick={() => insert(p)}>
                {p}
              </button>
            ))}
          </div>
          <p className="memo-cite-note">A part in [[double brackets]] is left out when a placeholder in it is empty, e.g. [[, at {'{stamp}'}]].</p>
          {problems.length > 0 ? (
            <ul id={ids.problems} className="memo-cite-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <p className="memo-cite-example" aria-live="polite">
        <span className="memo-cite-label">For example</span> {example || '—'}
      </p>
      <div className="memo-cite-actions">
        <button type="button" className="button button-primary" disabled={!loaded || busy || (own && problems.length > 0)} onClick={() => void save()}>
          Save
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
