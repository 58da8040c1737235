// The chronology's filters (a tag, with the tags below it; a person on the message) and its thread grouping.
import type { TagView } from '../../../shared/model';
import type { Filter, Person } from './chronology-model';

interface Props {
  tags: readonly TagView[];
  people: readonly Person[];
  filter: Filter;
  byThread: boolean;
  onFilter(filter: Filter): void;
  onByThread(byThread: boolean): void;
}

/** "order › urgent": a sub-tag says which tag it is under. */
function tagLabel(tag: TagView, all: readonly TagView[]): string {
  const parent = all.some((t) => t.path.startsWith(`${tag.path}/`));
  return `${tag.path.split('/').join(' › ')}${parent ? ' (and below)' : ''}`;
}

export function ChronologyFilters({ tags, people, filter, byThread, onFilter, onByThread }: Props) {
  const sorted = [...tags].sort((a, b) => a.path.localeCompare(b.path));
  const filtered = filter.tag !== '' || filter.person !== '';
  return (
    <div className="chrono-filters" role="group" aria-label="Filter the chronology">
      <label className="chrono-field">
        <span>Tag</span>
        <select value={filter.tag} onChange={(event) => onFilter({ ...filter, tag: event.target.value })}>
          <option value="">All tags</option>
          {sorted.map((t) => (
            <option key={t.path} value={t.path}>
              {tagLabel(t, tags)}
            </option>
          ))}
        </select>
      </label>
      <label className="chrono-field">
        <span>Person</span>
        <select value={filter.person} onChange={(event) => onFilter({ ...filter, person: event.target.value })}>
          <option value="">Everyone</option>
          {people.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className="chrono-toggle">
        <input type="checkbox" checked={byThread} onChange={(event) => onByThread(event.target.checked)} />
        Group by thread
      </label>
      {filtered ? (
        <button type="button" className="button button-quiet chrono-clear" onClick={() => onFilter({ tag: '', person: '' })}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
