// The library's filter panel: by review (not reviewed, reviewed, flagged), by tag (with its sub-tags), by sender,
// and by the days a message was sent.
import type { Choice, LibraryFilters } from './library-items';
import { REVIEW_FILTER_LABELS, REVIEW_FILTERS } from './library-review';

interface Props {
  id: string;
  filters: LibraryFilters;
  /** Tag paths to offer; null when the case's highlights are not known (no tag filter then). */
  tags: readonly string[] | null;
  senders: readonly Choice[];
  /** The first and last day a message was sent: the date pickers open there. */
  extent: { first: string; last: string } | null;
  onChange(patch: Partial<LibraryFilters>): void;
}

export function LibraryFilterPanel({ id, filters, tags, senders, extent, onChange }: Props) {
  return (
    <div id={id} className="filter-form" role="group" aria-label="Library filters">
      <label className="filter-field">
        <span className="filter-field-label">Review</span>
        <select className="filter-input" value={filters.review} onChange={(event) => onChange({ review: REVIEW_FILTERS.find((f) => f === event.target.value) ?? 'all' })}>
          {REVIEW_FILTERS.map((filter) => (
            <option key={filter} value={filter}>
              {REVIEW_FILTER_LABELS[filter]}
            </option>
          ))}
        </select>
      </label>
      {tags ? (
        <label className="filter-field">
          <span className="filter-field-label">Tag</span>
          <select className="filter-input" value={filters.tag ?? ''} onChange={(event) => onChange({ tag: event.target.value || null })}>
            <option value="">Any tag</option>
            {tags.map((path) => (
              <option key={path} value={path}>
                {path}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className={`filter-field${tags ? ' filter-field-wide' : ''}`}>
        <span className="filter-field-label">Sender</span>
        <select className="filter-input" value={filters.sender ?? ''} onChange={(event) => onChange({ sender: event.target.value || null })}>
          <option value="">Anyone</option>
          {senders.map((sender) => (
            <option key={sender.value} value={sender.value}>
              {sender.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="filter-field filter-dates">
        <legend className="filter-field-label">Sent between</legend>
        <div className="filter-date-inputs">
          <input
            type="date"
            className="filter-input"
            aria-label="Earliest date"
            value={filters.since ?? ''}
            min={extent?.first}
            max={filters.until ?? extent?.last}
            onChange={(event) => onChange({ since: event.target.value || null })}
          />
          <span className="filter-date-dash" aria-hidden="true">
            –
          </span>
          <input
            type="date"
            className="filter-input"
            aria-label="Latest date"
            value={filters.until ?? ''}
            min={filters.since ?? extent?.first}
            max={extent?.last}
            onChange={(event) => onChange({ until: event.target.value || null })}
          />
        </div>
      </fieldset>
    </div>
  );
}
