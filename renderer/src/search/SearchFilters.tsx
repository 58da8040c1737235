// The search panel's filters: tag, sender, recipient, the days sent between, document and exemption code.
// Sender and recipient take part of a name or address, with the case's people offered as suggestions.
import { useMemo } from 'react';
import type { DocumentSummary, MessageSummary, TagView } from '../../../shared/model';
import { displayName } from '../format';
import { NO_FILTER_FIELDS, type SearchFilterFields } from './search-request';

interface Props {
  id: string;
  filters: SearchFilterFields;
  tags: readonly TagView[];
  documents: readonly DocumentSummary[];
  messages: ReadonlyMap<number, MessageSummary>;
  onChange(patch: Partial<SearchFilterFields>): void;
}

interface Person {
  address: string;
  label: string;
}

/** Splits "Name <address>" into what a filter can match (either part) and what a person reads. */
function person(raw: string): Person {
  const m = /<([^>]+)>\s*$/.exec(raw);
  return { address: (m?.[1] ?? raw).trim(), label: displayName(raw) };
}

function people(raws: Iterable<string | null>): Person[] {
  const byAddress = new Map<string, Person>();
  for (const raw of raws) {
    if (!raw) continue;
    const p = person(raw);
    if (!byAddress.has(p.address.toLowerCase())) byAddress.set(p.address.toLowerCase(), p);
  }
  return [...byAddress.values()].sort((a, b) => a.label.localeCompare(b.label));
}

export function SearchFilterPanel({ id, filters, tags, documents, messages, onChange }: Props) {
  const senders = useMemo(() => people([...messages.values()].map((m) => m.from)), [messages]);
  const recipients = useMemo(() => people([...messages.values()].flatMap((m) => [...m.to, ...m.cc])), [messages]);
  const codes = useMemo(() => [...new Set(documents.flatMap((d) => d.exemptions))].sort(), [documents]);
  const tagPaths = useMemo(() => tags.map((t) => t.path).sort((a, b) => a.localeCompare(b)), [tags]);
  const files = useMemo(
    () => documents.map((d) => ({ id: d.id, label: d.fileName && d.fileName !== d.title ? `${d.title} (${d.fileName})` : d.title || d.fileName || `Document ${d.id}` })).sort((a, b) => a.label.localeCompare(b.label)),
    [documents],
  );
  const any = Object.values(filters).some((v) => v !== '');

  return (
    <div id={id} className="filter-form" role="group" aria-label="Search filters">
      <label className="filter-field">
        <span className="filter-field-label">Tag</span>
        <select className="filter-input" value={filters.tag} onChange={(e) => onChange({ tag: e.target.value })}>
          <option value="">Any tag or none</option>
          {tagPaths.map((path) => (
            <option key={path} value={path}>
              {path}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span className="filter-field-label">Document</span>
        <select className="filter-input" value={filters.documentId} onChange={(e) => onChange({ documentId: e.target.value })}>
          <option value="">Any document</option>
          {files.map((f) => (
            <option key={f.id} value={String(f.id)}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span className="filter-field-label">From</span>
        <input
          className="filter-input"
          type="text"
          list={`${id}-senders`}
          placeholder="Name or address"
          value={filters.from}
          onChange={(e) => onChange({ from: e.target.value })}
        />
      </label>
      <label className="filter-field">
        <span className="filter-field-label">To, Cc or Bcc</span>
        <input
          className="filter-input"
          type="text"
          list={`${id}-recipients`}
          placeholder="Name or address"
          value={filters.to}
          onChange={(e) => onChange({ to: e.target.value })}
        />
      </label>
      <datalist id={`${id}-senders`}>
        {senders.map((p) => (
          <option key={p.address} value={p.address} label={p.label} />
        ))}
      </datalist>
      <datalist id={`${id}-recipients`}>
        {recipients.map((p) => (
          <option key={p.address} value={p.address} label={p.label} />
        ))}
      </datalist>
      <fieldset className="filter-field filter-dates">
        <legend className="filter-field-label">Sent between (the sender’s day)</legend>
        <div className="filter-date-inputs">
          <input type="date" className="filter-input" aria-label="Sent on or after" value={filters.after} max={filters.before || undefined} onChange={(e) => onChange({ after: e.target.value })} />
          <span aria-hidden="true">–</span>
          <input type="date" className="filter-input" aria-label="Sent on or before" value={filters.before} min={filters.after || undefined} onChange={(e) => onChange({ before: e.target.value })} />
        </div>
      </fieldset>
      {codes.length > 0 ? (
        <label className="filter-field">
          <span className="filter-field-label">Exemption</span>
          <select className="filter-input" value={filters.exemption} onChange={(e) => onChange({ exemption: e.target.value })}>
            <option value="">Any or none</option>
            {codes.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {any ? (
        <div className="search-filters-end">
          <button type="button" className="button button-quiet" onClick={() => onChange(NO_FILTER_FIELDS)}>
            Clear filters
          </button>
        </div>
      ) : null}
    </div>
  );
}
